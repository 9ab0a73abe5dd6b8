package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.text.AnalyzedTerm;
import org.corroborate.ingest.text.CoiTextAnalyzer;

/**
 * What the audit compares of a text: the stems of its content words, the stems of its names and
 * places, and its numbers.
 *
 * <p>Words are read by {@link CoiTextAnalyzer}, the text-analysis stack the search uses too
 * (Unicode word breaks, possessives dropped, lower case, accents folded, British and American
 * spellings brought together, Porter stems). A content word is a word that starts with a letter,
 * has at least three characters (its possessive left out) and is not in {@link #STOP_WORDS}
 * (function words, reporting verbs such as "stated", and the words a report uses for its sources)
 * nor one of the analyzer's stop words; it is compared by its stem. A name is a content word written with a capital
 * that does not start a sentence ("Kursk", "Rosgvardia", "Ministry"). A number is written in digits,
 * with thousands grouped by commas or spaces ({@code 2,000}, {@code 300 000}) or not, possibly a
 * decimal ({@code 1.5}) or a percentage ({@code 30 %}, {@code 30 percent}); in a paragraph that is
 * compared with a statement, number words count too ("three" is 3, "half" is 50). A number right
 * after "section", "chapter", "annex", "page", "paragraph", "footnote" or "article" is a reference,
 * not a figure, and is left out, as is the number of an item of a numbered list ({@code 2. Category
 * B}, at the start of the text or of a sentence). HTML tags ({@code 11<sup>th</sup>}) are read as
 * spaces.
 *
 * @param stems the stems of the content words, names included, in order of first appearance
 * @param names the stems of the names
 * @param numbers the numbers, normalised ({@code 2,000} is {@code 2000}), each mapped to the way
 *     it was first written
 */
record Terms(ImmutableSet<String> stems, ImmutableSet<String> names, ImmutableMap<String, String> numbers) {

  /** Words that carry no content of their own in a COI statement. */
  static final ImmutableSet<String> STOP_WORDS = ImmutableSet.of(
      "the", "and", "for", "are", "was", "were", "but", "not", "any", "all", "can", "had", "has",
      "have", "his", "her", "its", "our", "out", "who", "whom", "whose", "why", "how", "one", "ones",
      "that", "this", "these", "those", "with", "from", "been", "being", "which", "their", "there",
      "they", "them", "than", "then", "also", "into", "onto", "only", "such", "some", "more",
      "most", "much", "many", "will", "would", "could", "should", "might", "must", "may", "shall",
      "about", "according", "source", "sources", "said", "says", "say", "stated", "states",
      "state", "explained", "explains", "noted", "notes", "mentioned", "mentions", "added",
      "adds", "told", "tells", "believed", "believes", "believe", "assessed", "assesses",
      "emphasised", "emphasized", "underlined", "pointed", "referred", "reported", "reports",
      "interviewed", "interlocutor", "interlocutors", "does", "did", "doing", "done", "other",
      "others", "another", "when", "what", "where", "while", "after", "before", "because", "very",
      "however", "therefore", "thus", "although", "though", "even", "still", "yet", "just",
      "well", "each", "every", "both", "either", "neither", "nor", "per", "via", "upon", "within",
      "without", "between", "among", "under", "over", "through", "during", "against", "towards",
      "toward", "fact", "instance", "example", "regard", "regarding", "concerning", "way", "ways",
      "thing", "things", "like", "also", "there", "here", "whether", "if", "then", "now", "since",
      "until", "able", "unable", "known", "aware", "case", "cases", "general", "generally",
      "usually", "often", "sometimes", "always", "never", "perhaps", "probably", "possible",
      "possibly", "likely", "certain", "certainly", "same", "own", "further", "furthermore",
      "moreover", "addition", "additionally", "its", "itself", "themselves", "him", "she", "you",
      "your", "yes", "information", "knowledge", "opinion", "view", "views", "according", "than",
      "too", "get", "gets", "got", "give", "given", "make", "makes", "made", "take", "takes",
      "taken", "put", "use", "used", "uses", "using", "way", "expert", "experts", "several",
      "opined", "opines", "conveyed", "conveys", "elaborated", "elaborates", "claimed", "claims",
      "consulted", "corroborates", "corroborated", "corroborate", "picture", "explaining",
      "approximates", "described", "describes", "highlighted", "highlights", "indicated",
      "indicates", "confirmed", "confirms", "estimated", "estimates");

