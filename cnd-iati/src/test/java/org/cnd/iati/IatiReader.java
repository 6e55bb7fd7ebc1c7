package org.cnd.iati;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small StAX reader for the round-trip tests: gives back, per activity, the facts IATI holds that came from cnd,
 * as plain strings, without sharing any code with the writer.
 */
final class IatiReader {
  private IatiReader() {}

  /** An organisation as the document names it. */
  record Org(String ref, String type, String role, String name) {}

  /** A budget or transaction: its kind (budget or the transaction type), dates and amount. */
  record Money(String kind, String start, String end, String currency, String amount, String provider, String receiver) {}

  /** A result's indicator: type, measure, title, baseline, periods as "start/end target=v actual=v". */
  record Result(String type, String measure, String title, String baselineYear, String baselineValue, List<String> periods) {}

  /** One activity. */
  record Activity(String identifier, String language, Org reporting, String title, String description,
      List<Org> participants, String status, Map<String, String> dates, List<String> countries, List<String> locations,
      List<String> sectors, List<Money> money, List<String> documents, List<String> related, List<Result> results) {}

  static List<Activity> read(byte[] document) {
    if (document.length == 0) {
      return List.of();
    }
    try {
      XMLInputFactory f = XMLInputFactory.newFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(document));
      List<Activity> out = new ArrayList<>();
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("iati-activity")) {
          out.add(activity(r));
        }
      }
      return out;
    } catch (XMLStreamException e) {
      throw new AssertionError("The document does not read", e);
    }
  }

  private static Activity activity(XMLStreamReader r) throws XMLStreamException {
    String language = r.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
    String identifier = null;
    String title = null;
    String description = null;
    String status = null;
    Org reporting = null;
    List<Org> participants = new ArrayList<>();
    Map<String, String> dates = new LinkedHashMap<>();
    List<String> countries = new ArrayList<>();
    List<String> locations = new ArrayList<>();
    List<String> sectors = new ArrayList<>();
    List<Money> money = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<String> related = new ArrayList<>();
    List<Result> results = new ArrayList<>();
    while (true) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("iati-activity")) {
        return new Activity(identifier, language, reporting, title, description, participants, status, dates,
            countries, locations, sectors, money, documents, related, results);
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (r.getLocalName()) {
        case "iati-identifier" -> identifier = r.getElementText();
        case "reporting-org" -> reporting = new Org(attr(r, "ref"), attr(r, "type"), null, narrative(r, "reporting-org"));
        case "title" -> title = narrative(r, "title");
        case "description" -> description = narrative(r, "description");
        case "participating-org" -> participants.add(
            new Org(attr(r, "ref"), attr(r, "type"), attr(r, "role"), narrative(r, "participating-org")));
        case "activity-status" -> status = attr(r, "code");
        case "activity-date" -> dates.put(attr(r, "type"), attr(r, "iso-date"));
        case "recipient-country" -> countries.add(attr(r, "code"));
        case "location" -> {
          String ref = attr(r, "ref");
          locations.add(ref + ": " + narrative(r, "location"));
        }
        case "sector" -> sectors.add(attr(r, "code") + (attr(r, "percentage") == null ? "" : " " + attr(r, "percentage")));
        case "budget" -> money.add(budget(r));
        case "transaction" -> money.add(transaction(r));
        case "document-link" -> documents.add(documentLink(r));
        case "related-activity" -> related.add(attr(r, "type") + " " + attr(r, "ref"));
        case "result" -> results.add(result(r));
        default -> { }
      }
    }
  }

  /** A document link as "url format category date: title" (date "-" when absent). */
  private static String documentLink(XMLStreamReader r) throws XMLStreamException {
    String url = attr(r, "url");
    String format = attr(r, "format");
    String category = null;
    String date = "-";
    String title = null;
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("document-link"))) {
      if (r.isStartElement()) {
        switch (r.getLocalName()) {
          case "title" -> title = narrative(r, "title");
          case "category" -> category = attr(r, "code");
          case "document-date" -> date = attr(r, "iso-date");
          default -> { }
        }
      }
    }
    return url + " " + format + " " + category + " " + date + ": " + title;
  }

  private static Money budget(XMLStreamReader r) throws XMLStreamException {
    String start = null;
    String end = null;
    String currency = null;
    String amount = null;
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("budget"))) {
      if (r.isStartElement()) {
        switch (r.getLocalName()) {
          case "period-start" -> start = attr(r, "iso-date");
          case "period-end" -> end = attr(r, "iso-date");
          case "value" -> {
            currency = attr(r, "currency");
            amount = r.getElementText();
          }
          default -> { }
        }
      }
    }
    return new Money("budget", start, end, currency, amount, null, null);
  }

  private static Money transaction(XMLStreamReader r) throws XMLStreamException {
    String type = null;
    String date = null;
    String currency = null;
    String amount = null;
    String provider = null;
    String receiver = null;
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("transaction"))) {
      if (r.isStartElement()) {
        switch (r.getLocalName()) {
          case "transaction-type" -> type = attr(r, "code");
          case "transaction-date" -> date = attr(r, "iso-date");
          case "value" -> {
            currency = attr(r, "currency");
            amount = r.getElementText();
          }
          case "provider-org" -> provider = narrative(r, "provider-org");
          case "receiver-org" -> receiver = narrative(r, "receiver-org");
          default -> { }
        }
      }
    }
    return new Money(type, date, date, currency, amount, provider, receiver);
  }

  private static Result result(XMLStreamReader r) throws XMLStreamException {
    String type = attr(r, "type");
    String measure = null;
    String title = null;
    String baselineYear = null;
    String baselineValue = null;
    List<String> periods = new ArrayList<>();
    StringBuilder period = null;
    boolean inIndicator = false;
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("result"))) {
      if (r.isEndElement() && r.getLocalName().equals("period")) {
        periods.add(period.toString());
      }
      if (!r.isStartElement()) {
        continue;
      }
      switch (r.getLocalName()) {
        case "indicator" -> {
          measure = attr(r, "measure");
          inIndicator = true;
        }
        case "title" -> {
          String text = narrative(r, "title");
          if (inIndicator) {
            title = text;
          }
        }
        case "baseline" -> {
          baselineYear = attr(r, "year");
          baselineValue = attr(r, "value");
        }
        case "period" -> period = new StringBuilder();
        case "period-start" -> period.append(attr(r, "iso-date"));
        case "period-end" -> period.append('/').append(attr(r, "iso-date"));
        case "target" -> period.append(" target=").append(attr(r, "value"));
        case "actual" -> period.append(" actual=").append(attr(r, "value"));
        default -> { }
      }
    }
    return new Result(type, measure, title, baselineYear, baselineValue, periods);
  }

  private static String attr(XMLStreamReader r, String name) {
    return r.getAttributeValue(null, name);
  }

  /** The text of the first narrative inside the element, read to the element's end. */
  private static String narrative(XMLStreamReader r, String element) throws XMLStreamException {
    String text = null;
    while (!(r.next() == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(element))) {
      if (r.isStartElement() && r.getLocalName().equals("narrative") && text == null) {
        text = r.getElementText();
      }
    }
    return text;
  }
}
