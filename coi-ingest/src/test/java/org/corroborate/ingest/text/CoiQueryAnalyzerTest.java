package org.corroborate.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/** The query-time chain: the COI synonyms, single- and multi-word. */
final class CoiQueryAnalyzerTest {

  private static final CoiQueryAnalyzer QUERIES = CoiQueryAnalyzer.create();

  private static Set<String> terms(Analyzer analyzer, String text) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    }
    return out;
  }

  private static String query(String words) {
    return new QueryBuilder(QUERIES).createBooleanQuery("f", words, BooleanClause.Occur.SHOULD).toString();
  }

  @Test
  void synonyms_multiWordQueryFindsOneWordSynonym() {
    String q = query("call-up papers");
    assertTrue(q.contains("f:summon"), "call-up papers are a summons: " + q);
    assertTrue(q.contains("f:povestka"), "… a povestka: " + q);
    assertTrue(q.contains("+f:call +f:up +f:paper"), "the words themselves stay one path: " + q);
  }

  @Test
  void synonyms_oneWordQueryFindsMultiWordSynonym() {
    String q = query("AWOL");
    assertTrue(q.contains("+f:absenc +f:without +f:leav"),
        "AWOL is absence without leave, all three words needed: " + q);
    assertTrue(q.contains("f:desert"), "… and desertion: " + q);
  }

  @Test
  void synonyms_inflectedQueryStillMatches() throws IOException {
    assertTrue(terms(QUERIES, "draft dodgers").contains("evas"),
        "an entry matches whatever the inflection of the query's words");
    assertTrue(terms(QUERIES, "the voenkomats").contains("commissariat"));
  }

  @Test
  void synonyms_stopWordsInsideAnEntryDoNotBlockIt() throws IOException {
    assertTrue(terms(QUERIES, "bullying in the army").contains("dedovshchina"),
        "an entry with stop words matches the query with the same stop words");
  }

  @Test
  void synonyms_britishAndAmericanSpellingsAlike() throws IOException {
    assertEquals(terms(QUERIES, "mobilisation"), terms(QUERIES, "mobilization"));
  }

  @Test
  void synonyms_wordsWithoutSynonymsPassUnchanged() throws IOException {
    assertEquals(terms(CoiTextAnalyzer.create(), "barracks food"), terms(QUERIES, "barracks food"));
  }

  @Test
  void parse_customList() throws IOException {
    CoiQueryAnalyzer custom = CoiQueryAnalyzer.withSynonyms(CoiSynonyms.parse("oblast, region\n"));
    assertEquals(Set.of("oblast", "region"), terms(custom, "oblasts"));
  }

  @Test
  void parse_entryOfStopWordsOnlyIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CoiSynonyms.parse("the, it\n"));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("'the' has no words but stop words"),
        e.getMessage());
  }
}
