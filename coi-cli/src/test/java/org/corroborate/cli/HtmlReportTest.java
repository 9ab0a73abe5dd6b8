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
      assertTrue(link.group(1).matches("#[a-z0-9-]+"), "links only to its own sections: " + link.group());
    }
  }

  @Test
  void html_referenceCorpus_putsTheDisputesFirst_tracedToTheMinutes() {
    String html = page();
    int disputes = html.indexOf("<h2 id=\"disputes\">");
    int graph = html.indexOf("<h2 id=\"graph\">");
    int findings = html.indexOf("<h2 id=\"findings\">");
    assertTrue(disputes > 0 && graph > disputes && findings > graph, "disputes, graph, findings");
    assertTrue(html.contains("minutes of the meeting with Pskovskaya Gubernia, November 2024, ¶7"),
        "the minutes references");
  }

  @Test
  void html_referenceCorpus_explainsTheScaleOnce_andOpensEachDisputePlainly() {
    String html = page();
    assertEquals(1, html.split("How to read the weights:", -1).length - 1, "the scale, once");
    assertTrue(html.contains("<p class=\"opening\">Sources disagree. Four independent lines say yes"
        + " (weight 0.78): Claus Mathiesen, Huseyn Aliyev, Irina Novik and Sergey Krivenko; three"
        + " independent lines say no (weight 0.74)"), "the flagship dispute opens in words");
    for (String jargon : new String[] {"∞", "case/day", "second-heaviest", "stated by"}) {
      assertFalse(html.contains(jargon), "no jargon nor interval notation: " + jargon);
    }
  }

  @Test
  void html_flagshipDispute_showsEachQuoteUnderItsSide() {
    Document doc = parse(page());
    Element section = null;
    NodeList sections = doc.getElementsByTagName("section");
    for (int i = 0; i < sections.getLength(); i++) {
      Element s = (Element) sections.item(i);
      if (s.getAttribute("id").equals("dispute-posted-in-annexed-2022")) {
        section = s;
      }
    }
    assertTrue(section != null, "the flagship dispute has its section");
    String text = section.getTextContent();
    int yes = text.indexOf("Say yes");
    int no = text.indexOf("Say no");
    int aliyev = text.indexOf("“they also serve in the four annexed regions: Kherson, Zaporizhzhia,"
        + " Donetsk and Luhansk.”Huseyn Aliyev (academic), minutes of the meeting with Huseyn Aliyev,"
        + " November 2024, ¶82 and ¶83 (states it as fact; time: November 2024)");
    int pskov = text.indexOf("“but not into the Ukrainian regions of Luhansk, Donetsk, Kherson or"
        + " Zaporizhzhia”Pskovskaya Gubernia (media outlet), minutes of the meeting with Pskovskaya"
        + " Gubernia, November 2024, ¶7 (says it is probable; time: November 2024; basis: assessment)");
    assertTrue(yes > 0 && aliyev > yes && no > aliyev, "Aliyev's ¶82 quoted under 'Say yes': " + text);
    assertTrue(pskov > no, "Pskovskaya Gubernia's ¶7 quoted under 'Say no'");
  }

  @Test
  void html_findings_agreeWithTheDisputes_andLeaveNoCellEmpty() {
    String html = page();
    assertTrue(html.contains("Chechen conscripts serve in Chechen units</td><td data-label=\"Finding\""
        + " class=\"DISPUTED\">Disputed: see <a href=\"#dispute-"), "a disputed finding links its dispute");
    assertTrue(html.contains("One source only: OVD-Info gives at least 10 people (weight 0.49)."),
        "a value in words, from the one value");
    Document doc = parse(html);
    NodeList cells = doc.getElementsByTagName("td");
    for (int i = 0; i < cells.getLength(); i++) {
      assertFalse(cells.item(i).getTextContent().isBlank(), "no empty cell: row "
          + cells.item(i).getParentNode().getTextContent());
    }
  }

  @Test
  void html_narrowWindow_turnsTablesIntoBlocks() {
    String html = page();
    assertTrue(html.contains("@media (max-width:700px)") && html.contains("overflow-wrap:anywhere"),
        "a phone-width layout");
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
      if (columns.toString().equals("Proposition|Finding|Statements|")) {
        found = true;
        NodeList rows = table.getElementsByTagName("tr");
        for (int j = 1; j < rows.getLength(); j++) {
          assertEquals(3, ((Element) rows.item(j)).getElementsByTagName("td").getLength(),
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
