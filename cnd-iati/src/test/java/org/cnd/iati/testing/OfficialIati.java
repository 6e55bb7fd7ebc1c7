package org.cnd.iati.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 files (schema, code lists, Standard Ruleset), read from {@code shared/iati/2.03} in the
 * first directory above the module that holds it (in CI the repository is cloned beside {@code shared/}). They are
 * never copied into the repository; a test that needs them is skipped, saying so, when they are absent. Published in
 * cnd-iati's test-jar for the tests of the tool's export.
 */
public final class OfficialIati {
  private static final Optional<Path> DIR = find();
  private static Schema schema;

  private OfficialIati() {}

  private static Optional<Path> find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/iati/2.03");
      if (Files.isDirectory(candidate.resolve("schema"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The folder, or the test is skipped with a message. */
  public static Path dir() {
    assumeTrue(DIR.isPresent(), "Skipped: the official IATI 2.03 files (shared/iati/2.03) were not found in "
        + Path.of("").toAbsolutePath() + " or any directory above it");
    return DIR.get();
  }

  /** A file of the folder, or the test is skipped with a message. */
  public static Path file(String relative) {
    Path file = dir().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "Skipped: " + file + " is not among the official IATI files here");
    return file;
  }

  /** The official activities schema. */
  public static synchronized Schema schema() {
    if (schema == null) {
      try {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(file("schema/iati-activities-schema.xsd").toFile());
      } catch (org.xml.sax.SAXException e) {
        throw new AssertionError("The official schema does not load", e);
      }
    }
    return schema;
  }

  /** Every error the official schema finds in the document; empty when it is valid. */
  public static List<String> schemaErrors(byte[] document) {
    List<String> errors = new ArrayList<>();
    javax.xml.validation.Validator validator = schema().newValidator();
    validator.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }
    });
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (org.xml.sax.SAXException | IOException e) {
      errors.add(e.toString());
    }
    return errors;
  }

  /** The codes of an official code list and their English names, in the list's order. */
  public static Map<String, String> codelist(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    Path path = file("codelists/" + name + ".xml");
    try (InputStream in = Files.newInputStream(path)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      NodeList items = f.newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        String code = item.getElementsByTagName("code").item(0).getTextContent().strip();
        Element nameEl = (Element) item.getElementsByTagName("name").item(0);
        String label = nameEl == null ? "" : nameEl.getElementsByTagName("narrative").item(0).getTextContent().strip();
        out.put(code, label);
      }
    } catch (Exception e) {
      throw new AssertionError("Code list " + name + " does not read", e);
    }
    return out;
  }

  /** The codes of an official code list. */
  public static Set<String> codes(String name) {
    return new LinkedHashSet<>(codelist(name).keySet());
  }
}
