package org.corroborate.analysis.acceptance;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.corroborate.analysis.argumentation.ArgumentationFramework;
import org.corroborate.analysis.argumentation.GroundedLabelling;
import org.corroborate.analysis.argumentation.Labelling;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.TimeSpan;

/**
 * Acceptance of assertions under grounded semantics (Dung 1995, doi:10.1016/0004-3702(94)00041-X).
 *
 * <p>Arguments are the assertions, by id. Two assertions conflict when, on some proposition, one
 * supports and the other opposes it (directly or by derivation), or they give values in camps that
 * cannot both be true, and the times they speak for overlap. An absence of evidence conflicts with
 * nothing: it never makes a dispute. In a conflict the assertion that weighs more under the weight
 * policy attacks the other; assertions of equal weight attack each other (a preference-based
 * framework in the sense of Amgoud &amp; Cayrol 2002, "A reasoning model based on the production of
 * acceptable arguments", Annals of Mathematics and AI 34, doi:10.1023/A:1014490210693). The
 * grounded labelling then accepts (IN) what no surviving assertion defeats, rejects (OUT) what an
 * accepted one defeats, and leaves undecided (UNDEC) what stays in even conflict. Every assertion
 * is labelled, unattacked ones IN. O(Σ s·o) over propositions with s supporting and o opposing
 * bearings, plus the linear-time labelling.
 */
public final class AssertionAcceptance {

  private AssertionAcceptance() {}

  /**
   * The framework of conflicts among the assertions of {@code evidence}. Propositions are read in
   * parallel; the attacks they give form a set, so the framework does not depend on the order in
   * which they are found.
   */
  public static ArgumentationFramework<String> framework(
      EvidenceBase evidence, List<Corroboration> corroborations, WeightPolicy policy) {
    return framework(evidence, Optional.empty(), corroborations, policy);
  }

  /**
   * {@link #framework(EvidenceBase, List, WeightPolicy)} for corroborations made from {@code
   * derivation}: the days each bearing speaks for are read from the derivation ({@link
   * BearingDerivation#daysOf}). The same framework. Either way, each bearing's assertion is found
   * by the position its line records, else by its id ({@link EvidenceLine#assertionPosition(int,
   * EvidenceBase)}).
   */
  public static ArgumentationFramework<String> framework(EvidenceBase evidence,
      BearingDerivation derivation, List<Corroboration> corroborations, WeightPolicy policy) {
    return framework(evidence, Optional.of(derivation), corroborations, policy);
  }

