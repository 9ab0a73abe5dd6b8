package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Constructor-level rules of the value types, with data from the DIS/SMA report "Russia –
 * Conscription" (January 2025).
 */
final class ValueTypesTest {

  /** Asserts that {@code code} is rejected with a message that names {@code badValue}. */
  private static IllegalArgumentException rejects(Executable code, String badValue) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
    assertTrue(
        e.getMessage() != null && e.getMessage().contains(badValue),
        () -> "the message should name the bad value '" + badValue + "' but was: " + e.getMessage());
    return e;
  }

  private static Assertion assertion(
      Stance stance, Optional<Quantity> value, Hedge hedge, Basis basis, ImmutableList<String> passages) {
    return new Assertion(
        "aliyev-posted-donetsk", "huseyn-aliyev", "conscripts-posted-donetsk", stance, value, hedge,
        basis, Credibility.CANNOT_BE_JUDGED, Optional.empty(), passages, Optional.empty());
  }

  // -------------------------------------------------------------------------------- Category

  @Test
  void category_normalisesCaseSpaceAndCompatibilityForms() {
    Category c = Category.of("  National\tGuard ", "AIR  FORCE", "ﬂeet");
    assertEquals(ImmutableSortedSet.of("air force", "fleet", "national guard"), c.members(),
        "lower case, white space collapsed and stripped, NFKC (the ligature ﬂ is f and l)");
    assertEquals("{air force, fleet, national guard}", c.toString());
  }

  @Test
  void category_isASet_orderAndRepeatsDoNotMatter() {
    assertEquals(Category.of("army", "navy"), Category.of("Navy", "army", "ARMY"));
    assertNotEquals(Category.of("army"), Category.of("army", "navy"), "a part is another answer");
  }

  @Test
  void category_rejectsEmptyBlankControlAndOversizedMembers() {
    rejects(() -> Category.of(), "at least one member");
    rejects(() -> Category.of("army", " \t "), "blank");
    rejects(() -> Category.of("army\u0007navy"), "U+0007");
    rejects(() -> Category.of("x".repeat(Category.MAX_MEMBER_LENGTH + 1)), "longer than 200");
    rejects(() -> Category.of(java.util.stream.IntStream.rangeClosed(0, Category.MAX_MEMBERS)
        .mapToObj(i -> "unit " + i).toList()), "at most 1000 members");
    assertThrows(NullPointerException.class, () -> Category.of("army", null));
  }

  @Test
  void assertion_withACategory_affirmsAndGivesNoValue() {
    Assertion a = Assertion.answers("hrlawyer-35-arms", "a-human-rights-lawyer", "arms-of-service",
        Category.of("army", "air force", "navy", "national guard"), "a-human-rights-lawyer-35");
    assertEquals(Stance.AFFIRMS, a.stance());
    assertTrue(a.isCategory() && !a.isValue());
    assertEquals(a.category(), a.hedged(Hedge.PROBABLE).category(), "withers keep the category");
    rejects(() -> new Assertion("x", "a-human-rights-lawyer", "arms-of-service", Stance.DENIES,
        Optional.empty(), Hedge.CERTAIN, Basis.unstated(), Credibility.CANNOT_BE_JUDGED,
        Optional.empty(), ImmutableList.of("p"), Optional.empty(), Optional.of(Category.of("army"))),
        "gives a category");
  }

  @Test
  void proposition_categorical_hasNoUnit() {
    Proposition p = Proposition.of("arms-of-service", "service", "The arms of service conscripts serve in");
    assertFalse(p.categorical());
    assertTrue(p.asCategorical().categorical());
    assertTrue(p.asCategorical().at("russia").categorical(), "withers keep the kind");
    rejects(() -> p.asCategorical().measuredIn("person"), "arms-of-service");
  }

  // ------------------------------------------------------------------------------------ Slug

  @Test
  void slugOf_lowerCasesAndHyphenatesAName() {
    assertEquals("journalist-irina-novik", Slug.of("Journalist Irina Novik"),
        "spaces become hyphens and letters lower case");
  }

  @Test
  void slugOf_collapsesPunctuationRunsAndTrimsHyphens() {
    assertEquals("russia-conscription", Slug.of("  Russia – Conscription! "),
        "a run of spaces and a dash is one hyphen; leading and trailing ones are dropped");
  }

  @Test
  void slugOf_removesDiacritics() {
    assertEquals("pskovskaya-guberniya", Slug.of("Pskóvskaya Gubérniya"),
        "letters with accents should lose them, not become hyphens");
  }

  @Test
  void slugOf_isIndependentOfTheTurkishDefaultLocale() {
    assertEquals(new Locale("tr", "TR"), Locale.getDefault(),
        "this test is only meaningful under the Turkish default locale the build sets");
    assertEquals("istanbul-irina", Slug.of("İSTANBUL Irina"),
        "dotted and dotless I should both become ASCII 'i' whatever the default locale");
  }

  @Test
  void slugOf_rejectsCyrillicOnlyText() {
    rejects(() -> Slug.of("Псковская губерния"), "Псковская губерния");
  }

  @Test
  void slugOf_rejectsTextGivingASlugLongerThanTheMaximum() {
    String longName = "a".repeat(Slug.MAX_LENGTH + 1);
    rejects(() -> Slug.of(longName), String.valueOf(Slug.MAX_LENGTH));
  }

  @Test
  void slugRequire_acceptsAValidSlug() {
    assertEquals("huseyn-aliyev", Slug.require("huseyn-aliyev", "source id"),
        "a valid slug is returned unchanged");
  }

  @Test
  void slugRequire_rejectsUpperCaseAndNamesWhatAndTheValue() {
    IllegalArgumentException e = rejects(() -> Slug.require("Huseyn-Aliyev", "source id"), "Huseyn-Aliyev");
    assertTrue(e.getMessage().contains("source id"), "the message should say which id: " + e.getMessage());
  }

  @Test
  void slugRequire_rejectsDoubleHyphen() {
    rejects(() -> Slug.require("irina--novik", "source id"), "irina--novik");
  }

  @Test
  void slugRequire_rejectsNull() {
    assertThrows(NullPointerException.class, () -> Slug.require(null, "source id"),
        "a null id is a programming error, reported as a NullPointerException");
  }

  // ----------------------------------------------------------------------------- PartialDate

  @Test
  void partialDateParse_readsTheThreeShapes() {
    assertAll(
        () -> assertEquals(PartialDate.of(2024), PartialDate.parse("2024"), "a year"),
        () -> assertEquals(PartialDate.of(2024, 11), PartialDate.parse("2024-11"), "a month"),
        () -> assertEquals(PartialDate.of(2024, 11, 7), PartialDate.parse("2024-11-07"), "a day"));
  }

  @Test
  void partialDateParse_rejectsOtherShapes() {
    assertAll(
        () -> rejects(() -> PartialDate.parse("24-11-07"), "24-11-07"),
        () -> rejects(() -> PartialDate.parse("2024-1"), "2024-1"),
        () -> rejects(() -> PartialDate.parse("07.11.2024"), "07.11.2024"),
        () -> rejects(() -> PartialDate.parse("2024-11-07T10:00"), "2024-11-07T10:00"));
  }

  @Test
  void partialDateParse_rejectsFebruary29InACommonYear() {
    IllegalArgumentException e = rejects(() -> PartialDate.parse("2023-02-29"), "29");
    assertTrue(e.getMessage().contains("2023-02"),
        "the message should name the month as 2023-02: " + e.getMessage());
    assertTrue(e.getMessage().contains("28 days"),
        "the message should say February 2023 has 28 days: " + e.getMessage());
  }

  @Test
  void partialDateParse_acceptsFebruary29InALeapYear() {
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02-29").start(),
        "2024 is a leap year");
  }

  @Test
  void partialDateParse_rejectsMonth13() {
    rejects(() -> PartialDate.parse("2024-13"), "13");
  }

  @Test
  void partialDateParse_rejectsMonth00() {
    rejects(() -> PartialDate.parse("2024-00"), "2024-00");
  }

  @Test
  void partialDateConstructor_rejectsADayWithoutAMonth() {
    rejects(() -> new PartialDate(2024, 0, 7), "2024-00-7");
  }

  @Test
  void partialDateConstructor_rejectsYearZero() {
    rejects(() -> new PartialDate(0, 1, 1), ": 0");
  }

  @Test
  void partialDate_startAndEndCoverTheWholeYear() {
    PartialDate year = PartialDate.of(2024);
    assertEquals(LocalDate.of(2024, 1, 1), year.start(), "a year starts on 1 January");
    assertEquals(LocalDate.of(2024, 12, 31), year.end(), "a year ends on 31 December");
  }

  @Test
  void partialDate_endOfFebruaryInALeapYearIsThe29th() {
    assertEquals(LocalDate.of(2024, 2, 29), PartialDate.of(2024, 2).end(),
        "February 2024 ends on the 29th");
  }

  @Test
  void partialDate_aMonthEndsOnTheLastDayOfThatMonth_inEveryYear() {
    for (int year = 1; year <= 2400; year++) {
      for (int month = 1; month <= 12; month++) {
        assertEquals(java.time.YearMonth.of(year, month).atEndOfMonth(),
            PartialDate.of(year, month).end(), year + "-" + month);
      }
    }
  }

  @Test
  void partialDate_precisionFollowsWhatIsKnown() {
    assertAll(
        () -> assertEquals(PartialDate.Precision.YEAR, PartialDate.parse("2022").precision(), "year"),
        () -> assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2022-09").precision(), "month"),
        () -> assertEquals(PartialDate.Precision.DAY, PartialDate.parse("2022-09-21").precision(), "day"));
  }

  @Test
  void partialDate_ordersByFirstDayThenLastDay() {
    PartialDate december = PartialDate.parse("2023-12");
    PartialDate newYearsDay = PartialDate.parse("2024-01-01");
    PartialDate january = PartialDate.parse("2024-01");
    PartialDate year = PartialDate.parse("2024");
    assertAll(
        () -> assertTrue(december.compareTo(newYearsDay) < 0, "2023-12 starts first"),
        () -> assertTrue(newYearsDay.compareTo(january) < 0, "same first day, 2024-01-01 ends first"),
        () -> assertTrue(january.compareTo(year) < 0, "same first day, 2024-01 ends before 2024"));
  }

  @Test
  void partialDate_toStringIsIsoWithZeroPadding() {
    assertEquals("0988-03-05", new PartialDate(988, 3, 5).toString(),
        "year, month and day are zero-padded");
  }

  // -------------------------------------------------------------------------------- TimeSpan

  @Test
  void timeSpan_rejectsAnInvertedSpan() {
    IllegalArgumentException e =
        rejects(() -> TimeSpan.between(PartialDate.parse("2024-08"), PartialDate.parse("2022")), "2024-08");
    assertTrue(e.getMessage().contains("2022"), "the message should name both ends: " + e.getMessage());
  }

  @Test
  void timeSpan_acceptsADayInsideItsOwnMonthAsBothEnds() {
    TimeSpan span = TimeSpan.between(PartialDate.parse("2024-08"), PartialDate.parse("2024-08-01"));
    assertEquals(Optional.of(LocalDate.of(2024, 8, 1)), span.lastDay(),
        "a span from August 2024 to 1 August 2024 is not inverted: August starts on the 1st");
  }

  @Test
  void timeSpanOverlaps_trueWhenSharingOneDay() {
    TimeSpan untilAugust = TimeSpan.until(PartialDate.parse("2024-08"));
    TimeSpan fromAugust31 = TimeSpan.since(PartialDate.parse("2024-08-31"));
    assertTrue(untilAugust.overlaps(fromAugust31), "31 August 2024 lies in both");
    assertTrue(fromAugust31.overlaps(untilAugust), "overlap is symmetric");
  }

  @Test
  void timeSpanOverlaps_falseForAdjacentSpans() {
    TimeSpan year2023 = TimeSpan.at(PartialDate.of(2023));
    TimeSpan since2024 = TimeSpan.since(PartialDate.of(2024));
    assertFalse(year2023.overlaps(since2024), "2023 ends on 31 December, 2024 starts on 1 January");
    assertFalse(since2024.overlaps(year2023), "overlap is symmetric");
  }

  @Test
  void timeSpanOverlaps_alwaysOverlapsAnySpan() {
    assertTrue(TimeSpan.always().overlaps(TimeSpan.at(PartialDate.parse("2022-09-21"))),
        "all of time overlaps the day of the 2022 mobilisation decree");
  }

  @Test
  void timeSpanEncloses_monthEnclosesADayInIt() {
    TimeSpan november = TimeSpan.at(PartialDate.parse("2024-11"));
    assertTrue(november.encloses(TimeSpan.at(PartialDate.parse("2024-11-07"))), "7 November is in November");
    assertFalse(november.encloses(TimeSpan.at(PartialDate.of(2024))), "a month does not enclose its year");
  }

  @Test
  void timeSpanEncloses_openStartOnlyEnclosedByOpenStart() {
    TimeSpan since2022 = TimeSpan.since(PartialDate.of(2022));
    TimeSpan until2024 = TimeSpan.until(PartialDate.of(2024));
    assertFalse(since2022.encloses(until2024), "'until 2024' reaches back before 2022");
    assertTrue(TimeSpan.until(PartialDate.of(2025)).encloses(until2024), "'until 2025' encloses 'until 2024'");
  }

  @Test
  void timeSpanEncloses_alwaysEnclosesOpenSpans() {
    assertTrue(TimeSpan.always().encloses(TimeSpan.since(PartialDate.of(2022))),
        "all of time encloses a span open to the future");
  }

  @Test
  void timeSpanContains_coversTheWholeOfAPartialEnd() {
    TimeSpan span = TimeSpan.between(PartialDate.parse("2024-08"), PartialDate.of(2024));
    assertAll(
        () -> assertTrue(span.contains(LocalDate.of(2024, 8, 1)), "the first day of August 2024"),
        () -> assertTrue(span.contains(LocalDate.of(2024, 12, 31)), "the last day of 2024"),
        () -> assertFalse(span.contains(LocalDate.of(2024, 7, 31)), "the day before August"),
        () -> assertFalse(span.contains(LocalDate.of(2025, 1, 1)), "the day after 2024"));
  }

  @Test
  void timeSpanContains_openEndContainsDistantDays() {
    TimeSpan since = TimeSpan.since(PartialDate.parse("2022-09-21"));
    assertTrue(since.contains(LocalDate.of(2099, 1, 1)), "open to the future");
    assertFalse(since.contains(LocalDate.of(2022, 9, 20)), "not the day before the start");
  }

  @Test
  void timeSpanToString_usesIsoIntervalNotation() {
    assertAll(
        () -> assertEquals("2024-08/..", TimeSpan.since(PartialDate.parse("2024-08")).toString(), "since"),
        () -> assertEquals("../2022", TimeSpan.until(PartialDate.of(2022)).toString(), "until"),
        () -> assertEquals("../..", TimeSpan.always().toString(), "always"),
        () -> assertEquals("2024-11-07", TimeSpan.at(PartialDate.parse("2024-11-07")).toString(), "one day"),
        () -> assertEquals("2022/2024", TimeSpan.between(PartialDate.of(2022), PartialDate.of(2024)).toString(),
            "between"));
  }

  // -------------------------------------------------------------------------------- Quantity

  @Test
  void quantityAtLeast_atLeast13() {
    Quantity q = Quantity.atLeast(13, "person");
    assertEquals(Optional.of(new BigDecimal("13")), q.lower(), "lower end 13");
    assertTrue(q.lowerInclusive(), "13 itself is included");
    assertEquals(Optional.empty(), q.upper(), "no upper end");
    assertEquals("[13, ∞) person", q.toString(), "interval notation");
  }

  @Test
  void quantityMoreThan_moreThanAThousand() {
    Quantity q = Quantity.moreThan(1000, "person");
    assertFalse(q.contains(new BigDecimal("1000")), "'more than a thousand' excludes 1000");
    assertTrue(q.contains(new BigDecimal("1001")), "and includes 1001");
    assertEquals("(1000, ∞) person", q.toString(), "interval notation");
  }

  @Test
  void quantityBetween_threeToFiveDays() {
    Quantity q = Quantity.between(3, 5, "day");
    assertTrue(q.contains(new BigDecimal("3")) && q.contains(new BigDecimal("5")), "both ends included");
    assertEquals("[3, 5] day", q.toString(), "interval notation");
  }

  @Test
  void quantityBetween_rejectsAnInvertedInterval() {
    rejects(() -> Quantity.between(5, 3, "day"), "5 > 3");
  }

  @Test
  void quantityAbout_approximatelyTwentyDays() {
    Quantity q = Quantity.about(20, "day");
    assertTrue(q.approximate(), "marked approximate");
    assertTrue(q.isPoint(), "[20, 20] is one value");
    assertEquals("~20 day", q.toString(), "approximate point");
  }

  @Test
  void quantityBetween_fortyToFiftyPercent() {
    Quantity q = Quantity.between(40, 50, "percent");
    assertEquals("[40, 50] percent", q.toString(), "a share as an interval of percent");
  }

  @Test
  void quantityAbout_about300000AYear() {
    Quantity q = Quantity.about(300000, "person/year");
    assertEquals("~300000 person/year", q.toString(), "no grouping separators, whatever the locale");
  }

  @Test
  void quantityAtMost_upTo15Years() {
    Quantity q = Quantity.atMost(15, "year");
    assertTrue(q.upperInclusive(), "15 itself is included");
    assertEquals(Optional.empty(), q.lower(), "no lower end");
    assertEquals("(-∞, 15] year", q.toString(), "interval notation");
  }

  @Test
  void quantityLessThan_excludesItsEnd() {
    Quantity q = Quantity.lessThan(18, "year");
    assertFalse(q.contains(new BigDecimal("18")), "'under 18' excludes 18");
    assertEquals("(-∞, 18) year", q.toString(), "interval notation");
  }

  @Test
  void quantityExactly_isAPointNotApproximate() {
    Quantity q = Quantity.exactly(13, "person");
    assertTrue(q.isPoint(), "a single value");
    assertFalse(q.approximate(), "not approximate");
    assertEquals("13 person", q.toString(), "a point prints as its value");
  }

  @Test
  void quantityApproximately_marksACopyApproximate() {
    assertEquals(Quantity.about(20, "day"), Quantity.exactly(20, "day").approximately(),
        "exactly 20, marked approximate, is about 20");
  }

  @Test
  void quantityConstructor_rejectsAnEmptyInterval() {
    Range<BigDecimal> empty = Range.closedOpen(BigDecimal.TEN, BigDecimal.TEN);
    rejects(() -> new Quantity(empty, false, "day"), "empty");
  }

  @Test
  void quantity_twentyPointZeroEqualsTwenty() {
    Quantity twentyPointZero = Quantity.exactly(new BigDecimal("20.0"), "day");
    Quantity twenty = Quantity.exactly(20, "day");
    assertEquals(twenty, twentyPointZero, "20.0 and 20 are the same end");
    assertEquals(twenty.hashCode(), twentyPointZero.hashCode(), "equal quantities hash alike");
    assertEquals("20 day", twentyPointZero.toString(), "trailing zeros are not printed");
  }

  @Test
  void quantity_exponentFormIsStoredPlain() {
    Quantity q = Quantity.exactly(new BigDecimal("3E+5"), "person");
    assertEquals(Quantity.exactly(300000, "person"), q, "3E+5 is 300000");
    assertEquals("300000 person", q.toString(), "printed without exponent");
  }

  @Test
  void quantityConstructor_rejectsAMagnitudeAbove10To18() {
    BigDecimal tooBig = Quantity.MAX_MAGNITUDE.add(BigDecimal.ONE);
    rejects(() -> Quantity.exactly(tooBig, "rub"), tooBig.toPlainString());
  }

  @Test
  void quantityConstructor_acceptsExactly10To18() {
    assertEquals(Optional.of(Quantity.MAX_MAGNITUDE),
        Quantity.exactly(Quantity.MAX_MAGNITUDE, "rub").lower(), "10^18 itself is within the limit");
  }

  @Test
  void quantityConstructor_rejectsMoreThan12DecimalPlaces() {
    BigDecimal tooFine = new BigDecimal("0.0000000000001");
    rejects(() -> Quantity.exactly(tooFine, "percent"), "1E-13");
  }

  @Test
  void quantityConstructor_acceptsTrailingZerosBeyond12Places() {
    assertEquals(Quantity.exactly(new BigDecimal("0.5"), "percent"),
        Quantity.exactly(new BigDecimal("0.50000000000000000"), "percent"),
        "trailing zeros are not decimal places that count");
  }

  @Test
  void quantityConstructor_rejectsAUnitWithASpace() {
    rejects(() -> Quantity.exactly(300000, "person per year"), "person per year");
  }

  @Test
  void quantityConstructor_rejectsAnEmptyUnit() {
    rejects(() -> Quantity.exactly(1, ""), "''");
  }

  // --------------------------------------------------------------------------------- Locator

  @Test
  void locatorWholeDocument_hasNoValue() {
    assertEquals("", Locator.wholeDocument().value(), "the whole document has an empty value");
    rejects(() -> new Locator(LocatorKind.WHOLE_DOCUMENT, "82", 1), "82");
  }

  @Test
  void locatorParagraph_rejectsOccurrenceZero() {
    rejects(() -> Locator.paragraph("82", 0), ": 0");
  }

  @Test
  void locatorParagraph_rejectsAValueWithSpaces() {
    rejects(() -> Locator.paragraph("82 a"), "82 a");
  }

  @Test
  void locatorParagraph_rejectsAnEmptyValue() {
    rejects(() -> Locator.paragraph(""), "''");
  }

  @Test
  void locatorSection_acceptsDottedNumbers() {
    assertEquals("§7.2.5", Locator.section("7.2.5").toString(), "sections are numbered with dots");
  }

  @Test
  void locatorToString_showsOccurrenceAfterTheFirst() {
    assertEquals("¶82", Locator.paragraph("82").toString(), "first occurrence has no suffix");
    assertEquals("¶82 (2)", Locator.paragraph("82", 2).toString(), "second occurrence is marked");
    assertEquals("fn. 485", Locator.footnote("485").toString(), "footnotes");
  }

  // ------------------------------------------------------------------------------- Assertion

  @Test
  void assertion_rejectsNoPassages() {
    rejects(
        () -> assertion(Stance.AFFIRMS, Optional.empty(), Hedge.CERTAIN, Basis.unstated(), ImmutableList.of()),
        "aliyev-posted-donetsk");
  }

  @Test
  void assertion_rejectsTheSamePassageTwice() {
    rejects(
        () -> assertion(Stance.AFFIRMS, Optional.empty(), Hedge.CERTAIN, Basis.unstated(),
            ImmutableList.of("aliyev-82", "aliyev-82")),
        "aliyev-82");
  }

  @Test
  void assertion_rejectsAValueWithTheStanceDenies() {
    IllegalArgumentException e =
        rejects(
            () -> assertion(Stance.DENIES, Optional.of(Quantity.atLeast(13, "person")), Hedge.CERTAIN,
                Basis.unstated(), ImmutableList.of("aliyev-82")),
            "DENIES");
    assertTrue(e.getMessage().contains("AFFIRMS"), "the message should say the stance must be AFFIRMS");
  }

  @Test
  void assertion_rejectsNoEvidenceOfWithTheStanceAffirms() {
    rejects(
        () -> assertion(Stance.AFFIRMS, Optional.empty(), Hedge.NO_EVIDENCE_OF, Basis.unstated(),
            ImmutableList.of("aliyev-82")),
        "aliyev-posted-donetsk");
  }

  @Test
  void assertionNoEvidenceOf_isADenialHedgedAsAbsenceOfEvidence() {
    Assertion a = Assertion.noEvidenceOf("novik-zaporizhzhia", "irina-novik", "conscripts-posted-zaporizhzhia",
        "novik-14");
    assertEquals(Stance.DENIES, a.stance(), "the direction of 'had not heard of' is DENIES");
    assertEquals(Hedge.NO_EVIDENCE_OF, a.hedge(), "but only as absence of evidence");
  }

  @Test
  void assertion_rejectsBeingReportedByItsOwnSource() {
    rejects(
        () -> assertion(Stance.AFFIRMS, Optional.empty(), Hedge.CERTAIN, Basis.reportedBy("huseyn-aliyev"),
            ImmutableList.of("aliyev-82")),
        "huseyn-aliyev");
  }

  @Test
  void assertion_rejectsAQuoteLongerThanTheMaximum() {
    Assertion ok = Assertion.affirms("aliyev-posted-donetsk", "huseyn-aliyev", "conscripts-posted-donetsk",
        "aliyev-82");
    String longQuote = "x".repeat(Assertion.MAX_QUOTE_LENGTH + 1);
    rejects(() -> ok.quoting(longQuote), String.valueOf(Assertion.MAX_QUOTE_LENGTH));
  }

  @Test
  void assertion_acceptsAQuoteOfExactlyTheMaximum() {
    Assertion ok = Assertion.affirms("aliyev-posted-donetsk", "huseyn-aliyev", "conscripts-posted-donetsk",
        "aliyev-82");
    String quote = "x".repeat(Assertion.MAX_QUOTE_LENGTH);
    assertEquals(Optional.of(quote), ok.quoting(quote).quote(), "a quote of the maximum length is kept");
  }

  @Test
  void assertion_rejectsAnInvalidPassageId() {
    rejects(
        () -> Assertion.affirms("aliyev-posted-donetsk", "huseyn-aliyev", "conscripts-posted-donetsk",
            "Aliyev 82"),
        "Aliyev 82");
  }

  // ----------------------------------------------------------------------------------- Basis

  @Test
  void basis_rejectsReportedByWithoutASource() {
    rejects(() -> new Basis(BasisKind.REPORTED_BY, Optional.empty(), Optional.empty()), "no source");
  }

  @Test
  void basis_rejectsASourceWithAnotherKind() {
    rejects(() -> new Basis(BasisKind.HEARSAY, Optional.of("bbc-news-russian"), Optional.empty()),
        "bbc-news-russian");
  }

  @Test
  void basisCiting_keepsTheRelayedSource() {
    Basis b = Basis.reportedBy("mediazona").citing("mediazona-count");
    assertEquals(Optional.of("mediazona"), b.reportedBy(), "the relayed source stays");
    assertEquals(Optional.of("mediazona-count"), b.document(), "and the document is added");
  }

  // ----------------------------------------------------------------------------- Topic, Place

  @Test
  void topic_rejectsItselfAsParent() {
    rejects(() -> Topic.within("places-of-posting", "Places of posting", "places-of-posting"),
        "places-of-posting");
  }

  @Test
  void place_rejectsItselfAsParent() {
    rejects(() -> Place.of("crimea", "Crimea", "ukraine", "crimea"), "crimea");
  }

  @Test
  void place_ordersParentsById() {
    Place crimea = Place.of("crimea", "Crimea", "ukraine", "russia-claimed");
    assertEquals(ImmutableList.of("russia-claimed", "ukraine"), crimea.parents().asList(),
        "parents are held in id order whatever the order given");
  }

  // --------------------------------------------------------------------- PropositionRelation

  @Test
  void propositionRelation_rejectsASelfRelation() {
    rejects(() -> PropositionRelation.entails("posted-kursk", "posted-kursk", "same"), "posted-kursk");
  }

  @Test
  void propositionRelationContradicts_isStoredInCanonicalOrder() {
    PropositionRelation ab = PropositionRelation.contradicts("not-posted-kursk", "posted-kursk", "negation");
    PropositionRelation ba = PropositionRelation.contradicts("posted-kursk", "not-posted-kursk", "negation");
    assertEquals(ab, ba, "contradicts(b, a) equals contradicts(a, b)");
    assertEquals("not-posted-kursk", ba.from(), "the smaller id is 'from'");
  }

  @Test
  void propositionRelationEntails_keepsItsDirection() {
    PropositionRelation r = PropositionRelation.entails("posted-kursk", "posted-russia", "Kursk is in Russia");
    assertEquals("posted-kursk", r.from(), "entailment is directed: the premise stays first");
    assertNotEquals(PropositionRelation.entails("posted-russia", "posted-kursk", "Kursk is in Russia"), r,
        "reversing an entailment gives another relation");
  }

  @Test
  void propositionRelation_rejectsABlankReason() {
    rejects(() -> PropositionRelation.contradicts("a", "b", "  "), "relation reason");
  }

  // ----------------------------------------------------------------------------- Credibility

  @Test
  void credibilityOfGrade_acceptsOneToSix() {
    assertEquals(Credibility.CONFIRMED, Credibility.ofGrade(1), "grade 1");
    assertEquals(Credibility.CANNOT_BE_JUDGED, Credibility.ofGrade(6), "grade 6");
  }

  @Test
  void credibilityOfGrade_rejectsZeroAndSeven() {
    assertAll(
        () -> rejects(() -> Credibility.ofGrade(0), ": 0"),
        () -> rejects(() -> Credibility.ofGrade(7), ": 7"));
  }

  // ---------------------------------------------------------------------------------- Source

  @Test
  void source_rejectsABlankName() {
    rejects(() -> Source.of("huseyn-aliyev", " \t ", SourceKind.ACADEMIC), "source name");
  }

  @Test
  void source_stripsTheName() {
    assertEquals("Huseyn Aliyev", Source.of("huseyn-aliyev", "  Huseyn Aliyev ", SourceKind.ACADEMIC).name(),
        "surrounding white space is removed");
  }

  @Test
  void source_rejectsADuplicateAlias() {
    Source outlet = Source.of("novaya-gazeta-europe", "Novaya Gazeta Europe", SourceKind.MEDIA_OUTLET);
    rejects(() -> outlet.withAliases("Novaya Gazeta", "Novaya Gazeta"), "Novaya Gazeta");
  }

  @Test
  void source_rejectsAControlCharacterInTheName() {
    rejects(() -> Source.of("mark-galeotti", "Mark\u0000Galeotti", SourceKind.ACADEMIC), "U+0000");
  }

  @Test
  void sourceOf_defaultsToReliabilityFAndItsOwnOrigin() {
    Source s = Source.of("pskovskaya-gubernia", "Pskovskaya Gubernia", SourceKind.MEDIA_OUTLET);
    assertEquals(Reliability.F, s.reliability(), "reliability cannot be judged by default");
    assertEquals("pskovskaya-gubernia", s.origin(), "a new source is its own line of evidence");
  }
}
