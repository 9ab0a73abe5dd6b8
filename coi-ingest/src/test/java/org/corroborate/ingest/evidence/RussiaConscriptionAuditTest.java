package org.corroborate.ingest.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.CitationAudit;
import org.corroborate.ingest.audit.Finding;
import org.corroborate.ingest.audit.FindingCode;
import org.corroborate.ingest.audit.Severity;
import org.corroborate.ingest.citation.AliasFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citation audit of the whole DIS/SMA report, Russia – Conscription (January 2025), read from
 * {@code COI_REPORTS_DIR}. Every ERROR and WARNING content finding below was checked by reading the
 * statement, the cited paragraph and its neighbours in Annex 2; the reason is given with each.
 */
final class RussiaConscriptionAuditTest {

  private static AuditReport audit;

  @BeforeAll
  static void audit() throws IOException, ReportParseException {
    audit = CitationAudit.audit(
        ReportIngest.read(ReferenceReports.russiaConscription(), AliasFile.empty()));
  }

  private static Finding only(int footnote, FindingCode code) {
    List<Finding> found = audit.inFootnote(footnote).stream().filter(f -> f.code() == code).toList();
    assertEquals(1, found.size(), "footnote " + footnote + " has one " + code + ": "
        + audit.inFootnote(footnote));
    return found.get(0);
  }

  private static void shifted(int footnote, String source, List<Integer> cited, int better,
      String reason) {
    Finding f = only(footnote, FindingCode.PROBABLY_SHIFTED_CITATION);
    assertEquals(Optional.of(source), f.source(), reason);
    assertEquals(cited, f.paragraphs(), reason);
    assertEquals(List.of(better), f.suggested(), reason);
    assertEquals(Severity.WARNING, f.severity(), reason);
  }

  @Test
  void counts_byCodeAndSeverity() {
    assertEquals(ImmutableSortedMap.<String, Integer>naturalOrder()
            .put("AMBIGUOUS_PARAGRAPH/WARNING", 2)
            .put("CONTENT_NOT_IN_CITED_PARAGRAPH/WARNING", 2)
            .put("DUPLICATE_CITATION/INFO", 1)
            .put("NUMBER_NOT_IN_CITED_PARAGRAPH/ERROR", 2)
            .put("NUMBER_NOT_IN_CITED_PARAGRAPH/INFO", 22)
            .put("PROBABLY_SHIFTED_CITATION/WARNING", 7)
            .put("SOURCE_WITHOUT_PARAGRAPH/WARNING", 1)
            .build(),
        audit.counts(), "the audit's findings on the reference report, by code and severity");
  }

  @Test
  void shifted_footnote349_irinaNovik19ShouldBe18() {
    shifted(349, "irina-novik", List.of(19), 18, "'Other sources believe that conscripts are in"
        + " fact posted in the annexed regions': Irina Novik 18 is about postings in Donetsk,"
        + " Luhansk and Crimea; 19 is about a conscript's salary");
  }

  @Test
  void shifted_footnote84_mediazona8ShouldBe9() {
    shifted(84, "mediazona", List.of(8), 9, "'Each Voenkomat is assigned a quota': Mediazona 9"
        + " says each Voenkomat has a quota; 8 is about how summons are sent");
  }

  @Test
  void shifted_footnotes250And254_mathiesen62to63ShouldBe64() {
    String reason = "'not heard of draft evaders being sentenced in absentia': Claus Mathiesen 64"
        + " says exactly that; 62-63 are about the evader's family";
    shifted(250, "claus-mathiesen", List.of(62, 63), 64, reason);
    shifted(254, "claus-mathiesen", List.of(62, 63), 64, reason);
  }

  @Test
  void shifted_footnotes436And437_galeotti52ShouldBe51() {
    String reason = "conscripts from the North Caucasus serve under the same conditions and may face"
        + " prejudice: Mark Galeotti 51 word for word; 52 is about draft evasion";
    shifted(436, "mark-galeotti", List.of(52), 51, reason);
    shifted(437, "mark-galeotti", List.of(52), 51, reason);
  }

  @Test
  void shifted_footnote444_galeotti51ShouldBe50() {
    shifted(444, "mark-galeotti", List.of(51), 50, "'Chechen conscripts tend to be deployed to"
        + " Chechen units': Mark Galeotti 50; 51 does not mention Chechens");
  }

  @Test
  void content_footnote105_aliyev12SaysNothingOfPropaganda() {
    Finding f = only(105, FindingCode.CONTENT_NOT_IN_CITED_PARAGRAPH);
    assertEquals(Optional.of("huseyn-aliyev"), f.source(), f.toString());
    assertTrue(f.evidence().contains("Sergey Krivenko: 10"), "the statement on propaganda and"
        + " people unaware of their rights is Sergey Krivenko 10 almost verbatim; Huseyn Aliyev 12"
        + " is about summons signed by family members: " + f.evidence());
  }

  @Test
  void content_footnote274_aliyev55ShouldBe45() {
    Finding f = only(274, FindingCode.CONTENT_NOT_IN_CITED_PARAGRAPH);
    assertEquals(List.of(45), f.suggested(), "police officers threatening and harassing families"
        + " of draft evaders is Huseyn Aliyev 45; 55 is about hazing and living conditions");
  }

  @Test
  void number_footnote335_sixtyFivePercentIsSixty() {
    Finding f = only(335, FindingCode.NUMBER_NOT_IN_CITED_PARAGRAPH);
    assertEquals(Severity.ERROR, f.severity(), f.toString());
    assertTrue(f.message().contains("65 percent"), "the statement says 65 percent of tasks are"
        + " manual labour; Huseyn Aliyev 50 says approximately 60%: " + f.message());
  }

  @Test
  void number_footnote58_twelveMonthsOnlyInParagraph12() {
    Finding f = only(58, FindingCode.NUMBER_NOT_IN_CITED_PARAGRAPH);
    assertEquals(Severity.ERROR, f.severity(), f.toString());
    assertEquals(List.of(12), f.suggested(), "the statement gives 6-12 months of treatment;"
        + " Claus Mathiesen 11 says 6 months, 12 says 6 to 12 months: " + f);
  }

  @Test
  void pointing_footnote288_galeottiWithoutParagraph() {
    Finding f = only(288, FindingCode.SOURCE_WITHOUT_PARAGRAPH);
    assertEquals(Optional.of("mark-galeotti"), f.source(), "'Huseyn Aliyev: 48; Mark Galeotti'");
  }

  @Test
  void pointing_ovdInfoRepeatedNumbersUnresolved() {
    assertEquals(List.of(17), only(235, FindingCode.AMBIGUOUS_PARAGRAPH).paragraphs(),
        "OVD-Info numbers 15-19 twice and 'Similar statements are conveyed by two other sources'"
            + " tells neither apart");
    assertEquals(List.of(18), only(243, FindingCode.AMBIGUOUS_PARAGRAPH).paragraphs(),
        "OVD-Info 18 occurs twice");
  }

  @Test
  void content_noFalseAlarmsWhereVerifiedParaphrases() {
    for (int footnote : List.of(19, 204, 223, 320)) {
      assertTrue(audit.inFootnote(footnote).stream().noneMatch(f -> f.severity() != Severity.INFO),
          "footnote " + footnote + " was a false alarm of an earlier tuning (paraphrase, or a"
              + " written source in the same footnote gives the content): " + audit.inFootnote(footnote));
    }
  }
}
