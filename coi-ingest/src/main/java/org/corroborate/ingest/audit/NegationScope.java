package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.text.AnalyzedTerm;
import org.corroborate.ingest.text.CoiTextAnalyzer;

/**
 * Which words of a sentence a negation governs, read after NegEx (Chapman, Bridewell, Hanbury,
 * Cooper and Buchanan 2001, "A simple algorithm for identifying negated findings and diseases in
 * discharge summaries", J Biomed Inform 34(5):301–310), with the termination terms of its successor
 * ConText (Harkema, Dowling, Thornblade and Chapman 2009, J Biomed Inform 42(5):839–851).
 *
 * <p>A <i>cue</i> opens a scope that runs forward over at most {@link #WINDOW} words and ends
 * earlier at a <i>termination</i>: punctuation ({@code , ; : . ! ? ( ) [ ]} and dashes), a
 * conjunction or relative word that starts another clause (but, however, although, though, while,
 * whereas, yet, except, nevertheless, nonetheless, which, who, whom, whose, where, because, since,
 * unless, if, when) or another cue. Cues: not, no, never, none, neither, nor, without, cannot, a
 * word ending in -n't, nobody, nothing, nowhere, no longer, deny and its forms, unable, unwilling,
 * reluctant, refuse/fail (and their forms) before "to", lack and its forms, absence, hardly,
 * barely, scarcely, "rather than", "instead of". <i>Pseudo-negations</i> contain a cue but negate
 * nothing and open no scope: "not only", "not just", "not least", "not necessarily", "not to
 * mention", "no doubt", "no matter", "whether or not", "nothing but", and a litotes, "not" or "no"
 * before a negative word within two words ("not uncommon", "not an unusual", "not rare",
 * "not impossible"), which affirms.
 *
 * <p>Immutable. Reading a text costs O(length); asking whether stems are negated costs O(length)
 * more for the analysis of the text into stems ({@link CoiTextAnalyzer}).
 */
final class NegationScope {

