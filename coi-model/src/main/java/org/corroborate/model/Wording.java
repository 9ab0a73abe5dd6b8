package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Rules for the human-readable text held by model values: names, labels, questions, quotes. */
final class Wording {

  private Wording() {}

  /**
   * Returns {@code text} without leading and trailing white space, rejecting null, blank text and
   * control characters other than line breaks and tabs.
   */
  static String require(String text, String what) {
    Objects.requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank", what);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      checkArgument(
          !Character.isISOControl(c) || c == '\n' || c == '\t' || c == '\r',
          "%s contains control character U+%s at index %s",
          what,
          String.format(Locale.ROOT, "%04X", (int) c),
          i);
    }
    return stripped;
  }

  /** {@link #require} applied to the content of an optional, which itself must not be null. */
  static Optional<String> optional(Optional<String> text, String what) {
    Objects.requireNonNull(text, what);
    return text.map(t -> require(t, what));
  }

  /** Requires the optional id, when present, to be a slug. */
  static Optional<String> optionalSlug(Optional<String> id, String what) {
    Objects.requireNonNull(id, what);
    id.ifPresent(i -> Slug.require(i, what));
    return id;
  }

  /** Copies a collection of texts, applying {@link #require} to each and rejecting repeats. */
  static ImmutableList<String> distinct(Collection<String> texts, String what) {
    Objects.requireNonNull(texts, what);
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(texts.size());
    Set<String> seen = new HashSet<>();
    for (String text : texts) {
      String t = require(text, what);
      checkArgument(seen.add(t), "%s repeated: '%s'", what, t);
      out.add(t);
    }
    return out.build();
  }
}
