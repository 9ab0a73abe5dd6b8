package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.model.json.CorpusJson;
import org.junit.jupiter.api.Test;

/**
 * The real statements behind section 6.2–6.3 of DIS/SMA, <i>Russia – Conscription</i> (January
 * 2025), modelled from the cited minutes in Annex 2, not from the report's summary of them. Quotes
 * are short quotations with source reference (DIS/SMA, Russia – Conscription, January 2025, Annex
 * 2, the paragraph named by each passage).
 */
final class RussiaConscriptionExcerptTest {

  private static Set<String> placesAffirmedBy(EvidenceBase e, String source) {
    return e.assertionsBy(source).stream()
        .filter(a -> a.stance() == Stance.AFFIRMS && !a.isValue())
        .map(a -> e.proposition(a.proposition()).orElseThrow().place().orElseThrow())
        .collect(Collectors.toSet());
  }

  @Test
  void pskovskayaGubernia7_deniesTheAnnexedRegions_affirmsKurskAndBelgorod() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    assertEquals(Set.of("kursk", "belgorod"), placesAffirmedBy(e, "pskovskaya-gubernia"));
    List<Assertion> denials = e.assertionsWithin("annexed-2022").stream()
        .filter(a -> a.source().equals("pskovskaya-gubernia")).toList();
    assertEquals(4, denials.size(), "one denial per region named in paragraph 7");
    assertTrue(denials.stream().allMatch(a -> a.stance() == Stance.DENIES && a.hedge() == Hedge.CERTAIN),
        "paragraph 7 says 'not into', a plain denial: " + denials);
  }

  @Test
  void huseynAliyev82_affirmsCrimeaAndAllFourAnnexedRegions() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    assertEquals(Set.of("crimea", "donetsk", "luhansk", "kherson", "zaporizhzhia"),
        placesAffirmedBy(e, "huseyn-aliyev"));
    assertTrue(e.assertionsBy("huseyn-aliyev").stream().filter(a -> !a.isValue())
        .allMatch(a -> a.passages().equals(List.of("huseyn-aliyev-82"))), "all traced to paragraph 82");
  }

  @Test
  void irinaNovik18_affirmsThreeRegions_hasNotHeardOfTheOtherTwo() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    assertEquals(Set.of("donetsk", "luhansk", "crimea"), placesAffirmedBy(e, "irina-novik"));
    List<Assertion> notHeard = e.assertionsBy("irina-novik").stream()
        .filter(a -> a.hedge() == Hedge.NO_EVIDENCE_OF).toList();
    assertEquals(Set.of("posted-in-zaporizhzhia", "posted-in-kherson"),
        notHeard.stream().map(Assertion::proposition).collect(Collectors.toSet()),
        "'had not heard of' is absence of evidence about Zaporizhzhia and Kherson, not a denial");
    assertTrue(e.assertionsBy("irina-novik").stream()
            .noneMatch(a -> a.stance() == Stance.DENIES && a.hedge() != Hedge.NO_EVIDENCE_OF),
        "Irina Novik denies nothing in paragraph 18");
  }

  @Test
  void markGaleotti39_isAbsenceOfEvidence_notADenial() {
    Assertion galeotti = RussiaConscriptionExcerpt.evidenceBase().assertion("galeotti-39").orElseThrow();
    assertEquals(Stance.DENIES, galeotti.stance(), "the hedge's direction is against the proposition");
    assertEquals(Hedge.NO_EVIDENCE_OF, galeotti.hedge(), "'no evidence to suggest' is a hedge");
  }

  @Test
  void annexedTerritories_lieInUkraineAndInTerritoryRussiaClaims() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    assertEquals(Set.of("ukraine", "territory-russia-claims"), e.placesContaining("crimea"));
    assertEquals(Set.of("annexed-2022", "ukraine", "territory-russia-claims"), e.placesContaining("kherson"));
    assertTrue(e.encloses("territory-russia-claims", "donetsk"));
    assertFalse(e.encloses("russia", "donetsk"), "the gazetteer follows international recognition");
    assertEquals(
        Set.of("galeotti-39", "aliyev-82-crimea", "aliyev-82-donetsk", "aliyev-82-luhansk",
            "aliyev-82-kherson", "aliyev-82-zaporizhzhia", "novik-18-donetsk", "novik-18-luhansk",
            "novik-18-crimea", "novik-18-kherson", "novik-18-zaporizhzhia", "pskov-7-donetsk",
            "pskov-7-luhansk", "pskov-7-kherson", "pskov-7-zaporizhzhia"),
        e.assertionsWithin("territory-russia-claims").stream().map(Assertion::id).collect(Collectors.toSet()),
        "every statement about a claimed territory is found from the containing place");
  }

  @Test
  void kurskDeathFigures_keepTheirBoundsHedgesAndBases() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    Quantity aliyev = e.assertion("aliyev-74-killed").orElseThrow().value().orElseThrow();
    Quantity novik = e.assertion("novik-17-killed").orElseThrow().value().orElseThrow();
    assertFalse(aliyev.contains(BigDecimal.valueOf(1000)), "'over a thousand' excludes 1000");
    assertTrue(aliyev.contains(BigDecimal.valueOf(1001)));
    assertTrue(novik.contains(BigDecimal.valueOf(13)), "'at least 13' includes 13");
    assertEquals(Hedge.PROBABLE, e.assertion("aliyev-74-killed").orElseThrow().hedge());
    assertTrue(aliyev.range().isConnected(novik.range())
            && !aliyev.range().intersection(novik.range()).isEmpty(),
        "'at least 13' and 'probably over a thousand' can both be true");
    assertEquals(Range.atLeast(new BigDecimal(13)), novik.range());
    Basis relayed = e.assertion("novik-17-killed").orElseThrow().basis();
    assertEquals(BasisKind.REPORTED_BY, relayed.kind());
    assertEquals("verstka", relayed.reportedBy().orElseThrow(), "Novik relays Verstka's count");
  }

  @Test
  void bbcCount_isAboutTheWholeWar_andNovikRelaysIt() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    Proposition war = e.proposition("killed-in-war").orElseThrow();
    Proposition kursk = e.proposition("killed-in-kursk").orElseThrow();
    assertTrue(war.time().orElseThrow().encloses(kursk.time().orElseThrow()),
        "the whole war's span encloses the Kursk incursion's");
    assertTrue(war.place().isEmpty() && kursk.place().orElseThrow().equals("kursk"));
    assertEquals(List.of("bbc-killed", "novik-13-killed"),
        e.assertionsAbout("killed-in-war").stream().map(Assertion::id).toList());
    assertEquals("bbc-news",
        e.assertion("novik-13-killed").orElseThrow().basis().reportedBy().orElseThrow(),
        "a journalist repeating the BBC count is not independent of the BBC");
  }

  @Test
  void excerpt_survivesTheJsonFormat() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    assertEquals(e, CorpusJson.fromJson(CorpusJson.toJson(e)));
  }

  @Test
  void quotes_occurVerbatimInTheirParagraphs() throws IOException {
    String report = ReferenceReports.text(ReferenceReports.RUSSIA_CONSCRIPTION);
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    int checked = 0;
    for (Assertion a : e.assertions()) {
      if (a.quote().isEmpty()) {
        continue;
      }
      Passage passage = e.passage(a.passages().get(0)).orElseThrow();
      Document minutes = e.document(passage.document()).orElseThrow();
      String who = minutes.title().substring("Meeting with ".length());
      String paragraph = ReferenceReports.minutesParagraph(
          report, who, Integer.parseInt(passage.locator().value()));
      assertTrue(paragraph.contains(ReferenceReports.normalised(a.quote().get())),
          "quote of " + a.id() + " must occur in " + who + " " + passage.locator() + ": " + paragraph);
      checked++;
    }
    assertEquals(20, checked, "every quoted assertion is checked");
  }
}
