package org.corroborate.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The normalisation of an author list that the Book evaluation compares: the set of the authors'
 * surnames, lower case, letters and digits only, written {@code surname|surname|…} in string
 * order.
 *
 * <ol>
 *   <li>HTML entities are decoded ({@code E&oacute;in} → {@code Eóin}), accents dropped (NFD,
 *       combining marks removed), everything lower-cased with {@link Locale#ROOT}.
 *   <li>Role marks in parentheses ({@code (Author)}, {@code (Joint Author)}, {@code (Editor)})
 *       separate authors; other parenthesised text (an affiliation) is dropped.
 *   <li>Authors are separated by {@code ;}, {@code /}, {@code &}, {@code and}, {@code with}, and
 *       by {@code by} before a name.
 *   <li>Within one piece, commas either separate "Surname, Given names" or list "Given Surname"
 *       names: when the first comma-separated part is one word (initials aside), the parts are
 *       surname, given names, surname, given names, …; otherwise each part is a full name.
 *   <li>A full name's surname is its last word that is not an initial or a suffix ({@code jr},
 *       {@code phd}, {@code ii}); role words ({@code editor}, {@code foreword}, {@code translator},
 *       {@code et al}) are dropped; apostrophes and hyphens vanish ({@code O'Leary} → {@code
 *       oleary}).
 *   <li>{@code Not Available}, {@code N/A}, {@code Unknown} and empty lists claim nothing.
 * </ol>
 *
 * <p>Surnames only, because stores differ mostly in given names and initials ("Knuth", "Knuth,
 * Donald E.", "Donald E. Knuth" are one author); two authors sharing a surname count once.
 */
final class AuthorNames {

  private static final Pattern ENTITY_LETTER =
      Pattern.compile("&([a-zA-Z])(acute|grave|uml|circ|tilde|cedil|ring|slash|caron);");
  private static final Pattern ROLE_MARK = Pattern.compile(
      "\\((?:joint )?(?:author|authors|editor|editors|ed|eds|illustrator|translator|contributor|"
          + "foreword|introduction|compiler)[^)]*\\)");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern SEPARATORS =
      Pattern.compile(";|/|&|\\|| and | with |\\bby\\b|\\bedited\\b");
  private static final Set<String> DROPPED = Set.of("by", "edited", "editor", "editors", "ed",
      "eds", "foreword", "introduction", "translated", "translator", "illustrator", "author",
      "authors", "joint", "contributor", "et", "al", "jr", "sr", "ii", "iii", "iv", "phd", "md",
      "dr", "prof", "mr", "mrs", "ms");
  private static final Set<String> NOTHING = Set.of("", "not available", "n/a", "na", "unknown",
      "none", "various", "various authors");

  private AuthorNames() {}

  /** The normalised author set of {@code authors}, empty when it names no author. */
  static Optional<String> normalise(String authors) {
    String text = ENTITY_LETTER.matcher(authors).replaceAll("$1").replace("&amp;", "&")
        .replaceAll("&[a-zA-Z]+;", "");
    text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).trim();
    if (NOTHING.contains(text.replaceAll("[.\\s]+$", ""))) {
      return Optional.empty();
    }
    text = ROLE_MARK.matcher(text).replaceAll(";");
    text = PARENTHESES.matcher(text).replaceAll(" ");
    TreeSet<String> surnames = new TreeSet<>();
    for (String piece : SEPARATORS.split(text)) {
      List<List<String>> parts = new ArrayList<>();
      for (String part : piece.split(",")) {
        List<String> words = words(part);
        if (!words.isEmpty()) {
          parts.add(words);
        }
      }
      if (parts.isEmpty()) {
        continue;
      }
      boolean surnameFirst = parts.size() > 1 && names(parts.get(0)).size() == 1;
      for (int i = 0; i < parts.size(); i++) {
        if (surnameFirst && i % 2 == 1) {
          continue;
        }
        List<String> names = names(parts.get(i));
        List<String> candidates = names.isEmpty() ? parts.get(i) : names;
        surnames.add(candidates.get(candidates.size() - 1));
      }
    }
    return surnames.isEmpty() ? Optional.empty() : Optional.of(String.join("|", surnames));
  }

  /** The words of a name, without role words, apostrophes, hyphens or dots. */
  private static List<String> words(String part) {
    List<String> words = new ArrayList<>();
    for (String w : part.split("[\\s.]+")) {
      String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!word.isEmpty() && !DROPPED.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** The words that are not initials. */
  private static List<String> names(List<String> words) {
    return words.stream().filter(w -> w.length() > 1).toList();
  }

  /** For tests: the normalised set as a list. */
  static List<String> surnames(String authors) {
    return normalise(authors).map(s -> Arrays.asList(s.split("\\|"))).orElse(List.of());
  }
}
