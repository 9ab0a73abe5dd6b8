package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.scope.Direction;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Category;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;

/**
 * Corroboration of every proposition: bearings grouped into independent lines, weighed, and given
 * a {@link Verdict}.
 *
 * <p>Verdicts for a yes/no proposition, with S supporting and O opposing lines, where an opposing
 * line counts only when one of its bearings conflicts with a supporting bearing: they overlap in
 * time (a bearing with no time is read at its as-of date) and their quantifiers cannot both hold
 * ({@link org.corroborate.model.Quantifier}: "in general not" does not conflict with "in some
 * cases", "never" conflicts with any case; an unquantified statement conflicts with any statement
 * of the other side). S ≥ 2, O = 0 → corroborated; S = 1, O = 0 → single source; S ≥ 2, O =
 * 1 → contested by one source; S ≥ 1, O ≥ 1 otherwise → disputed; S = 0 with only lines knowing of
 * no evidence → only absence of evidence; S = 0 otherwise → uncorroborated. An absence of evidence
 * never makes a dispute; it lowers the weight.
 *
 * <p>For a numeric proposition, values are grouped into camps of values that can all be true at
 * once: each interval is widened by {@value #APPROXIMATE_TOLERANCE} of each finite end when the
 * value is approximate, the intervals are swept in order of their lower ends, and a value joins
 * the current camp while the intersection of the camp's intervals stays non-empty (for intervals
 * pairwise intersection implies a common point, Helly's theorem in one dimension). "At least 13"
 * and "probably over a thousand" form one camp, (1000, ∞). One camp → corroborated or single
 * source by its lines; two camps of which one has a single line and the other two or more →
 * contested by one source; otherwise disputed. A value given in another currency than the
 * proposition's unit (which the model accepts only with a declared conversion) is converted
 * through the conversion nearest in date and read as approximate, so that the tolerance applies:
 * "3,000 roubles" and "about 30 euros" are one camp.
 *
 * <p>For a categorical proposition each answer (a {@link Category}) is a camp of its own: two
 * categories agree only when equal, so "{army, navy}" and "{army}" are two camps, and the verdict
 * follows the same rule as for numbers.
 *
 * <p>O(n log n) per proposition for n bearings, plus weighing.
 */
public final class CorroborationAnalysis {

  /** How far an approximate value's finite ends are widened: one tenth of their magnitude. */
  public static final double APPROXIMATE_TOLERANCE = 0.10;

  /** How much a full absence of evidence lowers a proposition's weight: at most by half. */
  public static final double ABSENCE_DISCOUNT = 0.5;

  private CorroborationAnalysis() {}

  /**
   * The corroboration of every proposition, in proposition-id order. Propositions are
   * independent of one another, so they are corroborated in parallel and collected in order: the
   * result does not depend on the number of threads. The weight policy is called from several
   * threads, which its contract (a pure function) allows.
   */
  public static ImmutableList<Corroboration> of(
      EvidenceBase evidence, BearingDerivation derivation, WeightPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    AssertionFacts facts = AssertionFacts.of(evidence, derivation, policy);
    List<Proposition> propositions = evidence.propositions();
    Corroboration[] out = IntStream.range(0, propositions.size()).parallel()
        .mapToObj(i -> of(propositions.get(i), derivation.bearingsOn(i),
            derivation.assertionPositionsOn(i).toArray(), facts, policy))
        .toArray(Corroboration[]::new);
    return ImmutableList.copyOf(out);
  }

