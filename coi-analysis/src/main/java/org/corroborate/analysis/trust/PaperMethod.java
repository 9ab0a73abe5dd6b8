package org.corroborate.analysis.trust;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The truth-discovery methods with the parameters of their papers, by the name a command line or a
 * benchmark reads ({@code accucopy}, {@code mistake-lca}). The format-aware variants are not here:
 * their weight φ is in no paper.
 */
public enum PaperMethod {
  /** {@link MajorityVoting}. */
  VOTING("voting"),
  /** {@link TruthFinder#standard()}. */
  TRUTHFINDER("truthfinder"),
  /** {@link CopyAwareAccuracy} without copy detection (Accu). */
  ACCU("accu"),
  /** {@link CopyAwareAccuracy#standard()} (AccuCopy). */
  ACCU_COPY("accucopy"),
  /** {@link CopyAwareAccuracy#withSimilarity()} (AccuSim). */
  ACCU_SIM("accusim"),
  /** {@link FactFinder#sums()}. */
  SUMS("sums"),
  /** {@link FactFinder#investment()}. */
  INVESTMENT("investment"),
  /** {@link FactFinder#pooledInvestment()}. */
  POOLED_INVESTMENT("pooled-investment"),
  /** {@link LatentCredibility.Model#SIMPLE}. */
  SIMPLE_LCA("simple-lca"),
  /** {@link LatentCredibility.Model#GUESS}. */
  GUESS_LCA("guess-lca"),
  /** {@link LatentCredibility.Model#MISTAKE}. */
  MISTAKE_LCA("mistake-lca");

  private final String token;

  PaperMethod(String token) {
    this.token = token;
  }

  /** The name it is read by: lower case, words joined by hyphens. */
  public String token() {
    return token;
  }

  /** Every token, in declaration order, joined by ", ". */
  public static String tokens() {
    return Arrays.stream(values()).map(PaperMethod::token).collect(Collectors.joining(", "));
  }

  /** The method named {@code token}, in any case; empty for an unknown name. */
  public static Optional<PaperMethod> byToken(String token) {
    Objects.requireNonNull(token, "token");
    String t = token.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.token.equals(t)).findFirst();
  }

  /** A new instance of the method with its paper's parameters. */
  public TruthDiscovery method() {
    return switch (this) {
      case VOTING -> new MajorityVoting();
      case TRUTHFINDER -> TruthFinder.standard();
      case ACCU -> CopyAwareAccuracy.with(
          CopyAwareAccuracy.Parameters.paper().detectingCopies(false));
      case ACCU_COPY -> CopyAwareAccuracy.standard();
      case ACCU_SIM -> CopyAwareAccuracy.withSimilarity();
      case SUMS -> FactFinder.sums();
      case INVESTMENT -> FactFinder.investment();
      case POOLED_INVESTMENT -> FactFinder.pooledInvestment();
      case SIMPLE_LCA -> LatentCredibility.of(LatentCredibility.Model.SIMPLE);
      case GUESS_LCA -> LatentCredibility.of(LatentCredibility.Model.GUESS);
      case MISTAKE_LCA -> LatentCredibility.of(LatentCredibility.Model.MISTAKE);
    };
  }
}
