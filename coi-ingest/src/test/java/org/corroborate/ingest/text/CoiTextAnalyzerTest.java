package org.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The index-time chain on words of the DIS/SMA report, Russia – Conscription (2025). */
final class CoiTextAnalyzerTest {

  private static final CoiTextAnalyzer ANALYZER = CoiTextAnalyzer.create();

  private static void sameStem(List<String> words) {
    List<String> stem = ANALYZER.stems(words.get(0));
    assertEquals(1, stem.size(), "'" + words.get(0) + "' is one term: " + stem);
    for (String w : words) {
      assertEquals(stem, ANALYZER.stems(w), "'" + w + "' should meet '" + words.get(0) + "' at one stem");
    }
  }

  @Test
  void stems_inflectionsMeet() {
    sameStem(List.of("posted", "posting", "posts", "post"));
    sameStem(List.of("conscripts", "conscript", "conscription", "conscripted"));
    sameStem(List.of("regions", "region"));
    sameStem(List.of("evaders", "evader"));
    sameStem(List.of("transfer", "transferred", "transfers"));
  }

  @Test
  void stems_britishAndAmericanSpellingsMeet() {
    sameStem(List.of("mobilisation", "mobilization", "mobilised", "mobilized", "mobilise"));
    sameStem(List.of("defence", "defense"));
    sameStem(List.of("offence", "offense"));
    sameStem(List.of("centre", "center"));
    sameStem(List.of("labour", "labor"));
    sameStem(List.of("analysed", "analyzed"));
  }

  @Test
  void stems_possessiveAndCaseDropped() {
    assertEquals(List.of("conscript", "rel"), ANALYZER.stems("The Conscript's relatives"),
        "the possessive, the capital and the stop word 'the' go");
  }

  @Test
  void stems_accentsFolded() {
    assertEquals(ANALYZER.stems("Tiraspol"), ANALYZER.stems("Tiraspól"));
  }

  @Test
  void stems_underTurkishLocaleStillLowerCasesI() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(List.of("ingush"), ANALYZER.stems("INGUSH"),
          "a dotted-i locale must not change how words are compared");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void stems_differentWordsStayApart() {
    assertNotEquals(ANALYZER.stems("salary"), ANALYZER.stems("posted"),
        "unrelated words must not collapse into one stem");
  }

  @Test
  void terms_giveWhereEachWordWasRead() {
    String text = "Call-up papers, 2,000 of them.";
    List<AnalyzedTerm> terms = ANALYZER.terms(text);
    assertEquals(List.of("call", "up", "paper", "2,000", "them"),
        terms.stream().map(AnalyzedTerm::term).toList(),
        "a hyphen breaks words, a grouped number stays one, 'of' is a stop word");
    assertEquals("papers", terms.get(2).surface(text));
  }
}
