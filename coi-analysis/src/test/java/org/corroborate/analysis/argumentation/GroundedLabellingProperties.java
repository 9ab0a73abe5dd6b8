package org.corroborate.analysis.argumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the grounded labelling over random frameworks. */
final class GroundedLabellingProperties {

  private static final Gen<ArgumentationFramework<Integer>> FRAMEWORKS = Frameworks.frameworks(14);
  private static final GroundedLabelling GROUNDED = new GroundedLabelling();

  @Test
  void in_isConflictFree() {
    qt().withExamples(500).forAll(FRAMEWORKS).checkAssert(f -> {
      ImmutableList<Integer> in = GROUNDED.labelling(f).in();
      for (Integer a : in) {
        for (Integer b : in) {
          assertFalse(f.attacks(a, b), a + " and " + b + " are both IN in " + f);
        }
      }
    });
  }

  @Test
  void everyOutArgument_isAttackedByAnInArgument() {
    qt().withExamples(500).forAll(FRAMEWORKS).checkAssert(f -> {
      Labelling<Integer> l = GROUNDED.labelling(f);
      for (Integer a : l.out()) {
        assertTrue(f.attackers(a).stream().anyMatch(b -> l.label(b) == Label.IN),
            a + " is OUT with no IN attacker in " + f);
      }
    });
  }

  @Test
  void everyInArgument_hasOnlyOutAttackers() {
    qt().withExamples(500).forAll(FRAMEWORKS).checkAssert(f -> {
      Labelling<Integer> l = GROUNDED.labelling(f);
      for (Integer a : l.in()) {
        assertTrue(f.attackers(a).stream().allMatch(b -> l.label(b) == Label.OUT),
            a + " is IN with an attacker not OUT in " + f);
      }
    });
  }

  @Test
  void everyUndecidedArgument_hasAnUndecidedAttacker_andNoInAttacker() {
    qt().withExamples(500).forAll(FRAMEWORKS).checkAssert(f -> {
      Labelling<Integer> l = GROUNDED.labelling(f);
      for (Integer a : l.undecided()) {
        assertTrue(f.attackers(a).stream().noneMatch(b -> l.label(b) == Label.IN)
                && f.attackers(a).stream().anyMatch(b -> l.label(b) == Label.UNDEC),
            a + " is UNDEC but is not legally so in " + f);
      }
    });
  }

  @Test
  void in_isTheLeastFixpointOfTheCharacteristicFunction() {
    qt().withExamples(500).forAll(FRAMEWORKS).checkAssert(f -> assertEquals(
        Frameworks.leastFixpoint(f), new HashSet<>(GROUNDED.labelling(f).in()),
        "grounded extension of " + f));
  }

  @Test
  void labels_doNotDependOnTheOrderOfArgumentsOrOfAdding() {
    qt().withExamples(300).forAll(FRAMEWORKS, longs().all()).checkAssert((f, seed) -> {
      List<Attack<Integer>> attacks = new ArrayList<>(f.attacks());
      List<Integer> arguments = new ArrayList<>(f.arguments());
      Random random = new Random(seed);
      Collections.shuffle(attacks, random);
      Collections.shuffle(arguments, random);
      ArgumentationFramework.Builder<Integer> b =
          ArgumentationFramework.builder(Comparator.<Integer>reverseOrder());
      b.addArguments(arguments);
      attacks.forEach(a -> b.addAttack(a.attacker(), a.target()));
      ArgumentationFramework<Integer> reordered = b.build();

      Labelling<Integer> expected = GROUNDED.labelling(f);
      Labelling<Integer> actual = GROUNDED.labelling(reordered);
      assertEquals(expected, actual, "same labels in any order");
      assertEquals(expected.in().reverse(), actual.in(), "IN in the reversed order");
    });
  }

  @Test
  void labels_doNotDependOnTheNamesOfArguments() {
    qt().withExamples(300).forAll(FRAMEWORKS, longs().all()).checkAssert((f, seed) -> {
      List<Integer> permutation = new ArrayList<>(f.arguments());
      Collections.shuffle(permutation, new Random(seed));
      Function<Integer, String> rename = i -> "arg-" + permutation.get(i);
      ArgumentationFramework.Builder<String> b = ArgumentationFramework.builder();
      f.arguments().forEach(a -> b.addArgument(rename.apply(a)));
      f.attacks().forEach(a -> b.addAttack(rename.apply(a.attacker()), rename.apply(a.target())));
      Labelling<String> renamed = GROUNDED.labelling(b.build());
      Labelling<Integer> original = GROUNDED.labelling(f);
      for (Integer a : f.arguments()) {
        assertEquals(original.label(a), renamed.label(rename.apply(a)), a + " renamed");
      }
    });
  }

  /** What kinds of framework the generator gives, so the laws above are not checked vacuously. */
  private enum Case { CYCLE, SELF_ATTACK, UNDECIDED, OUT, REINSTATED, NO_ATTACK }

  @Test
  void generator_producesCyclesUndecidedAndReinstatedArguments() {
    int examples = 1000;
    Map<Case, Integer> counts = new EnumMap<>(Case.class);
    qt().withFixedSeed(20250101L).withExamples(examples).forAll(FRAMEWORKS).checkAssert(f -> {
      Labelling<Integer> l = GROUNDED.labelling(f);
      Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
      f.arguments().forEach(g::addVertex);
      f.attacks().forEach(a -> g.addEdge(a.attacker(), a.target()));
      if (new CycleDetector<>(g).detectCycles()) {
        counts.merge(Case.CYCLE, 1, Integer::sum);
      }
      if (f.attacks().stream().anyMatch(a -> a.attacker().equals(a.target()))) {
        counts.merge(Case.SELF_ATTACK, 1, Integer::sum);
      }
      if (!l.undecided().isEmpty()) {
        counts.merge(Case.UNDECIDED, 1, Integer::sum);
      }
      if (!l.out().isEmpty()) {
        counts.merge(Case.OUT, 1, Integer::sum);
      }
      if (l.in().stream().anyMatch(a -> !f.attackers(a).isEmpty())) {
        counts.merge(Case.REINSTATED, 1, Integer::sum);
      }
      if (f.attacks().isEmpty()) {
        counts.merge(Case.NO_ATTACK, 1, Integer::sum);
      }
    });
    for (Case c : Case.values()) {
      assertTrue(counts.getOrDefault(c, 0) >= examples / 50,
          "the generator gives too few frameworks of case " + c + ": " + counts);
    }
  }
}
