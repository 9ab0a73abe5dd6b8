package org.corroborate.ingest.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.report.Footnote;
import org.corroborate.ingest.report.FootnoteMarker;
import org.corroborate.ingest.report.Minutes;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.SourceKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole DIS/SMA report, Russia – Conscription (January 2025), read from {@code
 * COI_REPORTS_DIR}. The figures asserted were counted in the report by hand.
 */
final class RussiaConscriptionReportTest {

  private static IngestedReport read;

  @BeforeAll
  static void read() throws IOException, ReportParseException {
    read = ReportIngest.read(ReferenceReports.russiaConscription(), AliasFile.empty());
  }

  private static ImmutableList<Integer> range(int from, int to) {
    return IntStream.rangeClosed(from, to).boxed().collect(ImmutableList.toImmutableList());
  }

  @Test
  void footnotes_oneToFourHundredNinetyNineAllGiven() {
    assertEquals(ContiguousSet.create(Range.closed(1, 499), DiscreteDomain.integers()),
        read.report().footnotes().keySet(), "the report gives footnotes 1-499, each once");
  }

  @Test
  void footnotes_bodyUpTo448AndMinutesFrom449() {
    for (Footnote f : read.report().footnotes().values()) {
      assertEquals(f.number() >= 449, f.inMinutes(),
          "footnotes 449-499 are given inside the minutes, the others in the body: " + f.number());
    }
  }

  @Test
  void markers_pointAtEveryFootnoteOnce() {
    List<Integer> numbers = read.report().markers().stream().map(FootnoteMarker::number).sorted()
        .collect(Collectors.toList());
    assertEquals(range(1, 499), numbers,
        "every footnote has exactly one marker, footnote 105's written without <sup>");
  }

  @Test
  void marker105_writtenWithoutSup() {
    FootnoteMarker m = read.report().markerOf(105).orElseThrow();
    assertTrue(m.withoutSup(), "the report prints marker 105 as a bare number on its own line");
  }

  @Test
  void footnotes_everyOneRead() {
    assertEquals(499, read.citations().footnotes().size(), "every footnote has a reading");
  }

  @Test
  void minutes_twelveSectionsInOrder() {
    assertEquals(ImmutableList.of("claus-mathiesen", "mark-galeotti", "huseyn-aliyev",
            "novaya-gazeta-europe", "sergey-krivenko", "ovd-info", "pskovskaya-gubernia",
            "irina-novik", "freedom-house", "mediazona", "a-russian-lawyer-specialising-in-lgbt-rights",
            "a-human-rights-lawyer"),
        read.registry().sources().stream().map(s -> s.id()).collect(Collectors.toList()),
        "Annex 2 holds the minutes of twelve sources, ids from the name part of each heading");
  }

  @Test
  void minutes_paragraphNumbersOfEachSection() {
    List<List<Integer>> expected = List.of(range(1, 95), range(1, 60), range(1, 100), range(1, 38),
        range(1, 56),
        ImmutableList.<Integer>builder().addAll(range(1, 19)).addAll(range(15, 27)).build(),
        range(1, 18), range(1, 29), range(1, 38), range(1, 35), range(1, 21), range(1, 57));
    List<Minutes> minutes = read.report().minutes();
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), minutes.get(i).numbers(), "paragraph numbers of the minutes of "
          + minutes.get(i).interlocutor() + " (OVD-Info numbers 1-19, then 15-27 again)");
    }
  }

  @Test
  void citations_countMeasured() {
    assertEquals(552, read.citations().interviewCitations().size(),
        "interview citations in footnotes 1-499, as measured when the parser was written");
  }

  @Test
  void citations_noneUnresolved() {
    assertTrue(read.citations().diagnostics(DiagnosticCode.UNRESOLVED_SOURCE).isEmpty(),
        "every name cited resolves to one of the twelve sources: "
            + read.citations().diagnostics(DiagnosticCode.UNRESOLVED_SOURCE));
    assertTrue(read.citations().interviewCitations().stream().allMatch(c -> c.source().isPresent()),
        "no citation is left without a source");
  }

  @Test
  void footnote348_citesFiveSourcesForNo() {
    List<String> sources = read.citations().footnote(348).orElseThrow().citations().stream()
        .map(c -> c.source().orElseThrow() + ":" + c.numbers()).collect(Collectors.toList());
    assertEquals(List.of("pskovskaya-gubernia:[7]", "a-human-rights-lawyer:[54]",
            "novaya-gazeta-europe:[37]", "mediazona:[10]", "mark-galeotti:[39]"), sources,
        "footnote 348: 'Pskovskaya Gubernia: 7; A human rights lawyer: 54; Novaya Gazeta 37;"
            + " Mediazona: 10; Mark Galeotti: 39'");
  }

  @Test
  void diagnostics_everyMessinessCaseMet() {
    ImmutableSet<DiagnosticCode> met = read.diagnostics().stream().map(d -> d.code())
        .collect(ImmutableSet.toImmutableSet());
    for (DiagnosticCode expected : List.of(DiagnosticCode.ALIAS_RESOLVED,
        DiagnosticCode.TYPO_CORRECTED, DiagnosticCode.IRREGULAR_SEPARATOR,
        DiagnosticCode.ODD_RANGE_SPACING, DiagnosticCode.PLUS_JOIN,
        DiagnosticCode.SOURCE_WITHOUT_PARAGRAPH, DiagnosticCode.DUPLICATE_CITATION,
        DiagnosticCode.OUTLET_NAMED_LIKE_SOURCE, DiagnosticCode.SOURCE_NAMED_IN_PROSE,
        DiagnosticCode.AMBIGUOUS_PARAGRAPH, DiagnosticCode.OCCURRENCE_RESOLVED_BY_CONTENT,
        DiagnosticCode.MARKER_WITHOUT_SUP, DiagnosticCode.PAGE_HEADER_SKIPPED,
        DiagnosticCode.INDENTED_PARAGRAPH, DiagnosticCode.SUB_LIST_IN_PARAGRAPH,
        DiagnosticCode.EMPTY_NUMBERED_LINE, DiagnosticCode.PARAGRAPH_NUMBER_REPEATED)) {
      assertTrue(met.contains(expected), "the report shows the quirk " + expected);
    }
  }

  @Test
  void evidence_skeletonHoldsEveryMinutesParagraph() {
    EvidenceBase evidence = read.evidence(SourceKind.MEDIA_OUTLET);
    int paragraphs = read.report().minutes().stream().mapToInt(m -> m.paragraphs().size()).sum();
    assertEquals(12, evidence.sources().size(), "one source per minutes section");
    assertEquals(12, evidence.documents().size(), "one minutes document per source");
    assertEquals(paragraphs, evidence.passages().size(), "one passage per numbered paragraph");
    assertTrue(evidence.passage("ovd-info-15-2").isPresent(),
        "the second paragraph 15 of OVD-Info is a passage of its own");
    assertTrue(evidence.source("novaya-gazeta-europe").orElseThrow().aliases().contains("Novaya Gazeta"),
        "the shortened name the footnotes use is kept as an alias");
  }

  @Test
  void citations_everyResolvedParagraphExists() {
    for (InterviewCitation c : read.citations().interviewCitations()) {
      assertFalse(c.paragraphs().stream().anyMatch(p -> p.occurrences().size() > 2),
          "no number occurs more than twice in any minutes: " + c);
    }
  }
}
