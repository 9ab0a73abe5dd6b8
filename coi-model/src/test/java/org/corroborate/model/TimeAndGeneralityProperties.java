package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the two sides of a change ({@link TimeSpan#before}, {@link TimeSpan#from}) and the
 * conflict table of {@link Quantifier}.
 */
final class TimeAndGeneralityProperties {

  /** Partial dates of every precision, from year 2 to 9999. */
  private static final Gen<PartialDate> DATES = integers().between(2, 9999)
      .zip(integers().between(0, 12), integers().between(0, 31), (year, month, day) -> {
        if (month == 0) {
          return PartialDate.of(year);
        }
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        return day == 0 ? PartialDate.of(year, month) : PartialDate.of(year, month, Math.min(day, length));
      });

  @Test
  void theTwoSidesOfAChange_neverOverlap_andLeaveNoDayBetween() {
    qt().withExamples(2000).forAll(DATES).checkAssert(change -> {
      TimeSpan before = TimeSpan.before(change);
      TimeSpan after = TimeSpan.from(change);
      assertFalse(before.overlaps(after), before + " overlaps " + after);
      assertEquals(before.lastDay().orElseThrow().plusDays(1), after.firstDay().orElseThrow());
      assertTrue(after.contains(change.start()));
      assertFalse(before.contains(change.start()));
    });
  }

  @Test
  void aPeriodEndingBeforeTheNextChange_neverOverlapsWhatFollows() {
    qt().withExamples(2000).forAll(DATES, DATES).checkAssert((x, y) -> {
          if (!x.end().isBefore(y.start()) && !y.end().isBefore(x.start())) {
            return; // the two changes overlap: no period lies between them
          }
          PartialDate first = x.end().isBefore(y.start()) ? x : y;
          PartialDate second = first == x ? y : x;
          TimeSpan period = TimeSpan.from(first).endingBefore(second);
          assertFalse(period.overlaps(TimeSpan.from(second)));
          assertTrue(period.overlaps(TimeSpan.from(first)));
          assertTrue(period.contains(first.start()));
          assertTrue(period.contains(second.start().minusDays(1)));
        });
  }

  @Test
  void beforeTheVeryFirstDay_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> TimeSpan.before(PartialDate.of(1)));
  }

  @Test
  void beforeAMonth_endsOnTheLastDayOfTheMonthBefore() {
    // OVD-Info ¶23 (DIS/SMA, Russia – Conscription, January 2025): 3,000 roubles before October
    // 2023, 10,000–30,000 after
    assertEquals("../2023-09-30", TimeSpan.before(PartialDate.of(2023, 10)).toString());
    assertEquals("2023-10/..", TimeSpan.from(PartialDate.of(2023, 10)).toString());
    assertEquals("../2022-12-31", TimeSpan.before(PartialDate.of(2023)).toString());
  }

  /** One cell of the table: whether an affirmation and a denial so quantified conflict. */
  private static void cell(Quantifier affirms, Quantifier denies, boolean conflict) {
    assertEquals(conflict, Quantifier.conflicts(affirms, denies), affirms + " against " + denies);
    assertEquals(conflict, Quantifier.conflicts(Optional.of(affirms), Optional.of(denies)));
  }

  @Test
  void allAgainstAnything_conflicts() {
    cell(Quantifier.ALL, Quantifier.ALL, true);
    cell(Quantifier.ALL, Quantifier.GENERALLY, true);
    cell(Quantifier.ALL, Quantifier.SOME, true);
    cell(Quantifier.GENERALLY, Quantifier.ALL, true);
    cell(Quantifier.SOME, Quantifier.ALL, true);
  }

  @Test
  void generallyAgainstGenerallyNot_conflicts_butNotAgainstSomeCasesNot() {
    cell(Quantifier.GENERALLY, Quantifier.GENERALLY, true);
    cell(Quantifier.GENERALLY, Quantifier.SOME, false);
  }

  @Test
  void someCases_neverConflictWithAGeneralOrPartialDenial() {
    cell(Quantifier.SOME, Quantifier.GENERALLY, false);
    cell(Quantifier.SOME, Quantifier.SOME, false);
  }

  @Test
  void unquantified_conflictsWithEverything() {
    for (Quantifier q : Quantifier.values()) {
      assertTrue(Quantifier.conflicts(Optional.empty(), Optional.of(q)));
      assertTrue(Quantifier.conflicts(Optional.of(q), Optional.empty()));
    }
    assertTrue(Quantifier.conflicts(Optional.empty(), Optional.empty()));
  }

  @Test
  void aQuantifier_goesOnAnAffirmationADenialOrAFigure_neverOnAnAbsenceOfEvidenceOrDoubt() {
    // "usually a fine of 15,000 roubles": the figure of what usually happens
    Assertion value = Assertion.value("a", "s", "p", Quantity.exactly(15000, "rub"), "x");
    assertEquals(Optional.of(Quantifier.GENERALLY), value.quantified(Quantifier.GENERALLY).quantifier());
    assertThrows(IllegalArgumentException.class,
        () -> Assertion.noEvidenceOf("a", "s", "p", "x").quantified(Quantifier.SOME));
    assertThrows(IllegalArgumentException.class,
        () -> Assertion.uncertain("a", "s", "p", "x").quantified(Quantifier.ALL));
    assertEquals(Optional.of(Quantifier.GENERALLY),
        Assertion.denies("a", "s", "p", "x").quantified(Quantifier.GENERALLY).quantifier());
  }
}
