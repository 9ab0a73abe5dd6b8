package org.corroborate.analysis.argumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The framework built from positions, against the builder, and what it refuses. */
final class ArgumentationFrameworkTest {

  /** Five thousand ids in order, enough that the order is checked on several threads. */
  private static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(String.format(java.util.Locale.ROOT, "a%05d", i));
    }
    return ids;
  }

  @Test
  void ofPositions_givesTheFrameworkTheBuilderGives_repeatsOnce() {
    List<String> ids = ids();
    int[] attackers = {0, 4999, 17, 0};
    int[] targets = {1, 17, 4999, 1};
    ArgumentationFramework<String> f = ArgumentationFramework.ofPositions(
        Comparator.<String>naturalOrder(), ids, attackers, targets, attackers.length);
    ArgumentationFramework.Builder<String> b = ArgumentationFramework.builder();
    b.addArguments(ids);
    for (int k = 0; k < attackers.length; k++) {
      b.addAttack(ids.get(attackers[k]), ids.get(targets[k]));
    }
    ArgumentationFramework<String> built = b.build();
    assertEquals(built.arguments(), f.arguments());
    assertEquals(built.attacks(), f.attacks());
    assertEquals(3, f.attacks().size(), "the repeated attack counts once");
  }

  /** The refusal of the ids with the id at {@code from} put again at {@code at}. */
  private static IllegalArgumentException refusalWithCopy(int from, int at) {
    List<String> ids = ids();
    ids.set(at, ids.get(from));
    return assertThrows(IllegalArgumentException.class,
        () -> ArgumentationFramework.ofPositions(Comparator.<String>naturalOrder(), ids,
            new int[0], new int[0], 0));
  }

  @Test
  void ofPositions_refusesArgumentsOutOfOrder_namingTheFirstPair() {
    assertEquals("arguments not strictly increasing in order: a03000, then a02999",
        refusalWithCopy(2999, 3001).getMessage());
  }

  @Test
  void ofPositions_refusesARepeatedArgument() {
    String message = refusalWithCopy(3999, 4000).getMessage();
    assertTrue(message.contains("a03999, then a03999"), message);
  }

  @Test
  void ofPositions_refusesAnAttackOutsideTheArguments() {
    assertThrows(IllegalArgumentException.class,
        () -> ArgumentationFramework.ofPositions(Comparator.<String>naturalOrder(), ids(),
            new int[] {0}, new int[] {5000}, 1));
  }
}
