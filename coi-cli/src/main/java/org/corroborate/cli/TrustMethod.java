package org.corroborate.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corroborate.analysis.trust.CopyAwareAccuracy;
import org.corroborate.analysis.trust.FactFinder;
import org.corroborate.analysis.trust.LatentCredibility;
import org.corroborate.analysis.trust.MajorityVoting;
import org.corroborate.analysis.trust.TruthDiscovery;
import org.corroborate.analysis.trust.TruthFinder;
import picocli.CommandLine;

/** The truth-discovery methods the command line offers, by the token it reads. */
enum TrustMethod {
  VOTING("voting"),
  TRUTHFINDER("truthfinder"),
  ACCU("accu"),
  ACCU_COPY("accucopy"),
  ACCU_SIM("accusim"),
  SUMS("sums"),
  INVESTMENT("investment"),
  POOLED_INVESTMENT("pooled-investment"),
  SIMPLE_LCA("simple-lca"),
  GUESS_LCA("guess-lca"),
  MISTAKE_LCA("mistake-lca");

  /** The tokens, for help texts. */
  static final String TOKENS = Arrays.stream(values()).map(m -> m.token)
      .collect(Collectors.joining(", "));

  private final String token;

  TrustMethod(String token) {
    this.token = token;
  }

  /** The method with the parameters of its paper. */
  TruthDiscovery method() {
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

  /** Reads a method's token, in any case. */
  static final class Converter implements CommandLine.ITypeConverter<TrustMethod> {
    @Override
    public TrustMethod convert(String value) {
      for (TrustMethod m : values()) {
        if (m.token.equals(value.toLowerCase(Locale.ROOT))) {
          return m;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown method '" + value + "'; use one of " + TOKENS);
    }
  }
}
