package org.corroborate.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.ReportIngest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The citation audit on short excerpts of DIS/SMA, Russia – Conscription (January 2025): statements
 * of the body (sections 6.1–6.2 and 7) with their real footnotes, and the minutes paragraphs of
 * Annex 2 they cite or should cite, each quoted with its source reference in a comment. Paragraphs
 * of the minutes not quoted are placeholders.
 */
final class CitationAuditTest {

  private static AuditReport audit;

  @BeforeAll
  static void audit() throws ReportParseException {
    String report = String.join("\n",
        "# 6. Recruitment",
        "",
        // Body, section 6.2, with footnote 349.
        "Other sources believe that conscripts are in fact posted in the annexed regions.<sup>349</sup>",
        "",
        // Body, section 6.3, with footnote 436.
        "In terms of the institutional structures, conscripts from the North Caucasus regions would"
            + " serve under the same conditions as any other conscript.<sup>436</sup>",
        "",
        // Body, section 6.2, with footnote 335.
        "Huseyn Aliyev approximates, that 65 percent of the tasks performed by conscripts involve"
            + " manual labour. A conscript could for instance be tasked with constructing both"
            + " military and civilian facilities or with cleaning the base.<sup>335</sup>",
        "",
        // Body, section 6.1, with footnote 223: a paraphrase of Mediazona 28, not a false citation.
        "Mediazona corroborates this picture by explaining that conscripts are not generally active"
            + " in combat operations.<sup>223</sup>",
        "",
        "A statement with made-up citations.<sup>1</sup>",
        "",
        "<sup>1</sup> Psko Gub: 13; Irina Novik: 99; Mediazona: 27, 27",
        "<sup>223</sup> Mediazona: 28",
        "<sup>335</sup> Huseyn Aliyev: 50",
        "<sup>349</sup> Claus Mathiesen: 86; Journalist Irina Novik: 19",
        "<sup>436</sup> Mark Galeotti: 52",
        "",
        "## Annex 2: Meeting minutes",
        "",
        "### Meeting with Claus Mathiesen",
        "",
        "86. Placeholder paragraph.",
        "",
        "### Meeting with Mark Galeotti",
        "",
        // Annex 2, Mark Galeotti, paragraphs 50-52.
        "50. There still seems to be evidence that Chechen conscripts tend to go into Chechen units."
            + " But, aside from that, essentially conscripts from the Caucasus region in Russia will"
            + " have to serve under the same terms as any other conscript in Russia.",
        "51. In terms of the institutional structures, Conscripts from the Caucasus region would"
            + " serve under the same conditions as any other conscript. However, persons from north"
            + " Caucasus may face a certain amount of prejudice in the ranks.",
        "52. Draft evasion is still moderately widespread and has increased since 2022. However, the"
            + " majority of draft evaders tend to evade through the means of corruption or enrolling"
            + " themselves into higher education to get a deferment, although the person may well"
            + " not have any real intention of actually studying.",
        "",
        "### Meeting with Huseyn Aliyev",
        "",
        // Annex 2, Huseyn Aliyev, paragraph 50 (first two sentences).
        "50. Approximately 60% of the tasks involve manual labour, which could be the construction of"
            + " military or civilian facilities. Their tasks could also be various cleaning jobs"
            + " conducted on their bases or outside of it.",
        "51. Placeholder paragraph.",
        "",
        "### Meeting with Irina Novik, Russian Journalist",
        "",
        "17. Placeholder paragraph.",
        // Annex 2, Irina Novik, paragraphs 18 and 19 (first sentences).
        "18. According to the source, conscripts could also be posted into Ukraine proper, which means"
            + " in the regions of Donetsk, Luhansk and Crimea. However, they are not engaged at the"
            + " front line. The source had not heard of conscripts being posted in Zaporizhzhia or"
            + " Kherson regions.",
        "19. The average salary for a conscript is approximately 2,000 rubles a month (19 euros), but"
            + " then you get free accommodation and food rations.",
        "20. Placeholder paragraph.",
        "",
        "### Meeting with Mediazona",
        "",
        "27. Placeholder paragraph.",
        // Annex 2, Mediazona, paragraph 28.
        "28. The fines for evading the draft as a conscript have been raised to 500 euros. However,"
            + " the source had not seen such cases as of November 2024. The source also did not see a"
            + " lot of people fleeing Russia to avoid serving as a conscript. This is due to"
            + " conscripts not fighting in the war, and they therefore mainly see front line"
            + " soldiers fleeing the country.",
        "29. Placeholder paragraph.",
        "");
    audit = CitationAudit.audit(ReportIngest.read(report, AliasFile.empty()));
  }

  private static List<FindingCode> codes(int footnote) {
    return audit.inFootnote(footnote).stream().map(Finding::code).collect(Collectors.toList());
  }

