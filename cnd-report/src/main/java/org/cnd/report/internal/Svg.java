package org.cnd.report.internal;

import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an SVG document through the JDK's StAX writer, which escapes text and attribute values. Numbers are
 * written with one decimal in the root locale, so that the same drawing gives the same bytes.
 */
public final class Svg {
  /** The SVG namespace. */
  public static final String NS = "http://www.w3.org/2000/svg";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter text = new StringWriter();
  private final XMLStreamWriter xml;

  /** Starts a drawing of the given size: the root element, its accessible name and description. */
  public Svg(double width, double height, String id, String title, String description) {
    try {
      xml = FACTORY.createXMLStreamWriter(text);
      xml.writeStartElement("svg");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
      xml.writeAttribute("width", num(width));
      xml.writeAttribute("height", num(height));
      xml.writeAttribute("role", "img");
      xml.writeAttribute("aria-labelledby", id + "-title " + id + "-desc");
      xml.writeAttribute("id", id);
      xml.writeAttribute("class", "chart");
      start("title").attr("id", id + "-title").text(title).end();
      start("desc").attr("id", id + "-desc").text(description).end();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A number as the drawing writes it: one decimal, no exponent. */
  public static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Opens an element. */
  public Svg start(String name) {
    try {
      xml.writeStartElement(name);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Sets an attribute of the element just opened. */
  public Svg attr(String name, String value) {
    try {
      xml.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Sets a numeric attribute of the element just opened. */
  public Svg attr(String name, double value) {
    return attr(name, num(value));
  }

  /** Writes text into the open element. */
  public Svg text(String value) {
    try {
      xml.writeCharacters(value);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** Closes the open element. */
  public Svg end() {
    try {
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  /** A text element at a point. */
  public Svg label(double x, double y, String anchor, String cssClass, String value) {
    return start("text").attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("class", cssClass).text(value)
        .end();
  }

  /** Closes the drawing and returns it. */
  public String finish() {
    try {
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return text.toString();
  }
}
