package org.corroborate.casework.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.casework.Fact;
import org.corroborate.casework.FactStance;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Quantity;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Facts set against the reference corpus (DIS/SMA, Russia – Conscription, January 2025; minutes of
 * November 2024, published January 2025), one behaviour each, with what the minutes really say.
 */
final class ExternalConsistencyTest {

  private static final EvidenceBase EVIDENCE = ReferenceCorpora.russiaConscription2025();
  private static final ExternalConsistency ASSESS = ExternalConsistency.over(EVIDENCE);
  private static final LocalDate AFTER_REPORT = LocalDate.of(2025, 3, 3);
  private static final LocalDate BEFORE_REPORT = LocalDate.of(2024, 12, 16);
  private static final TimeSpan AUTUMN_2024 =
      TimeSpan.between(PartialDate.of(2024, 9), PartialDate.of(2024, 11));

  private static Fact fact(String id, String proposition, FactStance stance) {
    return Fact.of(id, "statement of " + id, "interview record, p. 1", proposition, stance);
  }

  private static Set<String> sources(java.util.List<CoiLine> lines) {
    return lines.stream().flatMap(l -> l.sources().stream()).collect(Collectors.toSet());
  }

  @Test
  void assess_postedInKherson_consistentWithSomeRestingOnAliyev() {
    FactAssessment a = ASSESS.assess(
        fact("posted", "posted-in-kherson", FactStance.AFFIRMS).during(AUTUMN_2024), AFTER_REPORT);
    assertEquals(Outcome.CONSISTENT_WITH_SOME, a.outcome(), a.reason());
    assertEquals(Set.of("huseyn-aliyev"), sources(a.supporting()),
        "Aliyev ¶82 names Kherson among the regions where conscripts serve");
    assertTrue(sources(a.opposing()).containsAll(Set.of("mediazona", "a-human-rights-lawyer")),
        "Mediazona ¶10 denies Kherson, the lawyer ¶54 denies all annexed regions: " + a.opposing());
    assertEquals(Set.of("huseyn-aliyev"), a.pivotal(), "without Aliyev nothing supports the fact");
  }

  @Test
  void assess_postedInKherson_mathiesenAboutAnnexedRegionsDoesNotSupportOneRegion() {
    FactAssessment a = ASSESS.assess(
        fact("posted", "posted-in-kherson", FactStance.AFFIRMS).during(AUTUMN_2024), AFTER_REPORT);
    assertFalse(sources(a.supporting()).contains("claus-mathiesen"),
        "an affirmation about the annexed regions says nothing of Kherson in particular");
  }

