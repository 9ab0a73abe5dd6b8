package org.corroborate.casework.consistency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.casework.Case;
import org.corroborate.casework.Fact;
import org.corroborate.casework.FactStance;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The laws of external consistency, over facts drawn from the yes/no propositions of the reference
 * corpus that someone speaks to, with either stance, with or without a time (a month or a span of
 * months from 2022 to 2025), and decision dates from 2024 to 2026.
 */
final class ExternalConsistencyProperties {

  private static final EvidenceBase EVIDENCE = ReferenceCorpora.russiaConscription2025();
  private static final ExternalConsistency ASSESS = ExternalConsistency.over(EVIDENCE);

  /** The yes/no propositions with at least one assertion, in id order. */
  private static final List<Proposition> SPOKEN_TO = EVIDENCE.propositions().stream()
      .filter(p -> !p.asksForValue() && !EVIDENCE.assertionsAbout(p.id()).isEmpty())
      .toList();

  /** A fact on a spoken-to proposition, its stance, and maybe a time. */
  private static final Gen<Fact> FACTS = integers().between(0, SPOKEN_TO.size() - 1)
      .zip(integers().between(0, 1), integers().between(-1, 47), integers().between(0, 12),
          (p, stance, start, length) -> {
            Fact f = Fact.of("fact", "statement", "record", SPOKEN_TO.get(p).id(),
                stance == 0 ? FactStance.AFFIRMS : FactStance.DENIES);
            if (start < 0) {
              return f;
            }
            LocalDate first = LocalDate.of(2022, 1, 1).plusMonths(start);
            LocalDate last = first.plusMonths(length);
            return f.during(TimeSpan.between(PartialDate.of(first.getYear(), first.getMonthValue()),
                PartialDate.of(last.getYear(), last.getMonthValue())));
          });

  /** A decision date from 1 June 2024 to the end of 2026. */
  private static final Gen<LocalDate> DATES =
      integers().between(0, 940).map(d -> LocalDate.of(2024, 6, 1).plusDays(d));

  @Test
  void generators_produceEveryOutcome() {
    Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
    // 1000 examples: with fewer disputed propositions in the corpus (the 2025 encoding review),
    // 400 gave CONSISTENT_WITH_SOME only 7 times.
    qt().withExamples(1000).withFixedSeed(17).forAll(FACTS, DATES).checkAssert((f, d) ->
        seen.merge(ASSESS.assess(f, d).outcome(), 1, Integer::sum));
    for (Outcome o : Outcome.values()) {
      assertTrue(seen.getOrDefault(o, 0) >= 10, "the generators rarely give " + o + ": " + seen);
    }
  }

  @Test
  void removingANonPivotalSource_neverChangesTheOutcome_removingAPivotalOneDoes() {
    qt().withExamples(25).forAll(FACTS, DATES).checkAssert((f, d) -> {
      FactAssessment a = ASSESS.assess(f, d);
      Set<String> speakers = a.statements().stream().map(CoiStatement::source)
          .filter(s -> a.supporting().stream().anyMatch(l -> l.sources().contains(s))
              || a.opposing().stream().anyMatch(l -> l.sources().contains(s)))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
      for (String source : speakers.stream().limit(3).toList()) {
        Outcome without = ExternalConsistency.over(withoutAssertionsBy(source)).assess(f, d).outcome();
        if (a.pivotal().contains(source)) {
          assertNotEquals(a.outcome(), without, source + " is named pivotal for " + f);
        } else {
          assertEquals(a.outcome(), without, source + " is not pivotal for " + f);
        }
      }
    });
  }

  @Test
  void addingAnIndependentSupportingLine_neverMakesAFactLessConsistent() {
    qt().withExamples(40).forAll(FACTS, DATES).checkAssert((f, d) -> {
      Outcome before = ASSESS.assess(f, d).outcome();
      EvidenceBase more = withNewSource(d, f, f.stance() == FactStance.AFFIRMS
          ? Assertion.affirms("new-assertion", "new-source", f.proposition(), "new-passage")
          : Assertion.denies("new-assertion", "new-source", f.proposition(), "new-passage"));
      FactAssessment after = ExternalConsistency.over(more).assess(f, d);
      assertTrue(after.outcome().consistency() >= before.consistency(),
          before + " became " + after.outcome() + " for " + f);
      assertTrue(after.supporting().stream().anyMatch(l -> l.sources().contains("new-source")),
          "the new line supports the fact: " + after.reason());
    });
  }

