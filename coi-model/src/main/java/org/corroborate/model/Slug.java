package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifiers of the model: lower-case ASCII slugs matching {@code [a-z0-9]+(-[a-z0-9]+)*}.
 *
 * <p>Slugs are computed with {@link Locale#ROOT}, never the default locale, so the same name gives
 * the same id on every machine (under a Turkish default locale {@code "I".toLowerCase()} is a
 * dotless {@code "ı"}; here it is always {@code "i"}). Letters with diacritics lose them
 * (Unicode canonical decomposition, NFD), every other run of non-alphanumeric characters becomes
 * one hyphen.
 */
public final class Slug {

  /** The longest id accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private Slug() {}

  /**
   * Derives a slug from free text: {@code "Journalist Irina Novik"} gives {@code
   * "journalist-irina-novik"}, {@code "Novaya Gazeta Europe"} gives {@code "novaya-gazeta-europe"}.
   * Runs in time linear in the text's length.
   *
   * @throws IllegalArgumentException if the text has no ASCII letter or digit once diacritics are
   *     removed (for example text in Cyrillic script only), or gives a slug longer than {@link
   *     #MAX_LENGTH}
   */
  public static String of(String text) {
    Objects.requireNonNull(text, "text");
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    String slug = NON_ALPHANUMERIC.matcher(ascii).replaceAll("-");
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    slug = slug.substring(start, end);
    checkArgument(!slug.isEmpty(), "text has no ASCII letter or digit to make an id from: '%s'", text);
    checkArgument(
        slug.length() <= MAX_LENGTH, "id made from text is longer than %s characters", MAX_LENGTH);
    return slug;
  }

  /** Whether {@code id} is a valid slug. */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    // [a-z0-9]+(-[a-z0-9]+)*, scanned by hand: ids are checked for every record built
    boolean afterHyphen = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Returns {@code id} if it is a valid slug.
   *
   * @param what names the id in the message, for example {@code "source id"}
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is not a slug
   */
  public static String require(String id, String what) {
    Objects.requireNonNull(id, what);
    checkArgument(
        isValid(id),
        "%s must be a lower-case slug [a-z0-9-] of at most %s characters: '%s'",
        what,
        MAX_LENGTH,
        id);
    return id;
  }
}
