package org.corroborate.ingest.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.report.Minutes;
import org.corroborate.ingest.report.MinutesParagraph;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The UK Home Office report of a fact-finding mission on blood feuds in Albania (January 2023):
 * approved interview notes of 14 sources, paragraphs without numbers. Read from {@code
 * COI_REPORTS_DIR}; skipped with a message when absent.
 */
final class AlbaniaFfmReportTest {

  private static final String FILE = "uk-ffm-albania-blood-feuds-2023.md";
  private static String text;
  private static IngestedReport read;

  @BeforeAll
  static void read() throws IOException, ReportParseException {
    text = org.corroborate.model.ReferenceReports.text(FILE);
    read = ReportIngest.read(text, AliasFile.empty());
  }

  @Test
  void minutes_fourteenSources() {
    assertEquals(14, read.report().minutes().size(),
        "the report says: 'The FFM team met with 14 discrete sources'");
    assertEquals(14, read.registry().sources().size(), "one registered source per notes");
  }

  @Test
  void minutes_sourcesWithoutOwnHeadingFound() {
    List<String> names = read.report().minutes().stream().map(Minutes::interlocutor).toList();
    // only some sources have a heading; the name of the others runs into their "Date:" line
    long dateLines = text.lines().filter(l -> l.matches("^\\S.* Date: \\d{1,2} \\p{L}+ \\d{4}$")).count();
    long ownHeading = read.report().minutes().stream()
        .filter(m -> text.lines().skip(m.line() - 1).findFirst().orElseThrow().startsWith("#")).count();
    assertEquals(14 - dateLines, ownHeading, "the others have their own heading: " + names);
    assertTrue(dateLines >= 10, "most sources run their name into the Date: line: " + dateLines);
    assertTrue(names.contains("Albanian Helsinki Committee") && names.contains("Elona Prroj"),
        "a name from a Date: line and one from a heading: " + names);
  }

  @Test
  void paragraphs_everyQuestionAndAnswerItsOwnOrdinal() {
    List<MinutesParagraph> all = read.report().minutes().stream()
        .flatMap(m -> m.paragraphs().stream()).toList();
    for (String turn : List.of("Q. ", "A. ")) {
      long published = text.lines().filter(l -> l.startsWith(turn)).count();
      long read = all.stream().filter(p -> p.text().startsWith(turn)).count();
      assertEquals(published, read, "every line starting '" + turn + "' is one paragraph");
    }
  }

  @Test
  void evidence_knownQuestionAndAnswerAreTwoConsecutiveOrdinals() {
    EvidenceBase skeleton = read.evidence(SourceKind.NGO);
    List<Passage> unicef = skeleton.passages().stream()
        .filter(p -> p.document().equals("minutes-unicef")).toList();
    Passage question = unicef.stream().filter(p -> p.text().orElseThrow()
        .startsWith("Q. Do you know if there are any statistics regarding BF?")).findFirst().orElseThrow();
    Passage answer = unicef.stream().filter(p -> p.text().orElseThrow()
        .startsWith("A. I don’t know, you can only make estimations")).findFirst().orElseThrow();
    int q = Integer.parseInt(question.locator().value());
    assertEquals(Locator.paragraphOrdinal(q + 1), answer.locator(),
        "the answer is the paragraph after its question: " + question.locator());
    assertEquals(14, skeleton.sources().size(), "14 sources");
    assertEquals(14, skeleton.documents().size(), "one notes document per source");
    assertTrue(skeleton.documents().stream().allMatch(d -> d.date().isPresent()),
        "every notes document is dated with its meeting");
  }

  @Test
  void minutes_versionControlAfterTheNotesIsNotInThem() {
    Minutes last = read.report().minutes().get(13);
    assertTrue(Stream.of("version 1.0", "Clearance", "Official – sensitive").noneMatch(
        w -> last.paragraphs().stream().anyMatch(p -> p.text().contains(w))),
        "the notes end at '## Version control'");
    assertTrue(last.paragraphs().get(last.paragraphs().size() - 1).text().startsWith("A. "),
        "the last notes end with an answer");
  }
}