  @Test
  void audit_shiftedCitationNamesTheBetterParagraph() {
    Finding f = audit.inFootnote(349).get(0);
    assertEquals(FindingCode.PROBABLY_SHIFTED_CITATION, f.code(), audit.inFootnote(349).toString());
    assertEquals(Severity.WARNING, f.severity(), "a shift is probable, not certain");
    assertEquals(Optional.of("irina-novik"), f.source(), "the citation's source");
    assertEquals(List.of(19), f.paragraphs(), "the cited paragraph");
    assertEquals(List.of(18), f.suggested(),
        "Irina Novik 18 is the paragraph on postings in Ukraine; 19 is on salaries");
    assertTrue(f.evidence().contains("post"), "the evidence names the shared words: " + f.evidence());
  }

  @Test
  void audit_shiftedCitationOfASourceCitedAlone() {
    List<Finding> found = audit.inFootnote(436);
    assertEquals(1, found.size(), found.toString());
    assertEquals(FindingCode.PROBABLY_SHIFTED_CITATION, found.get(0).code(), found.toString());
    assertEquals(List.of(51), found.get(0).suggested(),
        "Mark Galeotti 51 gives the statement almost word for word; 52 is on draft evasion");
  }

  @Test
  void audit_percentageTheCitedParagraphDoesNotGive() {
    List<Finding> found = audit.inFootnote(335);
    assertEquals(List.of(FindingCode.NUMBER_NOT_IN_CITED_PARAGRAPH), codes(335), found.toString());
    Finding f = found.get(0);
    assertEquals(Severity.ERROR, f.severity(), "only an interview is cited, so the number is wrong");
    assertTrue(f.message().contains("65 percent"), "the message quotes the number: " + f.message());
    assertEquals(List.of(50), f.paragraphs(), "Huseyn Aliyev 50 gives 60 %, not 65 %");
  }

  @Test
  void audit_paraphraseIsNoFinding() {
    assertEquals(List.of(), codes(223), "Mediazona 28 says conscripts are not fighting in the war:"
        + " the statement paraphrases it, so no finding (a false alarm avoided)");
  }

  @Test
  void audit_pointingFindings() {
    assertEquals(List.of(FindingCode.UNRESOLVED_SOURCE, FindingCode.NONEXISTENT_PARAGRAPH,
        FindingCode.DUPLICATE_CITATION), codes(1), audit.inFootnote(1).toString());
    Finding unresolved = audit.inFootnote(1).get(0);
    assertEquals(Optional.empty(), unresolved.source(), "an unresolved source has no id");
    assertEquals(Severity.ERROR, unresolved.severity(), "an unknown source cannot be checked");
    assertEquals(List.of(13), unresolved.paragraphs(), "the paragraphs as written");
    assertEquals(Severity.INFO, audit.inFootnote(1).get(2).severity(), "a repeat misleads nobody");
  }

  @Test
  void audit_resolvedQuirksAreNoFindings() {
    assertFalse(audit.findings().stream().anyMatch(f -> f.footnote() == 349
            && f.code() != FindingCode.PROBABLY_SHIFTED_CITATION),
        "'Journalist Irina Novik' is an alias resolved by the reading, not an audit finding");
  }

  @Test
  void shifted_thresholds() {
    assertTrue(CitationAudit.shifted(0.05, 0.53), "Irina Novik 19 against 18 in footnote 349");
    assertFalse(CitationAudit.shifted(0.0, CitationAudit.SHIFT_MIN_NEIGHBOUR_SUPPORT - 0.01),
        "a neighbour below the least support is not suggested however weak the cited one");
    assertFalse(CitationAudit.shifted(0.30, 0.30 + CitationAudit.SHIFT_MIN_LEAD - 0.01),
        "a lead below the least lead is no shift");
    assertFalse(CitationAudit.shifted(0.40, 0.70),
        "a neighbour less than twice as good is no shift, even with the lead");
    assertTrue(CitationAudit.shifted(0.20, 0.45), "at the bounds the shift is reported");
  }

  @Test
  void thresholds_documentedValues() {
    assertEquals(2, CitationAudit.NEIGHBOURHOOD, "the issue asks for neighbours ±1 and ±2");
    assertTrue(CitationAudit.CONTENT_MAX_SUPPORT < CitationAudit.SHIFT_MIN_NEIGHBOUR_SUPPORT,
        "a paragraph weak enough to be flagged must be weaker than one good enough to suggest");
  }

  @Test
  void terms_numbersNormalisedAndReferencesSkipped() {
    Terms t = Terms.of("A fine of 10 000 to 30,000 rubles under article 21.5; 65 percent.", false);
    assertEquals(List.of("10000", "30000", "65"), List.copyOf(t.numbers().keySet()),
        "grouped thousands are one number and an article number is a reference");
    assertEquals("65 percent", t.numbers().get("65"), "the number is kept as written");
  }

  @Test
  void terms_listEnumeratorsAreNoFigures() {
    Terms t = Terms.of("1. Category A is fit.\n2. Category B is fit with limits for 6-12 months.", false);
    assertEquals(List.of("6", "12"), List.copyOf(t.numbers().keySet()),
        "the items' numbers 1 and 2 are not figures of the statement");
  }
}
