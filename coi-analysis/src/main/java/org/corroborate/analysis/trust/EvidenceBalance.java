package org.corroborate.analysis.trust;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corroborate.analysis.corroboration.Conflict;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.ValueCamp;

/**
 * How the analysis weighs the sides of one question, to set beside a truth-discovery decision.
 *
 * <p>The two answer different questions. A truth-discovery method ({@link TruthDiscovery})
 * decides a value from who tends to be right across the whole corpus; its confidence is a
 * probability under its model (sources independent, trust as estimated), and it grows extreme
 * quickly: on the reference corpus's annexed-regions question, AccuCopy gives three sources against
 * four a confidence of 1.000. The analysis weighs
 * the evidence on the question itself (reliability, hedge, basis, independence). When the
 * analysis finds the sides close — the lighter side weighs at least {@value #NEAR_TIE} of the
 * heavier — the question is a {@link #nearTie() near tie}, and a decision of the model must not
 * be presented as settled: it leans one way on the sources' record elsewhere, not on this
 * question's evidence. Nor is a decision against the heavier side of the analysis ({@link
 * #settles}).
 *
 * @param sides each side the analysis sees — {@code affirms}, {@code denies}, or a value camp's
 *     label — with its weight, heaviest first: the sides in conflict, or, on a yes/no question
 *     where none conflict, the one side the analysis finds
 */
public record EvidenceBalance(ImmutableList<Side> sides) {

  /** The share of the heavier side's weight from which a lighter side makes a near tie. */
  public static final double NEAR_TIE = 0.8;

  /**
   * One side.
   *
   * @param answer {@code affirms}, {@code denies}, or a value camp's label
   * @param weight its weight in the analysis, in [0, 1]
   */
  public record Side(String answer, double weight) {
    /** Rejects a null answer and a weight outside [0, 1]. */
    public Side {
      Objects.requireNonNull(answer, "answer");
      if (!(weight >= 0.0 && weight <= 1.0)) {
        throw new IllegalArgumentException("a weight lies in [0, 1]: " + weight);
      }
    }
  }

  /** Copies the sides. */
  public EvidenceBalance {
    sides = ImmutableList.copyOf(sides);
  }

  /**
   * The sides of a corroboration that the analysis sets against one another; when none are in
   * conflict, the one side it finds on a yes/no question (affirms when some source supports it,
   * else denies when some source denies it), so that a decision against what the analysis finds is
   * seen. O(camps).
   */
  public static EvidenceBalance of(Corroboration c) {
    Objects.requireNonNull(c, "corroboration");
    List<Side> sides = new ArrayList<>();
    if (c.proposition().asksForValue()) {
      if (c.overlapping()) {
        for (ValueCamp camp : c.values()) {
          sides.add(new Side(camp.label(), camp.weight()));
        }
      }
    } else if (c.conflict().isPresent()) {
      Conflict conflict = c.conflict().get();
      sides.add(new Side("affirms", conflict.affirmingWeight()));
      sides.add(new Side("denies", conflict.denyingWeight()));
    } else if (!c.supporting().isEmpty()) {
      sides.add(new Side("affirms", c.support()));
    } else if (!c.opposing().isEmpty()) {
      sides.add(new Side("denies", c.opposing().stream().mapToDouble(l -> l.weight()).max()
          .orElse(0.0)));
    }
    sides.sort(Comparator.comparingDouble(Side::weight).reversed().thenComparing(Side::answer));
    return new EvidenceBalance(ImmutableList.copyOf(sides));
  }

  /**
   * Whether the two heaviest sides are close: the second weighs at least {@value #NEAR_TIE} of
   * the first (and the first weighs something).
   */
  public boolean nearTie() {
    return sides.size() >= 2 && sides.get(0).weight() > 0.0
        && sides.get(1).weight() >= NEAR_TIE * sides.get(0).weight();
  }

  /**
   * Whether a truth-discovery decision of {@code answer} may be presented as settled beside this
   * weighing: the analysis sets no sides against one another, or it does, the sides are not a
   * near tie, and, on a yes/no question ({@code affirms} or {@code denies}), the decision is the
   * heavier side. A decision against the heavier side leans on the sources' record elsewhere
   * against the evidence on the question, and is not settled either.
   */
  public boolean settles(String answer) {
    Objects.requireNonNull(answer, "answer");
    if (sides.isEmpty()) {
      return true;
    }
    if (nearTie()) {
      return false;
    }
    boolean yesNo = answer.equals("affirms") || answer.equals("denies");
    return !yesNo || sides.get(0).answer().equals(answer);
  }

  /** "affirms 0.78 against denies 0.74", or "no sides in conflict". */
  @Override
  public String toString() {
    return sides.isEmpty() ? "no sides in conflict" : sides.stream()
        .map(s -> String.format(Locale.ROOT, "%s %.2f", s.answer(), s.weight()))
        .collect(Collectors.joining(" against "));
  }
}
