package org.corroborate.analysis.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.corroborate.model.Assertion;
import org.corroborate.model.CorporaAccess;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantifier;
import org.corroborate.model.Stance;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The bearings derived across scopes are exactly those the definition gives over every pair of
 * propositions asking the same question: the indexed derivation visits fewer pairs, never other
 * ones.
 */
final class BearingDerivationProperties {

  private static final Gen<EvidenceBase> CORPORA = CorporaAccess.valid(12);

  /** A scope bearing as the definition names it. */
  private record Carried(String assertion, String target, Direction direction, String via, Why why) {}

  /** Every pair of distinct propositions of one family, every assertion on the second. */
  private static Multiset<Carried> byDefinition(EvidenceBase e) {
    Multiset<Carried> expected = HashMultiset.create();
    List<Proposition> ps = e.propositions();
    for (Proposition target : ps) {
      for (Proposition other : ps) {
        if (target.equals(other) || !BearingDerivation.sameQuestion(target, other)) {
          continue;
        }
        boolean otherInside = BearingDerivation.liesInside(other, target, e);
        boolean targetInside = BearingDerivation.liesInside(target, other, e);
        if (otherInside == targetInside) {
          continue;
        }
        for (Assertion a : e.assertionsAbout(other.id())) {
          boolean noEvidence = a.stance() == Stance.DENIES && a.hedge() == Hedge.NO_EVIDENCE_OF;
          boolean universal = a.quantifier().map(q -> q == Quantifier.ALL).orElse(true);
          if (otherInside && a.stance() == Stance.AFFIRMS) {
            expected.add(new Carried(a.id(), target.id(), Direction.SUPPORTS, other.id(),
                Why.SCOPE_INSIDE));
          } else if (targetInside && a.stance() == Stance.DENIES && !noEvidence && universal) {
            expected.add(new Carried(a.id(), target.id(), Direction.OPPOSES, other.id(),
                Why.SCOPE_CONTAINING));
          } else if (targetInside && noEvidence) {
            expected.add(new Carried(a.id(), target.id(), Direction.NO_EVIDENCE, other.id(),
                Why.SCOPE_CONTAINING));
          }
        }
      }
    }
    return expected;
  }

  @Test
  void scopeBearings_areExactlyThoseOfEveryPairInAFamily() {
    AtomicInteger withScopeBearings = new AtomicInteger();
    qt().withFixedSeed(20261207L).withExamples(400).forAll(CORPORA).checkAssert(e -> {
      Multiset<Carried> derived = HashMultiset.create();
      BearingDerivation.of(e).all().values().stream()
          .filter(b -> b.why() == Why.SCOPE_INSIDE || b.why() == Why.SCOPE_CONTAINING)
          .forEach(b -> derived.add(new Carried(b.assertion().id(), b.proposition(), b.direction(),
              b.via().orElseThrow(), b.why())));
      if (!derived.isEmpty()) {
        withScopeBearings.incrementAndGet();
      }
      assertEquals(byDefinition(e), derived, "scope bearings of " + e.propositions());
    });
    assertTrue(withScopeBearings.get() >= 20,
        "the generator makes corpora with scope bearings: " + withScopeBearings.get() + " of 400");
  }

  @Test
  void assertionTimesAndDays_areThoseOfTimeOf_onAnyCorpus() {
    AtomicInteger dated = new AtomicInteger();
    qt().withFixedSeed(20261208L).withExamples(300).forAll(CORPORA).checkAssert(e -> {
      BearingDerivation d = BearingDerivation.of(e);
      for (int i = 0; i < e.assertions().size(); i++) {
        Assertion a = e.assertions().get(i);
        org.corroborate.model.TimeSpan time = BearingDerivation.timeOf(a, e);
        assertEquals(time, d.assertionTimes().get(i), "the time of " + a.id());
        assertEquals(DayRange.of(time), d.assertionDays(i), "the days of " + a.id());
        if (!time.equals(org.corroborate.model.TimeSpan.always())) {
          dated.incrementAndGet();
        }
      }
    });
    assertTrue(dated.get() > 0, "the generator makes dated claims");
  }
}
