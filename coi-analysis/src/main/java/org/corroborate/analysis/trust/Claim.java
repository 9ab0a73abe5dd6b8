package org.corroborate.analysis.trust;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Objects;

/**
 * One source's claim that an object has a value: "store X lists the authors of book 0201853949
 * as {knuth}", "editor Y gives the 2006 population of Amsterdam as 741329".
 *
 * <p>Values are compared as strings: the caller normalises them first (an author list to a
 * canonical set, a number to its plain form), so that equal values are equal strings. A source
 * may claim several values for one object; each is a claim of its own.
 *
 * @param object what the claim is about, not blank
 * @param value the value claimed, normalised, not blank
 * @param source who claims it, not blank
 */
public record Claim(String object, String value, String source) {

  /** Claims by object, then value, then source. */
  public static final Comparator<Claim> ORDER = Comparator.comparing(Claim::object)
      .thenComparing(Claim::value).thenComparing(Claim::source);

  /** Validates that no part is blank. */
  public Claim {
    requireText(object, "claim object");
    requireText(value, "claim value");
    requireText(source, "claim source");
  }

  /** A claim that {@code object} has {@code value}, by {@code source}. */
  public static Claim of(String object, String value, String source) {
    return new Claim(object, value, source);
  }

  private static void requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    checkArgument(!text.isBlank(), "%s must not be blank", what);
  }
}
