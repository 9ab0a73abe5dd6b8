package org.corroborate.analysis.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.analysis.Corpus;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantity;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/** Derivation of bearings across place, time and declared relations, on hand-built cases. */
final class BearingDerivationTest {

  private static List<String> summary(BearingDerivation d, String proposition) {
    return d.bearingsOn(proposition).stream()
        .map(b -> b.assertion().id() + " " + b.direction() + (b.derived() ? " via " + b.via().get() : ""))
        .toList();
  }

  @Test
  void affirmationOfAPlace_supportsEveryPlaceContainingIt_notThePlacesInside() {
    EvidenceBase e = Corpus.withSources("a").posted("donetsk").posted("annexed").posted("ukraine")
        .posted("kherson")
        .says(Assertion.affirms("a1", "a", "posted-donetsk", "a-1")).build();
    BearingDerivation d = BearingDerivation.of(e);
    assertEquals(List.of("a1 SUPPORTS via posted-donetsk"), summary(d, "posted-annexed"));
    assertEquals(List.of("a1 SUPPORTS via posted-donetsk"), summary(d, "posted-ukraine"));
    assertEquals(List.of(), summary(d, "posted-kherson"), "Donetsk says nothing of Kherson");
  }

  @Test
  void denialOfAPlace_opposesEveryPlaceInside_notThePlaceContainingIt() {
    EvidenceBase e = Corpus.withSources("a").posted("donetsk").posted("annexed").posted("ukraine")
        .says(Assertion.denies("a1", "a", "posted-annexed", "a-1")).build();
    BearingDerivation d = BearingDerivation.of(e);
    assertEquals(List.of("a1 OPPOSES via posted-annexed"), summary(d, "posted-donetsk"));
    assertEquals(List.of(), summary(d, "posted-ukraine"), "a denial about a part denies no whole");
  }

  @Test
  void absenceOfEvidence_carriesDownwardsAsAbsence() {
    EvidenceBase e = Corpus.withSources("a").posted("donetsk").posted("annexed")
        .says(Assertion.noEvidenceOf("a1", "a", "posted-annexed", "a-1")).build();
    assertEquals(List.of("a1 NO_EVIDENCE via posted-annexed"),
        summary(BearingDerivation.of(e), "posted-donetsk"));
  }

  @Test
  void timeScope_affirmationInsideASpanSupportsTheEnclosingSpan() {
    Proposition in2024 = Proposition.of("kursk-2024", "t", "Conscripts in Kursk in 2024")
        .about("conscripts", "posted-in").at("kursk").during(TimeSpan.at(PartialDate.of(2024)));
    Proposition since2022 = Proposition.of("kursk-since-2022", "t", "Conscripts in Kursk since 2022")
        .about("conscripts", "posted-in").at("kursk").during(TimeSpan.since(PartialDate.of(2022)));
    EvidenceBase e = Corpus.withSources("a").proposition(in2024).proposition(since2022)
        .says(Assertion.affirms("a1", "a", "kursk-2024", "a-1")).build();
    BearingDerivation d = BearingDerivation.of(e);
    assertEquals(List.of("a1 SUPPORTS via kursk-2024"), summary(d, "kursk-since-2022"));
    assertEquals(List.of("a1 SUPPORTS"), summary(d, "kursk-2024"));
  }

  @Test
  void numericPropositions_areNotCarriedAcrossPlaces() {
    Proposition kursk = Proposition.of("killed-kursk", "t", "Killed in Kursk")
        .about("conscripts", "killed-in").at("kursk").measuredIn("person");
    Proposition russia = Proposition.of("killed-russia", "t", "Killed in Russia")
        .about("conscripts", "killed-in").at("russia").measuredIn("person");
    EvidenceBase e = Corpus.withSources("a").proposition(kursk).proposition(russia)
        .says(Assertion.value("a1", "a", "killed-kursk", Quantity.atLeast(13, "person"), "a-1")).build();
    assertEquals(List.of(), summary(BearingDerivation.of(e), "killed-russia"));
  }