  /** The most words a scope runs over after its cue (NegEx's window is five terms; a COI clause is longer). */
  static final int WINDOW = 8;

  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)*|\\d+(?:[.,]\\d+)*|[,;:.!?()\\[\\]–—]|(?<=\\s)-(?=\\s)");
  private static final ImmutableSet<String> SINGLE_CUES = ImmutableSet.of(
      "not", "no", "never", "none", "neither", "nor", "without", "cannot", "nobody", "nothing",
      "nowhere", "deny", "denies", "denied", "denying", "unable", "unwilling", "reluctant", "lack",
      "lacks", "lacked", "lacking", "absence", "hardly", "barely", "scarcely");
  /** Verbs that negate the verb after "to". */
  private static final ImmutableSet<String> BEFORE_TO = ImmutableSet.of(
      "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing");
  /** The most words between two cues that cancel each other. */
  static final int DOUBLE_NEGATION = 3;

  private static final ImmutableSet<String> COORDINATING = ImmutableSet.of("neither", "nor");
  private static final ImmutableSet<String> VERBAL_CUES = ImmutableSet.of(
      "never", "cannot", "unable", "unwilling", "reluctant", "hardly", "barely", "scarcely",
      "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "failing");
  private static final ImmutableSet<String> AUXILIARIES = ImmutableSet.of(
      "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have",
      "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "need",
      "ought");
  private static final ImmutableSet<String> TERMINATIONS = ImmutableSet.of(
      "but", "however", "although", "though", "while", "whereas", "yet", "except", "nevertheless",
      "nonetheless", "which", "who", "whom", "whose", "where", "because", "since", "unless", "if",
      "when");
  /** Words after "not" that make a pseudo-negation. */
  private static final ImmutableSet<String> PSEUDO_AFTER_NOT = ImmutableSet.of(
      "only", "just", "least", "necessarily");
  /** Words after "no" that make a pseudo-negation. */
  private static final ImmutableSet<String> PSEUDO_AFTER_NO = ImmutableSet.of("doubt", "matter");
  /** Negative words that, after "not" or "no", make a litotes. */
  private static final ImmutableSet<String> NEGATIVE_WORDS = ImmutableSet.of(
      "uncommon", "unusual", "unlikely", "unknown", "unheard", "impossible", "infrequent",
      "insignificant", "unimportant", "rare", "rarely", "unreasonable", "unrelated", "unaware");
  private static final ImmutableSet<String> ARTICLES = ImmutableSet.of("a", "an", "the", "so", "that");
  private static final CoiTextAnalyzer ANALYZER = CoiTextAnalyzer.create();

  private final String text;
  /** Character spans [start, end) a negation governs, in order. */
  private final ImmutableList<int[]> scopes;

  private NegationScope(String text, List<int[]> scopes) {
    this.text = text;
    this.scopes = ImmutableList.copyOf(scopes);
  }

  /** Reads the negation scopes of {@code text}. O(length). */
  static NegationScope of(String text) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
      spans.add(new int[] {m.start(), m.end()});
    }
    List<int[]> scopes = new ArrayList<>();
    int clauseStart = 0;
    int i = 0;
    while (i < words.size()) {
      int cueLength = cue(words, i);
      if (cueLength <= 0) {
        if (cueLength == 0 && terminates(words, i)) {
          clauseStart = i + 1;
        }
        i += cueLength < 0 ? -cueLength : 1;
        continue;
      }
      int start = i + cueLength;
      int cancelling = cancelling(words, i, start);
      if (cancelling >= 0) {
        i = cancelling + cue(words, cancelling);
        continue;
      }
      int end = start;
      int counted = 0;
      while (end < words.size() && counted < WINDOW && !terminates(words, end)) {
        counted++;
        end++;
      }
      int from = verbal(words, i) && clauseStart < i ? clauseStart : start;
      if (end > from) {
        scopes.add(new int[] {spans.get(from)[0], spans.get(end - 1)[1]});
      }
      clauseStart = end;
      i = start;
    }
    return new NegationScope(text, scopes);
  }

  /**
   * The length in words of the cue starting at word {@code i}; 0 if none starts there; minus the
   * length of a pseudo-negation starting there (its words are skipped).
   */
  private static int cue(List<String> words, int i) {
    String w = words.get(i);
    String next = i + 1 < words.size() ? words.get(i + 1) : "";
    if (w.equals("whether") && next.equals("or") && i + 2 < words.size() && words.get(i + 2).equals("not")) {
      return -3;
    }
    if (w.equals("nothing") && next.equals("but")
        || w.equals("than") && next.equals("not")) {
      return -2;
    }
    if (w.equals("rather") && next.equals("than") || w.equals("instead") && next.equals("of")) {
      return 2;
    }
    if (BEFORE_TO.contains(w) && next.equals("to")) {
      return 2;
    }
    boolean contracted = w.endsWith("n't");
    if (!SINGLE_CUES.contains(w) && !contracted) {
      return 0;
    }
    if (w.equals("not") || w.equals("no") || contracted) {
      if (w.equals("not") && PSEUDO_AFTER_NOT.contains(next)) {
        return -2;
      }
      if (w.equals("not") && next.equals("to") && i + 2 < words.size() && words.get(i + 2).equals("mention")) {
        return -3;
      }
      if (w.equals("no") && PSEUDO_AFTER_NO.contains(next)) {
        return -2;
      }
      if (w.equals("no") && next.equals("longer") || w.equals("not") && next.equals("yet")) {
        return 2;
      }
      for (int k = i + 1; k < Math.min(words.size(), i + 3); k++) {
        if (NEGATIVE_WORDS.contains(words.get(k))) {
          return -(k - i + 1);
        }
        if (!ARTICLES.contains(words.get(k)) && !words.get(k).equals("be")) {
          break;
        }
      }
    }
    return 1;
  }

  /**
   * The word at which a second cue within {@link #DOUBLE_NEGATION} words after the cue at {@code
   * cue} (its words ending before {@code after}) cancels it ("not unable", "did not deny"); -1 if
   * none does. "neither" and "nor" are never cancelled (they coordinate).
   */
  private static int cancelling(List<String> words, int cue, int after) {
    if (COORDINATING.contains(words.get(cue))) {
      return -1;
    }
    for (int k = after; k < Math.min(words.size(), after + DOUBLE_NEGATION); k++) {
      String w = words.get(k);
      if (!Character.isLetterOrDigit(w.charAt(0)) || TERMINATIONS.contains(w)) {
        return -1;
      }
      if (cue(words, k) > 0) {
        return COORDINATING.contains(w) ? -1 : k;
      }
    }
    return -1;
  }

  /**
   * Whether the cue at {@code i} negates its clause, subject included: "not" after an auxiliary or
   * modal verb, a word ending in -n't, never, cannot, and the cues of inability or unwillingness;
   * other cues ("no", "without", "lack of") negate the phrase after them only.
   */
  private static boolean verbal(List<String> words, int i) {
    String w = words.get(i);
    if (w.equals("not")) {
      return i > 0 && AUXILIARIES.contains(words.get(i - 1));
    }
    return w.endsWith("n't") || VERBAL_CUES.contains(w) || w.equals("no") && i + 1 < words.size()
        && words.get(i + 1).equals("longer");
  }

  private static boolean terminates(List<String> words, int i) {
    String w = words.get(i);
    return !Character.isLetterOrDigit(w.charAt(0)) || TERMINATIONS.contains(w) || cue(words, i) != 0;
  }

  /** Whether some negation governs the character at {@code offset}. */
  boolean covers(int offset) {
    for (int[] s : scopes) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text holds any negation that governs a word. */
  boolean any() {
    return !scopes.isEmpty();
  }

  /**
   * Whether some word of the text whose stem is in {@code stems} lies in a negation's scope.
   * O(length of the text).
   */
  boolean negates(Set<String> stems) {
    if (scopes.isEmpty() || stems.isEmpty()) {
      return false;
    }
    for (AnalyzedTerm t : ANALYZER.terms(text)) {
      if (stems.contains(t.term()) && covers(t.start())) {
        return true;
      }
    }
    return false;
  }

  /** The words under a negation, each scope in brackets, for explaining a finding. */
  String explain() {
    StringBuilder out = new StringBuilder();
    for (int[] s : scopes) {
      out.append(out.length() == 0 ? "" : " ").append('[').append(text, s[0], s[1]).append(']');
    }
    return out.toString();
  }
}
