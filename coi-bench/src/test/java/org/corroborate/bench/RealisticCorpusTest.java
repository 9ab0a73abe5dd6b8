package org.corroborate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.RelationKind;
import org.junit.jupiter.api.Test;

/** The realistic corpus generator: determinism, size, a vocabulary that grows, reference shares. */
final class RealisticCorpusTest {

  @Test
  void generate_sameSeed_equalEvidence() {
    assertEquals(RealisticCorpus.generate(7, 5_000), RealisticCorpus.generate(7, 5_000));
  }

  @Test
  void generate_differentSeed_differentEvidence() {
    assertNotEquals(RealisticCorpus.generate(7, 5_000), RealisticCorpus.generate(8, 5_000));
  }

  @Test
  void generate_anySize_exactlyThatManyAssertions() {
    for (int n : List.of(1, 919, 921, 20_000)) {
      assertEquals(n, RealisticCorpus.generate(42, n).assertions().size(), "size " + n);
    }
  }

  @Test
  void generate_noAssertion_rejected() {
    assertThrows(IllegalArgumentException.class, () -> RealisticCorpus.generate(42, 0));
  }

  @Test
  void reportsAndCountries_asSpecified() {
    assertEquals(1, RealisticCorpus.reports(1));
    assertEquals(1, RealisticCorpus.reports(1_379));
    assertEquals(2, RealisticCorpus.reports(1_380));
    assertEquals(109, RealisticCorpus.reports(100_000));
    assertEquals(1_087, RealisticCorpus.reports(1_000_000));
    assertEquals(1, RealisticCorpus.countries(1));
    assertEquals(1, RealisticCorpus.countries(10 * 920));
    assertEquals(2, RealisticCorpus.countries(11 * 920));
    assertEquals(11, RealisticCorpus.countries(100_000));
    assertEquals(109, RealisticCorpus.countries(1_000_000));
  }

  @Test
  void generate_tenfoldCorpus_tenfoldFamiliesOfBoundedSize() {
    Map<List<String>, Integer> small = families(RealisticCorpus.generate(42, 5_000));
    Map<List<String>, Integer> large = families(RealisticCorpus.generate(42, 50_000));
    assertTrue(large.size() >= 7 * small.size(),
        large.size() + " families at 50,000 assertions, " + small.size() + " at 5,000");
    int largest = large.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(largest >= 2 && largest <= 15, "largest family " + largest);
  }

  @Test
  void generate_propositions_placedTimedAndNumericAsTheReference() {
    List<Proposition> propositions = RealisticCorpus.generate(42, 20_000).propositions();
    double n = propositions.size();
    double placed = propositions.stream().filter(p -> p.place().isPresent()).count() / n;
    double timed = propositions.stream().filter(p -> p.time().isPresent()).count() / n;
    double numeric = propositions.stream().filter(Proposition::isNumeric).count() / n;
    assertTrue(placed > 0.20 && placed < 0.30, "placed " + placed + ", reference 119/471");
    assertTrue(timed > 0.06 && timed < 0.12, "timed " + timed + ", reference 43/471");
    assertTrue(numeric > 0.11 && numeric < 0.17, "numeric " + numeric + ", reference 68/471");
  }

  @Test
  void generate_relations_bothKindsAndEntailmentsBackwards() {
    EvidenceBase evidence = RealisticCorpus.generate(42, 20_000);
    List<PropositionRelation> relations = evidence.relations();
    assertTrue(relations.stream().anyMatch(r -> r.kind() == RelationKind.ENTAILS));
    assertTrue(relations.stream().anyMatch(r -> r.kind() == RelationKind.CONTRADICTS));
    for (PropositionRelation r : relations) {
      if (r.kind() == RelationKind.ENTAILS) {
        assertTrue(number(r.from()) > number(r.to()), "entailment to a later proposition: " + r);
      }
      assertTrue(!evidence.proposition(r.from()).orElseThrow().isNumeric()
          && !evidence.proposition(r.to()).orElseThrow().isNumeric(), "numeric end: " + r);
    }
  }

  /** The question families: yes/no propositions by subject and relation, with their sizes. */
  private static Map<List<String>, Integer> families(EvidenceBase evidence) {
    Map<List<String>, Integer> families = new HashMap<>();
    for (Proposition p : evidence.propositions()) {
      if (BearingDerivation.sameQuestion(p, p)) {
        List<String> question = List.of(p.subject().orElseThrow(), p.relation().orElseThrow());
        families.merge(question, 1, Integer::sum);
      }
    }
    return families;
  }

  private static int number(String propositionId) {
    return Integer.parseInt(propositionId.substring(1));
  }
}