  private static ArgumentationFramework<String> framework(EvidenceBase evidence,
      Optional<BearingDerivation> derivation, List<Corroboration> corroborations,
      WeightPolicy policy) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(corroborations, "corroborations");
    Assertions table = new Assertions(evidence, policy, derivation.isEmpty());
    List<Conflicts> found = corroborations.parallelStream()
        // value camps only for a proposition asking for a value, supporting and opposing lines
        // only for a yes/no one: the proposition itself need not be read
        .filter(c -> c.values().size() > 1
            || (!c.supporting().isEmpty() && !c.opposing().isEmpty()))
        .map(c -> {
          Conflicts conflicts = new Conflicts(table, derivation);
          if (c.proposition().asksForValue()) {
            List<ValueCamp> camps = c.values();
            for (int i = 0; i < camps.size(); i++) {
              for (int j = i + 1; j < camps.size(); j++) {
                conflicts.between(camps.get(i).lines(), camps.get(j).lines());
              }
            }
          } else {
            conflicts.between(c.supporting(), c.opposing());
          }
          return conflicts;
        })
        .filter(conflicts -> conflicts.count > 0)
        .toList();
    int total = 0;
    for (Conflicts conflicts : found) {
      total = Math.addExact(total, conflicts.count);
    }
    int[] attackers = new int[total];
    int[] targets = new int[total];
    int at = 0;
    for (Conflicts conflicts : found) {
      System.arraycopy(conflicts.attackers, 0, attackers, at, conflicts.count);
      System.arraycopy(conflicts.targets, 0, targets, at, conflicts.count);
      at += conflicts.count;
    }
    return ArgumentationFramework.ofPositions(
        Comparator.<String>naturalOrder(), table.ids, attackers, targets, total);
  }

  /** The grounded labelling of every assertion of {@code evidence}. */
  public static Labelling<String> of(
      EvidenceBase evidence, List<Corroboration> corroborations, WeightPolicy policy) {
    return new GroundedLabelling().labelling(framework(evidence, corroborations, policy));
  }

  /**
   * The grounded labelling of every assertion of {@code evidence}, for corroborations made from
   * {@code derivation}: {@link #of(EvidenceBase, List, WeightPolicy)}, with the days each bearing
   * speaks for read from the derivation.
   */
  public static Labelling<String> of(EvidenceBase evidence, BearingDerivation derivation,
      List<Corroboration> corroborations, WeightPolicy policy) {
    return new GroundedLabelling().labelling(
        framework(evidence, derivation, corroborations, policy));
  }

  /** A time span and the days it covers. */
  private record Days(TimeSpan span, long first, long last) {}

  /**
   * The assertions by their position in id order, each with its weight and the days it speaks
   * for. The days are remembered per assertion as they are read; an entry is an immutable record
   * published by a single reference write, so threads may fill the table at once: each reads
   * either nothing (and reads the days itself) or a complete entry.
   */
  private static final class Assertions {
    private final EvidenceBase evidence;
    private final ImmutableList<String> ids;
    private final double[] weights;
    /** The days read so far, by position; only when no derivation read them (else empty). */
    private final Days[] days;

    Assertions(EvidenceBase evidence, WeightPolicy policy, boolean readDays) {
      // the evidence base lists its assertions by id: the order of the arguments, given to the
      // framework as an immutable list, which it keeps without a copy
      this.evidence = evidence;
      List<Assertion> assertions = evidence.assertions();
      int n = assertions.size();
      ImmutableList.Builder<String> idList = ImmutableList.builderWithExpectedSize(n);
      for (int i = 0; i < n; i++) {
        idList.add(assertions.get(i).id());
      }
      ids = idList.build();
      weights = IntStream.range(0, n).parallel()
          .mapToDouble(i -> policy.weigh(assertions.get(i), evidence))
          .toArray();
      days = new Days[readDays ? n : 0];
    }

    /**
     * The position of the assertion of the {@code k}-th bearing of {@code line}: as the line
     * records it, else by its id ({@link EvidenceLine#assertionPosition(int, EvidenceBase)}).
     */
    int positionOf(EvidenceLine line, int k) {
      int p = line.assertionPosition(k, evidence);
      if (p < 0) {
        throw new IllegalArgumentException(
            "a corroboration names assertion '" + line.bearing(k).assertion().id()
                + "', which the evidence base does not hold");
      }
      return p;
    }

    /** The days the bearing, whose assertion is at {@code p}, speaks for. */
    Days daysOf(int p, Bearing bearing) {
      Days known = days[p];
      if (known != null && known.span() == bearing.time()) {
        return known;
      }
      DayRange range = DayRange.of(bearing.time());
      Days read = new Days(bearing.time(), range.first(), range.last());
      days[p] = read;
      return read;
    }
  }

  /** The conflicts found on one proposition, as pairs of assertion positions. */
  private static final class Conflicts {
    private final Assertions table;
    private final Optional<BearingDerivation> derivation;
    private int[] attackers = new int[0];
    private int[] targets = new int[0];
    private int count;
    private final Read one = new Read();
    private final Read other = new Read();

    Conflicts(Assertions table, Optional<BearingDerivation> derivation) {
      this.table = table;
      this.derivation = derivation;
    }

    /**
     * The bearings of some lines, read for comparison: each one's assertion position and days,
     * in arrays made to the number of bearings, so that a proposition of a few bearings allocates
     * a few slots.
     */
    private final class Read {
      private int[] positions = new int[0];
      /** The first and the last day of bearing i at 2i and 2i + 1. */
      private long[] days = new long[0];
      private int size;

      void of(List<EvidenceLine> lines) {
        int n = 0;
        for (int l = 0; l < lines.size(); l++) {
          n += lines.get(l).size();
        }
        if (n > positions.length) {
          positions = new int[n];
          days = new long[2 * n];
        }
        size = 0;
        // by index: a line of one bearing makes no list, and no iterator is made
        for (int l = 0; l < lines.size(); l++) {
          EvidenceLine line = lines.get(l);
          for (int k = 0; k < line.size(); k++) {
            int p = table.positionOf(line, k);
            positions[size] = p;
            daysOf(p, line.bearing(k), days, size++);
          }
        }
      }
    }

    /** The days the bearing, whose assertion is at {@code p}, speaks for, into {@code days}. */
    private void daysOf(int p, Bearing bearing, long[] days, int at) {
      if (derivation.isPresent()) {
        DayRange range = derivation.get().daysOf(bearing, p);
        days[2 * at] = range.first();
        days[2 * at + 1] = range.last();
      } else {
        Days d = table.daysOf(p, bearing);
        days[2 * at] = d.first();
        days[2 * at + 1] = d.last();
      }
    }

    /** Every conflict between a bearing in {@code a} and one in {@code b}. */
    void between(List<EvidenceLine> a, List<EvidenceLine> b) {
      one.of(a);
      other.of(b);
      int x = one.size;
      int y = other.size;
      int[] onePositions = one.positions;
      long[] oneDays = one.days;
      int[] otherPositions = other.positions;
      long[] otherDays = other.days;
      double[] weights = table.weights;
      for (int i = 0; i < x; i++) {
        int p = onePositions[i];
        for (int j = 0; j < y; j++) {
          int q = otherPositions[j];
          if (p == q || oneDays[2 * i] > otherDays[2 * j + 1]
              || otherDays[2 * j] > oneDays[2 * i + 1]) {
            continue;
          }
          int order = Double.compare(weights[p], weights[q]);
          if (order >= 0) {
            attack(p, q);
          }
          if (order <= 0) {
            attack(q, p);
          }
        }
      }
    }

    private void attack(int attacker, int target) {
      if (count == attackers.length) {
        attackers = Arrays.copyOf(attackers, Math.max(16, count * 2));
        targets = Arrays.copyOf(targets, Math.max(16, count * 2));
      }
      attackers[count] = attacker;
      targets[count++] = target;
    }
  }
}
