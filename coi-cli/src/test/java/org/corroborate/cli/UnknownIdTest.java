package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A mistyped topic or proposition id is a usage error naming the three nearest ids. */
final class UnknownIdTest {

  private static void nearest(String expected, String... args) {
    Run r = Run.coi(args);
    assertEquals(Coi.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("; nearest: " + expected + "\n"), r.err());
  }

  @Test
  void analyze_unknownTopic_threeNearest() {
    nearest("hazing, awol, exit", "analyze", "--topic", "hazng");
  }

  @Test
  void analyze_unknownProposition_threeNearest() {
    nearest("posted-in-kursk, posted-in-bryansk, killed-in-kursk", "analyze", "--proposition",
        "posted-in-krusk");
  }

  @Test
  void trust_unknownProposition_threeNearest() {
    nearest("evaders-fined, evaders-deported, evaders-imprisoned", "trust", "--proposition",
        "evaders-fine");
  }

  @Test
  void graph_unknownTopic_threeNearest() {
    nearest("posting, hazing, contracts", "graph", "--topic", "postings");
  }

  @Test
  void graph_formerIdResolves() {
    Run r = Run.coi("graph", "--format", "json", "--proposition", "conscript-pay-eur");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().contains("conscript-pay"), "the graph of the proposition the former id names");
  }
}
