package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
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
   * Returns {@code text} without leading and trailing white space, in Unicode normalisation form C,
   * rejecting null, blank text, control characters other than line breaks and tabs, unpaired
   * surrogates (no character at all), the bidirectional embedding, override and isolate controls
   * (U+202A–U+202E, U+2066–U+2069: they reorder what a reader sees, so a name would display
   * other than it reads), and the invisible U+200B zero-width space, U+2060 word joiner and U+FEFF
   * byte-order mark inside text (two names that look equal would differ). The zero-width
   * (non-)joiners U+200C and U+200D stay: Persian and Indic scripts need them.
   */
  static String require(String text, String what) {
    Objects.requireNonNull(text, what);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank", what);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c >= ' ' && c < '\u007f') {
        continue; // printable ASCII: the common case, checked at once
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
        throw rejected(what, "contains control character", c, i);
      }
      if (Character.isHighSurrogate(c) && i + 1 < stripped.length()
          && Character.isLowSurrogate(stripped.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s contains an unpaired surrogate U+%s at index %d: the text is not valid Unicode",
            what, hex(c), i));
      }
      if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s contains the bidirectional control U+%s at index %d, which reorders what is shown",
            what, hex(c), i));
      }
      if (c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
        throw rejected(what, "contains the invisible character", c, i);
      }
    }
    return Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
        ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
  }

  private static IllegalArgumentException rejected(String what, String problem, char c, int i) {
    return new IllegalArgumentException(String.format(Locale.ROOT, "%s %s U+%s at index %d", what,
        problem, hex(c), i));
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "%04X", (int) c);
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

  /**
   * The text with every letter of a script other than Latin followed by its code point, so that a
   * message can show why two names that look alike are different strings: "Gаzeta" with a
   * Cyrillic "а" reads "Gа⟨U+0430⟩zeta". O(length).
   */
  static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      out.appendCodePoint(cp);
      int script = com.ibm.icu.lang.UScript.getScript(cp);
      if (script != com.ibm.icu.lang.UScript.LATIN && script != com.ibm.icu.lang.UScript.COMMON
          && script != com.ibm.icu.lang.UScript.INHERITED) {
        out.append(String.format(java.util.Locale.ROOT, "⟨U+%04X⟩", cp));
      }
    });
    return out.toString();
  }
}
