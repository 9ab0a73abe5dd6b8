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

  @Test
  void attackersTargetsAndAttacks_agreeWithTheListOfAttacks_onRandomFrameworks() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261208L).withExamples(300)
        .forAll(Frameworks.frameworks(25)).checkAssert(f -> {
          for (Integer a : f.arguments()) {
            List<Integer> attackers = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (Attack<Integer> attack : f.attacks()) {
              if (attack.target().equals(a)) {
                attackers.add(attack.attacker());
              }
              if (attack.attacker().equals(a)) {
                targets.add(attack.target());
              }
            }
            // the attacks are listed by attacker, then target: both lists come out in order
            attackers.sort(null);
            assertEquals(attackers, f.attackers(a), "attackers of " + a);
            assertEquals(targets, f.targets(a), "targets of " + a);
            assertEquals(attackers.size(), f.attackerCount(f.indexOf(a)));
            assertEquals(targets.size(), f.targetCount(f.indexOf(a)));
            for (Integer b : f.arguments()) {
              assertEquals(targets.contains(b), f.attacks(a, b), a + " attacks " + b);
            }
          }
        });
  }
}
