package org.corroborate.ingest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/** Search over the excerpt of DIS/SMA, Russia – Conscription (2025), sections 6.2–6.3. */
final class EvidenceSearchTest {

  private static final EvidenceBase EXCERPT = RussiaConscriptionExcerpt.evidenceBase();
  private static final EvidenceSearch SEARCH = EvidenceSearch.over(EXCERPT);

  private static List<String> ids(List<SearchResult> results) {
    return results.stream().map(r -> r.proposition().id()).toList();
  }

  @Test
  void search_textMatchRanksFirst() {
    List<SearchResult> results = SEARCH.search("how many conscripts died in Kursk", 3);
    assertEquals("killed-in-kursk", results.get(0).proposition().id(),
        "the proposition whose text names Kursk and its dead comes first: " + ids(results));
  }

  @Test
  void search_synonymFindsWordsTheCorpusDoesNotUse() {
    List<SearchResult> results = SEARCH.search("deployed to the war zone", 20);
    assertFalse(results.isEmpty(), "'deployed' is a synonym of 'posted'");
    assertTrue(results.get(0).proposition().id().startsWith("posted-in-"), ids(results).toString());
  }

  @Test
  void search_matchesAreTheQuotesWithTheWordHighlighted() {
    SearchResult kursk = SEARCH.search("killed in Kursk", 1).get(0);
    assertEquals("killed-in-kursk", kursk.proposition().id());
    assertEquals(List.of("novik-17-killed", "aliyev-74-killed"),
        kursk.matches().stream().map(m -> m.assertion().id()).toList(),
        "both quotes name Kursk; the one that also says 'killed' first");
    assertEquals("At least 13 Russian conscripts «killed» in «Kursk» region.",
        kursk.matches().get(0).highlightedQuote());
    assertEquals("probably over a thousand conscripts lost their lives since the start of the"
        + " «Kursk» incursion", kursk.matches().get(1).highlightedQuote());
  }

  @Test
  void search_assertionWithoutMatchingQuoteIsNoMatch() {
    SearchResult war = SEARCH.search("conscripts died invasion", 5).stream()
        .filter(r -> r.proposition().id().equals("killed-in-war")).findFirst().orElseThrow();
    assertEquals(List.of("novik-13-killed"), war.matches().stream().map(m -> m.assertion().id()).toList(),
        "the BBC's assertion has no quote, so it cannot match");
  }

  @Test
  void search_limitCutsTheList() {
    assertEquals(2, SEARCH.search("posted", 2).size());
    assertTrue(SEARCH.search("posted", 100).size() > 2);
  }

  @Test
  void search_nothingMatches_empty() {
    assertEquals(List.of(), SEARCH.search("nutrition", 5));
  }

  @Test
  void search_tiesBrokenById() {
    List<SearchResult> results = SEARCH.search("Luhansk", 10);
    for (int i = 1; i < results.size(); i++) {
      SearchResult a = results.get(i - 1);
      SearchResult b = results.get(i);
      assertTrue(a.score() > b.score()
              || a.score() == b.score() && a.proposition().id().compareTo(b.proposition().id()) < 0,
          "best first, ties by id: " + ids(results));
    }
  }

  @Test
  void search_blankQuery_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SEARCH.search("  ", 5));
    assertTrue(e.getMessage().contains("blank"), e.getMessage());
  }

  @Test
  void search_stopWordsOnly_rejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SEARCH.search("the of", 5));
    assertTrue(e.getMessage().contains("stop words"), e.getMessage());
  }

  @Test
  void search_limitBelowOne_rejected() {
    assertThrows(IllegalArgumentException.class, () -> SEARCH.search("Kursk", 0));
  }

  @Test
  void search_querySyntaxIsOnlyWords() {
    assertFalse(SEARCH.search("Kursk AND \"killed\" OR text:(", 3).isEmpty(),
        "operators, quotes and colons are not query syntax");
  }

  @Test
  void over_emptyEvidenceBase_findsNothing() {
    assertEquals(List.of(), EvidenceSearch.over(EvidenceBase.empty()).search("Kursk", 3));
  }
}