  @Test
  void assess_familyFined_inconsistent() {
    FactAssessment a = ASSESS.assess(fact("father-fined", "family-sanctioned", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2024, 11))), AFTER_REPORT);
    assertEquals(Outcome.INCONSISTENT, a.outcome(), a.reason());
    assertTrue(a.pivotal().isEmpty(), "four independent lines deny it: no single source decides");
    assertTrue(a.notCounted().stream().anyMatch(s -> s.source().equals("sergey-krivenko")),
        "Krivenko ¶50 says 'in general' no punishment: listed, not counted against one case");
  }

  @Test
  void assess_lgbtExemptionDenied_consistent() {
    FactAssessment a = ASSESS.assess(fact("not-exempted", "lgbt-exemption", FactStance.DENIES)
        .during(TimeSpan.between(PartialDate.of(2024, 4), PartialDate.of(2024, 5))), AFTER_REPORT);
    assertEquals(Outcome.CONSISTENT, a.outcome(), a.reason());
    assertEquals(5, a.supporting().size(), "five sources say there is no exemption for LGBT men");
    assertTrue(a.supportingStatements().stream().allMatch(s -> s.gap().isPresent()
            && s.gap().get().months() == 5),
        "minutes of November 2024 cover spring 2024 through the recency window, five months on");
  }

  @Test
  void assess_onlyAbsenceOfEvidence_notCoveredNeverInconsistent() {
    FactAssessment a = ASSESS.assess(fact("summoned-abroad", "diaspora-summoned", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2024, 11))), AFTER_REPORT);
    assertEquals(Outcome.NOT_COVERED, a.outcome(), a.reason());
    assertEquals(1, a.notCounted().size(), "Freedom House knows of no such case: listed only");
    assertTrue(a.reason().contains("absence of information"), a.reason());
  }

  @Test
  void assess_decisionBeforeTheReport_findsNoMinutes() {
    FactAssessment a = ASSESS.assess(fact("kursk", "posted-in-kursk", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2024, 8))), BEFORE_REPORT);
    assertEquals(Outcome.NOT_COVERED, a.outcome(), a.reason());
    assertTrue(a.statements().isEmpty(), "the minutes were published in January 2025");
    assertTrue(a.publishedLater() > 0, "the later statements are counted as such: " + a.reason());
  }

  @Test
  void assess_reportMonth_countsOnlyFromItsLastDay() {
    Fact f = fact("exit", "leave-after-summons", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2024, 10)));
    assertEquals(Outcome.NOT_COVERED, ASSESS.assess(f, LocalDate.of(2025, 1, 15)).outcome(),
        "a report published 'January 2025' cannot be shown to be available mid-January");
    assertEquals(Outcome.CONSISTENT, ASSESS.assess(f, LocalDate.of(2025, 1, 31)).outcome());
  }

  @Test
  void assess_factBeforeTheRecencyWindow_notCoveredByTimelessStatements() {
    FactAssessment a = ASSESS.assess(fact("exit", "leave-after-summons", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2022, 10))), AFTER_REPORT);
    assertEquals(Outcome.NOT_COVERED, a.outcome(), a.reason());
    assertTrue(a.otherTimes() > 0, "statements of November 2024 speak for the year before it");
  }

  @Test
  void assess_longerRecencyWindow_coversOlderFact() {
    Fact f = fact("exit", "leave-after-summons", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2022, 10)));
    assertEquals(Outcome.CONSISTENT, ASSESS.withRecencyMonths(36).assess(f, AFTER_REPORT).outcome());
  }

  @Test
  void assess_factWithoutTime_setAgainstAllAvailableCoi() {
    FactAssessment a = ASSESS.assess(fact("exit", "leave-after-summons", FactStance.AFFIRMS),
        AFTER_REPORT);
    assertEquals(Outcome.CONSISTENT, a.outcome());
    assertTrue(a.statements().stream().allMatch(s -> s.gap().isEmpty()), "no time, no gap");
  }

  @Test
  void assess_statementWithItsOwnTime_countsOnlyWhenItOverlaps() {
    // the lawyer's 15,000 roubles hold from October 2023; the 3,000 before it
    Fact before = fact("fine", "evasion-fine-imposed-rub", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2023, 5))).giving(Quantity.exactly(3000, "rub"));
    FactAssessment a = ASSESS.withRecencyMonths(0).assess(before, AFTER_REPORT);
    assertEquals(Outcome.CONSISTENT, a.outcome(), a.reason());
    assertEquals(Set.of("a-human-rights-lawyer"), a.pivotal());
  }

  @Test
  void assess_figureInAnotherCurrency_comparedThroughTheDeclaredConversion() {
    Fact euros = fact("fine", "evasion-fine-imposed-rub", FactStance.AFFIRMS)
        .during(TimeSpan.at(PartialDate.of(2024, 3))).giving(Quantity.about(300, "eur"));
    FactAssessment a = ASSESS.assess(euros, AFTER_REPORT);
    assertTrue(sources(a.supporting()).contains("ovd-info"),
        "about 300 euros is OVD-Info's figure (¶15): " + a.reason());
    // the lawyer's "usually 15,000 roubles" (¶21, about 143 euros) is what usually happens: one
    // case of about 300 euros may differ from it without contradicting it
    assertTrue(sources(a.opposing()).isEmpty(), a.reason());
    assertTrue(a.notCounted().stream().anyMatch(s -> s.statement().source().id().equals("a-human-rights-lawyer")),
        "listed, not counted: " + a.reason());
    assertEquals(Outcome.CONSISTENT, a.outcome(), a.reason());
  }

  @Test
  void assess_formerIdOfAProposition_accepted() {
    EvidenceBase renamed = EvidenceBase.builder()
        .addSources(EVIDENCE.sources()).addDocuments(EVIDENCE.documents())
        .addPassages(EVIDENCE.passages()).addTopics(EVIDENCE.topics()).addPlaces(EVIDENCE.places())
        .addPropositions(EVIDENCE.propositions().stream()
            .map(p -> p.id().equals("posted-in-kherson") ? p.alsoKnownAs("conscripts-in-kherson") : p)
            .toList())
        .addAssertions(EVIDENCE.assertions()).addRelations(EVIDENCE.relations())
        .addConversions(EVIDENCE.conversions()).build();
    FactAssessment a = ExternalConsistency.over(renamed).assess(
        fact("f", "conscripts-in-kherson", FactStance.AFFIRMS).during(AUTUMN_2024), AFTER_REPORT);
    assertEquals("posted-in-kherson", a.proposition().id());
    assertEquals(Outcome.CONSISTENT_WITH_SOME, a.outcome());
  }

  @Test
  void assess_figureForAYesNoQuestion_rejected() {
    Fact f = fact("f", "posted-in-kherson", FactStance.AFFIRMS).giving(Quantity.exactly(1, "day"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ASSESS.assess(f, AFTER_REPORT));
    assertTrue(e.getMessage().contains("fact 'f'"), e.getMessage());
  }

  @Test
  void assess_unknownProposition_rejectedNamingTheFact() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ASSESS.assess(fact("f", "posted-on-the-moon", FactStance.AFFIRMS), AFTER_REPORT));
    assertTrue(e.getMessage().contains("fact 'f'") && e.getMessage().contains("posted-on-the-moon"));
  }

  @Test
  void withRecencyMonths_negative_rejected() {
    assertThrows(IllegalArgumentException.class, () -> ASSESS.withRecencyMonths(-1));
  }
}