  private static final ImmutableMap<String, String> NUMBER_WORDS = ImmutableMap.<String, String>builder()
      .put("two", "2").put("three", "3").put("four", "4").put("five", "5").put("six", "6")
      .put("seven", "7").put("eight", "8").put("nine", "9").put("ten", "10").put("eleven", "11")
      .put("twelve", "12").put("fifteen", "15").put("twenty", "20").put("thirty", "30")
      .put("forty", "40").put("fifty", "50").put("hundred", "100").put("thousand", "1000")
      .put("half", "50").put("dozen", "12").put("twice", "2").build();

  /** The chain that reads words, shared with the search. */
  private static final CoiTextAnalyzer ANALYZER = CoiTextAnalyzer.create();

  /** A word as the number words are looked for. */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?![\\d])|\\d+(?:\\.\\d+)?)"
          + "(\\s*(?:%|per ?cent))?");
  private static final Pattern REFERENCE_BEFORE = Pattern.compile(
      "(?i)(?:section|chapter|annex|page|pages|p\\.|paragraph|paragraphs|para\\.|footnote|article|"
          + "articles|no\\.|number)\\s*$");
  private static final Pattern TAG = Pattern.compile("<[^>]{1,20}>");
  private static final Pattern ENUMERATOR_AFTER = Pattern.compile("[.)]\\s+\\p{Lu}");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"“(\\[]\\s*$");

  /** Reads the content of {@code text}; number words count when {@code numberWords} is set. */
  static Terms of(String text, boolean numberWords) {
    return of(text, numberWords, Set.of());
  }

  /**
   * Reads the content of {@code raw}, HTML tags removed; number words count when {@code
   * numberWords} is set; the words in {@code ignored} (lower case) are left out.
   */
  static Terms of(String raw, boolean numberWords, Set<String> ignored) {
    String text = TAG.matcher(raw).replaceAll(" ");
    Set<String> stems = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    Map<String, String> numbers = new LinkedHashMap<>();
    if (numberWords) {
      Matcher w = WORD.matcher(text);
      while (w.find()) {
        String lower = w.group().toLowerCase(Locale.ROOT);
        if (NUMBER_WORDS.containsKey(lower)) {
          numbers.putIfAbsent(NUMBER_WORDS.get(lower), w.group());
        }
      }
    }
    for (AnalyzedTerm term : ANALYZER.terms(text)) {
      String word = term.surface(text);
      String lower = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
      if (!Character.isLetter(word.charAt(0)) || lower.length() < 3 || STOP_WORDS.contains(lower)
          || ignored.contains(lower)) {
        continue;
      }
      stems.add(term.term());
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean startsSentence = term.start() == 0
          || SENTENCE_END.matcher(text.substring(Math.max(0, term.start() - 3), term.start())).find();
      if (capital && !startsSentence) {
        names.add(term.term());
      }
    }
    Matcher n = NUMBER.matcher(text);
    while (n.find()) {
      String before = text.substring(Math.max(0, n.start() - 12), n.start());
      if (REFERENCE_BEFORE.matcher(before).find() || isEnumerator(text, n)) {
        continue;
      }
      String value = n.group(1).replaceAll("[,\\u00a0\\u202f ]", "");
      numbers.putIfAbsent(value, n.group().strip());
    }
    return new Terms(ImmutableSet.copyOf(stems), ImmutableSet.copyOf(names), ImmutableMap.copyOf(numbers));
  }

  /** Whether the number found starts an item of a numbered list ({@code 2. Category B}). */
  private static boolean isEnumerator(String text, Matcher n) {
    String gap = text.substring(0, n.start());
    String before = gap.stripTrailing();
    boolean atItemStart = before.isEmpty() || ".:;!?".indexOf(before.charAt(before.length() - 1)) >= 0
        || gap.substring(before.length()).indexOf('\n') >= 0;
    return atItemStart && n.group(2) == null && ENUMERATOR_AFTER.matcher(text).region(n.end(), text.length()).lookingAt();
  }

  /** Whether {@code number} (normalised) is a year between 1900 and 2099. */
  static boolean isYear(String number) {
    return number.matches("(19|20)\\d\\d");
  }
}