  @Test
  void declaredEntailment_carriesAffirmationForwardAndDenialBackward_throughChains() {
    EvidenceBase e = Corpus.withSources("a", "b")
        .proposition(Proposition.of("p", "t", "P")).proposition(Proposition.of("q", "t", "Q"))
        .proposition(Proposition.of("r", "t", "R"))
        .relation(PropositionRelation.entails("p", "q", "P is a case of Q"))
        .relation(PropositionRelation.entails("q", "r", "Q is a case of R"))
        .says(Assertion.affirms("a1", "a", "p", "a-1"))
        .says(Assertion.denies("b1", "b", "r", "b-1")).build();
    BearingDerivation d = BearingDerivation.of(e);
    assertEquals(List.of("a1 SUPPORTS via p", "b1 OPPOSES via r"), summary(d, "q"));
    assertEquals(List.of("a1 SUPPORTS via p", "b1 OPPOSES"), summary(d, "r"));
    assertEquals(List.of("a1 SUPPORTS", "b1 OPPOSES via r"), summary(d, "p"));
  }

  @Test
  void declaredContradiction_turnsAffirmationIntoOpposition() {
    EvidenceBase e = Corpus.withSources("a")
        .proposition(Proposition.of("p", "t", "P")).proposition(Proposition.of("q", "t", "Q"))
        .relation(PropositionRelation.contradicts("p", "q", "cannot both hold"))
        .says(Assertion.affirms("a1", "a", "q", "a-1")).build();
    Bearing b = BearingDerivation.of(e).bearingsOn("p").get(0);
    assertEquals(Direction.OPPOSES, b.direction());
    assertTrue(b.reason(e).contains("contradicts it (cannot both hold)"), b.reason(e));
  }

  @Test
  void timeOf_readsAnUndatedClaimAtItsDocumentsDate() {
    EvidenceBase e = Corpus.withSources("a").posted("kursk")
        .document(org.corroborate.model.Document.written("article", "a", "Article")
            .dated(PartialDate.of(2024, 11)))
        .says(Assertion.affirms("a1", "a", "posted-kursk", "article-whole"))
        .says(Assertion.affirms("a2", "a", "posted-kursk", "a-2").asOf(TimeSpan.at(PartialDate.of(2023))))
        .says(Assertion.affirms("a3", "a", "posted-kursk", "a-3")).build();
    assertEquals(TimeSpan.at(PartialDate.of(2024, 11)),
        BearingDerivation.timeOf(e.assertion("a1").orElseThrow(), e));
    assertEquals(TimeSpan.at(PartialDate.of(2023)), BearingDerivation.timeOf(e.assertion("a2").orElseThrow(), e));
    assertEquals(TimeSpan.always(), BearingDerivation.timeOf(e.assertion("a3").orElseThrow(), e),
        "no date anywhere: all of time");
  }

