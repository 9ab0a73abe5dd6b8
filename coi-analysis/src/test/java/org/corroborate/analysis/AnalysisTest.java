package org.corroborate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.CampKind;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.dispute.NonDisputeKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/**
 * The analysis of the statements behind section 6.2–6.3 of DIS/SMA, Russia – Conscription
 * (January 2025), as modelled from the cited minutes (Annex 2).
 */
final class AnalysisTest {

  private static final AnalysisReport REPORT = Analysis.of(RussiaConscriptionExcerpt.evidenceBase());

  private static Corroboration about(String proposition) {
    return REPORT.corroboration(proposition).orElseThrow();
  }

  @Test
  void verdicts_followTheMinutes() {
    Map<String, Verdict> verdicts = new TreeMap<>();
    REPORT.corroborations().forEach(c -> verdicts.put(c.proposition().id(), c.verdict()));
    assertEquals(Map.ofEntries(
            Map.entry("killed-in-kursk", Verdict.CORROBORATED),
            Map.entry("killed-in-war", Verdict.SINGLE_SOURCE),
            Map.entry("posted-in-annexed-2022", Verdict.CORROBORATED),
            Map.entry("posted-in-belgorod", Verdict.SINGLE_SOURCE),
            Map.entry("posted-in-crimea", Verdict.CORROBORATED),
            Map.entry("posted-in-donetsk", Verdict.CONTESTED_BY_ONE_SOURCE),
            Map.entry("posted-in-kherson", Verdict.DISPUTED),
            Map.entry("posted-in-kursk", Verdict.SINGLE_SOURCE),
            Map.entry("posted-in-luhansk", Verdict.CONTESTED_BY_ONE_SOURCE),
            Map.entry("posted-in-territory-russia-claims", Verdict.CORROBORATED),
            Map.entry("posted-in-zaporizhzhia", Verdict.DISPUTED)),
        verdicts);
  }

  @Test
  void kherson_isDisputedBetweenAliyevAndPskovskayaGubernia_notByNovik() {
    Corroboration kherson = about("posted-in-kherson");
    assertEquals(Set.of("huseyn-aliyev"), kherson.supportingSources());
    assertEquals(Set.of("pskovskaya-gubernia"), kherson.opposingSources());
    assertEquals(Set.of("irina-novik", "mark-galeotti"),
        kherson.absence().stream().flatMap(l -> l.sources().stream()).collect(Collectors.toSet()),
        "'had not heard of' and 'no evidence to suggest' are absence of evidence, not denials");
  }

  @Test
  void absenceOfEvidence_lowersTheWeight_neverMakesADispute() {
    Corroboration crimea = about("posted-in-crimea");
    assertEquals(Verdict.CORROBORATED, crimea.verdict(), "Galeotti's 'no evidence' is no dispute");
    assertTrue(crimea.absenceWeight() > 0);
    assertTrue(crimea.weight() < crimea.support(), "absence lowers the confidence: " + crimea);
    assertTrue(REPORT.disputes().stream().noneMatch(d -> d.proposition().id().equals("posted-in-crimea")));
  }

  @Test
  void disputes_theFourAnnexedRegions_areOneDisagreement_shownOnce() {
    // Pskovskaya Gubernia ¶7 denies each region, Huseyn Aliyev ¶82 affirms each, Irina Novik ¶18
    // affirms Donetsk and Luhansk: the same paragraphs on the same sides, so one dispute, at the
    // region with the most statements, standing for the other three
    assertEquals(List.of("dispute-posted-in-donetsk"),
        REPORT.disputes().stream().map(Dispute::id).toList());
    Dispute donetsk = REPORT.disputes().get(0);
    assertEquals(List.of("posted-in-kherson", "posted-in-luhansk", "posted-in-zaporizhzhia"),
        donetsk.covers());
    Camp affirm = donetsk.camps().get(0);
    Camp deny = donetsk.camps().get(1);
    assertEquals(CampKind.AFFIRMS, affirm.kind());
    assertEquals(2, affirm.independentLines());
    assertEquals(CampKind.DENIES, deny.kind());
    assertEquals(List.of("Pskovskaya Gubernia: 7"),
        deny.passages(REPORT.evidence()).stream().map(p -> p.citation()).toList());
    assertEquals(List.of("Huseyn Aliyev: 82", "Irina Novik: 18"),
        affirm.passages(REPORT.evidence()).stream().map(p -> p.citation()).toList());
    assertEquals(deny.weight(), donetsk.weight(), 1e-12, "a dispute weighs as its weaker side");
  }

