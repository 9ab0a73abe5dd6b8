package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code coi analyze --format html}: one self-contained page, disputes first, the graph as SVG. */
final class HtmlReportTest {

  private static Run coi(String... args) {
    return Run.coi(args);
  }

  private static String page() {
    Run r = coi("analyze", "--format", "html");
    assertEquals(Coi.OK, r.code(), r.err());
    return r.out();
  }

  private static Document parse(String html) {
    return assertDoesNotThrow(() -> {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }, "the page is well-formed XML");
  }

  @Test
  void html_referenceCorpus_isWellFormedWithOneSvg() {
    Document doc = parse(page());
    assertEquals("html", doc.getDocumentElement().getTagName());
    assertEquals(1, doc.getElementsByTagName("svg").getLength(), "the graph of the disputes");
    assertEquals(1, doc.getElementsByTagName("style").getLength(), "the style is inline");
  }

  @Test
  void html_referenceCorpus_referencesNoResource() {
    String html = page();
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("http://") || lower.contains("https://"), "names no URL");
    for (String tag : new String[] {"<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
        "url(", "src=", "srcset=", "xlink:"}) {
      assertFalse(lower.contains(tag), "loads nothing: " + tag);
    }
    Matcher link = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (link.find()) {
      assertTrue(link.group(1).matches("#[a-z-]+"), "links only to its own sections: " + link.group());
    }
  }

  @Test
  void html_referenceCorpus_putsTheDisputesFirst_tracedToTheMinutes() {
    String html = page();
    int disputes = html.indexOf("<h2 id=\"disputes\">");
    int graph = html.indexOf("<h2 id=\"graph\">");
    int findings = html.indexOf("<h2 id=\"findings\">");
    assertTrue(disputes > 0 && graph > disputes && findings > graph, "disputes, graph, findings");
    assertTrue(html.contains("Pskovskaya Gubernia: 7"), "the minutes references");
  }

  @Test
  void html_topicTables_haveTheColumnsOfAFinding() {
    Document doc = parse(page());
    NodeList tables = doc.getElementsByTagName("table");
    boolean found = false;
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      NodeList heads = table.getElementsByTagName("th");
      StringBuilder columns = new StringBuilder();
      for (int j = 0; j < heads.getLength(); j++) {
        columns.append(heads.item(j).getTextContent()).append('|');
      }
      if (columns.toString().equals("Proposition|Verdict|Supporting|Opposing|Weight|Minutes|")) {
        found = true;
        NodeList rows = table.getElementsByTagName("tr");
        for (int j = 1; j < rows.getLength(); j++) {
          assertEquals(6, ((Element) rows.item(j)).getElementsByTagName("td").getLength(),
              "every row has every column");
        }
      }
    }
    assertTrue(found, "a table per topic");
  }

  @Test
  void html_example_showsTheAnnexedRegionsDisputeInTheGraph() {
    Run r = coi("analyze", "--corpus", "../docs/examples/annexed-regions.json", "--format", "html");
    assertEquals(Coi.OK, r.code(), r.err());
    Document doc = parse(r.out());
    Element svg = (Element) doc.getElementsByTagName("svg").item(0);
    String text = svg.getTextContent();
    assertTrue(text.contains("Pskovskaya Gubernia") && text.contains("Huseyn Aliyev: 82"),
        "sources and passages are drawn: " + text);
    assertTrue(svg.getElementsByTagName("line").getLength() > 4, "edges are drawn");
    assertTrue(r.out().contains("stroke=\"" + GraphPicture.Position.DENIES.colour + "\""),
        "a denial is drawn in its colour");
  }

  @Test
  void html_svgCoordinates_stayInsideThePicture() {
    String html = page();
    Matcher size = Pattern.compile("<svg [^>]*width=\"(\\d+)\" height=\"(\\d+)\"").matcher(html);
    assertTrue(size.find(), "the picture has a size");
    int width = Integer.parseInt(size.group(1));
    int height = Integer.parseInt(size.group(2));
    Matcher coordinate = Pattern.compile(" (x|x1|x2|y|y1|y2)=\"(-?\\d+)\"").matcher(html);
    while (coordinate.find()) {
      int v = Integer.parseInt(coordinate.group(2));
      int limit = coordinate.group(1).startsWith("x") ? width : height;
      assertTrue(v >= 0 && v <= limit, coordinate.group() + " lies inside " + width + "x" + height);
    }
  }

  @Test
  void html_twoRuns_giveTheSameBytes() {
    assertEquals(page(), page(), "the page is deterministic");
  }
}
