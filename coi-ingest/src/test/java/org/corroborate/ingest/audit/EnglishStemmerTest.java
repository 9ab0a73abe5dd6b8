package org.corroborate.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The suffix-stripping stemmer on words of the DIS/SMA report, Russia – Conscription (2025). */
final class EnglishStemmerTest {

  private static void sameStem(List<String> words) {
    String stem = EnglishStemmer.stem(words.get(0));
    for (String w : words) {
      assertEquals(stem, EnglishStemmer.stem(w), "'" + w + "' should meet '" + words.get(0)
          + "' at one stem");
    }
  }

  @Test
  void stem_inflectionsMeet() {
    sameStem(List.of("posted", "posting", "posts", "post"));
    sameStem(List.of("conscripts", "conscript", "conscription"));
    sameStem(List.of("regions", "region"));
    sameStem(List.of("evaders", "evader"));
  }

  @Test
  void stem_britishAndAmericanSpellingsMeet() {
    sameStem(List.of("mobilisation", "mobilization", "mobilised", "mobilise"));
  }

  @Test
  void stem_doubledConsonantAndErKept() {
    sameStem(List.of("transfer", "transferred", "transfers"));
  }

  @Test
  void stem_shortWordOnlyLowerCased() {
    assertEquals("fsb", EnglishStemmer.stem("FSB"), "a word of three letters keeps its letters");
  }

  @Test
  void stem_underTurkishLocaleStillLowerCasesI() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals("ingush", EnglishStemmer.stem("INGUSH"),
          "a dotted-i locale must not change how words are compared");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void stem_differentWordsStayApart() {
    assertNotEquals(EnglishStemmer.stem("salary"), EnglishStemmer.stem("posted"),
        "unrelated words must not collapse into one stem");
  }
}
