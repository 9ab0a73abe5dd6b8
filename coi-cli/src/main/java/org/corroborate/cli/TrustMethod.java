package org.corroborate.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.corroborate.analysis.trust.PaperMethod;
import picocli.CommandLine;

/** Reads a truth-discovery method's name ({@link PaperMethod#token()}), in any case. */
final class TrustMethod implements CommandLine.ITypeConverter<PaperMethod> {

  @Override
  public PaperMethod convert(String value) {
    return PaperMethod.byToken(value).orElseThrow(() -> new CommandLine.TypeConversionException(
        "unknown method '" + value + "'; use one of " + PaperMethod.tokens()));
  }

  /** The names, for {@code ${COMPLETION-CANDIDATES}} in help texts and for shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(PaperMethod.values()).map(PaperMethod::token).iterator();
    }
  }
}
