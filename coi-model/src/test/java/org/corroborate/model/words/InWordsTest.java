package org.corroborate.model.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import org.corroborate.model.Hedge;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Quantity;
import org.corroborate.model.TimeSpan;
import org.junit.jupiter.api.Test;

/**
 * Values, dates and hedges in words, on the figures of the DIS/SMA report <i>Russia –
 * Conscription</i> (January 2025): "at least 13" people, fines of 10,000–30,000 roubles, "a couple
 * of dozen" cases a day.
 */
class InWordsTest {

  @Test
  void valuesReadAsAReportWritesThem() {
    assertEquals("at least 13 people", InWords.value(Quantity.atLeast(13, "person")));
    assertEquals("10,000–30,000 roubles", InWords.value(Quantity.between(10_000, 30_000, "rub")));
    assertEquals("about 24 cases a day", InWords.value(Quantity.about(24, "case/day")));
    assertEquals("up to 15 years", InWords.value(Quantity.atMost(15, "year")));
    assertEquals("more than 1,000 people", InWords.value(Quantity.moreThan(1000, "person")));
    assertEquals("fewer than 5 days", InWords.value(Quantity.lessThan(5, "day")));
    assertEquals("40–50 %", InWords.value(Quantity.between(40, 50, "percent")));
    assertEquals("about 500 euros a month", InWords.value(Quantity.about(500, "eur/month")));
    assertEquals("1 year", InWords.value(Quantity.exactly(1, "year")));
    assertEquals("about 1.5 years",
        InWords.value(Quantity.about(new BigDecimal("1.50"), "year")));
    assertEquals("3 widgets", InWords.value(Quantity.exactly(3, "widgets")),
        "a unit outside the lexicon is printed as written");
  }

  @Test
  void halfOpenIntervalsSayWhichEndIsIncluded() {
    assertEquals("more than 10 and at most 20 cases",
        InWords.range(Range.openClosed(BigDecimal.TEN, BigDecimal.valueOf(20)), "case", false));
    assertEquals("at least 10 and less than 20 cases",
        InWords.range(Range.closedOpen(BigDecimal.TEN, BigDecimal.valueOf(20)), "case", false));
  }

  @Test
  void numbersAreGroupedAndKeepTheirDecimals() {
    assertEquals("28,422", InWords.number(new BigDecimal("28422")));
    assertEquals("300,000", InWords.number(new BigDecimal("3E+5")));
    assertEquals("0.25", InWords.number(new BigDecimal("0.250")));
    assertEquals("-3", InWords.number(new BigDecimal("-3")));
  }

  @Test
  void everyWholeNumberReadsBackToItself() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L)).checkAssert(n ->
        assertEquals(n, Long.parseLong(InWords.number(BigDecimal.valueOf(n)).replace(",", ""))));
  }

  @Test
  void datesAndSpansFollowBritishUsage() {
    assertEquals("14 November 2024", InWords.date(PartialDate.of(2024, 11, 14)));
    assertEquals("November 2024", InWords.date(PartialDate.of(2024, 11)));
    assertEquals("2024", InWords.date(PartialDate.of(2024)));
    assertEquals("not stated", InWords.time(TimeSpan.always()));
    assertEquals("since March 2024", InWords.time(TimeSpan.since(PartialDate.of(2024, 3))));
    assertEquals("until 2022", InWords.time(TimeSpan.until(PartialDate.of(2022))));
    assertEquals("September–November 2024",
        InWords.time(TimeSpan.between(PartialDate.of(2024, 9), PartialDate.of(2024, 11))));
    assertEquals("2022–2024", InWords.time(TimeSpan.between(PartialDate.of(2022), PartialDate.of(2024))));
    assertEquals("2022 to March 2024",
        InWords.time(TimeSpan.between(PartialDate.of(2022), PartialDate.of(2024, 3))));
    assertEquals("12 March 2024", InWords.time(TimeSpan.at(PartialDate.of(2024, 3, 12))));
  }

  @Test
  void everyHedgeHasItsOwnWordsAndAnAbsenceIsNotADenial() {
    assertEquals(Hedge.values().length,
        List.of(Hedge.values()).stream().map(InWords::hedge).distinct().count());
    assertEquals("knows of no evidence of it, which is not a denial", InWords.hedge(Hedge.NO_EVIDENCE_OF));
    for (Hedge h : Hedge.values()) {
      assertFalse(InWords.hedge(h).isBlank());
    }
  }

  @Test
  void listsAndCountsReadAsProse() {
    assertEquals("", InWords.list(List.of()));
    assertEquals("a", InWords.list(List.of("a")));
    assertEquals("a and b", InWords.list(List.of("a", "b")));
    assertEquals("a, b and c", InWords.list(List.of("a", "b", "c")));
    assertEquals("four", InWords.count(4));
    assertEquals("11", InWords.count(11));
  }
}
