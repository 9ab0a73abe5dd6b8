package org.corroborate.analysis.argumentation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * An abstract argumentation framework: a finite set of arguments and a binary attack relation on
 * them (Dung, "On the acceptability of arguments and its fundamental role in nonmonotonic
 * reasoning, logic programming and n-person games", Artificial Intelligence 77(2), 1995,
 * doi:10.1016/0004-3702(94)00041-X).
 *
 * <p>Arguments are opaque values of any type with {@code equals} and {@code hashCode}; they are
 * ordered by a comparator the caller gives, which must rank two arguments alike only if they are
 * equal. Every list this class and the semantics return follows that order: arguments in order,
 * attacks by attacker and then by target. The attack relation is a set: declaring an attack twice
 * declares it once.
 *
 * <p>Built with a {@link Builder} in O((|A| + |R|) log(|A| + |R|)) time; adjacency is indexed by
 * position at build time, so {@link #attackers(Object)} and {@link #targets(Object)} take O(1)
 * time plus the size of their answer. The lookup of an argument's position and the list of {@link
 * #attacks()} are built on the first request that needs them, O(|A|) and O(|R|), and kept
 * (thread-safely): semantics that work by position never pay for them. Instances are immutable
 * and thread-safe.
 *
 * @param <A> the type of the arguments
 */
public final class ArgumentationFramework<A> {

  private final Comparator<? super A> order;
  private final ImmutableList<A> arguments;
  /** The position of each argument, built on the first lookup by argument. */
  private final Supplier<ImmutableMap<A, Integer>> index;
  /** Every attack as an object, built on the first request. */
  private final Supplier<ImmutableList<Attack<A>>> attacks;
  /** The attacks as packed (attacker, target) positions, sorted, without repeats. */
  private final long[] pairs;
  /**
   * The attacks in compressed rows (Tinney and Walker 1967, "Direct solutions of sparse network
   * equations by optimally ordered triangular factorization", Proc. IEEE 55(11)): the arguments
   * argument i attacks are {@code targetList[targetStart[i] .. targetStart[i + 1])}, ascending, and
   * those attacking it {@code attackerList[attackerStart[i] .. attackerStart[i + 1])}, ascending.
   * Four arrays for a framework of any size, not two per argument.
   */
  private final int[] targetStart;
  private final int[] targetList;
  private final int[] attackerStart;
  private final int[] attackerList;

  /** The framework of {@code sorted} arguments and {@code pairs}, sorted and without repeats. */
  private ArgumentationFramework(Comparator<? super A> order, List<A> sorted, long[] pairs) {
    this.order = order;
    this.arguments = ImmutableList.copyOf(sorted);
    this.pairs = pairs;
    // the lookup by argument and the attack objects are built on request: an analysis that works
    // by position (the grounded labelling of a large evidence base) never needs them
    this.index = Suppliers.memoize(this::positions);
    this.attacks = Suppliers.memoize(this::attackList);
    int n = arguments.size();
    // the pairs are sorted by attacker, then target, and distinct: the rows of targets follow
    // them in order; the rows of attackers are filled by a counting sort on the target, in the
    // same pass order, so each row is ascending too
    targetStart = new int[n + 1];
    attackerStart = new int[n + 1];
    for (long p : pairs) {
      targetStart[attacker(p) + 1]++;
      attackerStart[target(p) + 1]++;
    }
    for (int i = 0; i < n; i++) {
      targetStart[i + 1] += targetStart[i];
      attackerStart[i + 1] += attackerStart[i];
    }
    targetList = new int[pairs.length];
    attackerList = new int[pairs.length];
    int[] nextAttacker = Arrays.copyOf(attackerStart, n);
    for (int k = 0; k < pairs.length; k++) {
      long p = pairs[k];
      targetList[k] = target(p);
      attackerList[nextAttacker[target(p)]++] = attacker(p);
    }
  }

  private ImmutableMap<A, Integer> positions() {
    ImmutableMap.Builder<A, Integer> positions =
        ImmutableMap.builderWithExpectedSize(arguments.size());
    for (int i = 0; i < arguments.size(); i++) {
      positions.put(arguments.get(i), i);
    }
    return positions.buildOrThrow();
  }

  private ImmutableList<Attack<A>> attackList() {
    ImmutableList.Builder<Attack<A>> list = ImmutableList.builderWithExpectedSize(pairs.length);
    for (long p : pairs) {
      list.add(new Attack<>(arguments.get(attacker(p)), arguments.get(target(p))));
    }
    return list.build();
  }

  private static int attacker(long pair) {
    return (int) (pair >>> 32);
  }

  private static int target(long pair) {
    return (int) pair;
  }

  /** The pair (attacker, target) of argument positions, packed so that pairs sort by attacker. */
  private static long pair(int attacker, int target) {
    return ((long) attacker << 32) | (target & 0xffffffffL);
  }

  /** Sorts packed pairs in place and returns them without repeats. */
  private static long[] sortedUnique(long[] pairs, int size) {
    Arrays.parallelSort(pairs, 0, size);
    int unique = 0;
    for (int i = 0; i < size; i++) {
      if (unique == 0 || pairs[unique - 1] != pairs[i]) {
        pairs[unique++] = pairs[i];
      }
    }
    return unique == pairs.length ? pairs : Arrays.copyOf(pairs, unique);
  }

  /**
   * The framework of arguments already in {@code order}, without repeats, and attacks given by
   * their positions in that list: the {@code k}-th attack is {@code attackers[k]} on {@code
   * targets[k]}, in any order, repeats allowed. For callers that hold many arguments in arrays;
   * O(|A| + |R| log |R|), where the {@link Builder} takes O((|A| + |R|) log(|A| + |R|)) and an
   * object per attack while building. The order of neighbouring arguments is checked in
   * parallel, so {@code order} may be called from several threads at once.
   *
   * @throws IllegalArgumentException if the arguments are not strictly increasing in {@code order},
   *     the arrays differ in length, or a position lies outside the list
   */
  public static <A> ArgumentationFramework<A> ofPositions(Comparator<? super A> order,
      List<A> arguments, int[] attackers, int[] targets, int attackCount) {
    Objects.requireNonNull(order, "order");
    ImmutableList<A> sorted = ImmutableList.copyOf(arguments);
    // each neighbouring pair compared on its own, so in parallel; the first out of order named
    int unordered = IntStream.range(1, sorted.size()).parallel()
        .filter(i -> order.compare(sorted.get(i - 1), sorted.get(i)) >= 0)
        .findFirst().orElse(-1);
    if (unordered > 0) {
      throw new IllegalArgumentException("arguments not strictly increasing in order: "
          + sorted.get(unordered - 1) + ", then " + sorted.get(unordered));
    }
    checkArgument(attackCount >= 0 && attackCount <= attackers.length
        && attackCount <= targets.length, "%s attacks for arrays of %s and %s", attackCount,
        attackers.length, targets.length);
    long[] pairs = new long[attackCount];
    for (int k = 0; k < attackCount; k++) {
      checkArgument(attackers[k] >= 0 && attackers[k] < sorted.size()
          && targets[k] >= 0 && targets[k] < sorted.size(),
          "attack %s → %s outside %s arguments", attackers[k], targets[k], sorted.size());
      pairs[k] = pair(attackers[k], targets[k]);
    }
    return new ArgumentationFramework<>(order, sorted, sortedUnique(pairs, attackCount));
  }

  /** A builder of a framework whose arguments are ordered by {@code order}. */
  public static <A> Builder<A> builder(Comparator<? super A> order) {
    return new Builder<>(Objects.requireNonNull(order, "order"));
  }

  /** A builder of a framework whose arguments are ordered naturally. */
  public static <A extends Comparable<? super A>> Builder<A> builder() {
    return new Builder<>(Comparator.naturalOrder());
  }

  /** The order of the arguments. */
  public Comparator<? super A> order() {
    return order;
  }

  /** The arguments, in order. */
  public ImmutableList<A> arguments() {
    return arguments;
  }

  /** The attacks, by attacker and then by target. */
  public ImmutableList<Attack<A>> attacks() {
    return attacks.get();
  }

  /** Whether {@code argument} is an argument of this framework. */
  public boolean contains(A argument) {
    return index.get().containsKey(Objects.requireNonNull(argument, "argument"));
  }

  /**
   * The arguments attacking {@code argument}, in order.
   *
   * @throws IllegalArgumentException if {@code argument} is not an argument of this framework
   */
  public ImmutableList<A> attackers(A argument) {
    int i = indexOf(argument);
    return arguments(attackerList, attackerStart[i], attackerStart[i + 1]);
  }

  /**
   * The arguments {@code argument} attacks, in order.
   *
   * @throws IllegalArgumentException if {@code argument} is not an argument of this framework
   */
  public ImmutableList<A> targets(A argument) {
    int i = indexOf(argument);
    return arguments(targetList, targetStart[i], targetStart[i + 1]);
  }

  /**
   * Whether {@code attacker} attacks {@code target}. O(log of the attacker's out-degree).
   *
   * @throws IllegalArgumentException if either is not an argument of this framework
   */
  public boolean attacks(A attacker, A target) {
    int i = indexOf(attacker);
    return Arrays.binarySearch(targetList, targetStart[i], targetStart[i + 1], indexOf(target))
        >= 0;
  }

  private ImmutableList<A> arguments(int[] indices, int from, int to) {
    ImmutableList.Builder<A> list = ImmutableList.builderWithExpectedSize(to - from);
    for (int k = from; k < to; k++) {
      list.add(arguments.get(indices[k]));
    }
    return list.build();
  }

  /** The position of {@code argument} in {@link #arguments()}. */
  int indexOf(A argument) {
    Integer i = index.get().get(Objects.requireNonNull(argument, "argument"));
    checkArgument(i != null, "not an argument of this framework: %s", argument);
    return i;
  }

  /** The number of arguments. */
  int size() {
    return arguments.size();
  }

  /** The number of arguments attacking argument {@code i}. */
  int attackerCount(int i) {
    return attackerStart[i + 1] - attackerStart[i];
  }

  /** The index of the {@code k}-th argument that argument {@code i} attacks. */
  int target(int i, int k) {
    Objects.checkIndex(k, targetCount(i));
    return targetList[targetStart[i] + k];
  }

  /** The number of arguments that argument {@code i} attacks. */
  int targetCount(int i) {
    return targetStart[i + 1] - targetStart[i];
  }

  /** Equal frameworks have equal argument sets and equal attack relations; order is not compared. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ArgumentationFramework<?> other
        && index.get().keySet().equals(other.index.get().keySet())
        && ImmutableSet.copyOf(attacks()).equals(ImmutableSet.copyOf(other.attacks()));
  }

  @Override
  public int hashCode() {
    return index.get().keySet().hashCode() * 31 + ImmutableSet.copyOf(attacks()).hashCode();
  }

  /** The arguments and the attacks, in order. */
  @Override
  public String toString() {
    return "ArgumentationFramework[arguments=" + arguments + ", attacks=" + attacks() + "]";
  }

  /**
   * Collects arguments and attacks in any order; {@link #build()} returns an immutable framework.
   * Not thread-safe.
   *
   * @param <A> the type of the arguments
   */
  public static final class Builder<A> {
    private final Comparator<? super A> order;
    private final TreeMap<A, A> arguments;
    private final List<Attack<A>> attacks = new ArrayList<>();

    private Builder(Comparator<? super A> order) {
      this.order = order;
      this.arguments = new TreeMap<>(order);
    }

    /**
     * Adds an argument; adding it again changes nothing.
     *
     * @throws IllegalArgumentException if the order ranks it alike with a different argument
     *     already added
     */
    public Builder<A> addArgument(A argument) {
      Objects.requireNonNull(argument, "argument");
      A known = arguments.putIfAbsent(argument, argument);
      checkArgument(known == null || known.equals(argument),
          "the order ranks two different arguments alike: %s and %s", known, argument);
      return this;
    }

    /** Adds arguments; see {@link #addArgument(Object)}. */
    public Builder<A> addArguments(Iterable<? extends A> items) {
      Objects.requireNonNull(items, "arguments");
      items.forEach(this::addArgument);
      return this;
    }

    /**
     * Adds the attack of {@code attacker} on {@code target}, and both as arguments.
     *
     * @throws IllegalArgumentException as {@link #addArgument(Object)}
     */
    public Builder<A> addAttack(A attacker, A target) {
      addArgument(attacker);
      addArgument(target);
      attacks.add(new Attack<>(attacker, target));
      return this;
    }

    /** The framework of the arguments and attacks added so far. */
    public ArgumentationFramework<A> build() {
      List<A> sorted = new ArrayList<>(arguments.keySet());
      Map<A, Integer> position = new HashMap<>();
      for (int i = 0; i < sorted.size(); i++) {
        position.put(sorted.get(i), i);
      }
      long[] pairs = new long[attacks.size()];
      for (int k = 0; k < pairs.length; k++) {
        Attack<A> a = attacks.get(k);
        pairs[k] = pair(position.get(a.attacker()), position.get(a.target()));
      }
      return new ArgumentationFramework<>(order, sorted, sortedUnique(pairs, pairs.length));
    }
  }
}
