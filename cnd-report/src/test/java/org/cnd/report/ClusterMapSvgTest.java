package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.examples.LifecycleTour;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ClusterMapSvgTest {
  private final DiagnosticStudy study =
      Fixtures.tourWithMaps().diagnosticStudy(LifecycleTour.STUDY).orElseThrow();

  @Test
  void drawsTheMapOfTodayAndTheProjectedMapAsWellFormedSvg() throws Exception {
    Document svg = parse(ClusterMapSvg.render(study));
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(texts(svg, "text")).contains("Today", "Projected (differences marked)", "fan makers");
    // 6 actors today, 7 projected.
    assertThat(elements(svg, "g").stream().filter(g -> g.getAttribute("class").startsWith("actor ")).count())
        .isEqualTo(13);
  }

  @Test
  void placesSuppliersLeftOfThePrincipalFirmsAndBuyersRightOfThemAndTheSupportBandBelow() throws Exception {
    Document svg = parse(ClusterMapSvg.render(study));
    List<Element> rects = elements(svg, "g").stream().filter(g -> g.getAttribute("class").startsWith("actor "))
        .limit(6).map(g -> (Element) g.getElementsByTagName("rect").item(0)).toList();
    // In the map's order: firms, suppliers, buyers, association, lab, banks.
    double firmsX = x(rects.get(0));
    assertThat(x(rects.get(1))).isLessThan(firmsX);
    assertThat(x(rects.get(2))).isGreaterThan(firmsX);
    double chainBottom = y(rects.get(0)) + Double.parseDouble(rects.get(0).getAttribute("height"));
    assertThat(y(rects.get(3))).isGreaterThan(chainBottom);
    assertThat(y(rects.get(4))).isEqualTo(y(rects.get(3)));
  }

  @Test
  void showsStrengthAsLineWeightAndMarksTheDifferencesInWords() throws Exception {
    Document svg = parse(ClusterMapSvg.render(study));
    List<Element> paths = elements(svg, "path").stream().filter(p -> p.getAttribute("class").startsWith("linkage"))
        .toList();
    assertThat(paths).hasSize(12);
    assertThat(paths.stream().filter(p -> classes(p).contains("linkage-strong"))
        .map(p -> p.getAttribute("stroke-width")).distinct()).containsExactly("5");
    assertThat(paths.stream().filter(p -> classes(p).contains("linkage-weak"))
        .map(p -> p.getAttribute("stroke-dasharray")).distinct()).containsExactly("6 4");
    assertThat(paths.stream().filter(p -> classes(p).contains("linkage-new"))).hasSize(2);
    assertThat(paths.stream().filter(p -> classes(p).contains("linkage-stronger"))).hasSize(3);
    assertThat(texts(svg, "text")).anyMatch(t -> t.startsWith("NEW · Buyers"));
    assertThat(texts(svg, "desc").get(0)).contains("Missing actor to bring in: exporters and foreign buyers (buyers)")
        .contains("Absent linkage to develop: PCSIR laboratory to fan makers, services, moderate")
        .contains("Linkage to strengthen: motor and part suppliers to fan makers, supply, strong, moderate today");
  }

  @Test
  void listsTheDifferences() {
    assertThat(ClusterMapSvg.differences(study)).containsExactly(
        "Missing actor to bring in: exporters and foreign buyers (buyers)",
        "Absent linkage to develop: fan makers to exporters and foreign buyers, sales, moderate",
        "Absent linkage to develop: PCSIR laboratory to fan makers, services, moderate",
        "Linkage to strengthen: motor and part suppliers to fan makers, supply, strong, moderate today",
        "Linkage to strengthen: fan makers to fan makers, cooperation, moderate, weak today",
        "Linkage to strengthen: fan makers' association to fan makers, representation, strong, weak today");
  }

  @Test
  void drawsAMapWithoutAProjectedOneAlone() throws Exception {
    DiagnosticStudy tour = DiagnosticStudy.builder()
        .from(Fixtures.tour().diagnosticStudy(LifecycleTour.STUDY).orElseThrow())
        .projectedMap(java.util.Optional.empty())
        .build();
    Document svg = parse(ClusterMapSvg.render(tour));
    assertThat(texts(svg, "text")).contains("Today", "fan makers", "motor and part suppliers")
        .doesNotContain("Projected (differences marked)");
    assertThat(ClusterMapSvg.differences(tour)).isEmpty();
  }

  @Test
  void drawsTheToursOwnProjectedMapWithItsDifferences() throws Exception {
    DiagnosticStudy tour = Fixtures.tour().diagnosticStudy(LifecycleTour.STUDY).orElseThrow();
    Document svg = parse(ClusterMapSvg.render(tour));
    assertThat(texts(svg, "text")).contains("Today", "Projected (differences marked)", "buyers abroad",
        "common testing facility");
    assertThat(ClusterMapSvg.differences(tour)).contains(
        "Linkage to strengthen: motor and part suppliers to fan makers, supply, strong, weak today");
    assertThat(ClusterMapSvg.differences(tour)).anySatisfy(d -> assertThat(d).startsWith("Missing actor to bring in: "
        + "common testing facility"));
  }

  @Test
  void isDeterministic() {
    assertThat(ClusterMapSvg.render(study)).isEqualTo(ClusterMapSvg.render(
        Fixtures.tourWithMaps().diagnosticStudy(LifecycleTour.STUDY).orElseThrow()));
  }

  @Test
  void refusesAStudyWithoutAMap() {
    DiagnosticStudy bare = DiagnosticStudy.builder().id(study.id()).cluster(study.cluster()).build();
    assertThatThrownBy(() -> ClusterMapSvg.render(bare)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Study tour-gujrat-fans-diagnostic has no cluster map: expected one to draw, found none");
  }

  private static List<String> classes(Element e) {
    return List.of(e.getAttribute("class").split(" "));
  }

  private static double x(Element e) {
    return Double.parseDouble(e.getAttribute("x"));
  }

  private static double y(Element e) {
    return Double.parseDouble(e.getAttribute("y"));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static List<Element> elements(Document d, String tag) {
    NodeList nodes = d.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<String> texts(Document d, String tag) {
    return elements(d, tag).stream().map(Element::getTextContent).toList();
  }
}
