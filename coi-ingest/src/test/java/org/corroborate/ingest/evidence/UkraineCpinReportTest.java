package org.corroborate.ingest.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.Range;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.citation.WrittenReference;
import org.corroborate.ingest.report.BodyParagraph;
import org.corroborate.ingest.report.FootnoteMarker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole UK Home Office CPIN, Military service, Ukraine (v9.0, September 2025), bundled under
 * the Open Government Licence v3.0: this test always runs.
 */
final class UkraineCpinReportTest {

  private static String text;
  private static IngestedReport read;

  @BeforeAll
  static void read() throws ReportParseException {
    text = ReferenceReports.ukraineCpin();
    read = ReportIngest.read(text, AliasFile.empty());
  }

  @Test
  void footnotes_everyOneGiven() {
    assertEquals(ContiguousSet.create(Range.closed(1, 184), DiscreteDomain.integers()),
        read.report().footnotes().keySet(), "the note gives footnotes [^1] to [^184]");
  }

  @Test
  void markers_everyOneFound() {
    Matcher m = Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(text);
    int inText = 0;
    while (m.find()) {
      inText++;
    }
    inText += 1; // the one marker followed by a colon: "offences[^16]:"
    assertEquals(inText, read.report().markers().size(), "every [^N] marker in the text is found");
    assertEquals(IntStream.rangeClosed(1, 184).boxed().collect(Collectors.toList()),
        read.report().markers().stream().map(FootnoteMarker::number).sorted()
            .collect(Collectors.toList()), "each footnote has exactly one marker");
  }

  @Test
  void numberedParagraphs_countedWithRepeats() {
    List<BodyParagraph> numbered = read.report().numberedParagraphs();
    assertEquals(176, numbered.size(), "the note has 176 lines starting with a paragraph number");
    Map<String, Long> repeated = numbered.stream().filter(p -> p.occurrence() > 1)
        .collect(Collectors.groupingBy(p -> p.number().orElseThrow(), Collectors.counting()));
    assertEquals(Map.of("3.3.1", 1L, "12.3.1", 1L, "13.2.1", 1L), repeated,
        "the note numbers 3.3.1, 12.3.1 and 13.2.1 twice each");
  }

  @Test
  void paragraph725_carriesItsQuotationsMarker() {
    BodyParagraph p = read.report().numberedParagraphs().stream()
        .filter(b -> b.number().orElseThrow().equals("7.2.5")).findFirst().orElseThrow();
    assertEquals(List.of(14), p.markers().stream().map(FootnoteMarker::number).collect(Collectors.toList()),
        "7.2.5 runs through the DIS quotation that ends with [^14]");
    assertEquals("7.2", p.section().orElseThrow(), "7.2.5 lies in section 7.2 Martial law");
  }

  @Test
  void writtenReferences_oneOrMorePerFootnote() {
    assertTrue(read.citations().footnotes().values().stream().allMatch(f -> !f.written().isEmpty()),
        "every footnote of the note names a written source");
    assertEquals(0, read.citations().interviewCitations().size(),
        "the note has no minutes, so no interview citations");
  }

  @Test
  void locators_readFromTheFootnotes() {
    Map<Integer, String> locators = read.citations().footnotes().values().stream()
        .filter(f -> f.written().get(0).locator().isPresent())
        .collect(Collectors.toMap(f -> f.number(), f -> f.written().get(0).locator().get()));
    assertEquals("Annex 1, page 72", locators.get(69), "[^69] '(Annex 1, page 72)'");
    assertEquals("pages 29-30", locators.get(175), "[^175] 'pages 29-30'");
    assertEquals("Para 53 to 70", locators.get(180), "[^180] '(Para 53 to 70)'");
    assertEquals("Military and Security", locators.get(19), "[^19] a named section '(Military and Security)'");
    assertEquals("Art. 1", locators.get(27), "[^27] '2017 (Art. 1), amended …'");
    assertEquals("Executive summary", locators.get(171), "[^171] '<url>, Executive summary, December 2024'");
    assertEquals(28, locators.size(), "footnotes with a locator: 21 page, paragraph, section or annex"
        + " locators, 5 named sections ([^19], [^24], [^156], [^165]: in brackets; [^171], [^174]:"
        + " after the link) and an article ([^27])");
  }

  @Test
  void writtenReference69_readInFull() {
    WrittenReference w = read.citations().footnote(69).orElseThrow().written().get(0);
    assertEquals("DIS", w.outlet().orElseThrow(), "the publisher comes first");
    assertEquals("https://www.ecoi.net/en/document/2094119.html", w.url().orElseThrow(), "the link");
    assertEquals("2023-06", w.date().orElseThrow().toString(), "'June 2023'");
  }
}
