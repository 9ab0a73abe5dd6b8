package org.corroborate.model;

import static org.corroborate.model.Corpora.plus;
import static org.corroborate.model.Corpora.replaced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of {@link EvidenceBase} construction over generated valid corpora. */
final class EvidenceBaseProperties {

  private static final Gen<Corpora.Parts> CORPORA = Corpora.valid(8);

  @Test
  void build_acceptsEveryGeneratedCorpus() {
    qt().withExamples(300).forAll(CORPORA).checkAssert(parts -> {
      EvidenceBase e = parts.build();
      assertEquals(parts.assertions().size(), e.assertions().size(), "every assertion is kept");
      assertEquals(parts.passages().size(), e.passages().size(), "every passage is kept");
    });
  }

  @Test
  void build_givesEqualEvidenceBase_whateverTheOrderOfParts() {
    qt().withExamples(300).forAll(CORPORA, longs().all()).checkAssert((parts, seed) -> {
      EvidenceBase inOrder = parts.build();
      EvidenceBase shuffled = parts.buildShuffled(seed);
      assertEquals(inOrder, shuffled, "the order parts are added in must not matter");
      assertEquals(inOrder.hashCode(), shuffled.hashCode(), "equal evidence bases hash alike");
      assertEquals(inOrder.assertions(), shuffled.assertions(), "assertions come in id order");
      assertEquals(inOrder.relations(), shuffled.relations(), "relations come in a fixed order");
    });
  }

  @Test
  void indexes_agreeWithAFullScan() {
    qt().withExamples(200).forAll(CORPORA).checkAssert(parts -> {
      EvidenceBase e = parts.build();
      for (Proposition p : e.propositions()) {
        assertEquals(
            e.assertions().stream().filter(a -> a.proposition().equals(p.id())).toList(),
            e.assertionsAbout(p.id()),
            "assertionsAbout(" + p.id() + ")");
      }
      for (Source s : e.sources()) {
        assertEquals(
            e.assertions().stream().filter(a -> a.source().equals(s.id())).toList(),
            e.assertionsBy(s.id()),
            "assertionsBy(" + s.id() + ")");
      }
      for (Place outer : e.places()) {
        List<Assertion> expected = e.assertions().stream()
            .filter(a -> e.proposition(a.proposition()).orElseThrow().place()
                .map(inner -> e.encloses(outer.id(), inner)).orElse(false))
            .toList();
        assertEquals(expected, e.assertionsWithin(outer.id()), "assertionsWithin(" + outer.id() + ")");
        for (String inner : e.placesWithin(outer.id())) {
          assertTrue(e.placesContaining(inner).contains(outer.id()),
              "containment is read the same both ways: " + outer.id() + " ⊃ " + inner);
        }
      }
    });
  }

  @Test
  void references_nameWhatTheIdsName_whateverTheOrderOfParts() {
    qt().withExamples(200).forAll(CORPORA, longs().all()).checkAssert((parts, seed) -> {
      EvidenceBase e = parts.buildShuffled(seed);
      References r = e.references();
      assertEquals(e.assertions().size(), r.assertions(), "one entry per assertion");
      for (int i = 0; i < e.assertions().size(); i++) {
        Assertion a = e.assertions().get(i);
        assertEquals(a.proposition(), e.propositions().get(r.propositionOf(i)).id(),
            "the proposition of " + a.id());
        assertEquals(a.source(), e.sources().get(r.sourceOf(i)).id(), "the source of " + a.id());
        assertEquals(a.passages().size(), r.passageCount(i), "the passages of " + a.id());
        for (int k = 0; k < a.passages().size(); k++) {
          assertEquals(a.passages().get(k), e.passages().get(r.passageOf(i, k)).id(),
              "passage " + k + " of " + a.id());
        }
        int index = i;
        assertThrows(IndexOutOfBoundsException.class,
            () -> r.passageOf(index, a.passages().size()), "no passage past the last");
      }
      for (int p = 0; p < e.passages().size(); p++) {
        assertEquals(e.passages().get(p).document(), e.documents().get(r.documentOf(p)).id(),
            "the document of " + e.passages().get(p).id());
      }
      for (int q = 0; q < e.propositions().size(); q++) {
        assertEquals(q, r.propositionNumber(e.propositions().get(q).id()), "found by its id");
      }
      assertEquals(-1, r.propositionNumber("no-such-proposition"), "an id not held: none");
      for (int i = 0; i < e.assertions().size(); i++) {
        assertEquals(i, r.assertionNumber(e.assertions().get(i).id()), "found by its id");
      }
      assertEquals(-1, r.assertionNumber("no-such-assertion"), "an id not held: none");
    });
  }

  /** One way to break a valid corpus, and the rule that must catch it. */
  private record Mutation(String name, ProblemKind expected, Function<Corpora.Parts, Corpora.Parts> apply) {}

