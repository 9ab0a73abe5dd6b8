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
 *   <li>A name run into the next without a space ({@code RichardBagui}: a capital, three lower-case
 *       letters or more, a capital) is split before lower-casing ({@code McReynolds} is not).
 *   <li>Comma-separated parts glued without separators, {@code Surname, Given Surname, Given}
 *       (every middle part holding a given name and the next surname), name the first part and
 *       each middle part's last name; a part of initials alone ({@code Redivo Zaglia, M.}) names
 *       nobody; a surname particle ({@code de}, {@code van}, {@code der}, {@code von}, …) followed
 *       by another word is dropped, so {@code De Palma, Paul}, {@code Paul de Palma} and {@code
 *       Palma} are one.
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
  /** Surname particles, dropped when a name follows them ("De Palma" and "Palma" are one). */
  private static final Set<String> PARTICLES = Set.of("de", "van", "der", "von", "den", "da",
      "di", "du", "del", "della", "des", "le", "la", "dos", "ten", "ter");
  /** A word glued to the next name, "RichardBagui": three lower-case letters, then a capital. */
  private static final Pattern GLUED =
      Pattern.compile("(?<=\\p{Lu}\\p{Ll}{3,30})(?=\\p{Lu}\\p{Ll})");
  private static final Set<String> NOTHING = Set.of("", "not available", "n/a", "na", "unknown",
      "none", "various", "various authors");

  private AuthorNames() {}

  /** The normalised author set of {@code authors}, empty when it names no author. */
  static Optional<String> normalise(String authors) {
    String text = ENTITY_LETTER.matcher(authors).replaceAll("$1").replace("&amp;", "&")
        .replaceAll("&[a-zA-Z]+;", "");
    text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    text = GLUED.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).trim();
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
      if (surnameFirst && chained(parts)) {
        // "Surname, Given Surname, Given Surname, Given": each middle part ends a name
        for (int i = 0; i < parts.size() - 1; i++) {
          List<String> names = names(parts.get(i));
          surnames.add(names.get(names.size() - 1));
        }
        continue;
      }
      for (int i = 0; i < parts.size(); i++) {
        if (surnameFirst && i % 2 == 1) {
          continue;
        }
        List<String> names = names(parts.get(i));
        if (names.isEmpty() && parts.size() > 1) {
          continue; // initials alone ("Redivo Zaglia, M.") are a given name, not an author
        }
        List<String> candidates = names.isEmpty() ? parts.get(i) : names;
        surnames.add(candidates.get(candidates.size() - 1));
      }
    }
    return surnames.isEmpty() ? Optional.empty() : Optional.of(String.join("|", surnames));
  }

  /**
   * Whether comma-separated parts that start with a lone surname are a list glued without
   * separators, "Surname, Given Surname, Given Surname, Given": three parts or more, and every
   * middle part holds at least two names (a given name and the next author's surname), where the
   * alternating form "Surname, Given, Surname, Given" has a lone surname every other part.
   */
  private static boolean chained(List<List<String>> parts) {
    if (parts.size() < 3) {
      return false;
    }
    for (int i = 1; i < parts.size() - 1; i++) {
      if (names(parts.get(i)).size() < 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of a name, without role words, apostrophes, hyphens or dots, and without surname
   * particles followed by another word.
   */
  private static List<String> words(String part) {
    List<String> words = new ArrayList<>();
    for (String w : part.split("[\\s.]+")) {
      String word = w.replaceAll("[^\\p{L}\\p{N}]", "");
      if (!word.isEmpty() && !DROPPED.contains(word)) {
        words.add(word);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (!(PARTICLES.contains(words.get(i)) && i + 1 < words.size())) {
        out.add(words.get(i));
      }
    }
    return out;
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
