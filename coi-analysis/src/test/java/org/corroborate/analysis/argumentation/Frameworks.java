package org.corroborate.analysis.argumentation;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;

/** Generators of random argumentation frameworks, and a naive grounded extension to check against. */
final class Frameworks {

  private Frameworks() {}

  /** An attack between argument indices. */
  record Pair(int attacker, int target) {}

  /**
   * Frameworks over the integers 0..n-1, 1 ≤ n ≤ {@code maxArguments}, with up to 2n attacks
   * drawn uniformly, self-attacks included: dense enough for cycles, sparse enough for chains.
   */
  static Gen<ArgumentationFramework<Integer>> frameworks(int maxArguments) {
    return integers().between(1, maxArguments).<ArgumentationFramework<Integer>>flatMap(n ->
        lists().of(attack(n)).ofSizeBetween(0, 2 * n).map(attacks -> of(n, attacks)));
  }

  private static Gen<Pair> attack(int n) {
    return integers().between(0, n - 1).zip(integers().between(0, n - 1), Pair::new);
  }

  /** The framework over 0..n-1 with these attacks. */
  static ArgumentationFramework<Integer> of(int n, List<Pair> attacks) {
    ArgumentationFramework.Builder<Integer> b = ArgumentationFramework.builder();
    for (int i = 0; i < n; i++) {
      b.addArgument(i);
    }
    attacks.forEach(p -> b.addAttack(p.attacker(), p.target()));
    return b.build();
  }

  /** A framework of {@code 1..maxArguments} arguments and up to 2n random attacks. */
  static ArgumentationFramework<Integer> random(Random random, int maxArguments) {
    int n = 1 + random.nextInt(maxArguments);
    int m = random.nextInt(2 * n + 1);
    List<Pair> attacks = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      attacks.add(new Pair(random.nextInt(n), random.nextInt(n)));
    }
    return of(n, attacks);
  }

  /**
   * The grounded extension by its definition: iterate the characteristic function F(S) = {a |
   * every attacker of a is attacked by S} from the empty set until it no longer changes.
   */
  static <A> Set<A> leastFixpoint(ArgumentationFramework<A> f) {
    Set<A> current = new HashSet<>();
    while (true) {
      Set<A> next = new HashSet<>();
      for (A a : f.arguments()) {
        boolean defended = f.attackers(a).stream()
            .allMatch(b -> f.attackers(b).stream().anyMatch(current::contains));
        if (defended) {
          next.add(a);
        }
      }
      if (next.equals(current)) {
        return current;
      }
      current.clear();
      current.addAll(next);
    }
  }
}
