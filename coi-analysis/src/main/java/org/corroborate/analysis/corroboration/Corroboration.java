package org.corroborate.analysis.corroboration;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;

/**
 * What the evidence says of one proposition.
 *
 * <p>Weights, each in [0, 1]: {@link #support()} combines the supporting lines (for a numeric or categorical
 * proposition, the heaviest camp of compatible values); {@link #opposition()} the opposing lines
 * that overlap the support in time (other camps); {@link #absence()} the lines that know of no
 * evidence. The proposition's {@link #weight()} is support × (1 − opposition) × (1 − {@value
 * CorroborationAnalysis#ABSENCE_DISCOUNT} × absence): 0 when nothing supports it, never raised by
 * opposition or absence, never lowered by another independent supporting line. Opposition counts
 * only the opposing lines in {@link #conflict()}: a denial at another time, or one that can hold
 * together with the support ("in general not" against "in some cases"), does not.
 *
 * @param proposition the proposition
 * @param verdict the verdict
 * @param supporting the supporting lines, by id
 * @param opposing the opposing lines, by id (all of them, also those at disjoint times)
 * @param absence the lines that know of no evidence, by id
 * @param values for a numeric proposition, the camps of compatible values; for a categorical one, one camp per answer; heaviest first
 * @param uncertain the bearings of sources that say they do not know
 * @param overlapping whether some opposing (or other-camp) bearing conflicts with some supporting
 *     one: they overlap in time and, for a yes/no proposition, their quantifiers cannot both hold
 *     ({@link Bearing#conflictsWith}); when false, the opposition does not count against the
 *     support
 * @param support the combined weight of support
 * @param opposition the combined weight of opposition that counts
 * @param absenceWeight the combined weight of the absence of evidence
 * @param weight the proposition's weight
 * @param conflict for a yes/no proposition, the supporting and opposing lines in conflict, when
 *     some are; empty otherwise
 */
