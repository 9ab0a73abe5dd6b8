package org.corroborate.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.model.Quantity;
import org.junit.jupiter.api.Test;

/** The figures of a statement compared with encoded values: dates, law numbers, units, ranges. */
final class StatementFiguresTest {

  private static List<String> values(String statement) {
    return StatementFigures.of(statement).stream().map(StatementFigures::value).collect(Collectors.toList());
  }

  @Test
  void lawNumbersDatesAndYearsAreNotFigures() {
    assertEquals(List.of(), values("Pursuant to federal law № 127-FZ, summonses count as delivered."));
    assertEquals(List.of(), values("Summonses are sent from 1 April to 15 July and from October 1."));
    assertEquals(List.of("7"), values("In 2024 a summons counted as delivered after 7 days."));
  }

  @Test
  void aFigureCarriesTheUnitWrittenNextToIt() {
    List<StatementFigures> figures = StatementFigures.of(
        "A fine of 150 euros, 300 000 conscripts a year, 30 % of them, €100 more.");
    assertEquals(List.of(Optional.of("eur"), Optional.of("person"), Optional.of("percent"), Optional.of("eur")),
        figures.stream().map(StatementFigures::unit).collect(Collectors.toList()));
    assertTrue(figures.get(0).otherUnitThan(Quantity.exactly(15000, "rub")));
    assertFalse(figures.get(0).otherUnitThan(Quantity.exactly(150, "eur/month")));
    assertFalse(StatementFigures.of("about 40 of them").get(0).otherUnitThan(Quantity.exactly(4, "day")));
  }

  @Test
  void aRangeIsReadAsARangeWithTheUnitAfterItsUpperEnd() {
    StatementFigures low = StatementFigures.of("a fine of 10 000 to 30 000 roubles").get(0);
    assertEquals(new BigDecimal("10000"), low.low());
    assertEquals(new BigDecimal("30000"), low.high());
    assertEquals(Optional.of("rub"), low.unit());
    assertTrue(CitedEvidenceReading.allows(Quantity.exactly(15000, "rub"), low.low(), low.high()));
    assertFalse(CitedEvidenceReading.allows(Quantity.exactly(50000, "rub"), low.low(), low.high()));
    StatementFigures between = StatementFigures.of("between 40 and 50 percent").get(1);
    assertEquals(new BigDecimal("40"), between.low());
    assertEquals(Optional.of("percent"), between.unit());
  }
}
