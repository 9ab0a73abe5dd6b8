package org.corroborate.analysis.argumentation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Computes the grounded labelling of an abstract argumentation framework.
 *
 * <p><b>Definition.</b> Let (A, R) be an argumentation framework. The characteristic function
 * F(S) = {a ∈ A | every attacker of a is attacked by some argument of S} is monotone, so it has a
 * least fixpoint: the <i>grounded extension</i> (Dung, "On the acceptability of arguments and its
 * fundamental role in nonmonotonic reasoning, logic programming and n-person games", Artificial
 * Intelligence 77(2), 1995, doi:10.1016/0004-3702(94)00041-X). The <i>grounded labelling</i>
 * labels the grounded extension {@code IN}, every argument attacked by it {@code OUT} and every
 * other argument {@code UNDEC}; it is the complete labelling with the fewest {@code IN} (and the
 * fewest {@code OUT}) arguments, and it is unique (Caminada, "On the issue of reinstatement in
 * argumentation", JELIA 2006, doi:10.1007/11853886_11). It is the sceptical answer: an argument is
 * {@code IN} only if nothing can be said against it that is not itself defeated.
 *
 * <p><b>Algorithm.</b> The labelling is built bottom-up as in the algorithm for the grounded
 * labelling of Modgil and Caminada ("Proof theories and algorithms for abstract argumentation
 * frameworks", in <i>Argumentation in Artificial Intelligence</i>, Springer, 2009,
 * doi:10.1007/978-0-387-98197-0_6), with a counter per argument instead of repeated passes:
 * every unattacked argument is {@code IN}; every argument attacked by an {@code IN} argument is
 * {@code OUT}; an argument whose attackers are all {@code OUT} is {@code IN}; what remains is
 * {@code UNDEC}. Each argument keeps the number of its attackers not yet {@code OUT}, and a queue
 * holds the arguments that became {@code IN} and have not yet been propagated.
 *
 * <p><b>Complexity.</b> O(|A| + |R|) time and O(|A|) space besides the result: each argument
 * enters the queue at most once and each attack is followed at most twice, once from an {@code
 * IN} attacker and once from an {@code OUT} one. The naive iteration of F takes O(|A| · (|A| +
 * |R|)).
 *
 * <p>Stateless and thread-safe: the framework is passed on each call.
 */
public final class GroundedLabelling {

  /** A grounded labelling algorithm; it holds no state. */
  public GroundedLabelling() {}

  /** The grounded labelling of {@code framework}. */
  public <A> Labelling<A> labelling(ArgumentationFramework<A> framework) {
    Objects.requireNonNull(framework, "framework");
    int n = framework.size();
    Label[] labels = new Label[n];
    int[] undefeatedAttackers = new int[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      undefeatedAttackers[i] = framework.attackerCount(i);
      if (undefeatedAttackers[i] == 0) {
        labels[i] = Label.IN;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int accepted = queue[head++];
      for (int k = 0; k < framework.targetCount(accepted); k++) {
        int rejected = framework.target(accepted, k);
        if (labels[rejected] != null) {
          continue;
        }
        labels[rejected] = Label.OUT;
        for (int j = 0; j < framework.targetCount(rejected); j++) {
          int freed = framework.target(rejected, j);
          if (--undefeatedAttackers[freed] == 0 && labels[freed] == null) {
            labels[freed] = Label.IN;
            queue[tail++] = freed;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (labels[i] == null) {
        labels[i] = Label.UNDEC;
      }
    }
    return new Labelling<>(framework, labels);
  }

  /** The grounded extension of {@code framework}: its arguments labelled {@code IN}, in order. */
  public <A> ImmutableList<A> extension(ArgumentationFramework<A> framework) {
    return labelling(framework).in();
  }
}