  @Test
  void byNumber_readsWhatById_onTheReferenceExcerpt() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    BearingDerivation d = BearingDerivation.of(e);
    List<Proposition> propositions = e.propositions();
    int bearings = 0;
    for (int q = 0; q < propositions.size(); q++) {
      String id = propositions.get(q).id();
      assertEquals(d.bearingsOn(id), d.bearingsOn(q), "the bearings on " + id);
      assertEquals(d.assertionPositionsOn(id), d.assertionPositionsOn(q), "the assertions on " + id);
      bearings += d.bearingsOn(q).size();
    }
    assertEquals(d.size(), bearings, "every bearing on some numbered proposition");
    assertThrows(IndexOutOfBoundsException.class, () -> d.bearingsOn(propositions.size()));
    assertThrows(IndexOutOfBoundsException.class, () -> d.assertionPositionsOn(-1));
  }

  @Test
  void assertionTimes_followTheRuleOfTimeOf_onTheReferenceExcerpt() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    List<TimeSpan> times = BearingDerivation.of(e).assertionTimes();
    assertEquals(e.assertions().size(), times.size());
    long dated = 0;
    for (int i = 0; i < times.size(); i++) {
      Assertion a = e.assertions().get(i);
      assertEquals(BearingDerivation.timeOf(a, e), times.get(i), "the time of " + a.id());
      dated += times.get(i).equals(TimeSpan.always()) ? 0 : 1;
    }
    assertTrue(dated > 0, "the excerpt dates some of its claims");
  }

  @Test
  void days_areReadOnceForEveryAssertion_andNeverLentToABearingOfAnotherTime() {
    EvidenceBase e = RussiaConscriptionExcerpt.evidenceBase();
    BearingDerivation d = BearingDerivation.of(e);
    for (int i = 0; i < e.assertions().size(); i++) {
      assertEquals(DayRange.of(d.assertionTimes().get(i)), d.assertionDays(i), "assertion " + i);
    }
    int read = 0;
    for (int q = 0; q < e.propositions().size(); q++) {
      List<Bearing> on = d.bearingsOn(q);
      for (int k = 0; k < on.size(); k++) {
        Bearing b = on.get(k);
        int position = d.assertionPositionsOn(q).get(k);
        assertEquals(DayRange.of(b.time()), d.daysOf(b, position), "a bearing at its position");
        assertEquals(DayRange.of(b.time()), d.daysOf(b, -1), "a bearing at no known position");
        read++;
      }
    }
    assertTrue(read > 0, "the excerpt has bearings");
    Bearing elsewhen = d.all().values().stream()
        .filter(b -> !DayRange.of(b.time()).equals(d.assertionDays(0)))
        .findFirst().orElseThrow();
    assertEquals(DayRange.of(elsewhen.time()), d.daysOf(elsewhen, 0),
        "a bearing of another time at a position takes its own days, not that assertion's");
    assertThrows(IndexOutOfBoundsException.class, () -> d.assertionDays(e.assertions().size()));
  }

  @Test
  void questions_groupThePropositionsOfOneSubjectAndRelation_numberedInOrder() {
    EvidenceBase two = Corpus.withSources("a").posted("donetsk").posted("kherson")
        .proposition(Proposition.of("trained-kursk", "t", "Conscripts trained in Kursk")
            .about("conscripts", "trained-in").at("kursk"))
        .says(Assertion.affirms("a1", "a", "trained-kursk", "a-1")).build();
    BearingDerivation d = BearingDerivation.of(two);
    List<String> ids = two.propositions().stream().map(Proposition::id).toList();
    assertEquals(2, d.questions(), "posted in, trained in");
    assertEquals(d.questionOf(ids.indexOf("posted-donetsk")),
        d.questionOf(ids.indexOf("posted-kherson")));
    assertTrue(d.questionOf(ids.indexOf("posted-donetsk"))
        != d.questionOf(ids.indexOf("trained-kursk")));
    for (EvidenceBase e : List.of(two, RussiaConscriptionExcerpt.evidenceBase())) {
      questionsFollowSameQuestion(e);
    }
  }

  private static void questionsFollowSameQuestion(EvidenceBase e) {
    BearingDerivation d = BearingDerivation.of(e);
    List<Proposition> ps = e.propositions();
    int next = 0;
    for (int q = 0; q < ps.size(); q++) {
      Proposition p = ps.get(q);
      assertEquals(BearingDerivation.sameQuestion(p, p), d.questionOf(q) >= 0, p.id());
      assertTrue(d.questionOf(q) < d.questions(), "below the count");
      if (d.questionOf(q) == next) {
        next++;
      } else {
        assertTrue(d.questionOf(q) < next, "numbered in the order of their first proposition");
      }
      for (int r = 0; r < ps.size(); r++) {
        if (d.questionOf(q) >= 0 && d.questionOf(r) >= 0) {
          assertEquals(BearingDerivation.sameQuestion(p, ps.get(r)),
              d.questionOf(q) == d.questionOf(r), p.id() + " and " + ps.get(r).id());
        }
      }
    }
    assertEquals(d.questions(), next, "every number given");
    assertThrows(IndexOutOfBoundsException.class, () -> d.questionOf(ps.size()));
  }

  @Test
  void daysKeptInInts_comeBackAsTheLongsOfEveryDateAndOfTheOpenEnds() {
    long earliest = java.time.LocalDate.of(1, 1, 1).toEpochDay();
    long latest = java.time.LocalDate.of(9999, 12, 31).toEpochDay();
    for (long day : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, earliest, latest, 0, -1, 19_000}) {
      assertEquals(day, BearingDerivation.unpackDay(BearingDerivation.packDay(day)), "day " + day);
    }
    java.util.Random random = new java.util.Random(20261208L);
    for (int i = 0; i < 10_000; i++) {
      long day = earliest + (long) (random.nextDouble() * (latest - earliest));
      assertEquals(day, BearingDerivation.unpackDay(BearingDerivation.packDay(day)), "day " + day);
    }
    assertThrows(IllegalArgumentException.class,
        () -> BearingDerivation.packDay((long) Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class,
        () -> BearingDerivation.packDay((long) Integer.MIN_VALUE - 5));
  }
}