  @Test
  void addingAbsenceOfEvidence_neverTurnsNotCoveredIntoInconsistent() {
    qt().withExamples(40).forAll(FACTS, DATES).checkAssert((f, d) -> {
      Outcome before = ASSESS.assess(f, d).outcome();
      EvidenceBase more = withNewSource(d, f,
          Assertion.noEvidenceOf("new-assertion", "new-source", f.proposition(), "new-passage"));
      Outcome after = ExternalConsistency.over(more).assess(f, d).outcome();
      assertEquals(before, after, "absence of evidence never counts, for " + f);
    });
  }

  @Test
  void anEarlierDecisionDate_neverAddsCoi() {
    qt().withExamples(100).forAll(FACTS, DATES, integers().between(1, 400)).checkAssert((f, d, back) -> {
      Set<String> later = assertions(ASSESS.assess(f, d));
      Set<String> earlier = assertions(ASSESS.assess(f, d.minusDays(back)));
      assertTrue(later.containsAll(earlier), "earlier " + earlier + " not within later " + later);
    });
  }

  @Test
  void orderAndRenamingOfFacts_changeNothing() {
    qt().withExamples(30).forAll(lists().of(FACTS).ofSizeBetween(1, 6), DATES,
        integers().allPositive()).checkAssert((facts, d, seed) -> {
          List<Fact> named = new ArrayList<>();
          for (int i = 0; i < facts.size(); i++) {
            named.add(facts.get(i).renamed("fact-" + i));
          }
          Case original = Case.of("case-a", d, named);
          List<Fact> shuffled = new ArrayList<>(named);
          Collections.shuffle(shuffled, new Random(seed));
          List<Fact> renamed = shuffled.stream().map(f -> f.renamed("renamed-" + f.id())).toList();
          Assessment a = ASSESS.assess(original);
          Assessment b = ASSESS.assess(Case.of("case-b", d, renamed));
          for (FactAssessment x : a.facts()) {
            FactAssessment y = b.fact("renamed-" + x.fact().id()).orElseThrow();
            assertEquals(x.outcome(), y.outcome());
            assertEquals(x.pivotal(), y.pivotal());
            assertEquals(x.reason(), y.reason());
            assertEquals(x.supporting(), y.supporting());
            assertEquals(x.opposing(), y.opposing());
          }
        });
  }

  @Test
  void assessment_isTheSameFromSeveralThreads() throws Exception {
    Case c = Case.of("case", LocalDate.of(2025, 3, 3), SPOKEN_TO.stream().limit(40)
        .map(p -> Fact.of(p.id(), "s", "r", p.id(), FactStance.AFFIRMS)).toList());
    Assessment expected = ASSESS.assess(c);
    List<java.util.concurrent.Future<Assessment>> runs = new ArrayList<>();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> ASSESS.assess(c)));
      }
      for (java.util.concurrent.Future<Assessment> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Set<String> assertions(FactAssessment a) {
    return a.statements().stream().map(s -> s.statement().assertion().id())
        .collect(Collectors.toSet());
  }

  private static EvidenceBase withoutAssertionsBy(String source) {
    return rebuilt(EVIDENCE.assertions().stream().filter(a -> !a.source().equals(source)).toList(),
        List.of(), List.of(), List.of());
  }

  /**
   * The reference corpus with one new source of its own origin, minutes of a meeting with it
   * published before the decision date, and {@code assertion} in them, as of the fact's time.
   */
  private static EvidenceBase withNewSource(LocalDate decision, Fact f, Assertion assertion) {
    Source s = Source.of("new-source", "A new source", SourceKind.NGO);
    PartialDate published = PartialDate.of(decision.minusMonths(1));
    Document minutes = Document.minutes("new-minutes", "new-source", "Meeting with a new source")
        .dated(published).publishedOn(published);
    Passage p = Passage.of("new-passage", "new-minutes", Locator.paragraph("1"));
    Assertion timed = f.time().map(assertion::asOf).orElse(assertion);
    List<Assertion> all = new ArrayList<>(EVIDENCE.assertions());
    all.add(timed);
    return rebuilt(all, List.of(s), List.of(minutes), List.of(p));
  }

  private static EvidenceBase rebuilt(List<Assertion> assertions, List<Source> sources,
      List<Document> documents, List<Passage> passages) {
    return EvidenceBase.builder()
        .addSources(EVIDENCE.sources()).addSources(sources)
        .addDocuments(EVIDENCE.documents()).addDocuments(documents)
        .addPassages(EVIDENCE.passages()).addPassages(passages)
        .addTopics(EVIDENCE.topics()).addPlaces(EVIDENCE.places())
        .addPropositions(EVIDENCE.propositions()).addAssertions(ImmutableList.copyOf(assertions))
        .addRelations(EVIDENCE.relations()).addConversions(EVIDENCE.conversions()).build();
  }

}
