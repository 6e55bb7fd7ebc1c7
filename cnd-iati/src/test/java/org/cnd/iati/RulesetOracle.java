package org.cnd.iati;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.cnd.iati.testing.OfficialIati;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent reading of IATI's Standard Ruleset (2.03, {@code rulesets/standard.json}) for the tests: its
 * error rules of the kinds that need no loop variable ({@code atleast_one}, {@code date_order}, {@code time_limit},
 * {@code if_then}, {@code strict_sum}, {@code range}, {@code date_now}) evaluated with XPath on the written
 * document. It shares no code with the export's own checks, so that each keeps the other honest.
 */
final class RulesetOracle {
  private final JsonNode rules;
  private final XPath xpath = XPathFactory.newInstance().newXPath();
  private int evaluated;

  private static RulesetOracle shared;

  /**
   * The oracle, read once; inside a test, so that the test is reported as skipped, with the message of
   * {@link OfficialIati}, where the official files are absent.
   */
  static synchronized RulesetOracle shared() {
    if (shared == null) {
      shared = new RulesetOracle();
    }
    return shared;
  }

  private RulesetOracle() {
    try {
      rules = JsonMapper.builder().build().readTree(Files.readString(OfficialIati.file("rulesets/standard.json")));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** How many rule cases were evaluated on the last document, on all contexts. */
  int evaluated() {
    return evaluated;
  }

  /** The IATI rule ids the document breaks, with where, given today's date. */
  List<String> errors(byte[] document, LocalDate today) {
    evaluated = 0;
    Document doc = parse(document);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> context : rules.properties()) {
      if (!context.getKey().contains("iati-activities") && !context.getKey().startsWith("//")) {
        continue;
      }
      NodeList nodes = nodes(context.getKey(), doc);
      for (Map.Entry<String, JsonNode> kind : context.getValue().properties()) {
        for (JsonNode c : kind.getValue().get("cases")) {
          JsonNode info = c.get("ruleInfo");
          if (info == null || !"error".equals(info.get("severity").asString()) || c.toString().contains("$1")) {
            continue;
          }
          for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            Boolean ok = holds(kind.getKey(), c, node, today);
            if (ok == null) {
              break;
            }
            evaluated++;
            if (!ok) {
              out.add(info.get("id").asString() + " at " + context.getKey() + "[" + (i + 1) + "]: "
                  + info.get("message").asString());
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether the case holds at the node; null for a kind this oracle does not evaluate. */
  private Boolean holds(String kind, JsonNode c, Node node, LocalDate today) {
    if (c.has("condition") && !bool(c.get("condition").asString(), node)) {
      return true;
    }
    switch (kind) {
      case "atleast_one": {
        for (JsonNode p : c.get("paths")) {
          if (nodes(p.asString(), node).getLength() > 0) {
            return true;
          }
        }
        return false;
      }
      case "date_order": {
        List<LocalDate> less = dates(c.get("less").asString(), node, today);
        List<LocalDate> more = dates(c.get("more").asString(), node, today);
        for (LocalDate l : less) {
          for (LocalDate m : more) {
            if (l.isAfter(m)) {
              return false;
            }
          }
        }
        return true;
      }
      case "time_limit": {
        List<LocalDate> start = dates(c.get("start").asString(), node, today);
        List<LocalDate> end = dates(c.get("end").asString(), node, today);
        return start.isEmpty() || end.isEmpty() || ChronoUnit.DAYS.between(start.get(0), end.get(0)) <= 365;
      }
      case "date_now": {
        for (LocalDate d : dates(c.get("date").asString(), node, today)) {
          if (d.isAfter(today)) {
            return false;
          }
        }
        return true;
      }
      case "if_then":
        return !bool(c.get("if").asString(), node) || bool(c.get("then").asString(), node);
      case "strict_sum": {
        double sum = 0;
        boolean any = false;
        for (JsonNode p : c.get("paths")) {
          NodeList values = nodes(p.asString(), node);
          for (int i = 0; i < values.getLength(); i++) {
            sum += Double.parseDouble(values.item(i).getTextContent());
            any = true;
          }
        }
        return !any || Math.abs(sum - c.get("sum").asDouble()) < 1e-9;
      }
      case "range": {
        for (JsonNode p : c.get("paths")) {
          NodeList values = nodes(p.asString(), node);
          for (int i = 0; i < values.getLength(); i++) {
            double v = Double.parseDouble(values.item(i).getTextContent());
            if (v < c.get("min").asDouble() || v > c.get("max").asDouble()) {
              return false;
            }
          }
        }
        return true;
      }
      default:
        return null;
    }
  }

  private List<LocalDate> dates(String path, Node node, LocalDate today) {
    List<LocalDate> out = new ArrayList<>();
    if (path.equals("NOW")) {
      out.add(today);
      return out;
    }
    NodeList values = nodes(path, node);
    for (int i = 0; i < values.getLength(); i++) {
      String text = values.item(i).getTextContent().strip();
      out.add(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
    }
    return out;
  }

  private NodeList nodes(String expression, Object context) {
    try {
      return (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
    } catch (XPathExpressionException e) {
      throw new AssertionError("XPath of the ruleset does not evaluate: " + expression, e);
    }
  }

  private boolean bool(String expression, Node context) {
    try {
      return (Boolean) xpath.evaluate(expression, context, XPathConstants.BOOLEAN);
    } catch (XPathExpressionException e) {
      throw new AssertionError("XPath of the ruleset does not evaluate: " + expression, e);
    }
  }

  private static Document parse(byte[] document) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setNamespaceAware(false);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(document));
    } catch (Exception e) {
      throw new AssertionError("The document does not parse", e);
    }
  }
}