public record Corroboration(
    Proposition proposition,
    Verdict verdict,
    ImmutableList<EvidenceLine> supporting,
    ImmutableList<EvidenceLine> opposing,
    ImmutableList<EvidenceLine> absence,
    ImmutableList<ValueCamp> values,
    ImmutableList<Bearing> uncertain,
    boolean overlapping,
    double support,
    double opposition,
    double absenceWeight,
    double weight,
    java.util.Optional<Conflict> conflict) {

  /**
   * Rejects null parts, weights outside [0, 1], and the parts of the other kind of proposition:
   * supporting or opposing lines, or a conflict, for a proposition that asks for a value ({@link
   * Proposition#asksForValue()}), value camps for a yes/no one. So a reader may tell the kind from
   * the parts present, without reading the proposition.
   */
  public Corroboration {
    Objects.requireNonNull(proposition, "proposition");
    Objects.requireNonNull(verdict, "verdict");
    supporting = ImmutableList.copyOf(supporting);
    opposing = ImmutableList.copyOf(opposing);
    absence = ImmutableList.copyOf(absence);
    values = ImmutableList.copyOf(values);
    uncertain = ImmutableList.copyOf(uncertain);
    Objects.requireNonNull(conflict, "conflict");
    if (proposition.asksForValue()
        ? !supporting.isEmpty() || !opposing.isEmpty() || conflict.isPresent()
        : !values.isEmpty()) {
      throw new IllegalArgumentException("a proposition that asks for a value has value camps"
          + " and no supporting or opposing lines; a yes/no proposition the reverse: "
          + proposition.id());
    }
    // one call per weight, not a loop over a new array: an analysis at scale makes 10^5 and more
    requireWeight(support);
    requireWeight(opposition);
    requireWeight(absenceWeight);
    requireWeight(weight);
  }

  private static void requireWeight(double w) {
    if (!(w >= 0.0 && w <= 1.0)) {
      throw new IllegalArgumentException("a weight lies in [0, 1]: " + w);
    }
  }

  /** The ids of the sources on the supporting side (for values, the heaviest camp), sorted. */
  public ImmutableSortedSet<String> supportingSources() {
    Stream<EvidenceLine> lines = proposition.asksForValue()
        ? values.stream().limit(1).flatMap(c -> c.lines().stream())
        : supporting.stream();
    return lines.flatMap(l -> l.sources().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** The ids of the sources on the opposing side (for values, the other camps), sorted. */
  public ImmutableSortedSet<String> opposingSources() {
    Stream<EvidenceLine> lines = proposition.asksForValue()
        ? values.stream().skip(1).flatMap(c -> c.lines().stream())
        : opposing.stream();
    return lines.flatMap(l -> l.sources().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }

  /** The number of independent supporting lines (for values, in the heaviest camp). */
  public int independentSupport() {
    return proposition.asksForValue()
        ? values.stream().limit(1).mapToInt(c -> c.lines().size()).sum()
        : supporting.size();
  }

  /** The number of independent opposing lines (for values, in the other camps). */
  public int independentOpposition() {
    return proposition.asksForValue()
        ? values.stream().skip(1).mapToInt(c -> c.lines().size()).sum()
        : opposing.size();
  }

  /**
   * The assertions behind this finding, each once, in assertion-id order: supporting lines, value
   * camps, opposing lines, lines that know of no evidence, and sources that do not know.
   */
  public ImmutableList<org.corroborate.model.Assertion> assertions() {
    return Stream.concat(
            Stream.of(supporting.stream(), values.stream().flatMap(v -> v.lines().stream()),
                    opposing.stream(), absence.stream())
                .flatMap(lines -> lines)
                .flatMap(l -> l.bearings().stream()),
            uncertain.stream())
        .map(Bearing::assertion)
        .distinct()
        .sorted(java.util.Comparator.comparing(org.corroborate.model.Assertion::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Where every statement behind this corroboration is written — supporting, value camps,
   * opposing and absence of evidence — without repeats, in {@link PassageReference#READING_ORDER}.
   */
  public ImmutableList<PassageReference> passages(EvidenceBase evidence) {
    return Stream.of(supporting.stream(), values.stream().flatMap(v -> v.lines().stream()),
            opposing.stream(), absence.stream())
        .flatMap(lines -> lines)
        .flatMap(l -> l.bearings().stream())
        .flatMap(b -> b.assertion().passages().stream())
        .distinct()
        .map(p -> PassageReference.of(p, evidence))
        .sorted(PassageReference.READING_ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The explanation: the verdict, then every line with its weight, and in each line every bearing
   * with its passages and reason. Computed on request; O(size of the evidence) per call.
   */
  public ImmutableList<String> explain(EvidenceBase evidence, WeightPolicy policy) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    out.add(proposition.text() + " — " + verdict + String.format(Locale.ROOT,
        " (support %.2f, opposition %.2f, absence of evidence %.2f, weight %.2f)",
        support, opposition, absenceWeight, weight));
    if (proposition.asksForValue()) {
      for (int i = 0; i < values.size(); i++) {
        ValueCamp camp = values.get(i);
        out.add(camp.category().isPresent()
            ? String.format(Locale.ROOT, "answer %s: %d independent line(s), weight %.2f",
                camp.label(), camp.lines().size(), camp.weight())
            : String.format(Locale.ROOT,
                "values allowing %s (all assert %s): %d independent line(s), weight %.2f",
                ValueCamp.format(camp.common(), camp.unit()), ValueCamp.format(camp.span(), camp.unit()),
                camp.lines().size(), camp.weight()));
        lines(out, camp.lines(), evidence, policy);
      }
    } else {
      section(out, "supporting", supporting, evidence, policy);
      section(out, "opposing", opposing, evidence, policy);
      if (!opposing.isEmpty() && !supporting.isEmpty() && !overlapping) {
        out.add("the opposition speaks for other times than the support, or can hold together"
            + " with it (in general against in some cases), so it is not counted");
      } else if (conflict.isPresent() && conflict.get().denying().size() < opposing.size()) {
        out.add("only the opposing lines that cannot hold together with the support count: "
            + conflict.get().denying().size() + " of " + opposing.size());
      }
      section(out, "knowing of no evidence", absence, evidence, policy);
    }
    for (Bearing b : uncertain) {
      out.add("not knowing: " + describe(b, evidence));
    }
    return out.build();
  }

  private static void section(ImmutableList.Builder<String> out, String what,
      ImmutableList<EvidenceLine> lines, EvidenceBase evidence, WeightPolicy policy) {
    if (!lines.isEmpty()) {
      out.add(what + ": " + lines.size() + " independent line(s)");
      lines(out, lines, evidence, policy);
    }
  }

  private static void lines(ImmutableList.Builder<String> out, ImmutableList<EvidenceLine> lines,
      EvidenceBase evidence, WeightPolicy policy) {
    for (EvidenceLine line : lines) {
      out.add(String.format(Locale.ROOT, "  line %s, weight %.2f", line.id(), line.weight()));
      for (Bearing b : line.bearings()) {
        out.add("    " + describe(b, evidence) + String.format(Locale.ROOT, " [assertion weight %.2f]",
            policy.weigh(b.assertion(), evidence)));
      }
    }
  }

  private static String describe(Bearing b, EvidenceBase evidence) {
    String where = String.join("; ", b.assertion().passages().stream()
        .map(p -> PassageReference.of(p, evidence).citation()).toList());
    return b.reason(evidence) + " (" + where + ")";
  }
}
