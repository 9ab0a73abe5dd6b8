package org.corroborate.analysis.weight;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.Assertion;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Reliability;
import org.corroborate.model.TimeSpan;

/**
 * The default weight policy: the product of five factors, each in [0, 1].
 *
 * <ol>
 *   <li><b>Source reliability</b> (NATO Admiralty code, STANAG 2511 / AJP-2.1): A 0.90, B 0.80, C
 *       0.70, D 0.50, E 0.30; F, "reliability cannot be judged" — what EUAA-methodology reports
 *       give every source — is the <b>neutral prior</b> 0.60, between fairly reliable and not
 *       usually reliable.
 *   <li><b>Information credibility</b> (Admiralty 1–6): 1 confirmed 1.00, 2 probably true 0.90, 3
 *       possibly true 0.75, 4 doubtful 0.50, 5 improbable 0.25; 6, "cannot be judged", is neutral
 *       0.85.
 *   <li><b>Hedge</b>, as the midpoint of its band on the ICD 203 estimative-language scale (US
 *       Intelligence Community Directive 203, 2015): certain = "almost certain" (95–99 %) 0.97;
 *       probable = "likely" (55–80 %) 0.675; possible = "roughly even chance" (45–55 %) 0.50; no
 *       evidence of = "unlikely" (20–45 %) 0.325, the strength of an absence of evidence as
 *       opposition.
 *   <li><b>Basis</b>: first-hand 1.00; documentary, official statistics and legal norm 0.95;
 *       expert assessment 0.85; reported by another source, estimate and unstated 0.80; hearsay
 *       0.50.
 *   <li><b>Recency</b> against an as-of date, when one is set: 2<sup>−age/half-life</sup>, the age
 *       measured from the last day the assertion speaks for, with a half-life of {@value
 *       #DEFAULT_HALF_LIFE_DAYS} days by default; 1 for an assertion not older than the as-of date,
 *       and 1 when no as-of date is set.
 * </ol>
 *
 * <p>So a certain statement of unstated basis from a source the report does not grade weighs 0.60
 * × 0.85 × 0.97 × 0.80 ≈ 0.40, two independent such statements 1 − 0.60² ≈ 0.64. Independence
 * is not a factor here: the analysis counts a line of evidence once (see {@link WeightPolicy}).
 * Weighing is O(1) per assertion plus the passages it cites.
 */
public final class AdmiraltyWeightPolicy implements WeightPolicy {

  /** The default half-life of recency, in days: two years. */
  public static final int DEFAULT_HALF_LIFE_DAYS = 730;

  private final Optional<LocalDate> asOf;
  private final int halfLifeDays;

  private AdmiraltyWeightPolicy(Optional<LocalDate> asOf, int halfLifeDays) {
    this.asOf = asOf;
    this.halfLifeDays = halfLifeDays;
  }

  /** The policy without recency. */
  public static AdmiraltyWeightPolicy standard() {
    return new AdmiraltyWeightPolicy(Optional.empty(), DEFAULT_HALF_LIFE_DAYS);
  }

  /** The policy with recency measured against {@code asOf}, default half-life. */
  public static AdmiraltyWeightPolicy asOf(LocalDate asOf) {
    return new AdmiraltyWeightPolicy(Optional.of(asOf), DEFAULT_HALF_LIFE_DAYS);
  }

  /** This policy with another half-life for recency, in days (at least 1). */
  public AdmiraltyWeightPolicy withHalfLife(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("half-life must be at least one day: " + days);
    }
    return new AdmiraltyWeightPolicy(asOf, days);
  }

  /** The reliability factor of a source grade. */
  public static double reliability(Reliability grade) {
    return switch (grade) {
      case A -> 0.90;
      case B -> 0.80;
      case C -> 0.70;
      case D -> 0.50;
      case E -> 0.30;
      case F -> 0.60;
    };
  }

  /** The credibility factor of an information grade. */
  public static double credibility(Credibility grade) {
    return switch (grade) {
      case CONFIRMED -> 1.00;
      case PROBABLY_TRUE -> 0.90;
      case POSSIBLY_TRUE -> 0.75;
      case DOUBTFUL -> 0.50;
      case IMPROBABLE -> 0.25;
      case CANNOT_BE_JUDGED -> 0.85;
    };
  }

  /** The hedge factor: the midpoint of the hedge's ICD 203 band. */
  public static double hedge(Hedge hedge) {
    return switch (hedge) {
      case CERTAIN -> 0.97;
      case PROBABLE -> 0.675;
      case POSSIBLE -> 0.50;
      case NO_EVIDENCE_OF -> 0.325;
    };
  }

  /** The basis factor. */
  public static double basis(BasisKind basis) {
    return switch (basis) {
      case FIRST_HAND -> 1.00;
      case DOCUMENTARY, OFFICIAL_STATISTICS, LEGAL_NORM -> 0.95;
      case ASSESSMENT -> 0.85;
      case REPORTED_BY, ESTIMATE, UNSTATED -> 0.80;
      case HEARSAY -> 0.50;
    };
  }

  @Override
  public double weigh(Assertion assertion, EvidenceBase evidence) {
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(evidence, "evidence");
    return reliability(gradeOf(assertion, evidence)) * credibility(assertion.credibility())
        * hedge(assertion.hedge()) * basis(assertion.basis().kind()) * recency(assertion, evidence);
  }

  @Override
  public AssertionWeight explain(Assertion assertion, EvidenceBase evidence) {
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(evidence, "evidence");
    Reliability grade = gradeOf(assertion, evidence);
    double value = weigh(assertion, evidence);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(line("source reliability " + grade + " (" + grade.description() + ")",
        reliability(grade)));
    lines.add(line("information credibility " + assertion.credibility().grade() + " ("
        + assertion.credibility().description() + ")", credibility(assertion.credibility())));
    lines.add(line("hedge " + word(assertion.hedge()), hedge(assertion.hedge())));
    lines.add(line("basis " + word(assertion.basis().kind()), basis(assertion.basis().kind())));
    double t = recency(assertion, evidence);
    lines.add(asOf.isPresent()
        ? line("recency against " + asOf.get() + ", half-life " + halfLifeDays + " days", t)
        : line("recency not applied (no as-of date)", t));
    lines.add(String.format(Locale.ROOT, "weight = %.3f", value));
    return new AssertionWeight(value, lines.build());
  }

  private static Reliability gradeOf(Assertion assertion, EvidenceBase evidence) {
    return evidence.source(assertion.source()).map(s -> s.reliability()).orElse(Reliability.F);
  }

  private double recency(Assertion assertion, EvidenceBase evidence) {
    if (asOf.isEmpty()) {
      return 1.0;
    }
    TimeSpan time = BearingDerivation.timeOf(assertion, evidence);
    Optional<LocalDate> last = time.lastDay();
    if (last.isEmpty() || !last.get().isBefore(asOf.get())) {
      return 1.0;
    }
    long age = ChronoUnit.DAYS.between(last.get(), asOf.get());
    return Math.pow(2.0, -(double) age / halfLifeDays);
  }

  private static String line(String what, double factor) {
    return String.format(Locale.ROOT, "× %.3f  %s", factor, what);
  }

  /** The default law ({@link WeightPolicy#line(java.util.Collection)}), without boxing. */
  @Override
  public double line(double[] assertionWeights, int count) {
    return WeightLaws.strongest(assertionWeights, count);
  }

  /** The default law ({@link WeightPolicy#combine(java.util.Collection)}), without boxing. */
  @Override
  public double combine(double[] lineWeights, int count) {
    return WeightLaws.noisyOr(lineWeights, count);
  }

  private static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
