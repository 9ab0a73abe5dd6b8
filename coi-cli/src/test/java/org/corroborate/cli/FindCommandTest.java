package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.ingest.search.EvidenceSearch;
import org.corroborate.ingest.search.SearchResult;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/** {@code coi find} on the bundled reference corpus. */
final class FindCommandTest {

  private static final EvidenceBase REFERENCE = ReferenceCorpora.russiaConscription2025();

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void find_json_exactKeysAndTheLibrarysResults() throws IOException {
    Run r = Run.coi("find", "call-up", "papers", "--limit", "3", "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("query", "results"), keys(root));
    assertEquals("call-up papers", root.get("query").asText());
    List<SearchResult> expected = EvidenceSearch.over(REFERENCE).search("call-up papers", 3);
    assertEquals(expected.size(), root.get("results").size());
    for (int i = 0; i < expected.size(); i++) {
      JsonNode result = root.get("results").get(i);
      SearchResult e = expected.get(i);
      assertEquals(List.of("proposition", "text", "topic", "score", "matches"), keys(result));
      assertEquals(e.proposition().id(), result.get("proposition").asText());
      assertEquals(e.proposition().text(), result.get("text").asText());
      assertEquals(e.proposition().topic(), result.get("topic").asText());
      assertEquals(e.score(), result.get("score").asDouble(), 0.00005, "scores are rounded to four decimals");
      assertEquals(e.matches().size(), result.get("matches").size());
      for (int j = 0; j < e.matches().size(); j++) {
        JsonNode line = result.get("matches").get(j);
        assertEquals(List.of("assertion", "source", "passages", "quote", "hedge", "quantifier",
            "basis", "value", "time", "selector"), keys(line), "an evidence line, exactly");
        assertEquals(e.matches().get(j).assertion().id(), line.get("assertion").asText());
        assertEquals(e.matches().get(j).quote(), line.get("quote").asText(), "the quote unmarked");
      }
    }
  }

  @Test
  void find_json_wordsTheCorpusDoesNotUseFindItsWords() throws IOException {
    Run r = Run.coi("find", "AWOL", "--format", "json");
    assertEquals(Coi.OK, r.code(), r.err());
    JsonNode results = new ObjectMapper().readTree(r.out()).get("results");
    assertEquals(10, results.size(), "the default limit");
    assertTrue(results.get(0).get("topic").asText().equals("awol"), results.get(0).toString());
    String quote = results.get(0).get("matches").get(0).get("quote").asText().toLowerCase(java.util.Locale.ROOT);
    assertTrue(quote.contains("absence without leave") || quote.contains("desert"), quote);
  }

  @Test
  void find_text_rankIdTopicScoreAndHighlightedQuotesWithTheirPassage() {
    Run r = Run.coi("find", "draft", "dodger", "punishment", "-n", "2");
    assertEquals(Coi.OK, r.code(), r.err());
    SearchResult first = EvidenceSearch.over(REFERENCE).search("draft dodger punishment", 2).get(0);
    assertTrue(r.out().contains("1. " + first.proposition().id() + ": " + first.proposition().text()), r.out());
    assertTrue(r.out().contains("topic " + first.proposition().topic() + " ("), r.out());
    assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "score %.2f", first.score())), r.out());
    assertTrue(r.out().contains("2. "), r.out());
    assertTrue(r.out().contains("«fine»"), "the matching words are marked: " + r.out());
    assertTrue(r.out().matches("(?s).*- [^\\n]+, minutes-[a-z-]+ ¶\\d+:.*"),
        "each match names its source and passage: " + r.out());
  }

  @Test
  void find_nothingFound_saysSo() {
    Run r = Run.coi("find", "xylophone");
    assertEquals(Coi.OK, r.code(), r.err());
    assertTrue(r.out().startsWith("Nothing found for 'xylophone'"), r.out());
  }

  @Test
  void find_stopWordsOnly_isAUsageError() {
    Run r = Run.coi("find", "the", "of");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().contains("only stop words"), r.err());
  }

  @Test
  void find_limitBelowOne_isAUsageError() {
    Run r = Run.coi("find", "summons", "--limit", "0");
    assertEquals(Coi.USAGE, r.code());
    assertTrue(r.err().contains("--limit must be at least 1"), r.err());
  }

  @Test
  void find_noWords_isAUsageError() {
    assertEquals(Coi.USAGE, Run.coi("find").code());
  }
}
