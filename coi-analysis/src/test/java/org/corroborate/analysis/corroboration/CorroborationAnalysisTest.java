package org.corroborate.analysis.corroboration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Verdicts, independent lines and value camps on hand-built cases. */
final class CorroborationAnalysisTest {

  private static Corroboration of(EvidenceBase e, String proposition) {
    return Analysis.of(e).corroboration(proposition).orElseThrow();
  }

  private static Corpus kursk(String... sources) {
    return Corpus.withSources(sources).posted("kursk");
  }

  @Test
  void verdict_corroborated_byTwoIndependentSources() {
    EvidenceBase e = kursk("a", "b").says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kursk", "b-1")).build();
    Corroboration c = of(e, "posted-kursk");
    assertEquals(Verdict.CORROBORATED, c.verdict());
    assertEquals(2, c.independentSupport());
  }

  @Test
  void verdict_singleSource_whenTwoSourcesShareAnOrigin() {
    EvidenceBase e = kursk("a")
        .source(Source.of("a-channel", "A's Telegram channel", SourceKind.SOCIAL_MEDIA).withOrigin("a"))
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.affirms("c1", "a-channel", "posted-kursk", "a-channel-1")).build();
    Corroboration c = of(e, "posted-kursk");
    assertEquals(Verdict.SINGLE_SOURCE, c.verdict(), "an outlet and its channel are one line");
    assertEquals(List.of("origin:a"), c.supporting().stream().map(EvidenceLine::id).toList());
  }

  @Test
  void verdict_singleSource_whenOneSourceRelaysAnother() {
    EvidenceBase e = kursk("a", "b").says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kursk", "b-1").basedOn(Basis.reportedBy("a"))).build();
    assertEquals(Verdict.SINGLE_SOURCE, of(e, "posted-kursk").verdict());
  }

  @Test
  void verdict_singleSource_whenTwoSourcesCiteOneDocument() {
    EvidenceBase e = kursk("a", "b", "c")
        .document(Document.written("article", "c", "The article"))
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1")
            .basedOn(Basis.of(org.corroborate.model.BasisKind.DOCUMENTARY).citing("article")))
        .says(Assertion.affirms("b1", "b", "posted-kursk", "b-1")
            .basedOn(Basis.of(org.corroborate.model.BasisKind.DOCUMENTARY).citing("article"))).build();
    Corroboration c = of(e, "posted-kursk");
    assertEquals(Verdict.SINGLE_SOURCE, c.verdict(), "one underlying document counts once");
    assertEquals(List.of("document:article"), c.supporting().stream().map(EvidenceLine::id).toList());
  }

  @Test
  void verdict_contestedByOneSource() {
    EvidenceBase e = kursk("a", "b", "c").says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.affirms("b1", "b", "posted-kursk", "b-1"))
        .says(Assertion.denies("c1", "c", "posted-kursk", "c-1")).build();
    assertEquals(Verdict.CONTESTED_BY_ONE_SOURCE, of(e, "posted-kursk").verdict());
  }

  @Test
  void verdict_disputed_oneAgainstOne() {
    EvidenceBase e = kursk("a", "b").says(Assertion.affirms("a1", "a", "posted-kursk", "a-1"))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1")).build();
    assertEquals(Verdict.DISPUTED, of(e, "posted-kursk").verdict());
  }

  @Test
  void verdict_notDisputed_whenTheDenialSpeaksForAnotherTime() {
    EvidenceBase e = kursk("a", "b")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1").asOf(TimeSpan.at(PartialDate.of(2024))))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1").asOf(TimeSpan.at(PartialDate.of(2021))))
        .build();
    Corroboration c = of(e, "posted-kursk");
    assertEquals(Verdict.SINGLE_SOURCE, c.verdict());
    assertFalse(c.overlapping());
    assertEquals(0.0, c.opposition(), "opposition at disjoint times does not count");
  }

  @Test
  void verdict_uncorroborated_whenOnlyDenied() {
    EvidenceBase e = kursk("a").says(Assertion.denies("a1", "a", "posted-kursk", "a-1")).build();
    assertEquals(Verdict.UNCORROBORATED, of(e, "posted-kursk").verdict());
  }

  @Test
  void verdict_uncorroborated_withNoEvidenceAtAll() {
    Corroboration c = of(kursk("a").build(), "posted-kursk");
    assertEquals(Verdict.UNCORROBORATED, c.verdict());
    assertEquals(0.0, c.weight(), "no evidence weighs nothing");
  }

  @Test
  void verdict_absenceOfEvidenceOnly() {
    EvidenceBase e = kursk("a").says(Assertion.noEvidenceOf("a1", "a", "posted-kursk", "a-1")).build();
    assertEquals(Verdict.ABSENCE_OF_EVIDENCE_ONLY, of(e, "posted-kursk").verdict());
  }

  private static Corpus killed(String... sources) {
    return Corpus.withSources(sources).proposition(
        Proposition.of("killed", "t", "Conscripts killed in Kursk").measuredIn("person"));
  }

  @Test
  void values_incompatibleIntervals_formTwoCamps_andADispute() {
    EvidenceBase e = killed("a", "b")
        .says(Assertion.value("a1", "a", "killed", Quantity.atMost(100, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.moreThan(1000, "person"), "b-1")).build();
    Corroboration c = of(e, "killed");
    assertEquals(Verdict.DISPUTED, c.verdict());
    assertEquals(2, c.values().size());
    assertEquals(1, Analysis.of(e).disputes().size());
  }

  @Test
  void values_approximate_widenByTheTolerance() {
    EvidenceBase e = killed("a", "b")
        .says(Assertion.value("a1", "a", "killed", Quantity.about(100, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.atLeast(105, "person"), "b-1")).build();
    Corroboration c = of(e, "killed");
    assertEquals(1, c.values().size(), "about 100 allows 105 within ten per cent");
    assertEquals(Range.closed(new BigDecimal(105), new BigDecimal(110)), c.values().get(0).common());
  }

  @Test
  void values_exact_doNotWiden() {
    EvidenceBase e = killed("a", "b")
        .says(Assertion.value("a1", "a", "killed", Quantity.exactly(100, "person"), "a-1"))
        .says(Assertion.value("b1", "b", "killed", Quantity.atLeast(105, "person"), "b-1")).build();
    assertEquals(2, of(e, "killed").values().size());
  }

  @Test
  void allowed_widensEachFiniteEndOfAnApproximateValue() {
    assertEquals(Range.closed(new BigDecimal(270000), new BigDecimal(330000)),
        CorroborationAnalysis.allowed(Quantity.about(300000, "person/year")));
    assertEquals(Range.atLeast(new BigDecimal("11.7")),
        CorroborationAnalysis.allowed(Quantity.atLeast(13, "person").approximately()));
    assertTrue(CorroborationAnalysis.allowed(Quantity.atLeast(13, "person")).contains(new BigDecimal(13)));
  }

  @Test
  void explain_saysWhyOppositionAtAnotherTimeIsNotCounted() {
    EvidenceBase e = kursk("a", "b")
        .says(Assertion.affirms("a1", "a", "posted-kursk", "a-1").asOf(TimeSpan.at(PartialDate.of(2024))))
        .says(Assertion.denies("b1", "b", "posted-kursk", "b-1").asOf(TimeSpan.at(PartialDate.of(2021))))
        .build();
    String text = String.join("\n", Analysis.of(e).explain("posted-kursk"));
    assertTrue(text.contains("speaks for other times"), text);
    assertTrue(text.contains("Source A: 1") && text.contains("Source B: 1"), text);
  }
}