  @Test
  void nonDisputes_sayWhyTheAnalysisStayedSilent() {
    Map<String, List<NonDisputeKind>> kinds = new TreeMap<>();
    for (NonDispute n : REPORT.nonDisputes()) {
      kinds.computeIfAbsent(n.proposition().id(), k -> new ArrayList<>()).add(n.kind());
    }
    assertEquals(List.of(NonDisputeKind.COMPATIBLE_VALUES), kinds.get("killed-in-kursk"),
        "'at least 13' and 'probably over a thousand' can both be true");
    assertEquals(List.of(NonDisputeKind.ABSENCE_OF_EVIDENCE_ONLY, NonDisputeKind.DIFFERENT_SCOPE),
        kinds.get("posted-in-annexed-2022"),
        "denying each region does not deny the annexed regions as a whole");
    assertFalse(kinds.containsKey("killed-in-war"), "the BBC count and its relay are one line");
    NonDispute kursk = REPORT.nonDisputes().stream()
        .filter(n -> n.proposition().id().equals("killed-in-kursk")).findFirst().orElseThrow();
    assertTrue(kursk.reason().contains("together they allow more than 1,000 people")
        && kursk.reason().contains("every source asserts at least 13 people"),
        "the values in words: " + kursk.reason());
  }

  @Test
  void kurskDeaths_countTheVerstkaArticleAndAliyevAsTwoLines() {
    Corroboration kursk = about("killed-in-kursk");
    assertEquals(1, kursk.values().size());
    assertEquals(List.of("document:verstka-2024-11-14", "origin:huseyn-aliyev"),
        kursk.values().get(0).lines().stream().map(l -> l.id()).toList());
  }

  @Test
  void bbcCountAndNovikRelayingIt_areOneLine() {
    Corroboration war = about("killed-in-war");
    assertEquals(Verdict.SINGLE_SOURCE, war.verdict());
    assertEquals(Set.of("bbc-news", "irina-novik"), war.supportingSources());
    assertEquals(1, war.independentSupport());
  }

  @Test
  void clustersAndOutliers_separatePskovskayaGubernia() {
    // the BBC's count and Novik's relay of it are one line, one voice: that is no agreement between
    // the two, so the BBC, which speaks to nothing else, stands alone
    assertEquals(List.of(Set.of("huseyn-aliyev", "irina-novik"), Set.of("bbc-news"), Set.of("pskovskaya-gubernia")),
        REPORT.clusters().stream().map(Set::copyOf).toList());
    assertEquals(1, REPORT.outliers().size());
    assertEquals("pskovskaya-gubernia", REPORT.outliers().get(0).source());
    assertEquals(List.of("dispute-posted-in-donetsk"), REPORT.outliers().get(0).disputes(),
        "the one disagreement, shown once");
  }

  @Test
  void explain_tracesEverySourceToItsParagraph() {
    List<String> lines = REPORT.explain("posted-in-annexed-2022");
    String text = String.join("\n", lines);
    for (String expected : List.of("CORROBORATED", "Huseyn Aliyev: 82", "Irina Novik: 18",
        "Mark Galeotti: 39", "which lies inside Regions annexed by Russia in 2022")) {
      assertTrue(text.contains(expected), "the explanation names " + expected + ":\n" + text);
    }
  }

  @Test
  void analysis_isDeterministic_whateverTheOrderOfParts() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    Random random = new Random(2025);
    EvidenceBase.Builder shuffled = EvidenceBase.builder();
    shuffled.addAssertions(shuffle(e.assertions(), random)).addPropositions(shuffle(e.propositions(), random))
        .addPassages(shuffle(e.passages(), random)).addDocuments(shuffle(e.documents(), random))
        .addSources(shuffle(e.sources(), random)).addPlaces(shuffle(e.places(), random))
        .addTopics(shuffle(e.topics(), random)).addRelations(e.relations());
    AnalysisReport again = Analysis.of(shuffled.build());
    assertEquals(REPORT.corroborations(), again.corroborations());
    assertEquals(REPORT.disputes(), again.disputes());
    assertEquals(REPORT.nonDisputes(), again.nonDisputes());
    assertEquals(REPORT.clusters(), again.clusters());
    assertEquals(REPORT.outliers(), again.outliers());
    assertEquals(REPORT.acceptance(), again.acceptance());
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }
}