  private static final List<Mutation> MUTATIONS = List.of(
      new Mutation("duplicate source id", ProblemKind.DUPLICATE_ID,
          p -> p.withSources(plus(p.sources(), Source.of("s0", "Someone else", SourceKind.ANONYMOUS)))),
      new Mutation("assertion by an unknown source", ProblemKind.UNKNOWN_REFERENCE,
          p -> p.withAssertions(plus(p.assertions(),
              Assertion.affirms("a-extra", "nobody", "q0", p.passages().get(0).id())))),
      new Mutation("assertion citing an unknown passage", ProblemKind.UNKNOWN_REFERENCE,
          p -> p.withAssertions(plus(p.assertions(),
              Assertion.uncertain("a-extra", "s0", "q0", "m0-99")))),
      new Mutation("proposition filed under an unknown topic", ProblemKind.UNKNOWN_REFERENCE,
          p -> p.withPropositions(replaced(p.propositions(), 0,
              new Proposition("q0", "no-such-topic", p.propositions().get(0).text(),
                  Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                  p.propositions().get(0).unit())))),
      new Mutation("topics nested in a cycle", ProblemKind.CYCLE,
          p -> p.withTopics(replaced(p.topics(), 0, Topic.within("t0", "Conscription", "t1")))),
      new Mutation("places containing one another", ProblemKind.CYCLE,
          p -> p.withPlaces(replaced(p.places(), 0, Place.of("p0", "Russia", "p1")))),
      new Mutation("sources relaying one another", ProblemKind.CYCLE,
          p -> p.withAssertions(plus(plus(p.assertions(),
              Assertion.uncertain("a-relay-0", "s0", "q0", "m0-1").basedOn(Basis.reportedBy("s1"))),
              Assertion.uncertain("a-relay-1", "s1", "q0", "m1-1").basedOn(Basis.reportedBy("s0"))))),
      new Mutation("value on a proposition without unit", ProblemKind.VALUE_MISMATCH,
          p -> p.withPropositions(plus(p.propositions(), Proposition.of("q-plain", "t0", "Plain?")))
              .withAssertions(plus(p.assertions(),
                  Assertion.value("a-extra", "s0", "q-plain", Quantity.atLeast(13, "person"), "m0-1")))),
      new Mutation("citing another source's minutes", ProblemKind.PASSAGE_OF_ANOTHER_SOURCE,
          p -> p.withAssertions(plus(p.assertions(), Assertion.uncertain("a-extra", "s1", "q0", "m0-1")))),
      new Mutation("relation to an unknown proposition", ProblemKind.UNKNOWN_REFERENCE,
          p -> p.withRelations(plus(p.relations(),
              PropositionRelation.entails("q0", "q-missing", "declared by mistake")))),
      new Mutation("two sources sharing a name", ProblemKind.AMBIGUOUS_ALIAS,
          p -> p.withSources(plus(p.sources(),
              Source.of("s-twin", p.sources().get(0).name().toUpperCase(java.util.Locale.ROOT),
                  SourceKind.NGO)))));

  @Test
  void build_rejectsEveryIntegrityBreakingMutation_withItsRule() {
    qt().withExamples(300)
        .forAll(CORPORA, integers().between(0, MUTATIONS.size() - 1), longs().all())
        .checkAssert((parts, which, seed) -> {
          Mutation mutation = MUTATIONS.get(which);
          Corpora.Parts broken = mutation.apply().apply(parts);
          EvidenceBaseException e = assertThrows(EvidenceBaseException.class, broken::build,
              mutation.name() + " must be rejected");
          assertTrue(e.problems().stream().anyMatch(p -> p.kind() == mutation.expected()),
              mutation.name() + " must be reported as " + mutation.expected() + ", got " + e.problems());
          EvidenceBaseException again = assertThrows(EvidenceBaseException.class,
              () -> broken.buildShuffled(seed));
          assertEquals(e.problems(), again.problems(),
              "problems are reported in the same order whatever the order of parts");
        });
  }

  @Test
  void generator_coversTheInterestingCases() {
    int[] counts = new int[8];
    qt().withFixedSeed(20250101L).withExamples(300).forAll(CORPORA).checkAssert(parts -> {
      EvidenceBase e = parts.build();
      count(counts, 0, e.propositions().stream().anyMatch(Proposition::isNumeric));
      count(counts, 1, e.assertions().stream().anyMatch(a -> a.hedge() == Hedge.NO_EVIDENCE_OF));
      count(counts, 2, e.assertions().stream().anyMatch(a -> a.basis().reportedBy().isPresent()));
      count(counts, 3, e.places().stream().anyMatch(p -> p.parents().size() > 1));
      count(counts, 4, !e.relations().isEmpty());
      count(counts, 5, e.sources().stream().anyMatch(s -> !s.origin().equals(s.id())));
      count(counts, 6, e.passages().stream().anyMatch(p -> p.locator().occurrence() > 1));
      count(counts, 7, e.propositions().stream().anyMatch(p ->
          e.assertionsAbout(p.id()).stream().map(Assertion::stance).distinct().count() > 1));
    });
    String[] cases = {"numeric proposition", "absence of evidence", "reported-by basis",
        "place with two parents", "relation", "shared origin", "repeated paragraph number",
        "proposition with opposing stances"};
    for (int i = 0; i < counts.length; i++) {
      assertTrue(counts[i] >= 10, "the generator must produce '" + cases[i] + "' often, got "
          + counts[i] + " in 300");
    }
  }

  private static void count(int[] counts, int index, boolean present) {
    if (present) {
      counts[index]++;
    }
  }
}
