package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A categorical answer: a normalised, non-empty set of names. "Which units are conscripts from
 * Chechnya posted to?", "Who wrote this book?" are answered by a category, not a number or a yes.
 *
 * <p>Normalisation, applied at construction so that equal answers are equal values: Unicode NFKC,
 * white space collapsed to single spaces and stripped, lower case ({@link Locale#ROOT}); members
 * that normalise alike are one member. Members are kept in their natural order, so the value, its
 * text and its JSON form are the same whatever order the source named them in. Two categories agree
 * only when they are equal: "{knuth}" and "{graham, knuth}" are different answers.
 *
 * <p>Construction is O(m log m) for m members of bounded length.
 *
 * @param members the normalised members: 1 to {@value #MAX_MEMBERS}, each 1 to {@value
 *     #MAX_MEMBER_LENGTH} characters without control characters
 */
public record Category(ImmutableSortedSet<String> members) {

  /** The most members a category may have. */
  public static final int MAX_MEMBERS = 1000;

  /** The longest member accepted, in characters after normalisation. */
  public static final int MAX_MEMBER_LENGTH = 200;

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Normalises and validates the members; see the class description. */
  public Category {
    Objects.requireNonNull(members, "category members");
    members = normalised(members);
  }

  /** The category of the given names, normalised. */
  public static Category of(String... names) {
    return new Category(ImmutableSortedSet.copyOf(Arrays.asList(names)));
  }

  /** The category of the given names, normalised. */
  public static Category of(Collection<String> names) {
    Objects.requireNonNull(names, "category members");
    return new Category(ImmutableSortedSet.copyOf(names));
  }

  /** How a single name is normalised: NFKC, white space collapsed, stripped, lower case. */
  public static String normalise(String name) {
    Objects.requireNonNull(name, "category member");
    String n = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" ")
        .strip().toLowerCase(Locale.ROOT);
    checkArgument(!n.isEmpty(), "a category member must not be blank");
    if (n.length() > MAX_MEMBER_LENGTH) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a category member is longer than %d characters: '%s…'", MAX_MEMBER_LENGTH, n.substring(0, 40)));
    }
    for (int i = 0; i < n.length(); i++) {
      if (Character.isISOControl(n.charAt(i))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "category member '%s' contains control character U+%04X", n, (int) n.charAt(i)));
      }
    }
    return n;
  }

  private static ImmutableSortedSet<String> normalised(Collection<String> names) {
    checkArgument(!names.isEmpty(), "a category has at least one member");
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String name : names) {
      out.add(normalise(name));
    }
    ImmutableSortedSet<String> set = out.build();
    checkArgument(set.size() <= MAX_MEMBERS, "a category has at most %s members, not %s", MAX_MEMBERS,
        set.size());
    return set;
  }

  /** The members in braces, comma-separated: {@code {graham, knuth}}. */
  @Override
  public String toString() {
    return "{" + String.join(", ", members) + "}";
  }
}
