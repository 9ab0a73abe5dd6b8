package org.corroborate.ingest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/** Laws of the search: deterministic, independent of the evidence base's order, best first. */
final class EvidenceSearchProperties {

  private static final EvidenceBase EXCERPT = RussiaConscriptionExcerpt.evidenceBase();
  private static final EvidenceSearch SEARCH = EvidenceSearch.over(EXCERPT);
  private static final List<String> QUERIES = List.of("posted", "Kursk killed", "draft dodger",
      "conscripts sent to the annexed regions", "deployed war zone", "no evidence", "Crimea Luhansk",
      "died invasion", "Ukraine proper", "border areas Belgorod");

  /** The excerpt with its propositions and assertions in another order. */
  private static EvidenceBase shuffled(long seed) {
    Random random = new Random(seed);
    List<Proposition> propositions = new ArrayList<>(EXCERPT.propositions());
    List<Assertion> assertions = new ArrayList<>(EXCERPT.assertions());
    Collections.shuffle(propositions, random);
    Collections.shuffle(assertions, random);
    return EvidenceBase.builder().addSources(EXCERPT.sources()).addDocuments(EXCERPT.documents())
        .addPassages(EXCERPT.passages()).addTopics(EXCERPT.topics()).addPlaces(EXCERPT.places())
        .addPropositions(propositions).addAssertions(assertions).addRelations(EXCERPT.relations())
        .addConversions(EXCERPT.conversions()).build();
  }

  @Test
  void search_independentOfOrder() {
    qt().withExamples(20).forAll(longs().all(), integers().between(0, QUERIES.size() - 1))
        .checkAssert((seed, q) -> assertEquals(SEARCH.search(QUERIES.get(q), 50),
            EvidenceSearch.over(shuffled(seed)).search(QUERIES.get(q), 50),
            "the same results whatever the order of propositions and assertions"));
  }

  @Test
  void search_deterministic() {
    qt().forAll(integers().between(0, QUERIES.size() - 1), integers().between(1, 20))
        .checkAssert((q, limit) -> assertEquals(SEARCH.search(QUERIES.get(q), limit),
            EvidenceSearch.over(EXCERPT).search(QUERIES.get(q), limit)));
  }

  @Test
  void search_bestFirstAndLimited() {
    qt().forAll(integers().between(0, QUERIES.size() - 1), integers().between(1, 20))
        .checkAssert((q, limit) -> {
          List<SearchResult> results = SEARCH.search(QUERIES.get(q), limit);
          assertTrue(results.size() <= limit);
          for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).score() >= results.get(i).score(), "scores descend");
          }
        });
  }

  @Test
  void search_shorterLimitIsAPrefix() {
    qt().forAll(integers().between(0, QUERIES.size() - 1), integers().between(1, 10))
        .checkAssert((q, limit) -> {
          List<SearchResult> all = SEARCH.search(QUERIES.get(q), 50);
          assertEquals(all.subList(0, Math.min(limit, all.size())), SEARCH.search(QUERIES.get(q), limit));
        });
  }
}
