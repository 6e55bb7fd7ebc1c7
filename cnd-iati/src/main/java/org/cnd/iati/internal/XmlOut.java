package org.cnd.iati.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cnd.core.money.Money;

/** Writes activities as an {@code iati-activities} 2.03 document with the JDK's StAX, indented by two spaces. */
public final class XmlOut {
  private static final String WGS84 = "http://www.opengis.net/def/crs/EPSG/0/4326";

  private final XMLStreamWriter xml;
  private int depth;
  private boolean hadChild;

  private XmlOut(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** Writes the document; the stream is flushed, not closed. */
  public static void write(List<Doc.Activity> activities, Instant generated, boolean hierarchy, OutputStream out)
      throws XMLStreamException {
    XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    XmlOut x = new XmlOut(w);
    w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    x.start("iati-activities");
    w.writeAttribute("version", "2.03");
    w.writeAttribute("generated-datetime", generated.truncatedTo(ChronoUnit.SECONDS).toString());
    for (Doc.Activity a : activities) {
      x.activity(a, hierarchy);
    }
    x.end();
    w.writeCharacters("\n");
    w.writeEndDocument();
    w.flush();
    w.close();
  }

  private void activity(Doc.Activity a, boolean hierarchy) throws XMLStreamException {
    start("iati-activity");
    xml.writeAttribute(XMLConstants.XML_NS_URI, "lang", a.language().orElseThrow());
    if (a.defaultCurrency().isPresent()) {
      xml.writeAttribute("default-currency", a.defaultCurrency().get());
    }
    if (hierarchy) {
      xml.writeAttribute("hierarchy", a.path().startsWith("/engagements/") ? "2" : "1");
    }
    text("iati-identifier", a.identifier().orElseThrow());
    Doc.Org reporting = a.reportingOrg().orElseThrow();
    start("reporting-org");
    xml.writeAttribute("ref", reporting.ref().orElseThrow());
    xml.writeAttribute("type", reporting.type().orElseThrow());
    narrative(reporting.name());
    end();
    narrated("title", a.title());
    start("description");
    xml.writeAttribute("type", IatiCodes.DESCRIPTION_GENERAL);
    narrative(a.description().orElseThrow());
    end();
    for (Doc.Participant p : a.participants()) {
      org("participating-org", p.org());
      xml.writeAttribute("role", p.role());
      narrative(p.org().name());
      end();
    }
    empty("activity-status", "code", a.status().orElseThrow());
    for (Doc.ActivityDate d : a.dates()) {
      empty("activity-date", "type", d.type(), "iso-date", d.date().toString());
    }
    for (Doc.Country c : a.countries()) {
      empty("recipient-country", "code", c.code());
    }
    for (Doc.Location l : a.locations()) {
      start("location");
      xml.writeAttribute("ref", l.ref());
      narrated("name", l.name());
      narrated("description", l.description());
      empty("administrative", "vocabulary", IatiCodes.GEO_ISO_COUNTRY, "level", "0", "code", l.country());
      if (l.point().isPresent()) {
        start("point");
        xml.writeAttribute("srsName", WGS84);
        text("pos", l.point().get());
        end();
        empty("exactness", "code", IatiCodes.EXACTNESS_APPROXIMATE);
      }
      end();
    }
    for (Doc.Sector s : a.sectors()) {
      if (s.percentage().isPresent()) {
        empty("sector", "vocabulary", IatiCodes.DAC_5, "code", s.code(), "percentage", s.percentage().get().toPlainString());
      } else {
        empty("sector", "vocabulary", IatiCodes.DAC_5, "code", s.code());
      }
    }
    for (Doc.Budget b : a.budgets()) {
      start("budget");
      xml.writeAttribute("type", IatiCodes.BUDGET_ORIGINAL);
      if (b.indicative()) {
        xml.writeAttribute("status", IatiCodes.BUDGET_INDICATIVE);
      }
      empty("period-start", "iso-date", b.start().toString());
      empty("period-end", "iso-date", b.end().toString());
      value(b.value(), b.start().toString());
      end();
    }
    for (Doc.Transaction t : a.transactions()) {
      start("transaction");
      empty("transaction-type", "code", t.type());
      empty("transaction-date", "iso-date", t.date().toString());
      value(t.value(), t.date().toString());
      if (t.description().isPresent()) {
        narrated("description", t.description().get());
      }
      party("provider-org", t.provider());
      party("receiver-org", t.receiver());
      end();
    }
    for (Doc.DocumentLink d : a.documents()) {
      start("document-link");
      xml.writeAttribute("url", d.url());
      xml.writeAttribute("format", d.format());
      narrated("title", d.title());
      empty("category", "code", d.category());
      if (d.date().isPresent()) {
        empty("document-date", "iso-date", d.date().get().toString());
      }
      end();
    }
    for (Doc.Related r : a.related()) {
      empty("related-activity", "ref", r.ref(), "type", r.type());
    }
    for (Doc.Result r : a.results()) {
      result(r);
    }
    end();
  }

  private void result(Doc.Result r) throws XMLStreamException {
    start("result");
    xml.writeAttribute("type", r.type());
    narrated("title", r.title());
    start("indicator");
    xml.writeAttribute("measure", r.measure());
    if (r.ascending().isPresent()) {
      xml.writeAttribute("ascending", r.ascending().get() ? "1" : "0");
    }
    narrated("title", r.title());
    if (r.description().isPresent()) {
      narrated("description", r.description().get());
    }
    if (r.baseline().isPresent()) {
      Doc.Baseline b = r.baseline().get();
      start("baseline");
      xml.writeAttribute("year", Integer.toString(b.year()));
      if (b.isoDate().isPresent()) {
        xml.writeAttribute("iso-date", b.isoDate().get().toString());
      }
      valueBody(b.value());
      end();
    }
    for (Doc.Period p : r.periods()) {
      start("period");
      empty("period-start", "iso-date", p.start().toString());
      empty("period-end", "iso-date", p.end().toString());
      for (Doc.Value v : p.targets()) {
        start("target");
        valueBody(v);
        end();
      }
      for (Doc.Value v : p.actuals()) {
        start("actual");
        valueBody(v);
        end();
      }
      end();
    }
    end();
    end();
  }

  /** The value attribute of a number; the comment of a qualitative value. Call right after the start tag. */
  private void valueBody(Doc.Value v) throws XMLStreamException {
    if (v.value().isPresent()) {
      xml.writeAttribute("value", v.value().get());
    }
    if (v.comment().isPresent()) {
      narrated("comment", v.comment().get());
    }
  }

  private void party(String name, Optional<Doc.Org> org) throws XMLStreamException {
    if (org.isPresent()) {
      org(name, org.get());
      narrative(org.get().name());
      end();
    }
  }

  private void org(String name, Doc.Org org) throws XMLStreamException {
    start(name);
    if (org.ref().isPresent()) {
      xml.writeAttribute("ref", org.ref().get());
    }
    if (org.type().isPresent()) {
      xml.writeAttribute("type", org.type().get());
    }
  }

  private void value(Money m, String valueDate) throws XMLStreamException {
    indent();
    xml.writeStartElement("value");
    xml.writeAttribute("currency", m.currencyCode());
    xml.writeAttribute("value-date", valueDate);
    xml.writeCharacters(m.amount().toPlainString());
    xml.writeEndElement();
    hadChild = true;
  }

  private void narrated(String name, String text) throws XMLStreamException {
    start(name);
    narrative(text);
    end();
  }

  private void narrative(String text) throws XMLStreamException {
    text("narrative", text);
  }

  private void text(String name, String text) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
    hadChild = true;
  }

  private void empty(String name, String... attributes) throws XMLStreamException {
    indent();
    xml.writeEmptyElement(name);
    for (int i = 0; i < attributes.length; i += 2) {
      xml.writeAttribute(attributes[i], attributes[i + 1]);
    }
    hadChild = true;
  }

  private void start(String name) throws XMLStreamException {
    indent();
    xml.writeStartElement(name);
    depth++;
    hadChild = false;
  }

  private void end() throws XMLStreamException {
    depth--;
    if (hadChild) {
      indent();
    }
    xml.writeEndElement();
    hadChild = true;
  }

  private void indent() throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
