package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The table of id positions answers as a map from id to position would. */
final class IdPositionsTest {

  @Test
  void everyIdIsFoundAtItsPosition_andNoOtherIdIsFound() {
    qt().withFixedSeed(20261207L).withExamples(300)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6))
            .ofSizeBetween(0, 300), integers().between(0, 1000))
        .checkAssert((drawn, probe) -> {
          List<String> ids = new ArrayList<>(new LinkedHashSet<>(drawn));
          IdPositions<String> table = new IdPositions<>(ids, Function.identity());
          for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, table.positionOf(new String(ids.get(i))), ids.get(i));
          }
          String absent = "absent-" + probe;
          assertEquals(ids.indexOf(absent), table.positionOf(absent));
        });
  }

  @Test
  void idsWithTheSameHash_areTold_apart() {
    // "Aa" and "BB" share a String hash code, so they share a slot and are told apart by probing
    List<String> ids = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
    IdPositions<String> table = new IdPositions<>(ids, Function.identity());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, table.positionOf(ids.get(i)));
    }
    assertEquals(-1, table.positionOf("AaAaAa"));
  }

  @Test
  void repeatedIds_areRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new IdPositions<>(List.of("a", "b", "a"), Function.identity()));
  }

  @Test
  void anEmptyList_findsNothing() {
    assertEquals(-1, new IdPositions<>(List.<String>of(), Function.identity()).positionOf("a"));
  }
}
