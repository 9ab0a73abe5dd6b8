package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of {@link Category}: a set of names whatever order, case, spacing or repetition the names
 * come in, and normalisation is idempotent.
 */
final class CategoryProperties {

  /** Names of arms of service and units, as sources write them, with varied case and spacing. */
  private static final List<String> NAMES = List.of("Army", "air force", "NAVY", "National  Guard",
      "Rosgvardia", "FSB border guard", "Spetsnaz", "Black Sea Fleet", "Airborne Forces", "Akhmat");

  private static final Gen<List<String>> NAME_LISTS =
      lists().of(integers().between(0, NAMES.size() - 1).map(NAMES::get)).ofSizeBetween(1, 12);

  @Test
  void orderRepetitionAndSpelling_doNotChangeTheAnswer() {
    qt().withExamples(300).forAll(NAME_LISTS, longs().all()).checkAssert((names, seed) -> {
      List<String> shuffled = new ArrayList<>(names);
      Collections.shuffle(shuffled, new Random(seed));
      shuffled.add(names.get(0).toUpperCase(Locale.ROOT));
      shuffled.add("  " + names.get(names.size() - 1).replace(" ", "\t ") + " ");
      assertEquals(Category.of(names), Category.of(shuffled));
    });
  }

  @Test
  void normalisation_isIdempotent_andMembersAreDistinctNormalisedNames() {
    qt().withExamples(300).forAll(NAME_LISTS).checkAssert(names -> {
      Category c = Category.of(names);
      assertEquals(c, Category.of(c.members()), "normalising a normalised answer changes nothing");
      assertTrue(c.members().size() <= names.size());
      c.members().forEach(m -> assertEquals(Category.normalise(m), m));
      names.forEach(n -> assertTrue(c.members().contains(Category.normalise(n)), "no name is lost: " + n));
    });
  }
}
