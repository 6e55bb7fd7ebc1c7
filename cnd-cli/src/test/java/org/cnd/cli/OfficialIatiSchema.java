package org.cnd.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activities schema, found as cnd-iati's tests find it: {@code shared/iati/2.03/schema} in
 * the first directory above the module that has it, never in the repository. A test that needs it is skipped,
 * saying so, when it is absent.
 */
final class OfficialIatiSchema {
  private static final Optional<Path> XSD = find();

  private OfficialIatiSchema() {}

  private static Optional<Path> find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path xsd = dir.resolve("shared/iati/2.03/schema/iati-activities-schema.xsd");
      if (Files.isRegularFile(xsd)) {
        return Optional.of(xsd);
      }
    }
    return Optional.empty();
  }

  /** Every error the official schema finds in the document (empty when valid); skips the test without the schema. */
  static List<String> errors(String document) {
    assumeTrue(XSD.isPresent(), "Skipped: the official IATI 2.03 schema (shared/iati/2.03/schema) was not found in "
        + Path.of("").toAbsolutePath() + " or any directory above it");
    List<String> errors = new ArrayList<>();
    try {
      Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(XSD.get().toFile()).newValidator();
      validator.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
          error(e);
        }
      });
      validator.validate(new StreamSource(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));
    } catch (SAXException | IOException e) {
      errors.add(e.toString());
    }
    return errors;
  }
}