  /** The corroboration of one proposition from its bearings. */
  public static Corroboration of(
      Proposition proposition, List<Bearing> bearings, EvidenceBase evidence, WeightPolicy policy) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(policy, "policy");
    return of(proposition, bearings, AssertionFacts.unknownPositions(bearings.size()),
        AssertionFacts.onDemand(evidence, policy), policy);
  }

  /**
   * Bearings of one direction (or of one answer), with the positions of their assertions (or -1),
   * in arrays made to the size counted beforehand when it is known: most propositions have
   * bearings of one direction only, and a side with none allocates nothing.
   */
  private static final class Side {
    private Bearing[] bearings;
    private int[] positions;
    private int size;

    /** A side for {@code capacity} bearings, growing past them. */
    Side(int capacity) {
      bearings = capacity == 0 ? NO_BEARINGS : new Bearing[capacity];
      positions = capacity == 0 ? NO_POSITIONS : new int[capacity];
    }

    void add(Bearing b, int position) {
      if (size == bearings.length) {
        int grown = Math.max(2, size * 2);
        bearings = Arrays.copyOf(bearings, grown);
        positions = Arrays.copyOf(positions, grown);
      }
      bearings[size] = b;
      positions[size] = position;
      size++;
    }

    /** The bearings added, in order: a view of the array when it is full, which it then is. */
    List<Bearing> bearings() {
      if (size == 0) {
        return List.of();
      }
      return Arrays.asList(size == bearings.length ? bearings : Arrays.copyOf(bearings, size));
    }

    /** The positions of the bearings' assertions, in the same order. */
    int[] positions() {
      return size == positions.length ? positions : Arrays.copyOf(positions, size);
    }

    private static final Bearing[] NO_BEARINGS = new Bearing[0];
    private static final int[] NO_POSITIONS = new int[0];
  }

  private static final int DIRECTIONS = Direction.values().length;

  private static Corroboration of(Proposition proposition, List<Bearing> bearings,
      int[] positions, AssertionFacts facts, WeightPolicy policy) {
    Objects.requireNonNull(proposition, "proposition");
    // the bearings of each direction counted first, so that each side is made to size
    int[] counts = new int[DIRECTIONS];
    for (int i = 0; i < bearings.size(); i++) {
      counts[bearings.get(i).direction().ordinal()]++;
    }
    Side supports = new Side(counts[Direction.SUPPORTS.ordinal()]);
    Side opposes = new Side(counts[Direction.OPPOSES.ordinal()]);
    Side absent = new Side(counts[Direction.NO_EVIDENCE.ordinal()]);
    List<Bearing> uncertain = new ArrayList<>(counts[Direction.UNCERTAIN.ordinal()]);
    Side values = new Side(counts[Direction.VALUE.ordinal()]);
    for (int i = 0; i < bearings.size(); i++) {
      Bearing b = bearings.get(i);
      switch (b.direction()) {
        case SUPPORTS -> supports.add(b, positions[i]);
        case OPPOSES -> opposes.add(b, positions[i]);
        case NO_EVIDENCE -> absent.add(b, positions[i]);
        case UNCERTAIN -> uncertain.add(b);
        case VALUE -> values.add(b, positions[i]);
      }
    }
    IndependentLines.Lines supportingLines =
        IndependentLines.lines(supports.bearings(), supports.positions(), facts, policy);
    IndependentLines.Lines opposingLines =
        IndependentLines.lines(opposes.bearings(), opposes.positions(), facts, policy);
    ImmutableList<EvidenceLine> supporting = supportingLines.lines();
    ImmutableList<EvidenceLine> opposing = opposingLines.lines();
    ImmutableList<EvidenceLine> absence =
        IndependentLines.lines(absent.bearings(), absent.positions(), facts, policy).lines();
    double absenceWeight = combine(absence, policy);
    if (proposition.asksForValue()) {
      List<Camped> camped = proposition.categorical()
          ? categoryCamps(values.bearings(), values.positions(), facts, policy)
          : camps(values.bearings(), values.positions(), proposition, facts, policy);
      ImmutableList<ValueCamp> camps =
          camped.stream().map(Camped::camp).collect(ImmutableList.toImmutableList());
      boolean overlapping = camps.size() > 1 && campsOverlapInTime(camped, facts);
      double support = camps.isEmpty() ? 0.0 : camps.get(0).weight();
      double opposition = overlapping
          ? combine(camps.stream().skip(1).flatMap(c -> c.lines().stream()).toList(), policy)
          : 0.0;
      Verdict verdict = numericVerdict(camps, overlapping, !absence.isEmpty());
      return new Corroboration(proposition, verdict, ImmutableList.of(), ImmutableList.of(),
          absence, camps, ImmutableList.copyOf(uncertain), overlapping, support, opposition,
          absenceWeight, weight(support, opposition, absenceWeight), Optional.empty());
    }
    Optional<Conflict> conflict = conflict(supportingLines, opposingLines, facts, policy);
    boolean overlapping = conflict.isPresent();
    double support = combine(supporting, policy);
    double opposition = conflict.map(Conflict::denyingWeight).orElse(0.0);
    int s = supporting.size();
    int o = conflict.map(x -> x.denying().size()).orElse(0);
    Verdict verdict;
    if (s == 0) {
      verdict = opposing.isEmpty() && !absence.isEmpty()
          ? Verdict.ABSENCE_OF_EVIDENCE_ONLY : Verdict.UNCORROBORATED;
    } else if (o == 0) {
      verdict = s >= 2 ? Verdict.CORROBORATED : Verdict.SINGLE_SOURCE;
    } else if (s >= 2 && o == 1) {
      verdict = Verdict.CONTESTED_BY_ONE_SOURCE;
    } else {
      verdict = Verdict.DISPUTED;
    }
    return new Corroboration(proposition, verdict, supporting, opposing, absence,
        ImmutableList.of(), ImmutableList.copyOf(uncertain), overlapping, support, opposition,
        absenceWeight, weight(support, opposition, absenceWeight), conflict);
  }

  /**
   * The supporting and opposing lines of which some bearing conflicts with some bearing of the
   * other side ({@link Bearing#conflictsWith}), each side weighed; empty when none does. O(S · O)
   * for S supporting and O opposing bearings.
   */
  private static Optional<Conflict> conflict(IndependentLines.Lines supportingLines,
      IndependentLines.Lines opposingLines, AssertionFacts facts, WeightPolicy policy) {
    List<EvidenceLine> supporting = supportingLines.lines();
    List<EvidenceLine> opposing = opposingLines.lines();
    if (supporting.isEmpty() || opposing.isEmpty()) {
      return Optional.empty();
    }
    // each bearing's days and quantifier read once, not in every comparison
    List<List<Sided>> against = new ArrayList<>(opposing.size());
    for (int j = 0; j < opposing.size(); j++) {
      List<Bearing> line = opposing.get(j).bearings();
      List<Sided> sided = new ArrayList<>(line.size());
      for (int k = 0; k < line.size(); k++) {
        Bearing d = line.get(k);
        sided.add(new Sided(facts.days(opposingLines.positions()[j][k], d), d.quantifier()));
      }
      against.add(sided);
    }
    boolean[] supportInConflict = new boolean[supporting.size()];
    boolean[] oppositionInConflict = new boolean[opposing.size()];
    for (int i = 0; i < supporting.size(); i++) {
      List<Bearing> line = supporting.get(i).bearings();
      for (int k = 0; k < line.size(); k++) {
        Bearing a = line.get(k);
        DayRange days = facts.days(supportingLines.positions()[i][k], a);
        Optional<org.corroborate.model.Quantifier> q = a.quantifier();
        for (int j = 0; j < opposing.size(); j++) {
          if (supportInConflict[i] && oppositionInConflict[j]) {
            continue;
          }
          for (Sided d : against.get(j)) {
            if (days.overlaps(d.days())
                && org.corroborate.model.Quantifier.conflicts(q, d.quantifier())) {
              supportInConflict[i] = true;
              oppositionInConflict[j] = true;
              break;
            }
          }
        }
      }
    }
    List<EvidenceLine> affirming = new ArrayList<>();
    List<EvidenceLine> denying = new ArrayList<>();
    for (int i = 0; i < supporting.size(); i++) {
      if (supportInConflict[i]) {
        affirming.add(supporting.get(i));
      }
    }
    for (int j = 0; j < opposing.size(); j++) {
      if (oppositionInConflict[j]) {
        denying.add(opposing.get(j));
      }
    }
    if (affirming.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Conflict(ImmutableList.copyOf(affirming), combine(affirming, policy),
        ImmutableList.copyOf(denying), combine(denying, policy)));
  }

  private static double weight(double support, double opposition, double absence) {
    return support * (1.0 - opposition) * (1.0 - ABSENCE_DISCOUNT * absence);
  }

  private static double combine(List<EvidenceLine> lines, WeightPolicy policy) {
    // a plain array, not a stream: this runs four times for each of a million propositions
    double[] weights = new double[lines.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = lines.get(i).weight();
    }
    return policy.combine(weights, weights.length);
  }

  private static boolean overlap(Camped a, Camped b, AssertionFacts facts) {
    List<Bearing> x = a.bearings();
    List<Bearing> y = b.bearings();
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    DayRange[] times = new DayRange[y.size()];
    for (int j = 0; j < times.length; j++) {
      times[j] = facts.days(b.positions()[j], y.get(j));
    }
    for (int i = 0; i < x.size(); i++) {
      DayRange xTime = facts.days(a.positions()[i], x.get(i));
      for (DayRange t : times) {
        if (xTime.overlaps(t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean campsOverlapInTime(List<Camped> camps, AssertionFacts facts) {
    for (int i = 0; i < camps.size(); i++) {
      for (int j = i + 1; j < camps.size(); j++) {
        if (overlap(camps.get(i), camps.get(j), facts)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A camp, with its bearings line after line and the positions of their assertions in that
   * order.
   */
  private record Camped(ValueCamp camp, List<Bearing> bearings, int[] positions) {
    static Camped of(ValueCamp camp, IndependentLines.Lines lines) {
      List<Bearing> bearings = new ArrayList<>();
      int size = 0;
      for (int[] p : lines.positions()) {
        size += p.length;
      }
      int[] positions = new int[size];
      int at = 0;
      for (int l = 0; l < lines.lines().size(); l++) {
        bearings.addAll(lines.lines().get(l).bearings());
        System.arraycopy(lines.positions()[l], 0, positions, at, lines.positions()[l].length);
        at += lines.positions()[l].length;
      }
      return new Camped(camp, bearings, positions);
    }
  }

  private static Verdict numericVerdict(List<ValueCamp> camps, boolean overlapping, boolean absence) {
    if (camps.isEmpty()) {
      return absence ? Verdict.ABSENCE_OF_EVIDENCE_ONLY : Verdict.UNCORROBORATED;
    }
    int first = camps.get(0).lines().size();
    if (camps.size() == 1 || !overlapping) {
      return first >= 2 ? Verdict.CORROBORATED : Verdict.SINGLE_SOURCE;
    }
    int others = camps.stream().skip(1).mapToInt(c -> c.lines().size()).sum();
    return camps.size() == 2 && first >= 2 && others == 1
        ? Verdict.CONTESTED_BY_ONE_SOURCE : Verdict.DISPUTED;
  }

  /**
   * The value of a bearing in {@code unit}: as given when given in it; else converted through the
   * declared conversion nearest in date to the time the bearing speaks for (its last day, else its
   * first, else the latest conversion), and approximate, so that the comparison allows the
   * analysis' tolerance. The model accepts a value in another unit only when a conversion relates
   * the two, so one is always found.
   */
  static Quantity inUnit(Bearing b, String unit, EvidenceBase evidence) {
    java.time.LocalDate on = b.time().lastDay().or(() -> b.time().firstDay())
        .orElse(java.time.LocalDate.of(9999, 12, 31));
    return inUnit(b.assertion().value().orElseThrow(), unit, on, evidence);
  }

  /**
   * {@code q} in {@code unit}: as given when given in it; else converted through the declared
   * conversion nearest in date to {@code on} ({@link EvidenceBase#conversion}), to {@value
   * #CONVERTED_DIGITS} significant digits, and approximate, so that a comparison allows the
   * analysis' tolerance ({@link #allowed}). The same conversion the analysis applies to the values
   * of a numeric proposition, for callers that compare another value with them (an applicant's
   * figure). O(conversions).
   *
   * @throws IllegalArgumentException if no declared conversion relates the two units
   */
  public static Quantity inUnit(Quantity q, String unit, java.time.LocalDate on, EvidenceBase evidence) {
    Objects.requireNonNull(q, "q");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(evidence, "evidence");
    if (q.unit().equals(unit)) {
      return q;
    }
    org.corroborate.model.UnitConversion c = evidence.conversion(q.unit(), unit, on)
        .orElseThrow(() -> new IllegalArgumentException("no declared conversion from " + q.unit()
            + " to " + unit));
    Range<BigDecimal> r = q.range();
    java.util.function.UnaryOperator<BigDecimal> to = v -> rounded(c.convert(v, q.unit(), unit));
    Range<BigDecimal> converted;
    if (r.hasLowerBound() && r.hasUpperBound()) {
      converted = Range.range(to.apply(r.lowerEndpoint()), r.lowerBoundType(),
          to.apply(r.upperEndpoint()), r.upperBoundType());
    } else if (r.hasLowerBound()) {
      converted = Range.downTo(to.apply(r.lowerEndpoint()), r.lowerBoundType());
    } else if (r.hasUpperBound()) {
      converted = Range.upTo(to.apply(r.upperEndpoint()), r.upperBoundType());
    } else {
      converted = r;
    }
    return new Quantity(converted, true, unit);
  }

  /**
   * A converted value to {@value #CONVERTED_DIGITS} significant digits: a rate from a report
   * carries no more, and the comparison allows the tolerance anyway.
   */
  private static BigDecimal rounded(BigDecimal value) {
    BigDecimal r = value.round(new java.math.MathContext(CONVERTED_DIGITS)).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
  }

  /** The significant digits a converted value keeps. */
  public static final int CONVERTED_DIGITS = 4;

  /** The interval a value allows, widened by the tolerance when approximate. */
  public static Range<BigDecimal> allowed(Quantity q) {
    if (!q.approximate()) {
      return q.range();
    }
    BigDecimal tolerance = BigDecimal.valueOf(APPROXIMATE_TOLERANCE);
    Range<BigDecimal> r = q.range();
    if (r.hasLowerBound() && r.hasUpperBound()) {
      return Range.range(widen(r.lowerEndpoint(), tolerance.negate()), r.lowerBoundType(),
          widen(r.upperEndpoint(), tolerance), r.upperBoundType());
    }
    if (r.hasLowerBound()) {
      return Range.downTo(widen(r.lowerEndpoint(), tolerance.negate()), r.lowerBoundType());
    }
    if (r.hasUpperBound()) {
      return Range.upTo(widen(r.upperEndpoint(), tolerance), r.upperBoundType());
    }
    return r;
  }

  private static BigDecimal widen(BigDecimal end, BigDecimal signedTolerance) {
    BigDecimal widened = end.add(end.abs().multiply(signedTolerance)).stripTrailingZeros();
    return widened.scale() < 0 ? widened.setScale(0, RoundingMode.UNNECESSARY) : widened;
  }

  private static List<Camped> camps(List<Bearing> values, int[] valuePositions,
      Proposition proposition, AssertionFacts facts, WeightPolicy policy) {
    // each value's allowed interval is computed once, not in every comparison; bearings are
    // known by their index in the list, so no table is kept by bearing
    int n = values.size();
    List<Range<BigDecimal>> allowed = new ArrayList<>(n);
    String unit = proposition.unit().orElseThrow();
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) {
      allowed.add(allowed(inUnit(values.get(i), unit, facts.evidence())));
      sorted[i] = i;
    }
    // a stable sort, as the sort of a list is
    Arrays.sort(sorted, (x, y) -> {
      int c = LOWER_END.compare(allowed.get(x), allowed.get(y));
      return c != 0 ? c : values.get(x).assertion().id().compareTo(values.get(y).assertion().id());
    });
    List<Side> groups = new ArrayList<>();
    List<Range<BigDecimal>> commons = new ArrayList<>();
    List<Range<BigDecimal>> spans = new ArrayList<>();
    for (int i : sorted) {
      Bearing b = values.get(i);
      Range<BigDecimal> r = allowed.get(i);
      int last = groups.size() - 1;
      if (last >= 0 && commons.get(last).isConnected(r)
          && !commons.get(last).intersection(r).isEmpty()) {
        groups.get(last).add(b, valuePositions[i]);
        commons.set(last, commons.get(last).intersection(r));
        spans.set(last, spans.get(last).span(r));
      } else {
        Side group = new Side(1);
        group.add(b, valuePositions[i]);
        groups.add(group);
        commons.add(r);
        spans.add(r);
      }
    }
    List<Camped> camps = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      IndependentLines.Lines lines = IndependentLines.lines(groups.get(i).bearings(),
          groups.get(i).positions(), facts, policy);
      camps.add(Camped.of(new ValueCamp(commons.get(i), spans.get(i),
          proposition.unit().orElseThrow(), lines.lines(), combine(lines.lines(), policy)), lines));
    }
    camps.sort(HEAVIEST_CAMP_FIRST);
    return camps;
  }

  /** Heaviest first, then the most lines, then by the id of the first line. */
  private static final Comparator<Camped> HEAVIEST_CAMP_FIRST =
      Comparator.comparingDouble((Camped c) -> c.camp().weight()).reversed()
          .thenComparing(c -> -c.camp().lines().size())
          .thenComparing(c -> c.camp().lines().get(0).id());

  /** One camp per answer of a categorical proposition: the sources giving equal categories. */
  private static List<Camped> categoryCamps(
      List<Bearing> values, int[] valuePositions, AssertionFacts facts, WeightPolicy policy) {
    Map<Category, Side> groups = new TreeMap<>(CATEGORY_ORDER);
    for (int i = 0; i < values.size(); i++) {
      Bearing b = values.get(i);
      groups.computeIfAbsent(b.assertion().category().orElseThrow(), k -> new Side(2))
          .add(b, valuePositions[i]);
    }
    List<Camped> camps = new ArrayList<>();
    groups.forEach((category, group) -> {
      IndependentLines.Lines lines =
          IndependentLines.lines(group.bearings(), group.positions(), facts, policy);
      camps.add(Camped.of(
          ValueCamp.ofCategory(category, lines.lines(), combine(lines.lines(), policy)), lines));
    });
    camps.sort(HEAVIEST_CAMP_FIRST);
    return camps;
  }

  /** An opposing bearing's days and quantifier, read once. */
  private record Sided(DayRange days, Optional<org.corroborate.model.Quantifier> quantifier) {}

  /** Orders categories by their members, compared in natural order, the shorter first on a tie. */
  private static final Comparator<Category> CATEGORY_ORDER = (x, y) -> {
    java.util.Iterator<String> i = x.members().iterator();
    java.util.Iterator<String> j = y.members().iterator();
    while (i.hasNext() && j.hasNext()) {
      int c = i.next().compareTo(j.next());
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(i.hasNext(), j.hasNext());
  };

  /** Orders intervals by lower end, unbounded first, then a closed end before an open one. */
  private static final Comparator<Range<BigDecimal>> LOWER_END = (x, y) -> {
    if (!x.hasLowerBound() || !y.hasLowerBound()) {
      return Boolean.compare(x.hasLowerBound(), y.hasLowerBound());
    }
    int c = x.lowerEndpoint().compareTo(y.lowerEndpoint());
    return c != 0 ? c : y.lowerBoundType().compareTo(x.lowerBoundType());
  };

}
