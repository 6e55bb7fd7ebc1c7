package org.cnd.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SvgTest {
  @Test
  void writesAnAccessibleDrawingWithItsTextEscapedByStax() {
    Svg svg = new Svg(100, 50.25, "x", "A <title>", "Fish & chips");
    svg.start("rect").attr("width", 10).attr("data-note", "\"quoted\"").end();
    svg.label(1, 2, "start", "c", "a < b");
    String out = svg.finish();
    assertThat(out).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100.0 50.3\" width=\"100.0\""
        + " height=\"50.3\" role=\"img\" aria-labelledby=\"x-title x-desc\" id=\"x\" class=\"chart\">");
    assertThat(out).contains("<title id=\"x-title\">A &lt;title&gt;</title>", "<desc id=\"x-desc\">Fish &amp; chips</desc>",
        "data-note=\"&quot;quoted&quot;\"", ">a &lt; b</text>").endsWith("</svg>");
  }

  @Test
  void writesNumbersWithOneDecimalInAnyLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      assertThat(Svg.num(1234.56)).isEqualTo("1234.6");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
