package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Source;

/**
 * The same evidence rearranged, for the order and renaming laws of the analysis: its parts added
 * in another order, or its sources renamed everywhere they are referred to.
 */
public final class Rearranged {

  private Rearranged() {}

  /** {@code e} with every kind of part added in an order drawn from {@code random}. */
  public static EvidenceBase shuffled(EvidenceBase e, Random random) {
    return EvidenceBase.builder()
        .addAssertions(shuffle(e.assertions(), random))
        .addPropositions(shuffle(e.propositions(), random))
        .addRelations(shuffle(e.relations(), random)).addPassages(shuffle(e.passages(), random))
        .addDocuments(shuffle(e.documents(), random)).addSources(shuffle(e.sources(), random))
        .addPlaces(shuffle(e.places(), random)).addTopics(shuffle(e.topics(), random))
        .addConversions(shuffle(e.conversions(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  /**
   * {@code e} with every source id renamed by {@code rename}: sources, origins, documents'
   * sources, assertions' sources and reported-by sources.
   */
  public static EvidenceBase renameSources(EvidenceBase e, UnaryOperator<String> rename) {
    EvidenceBase.Builder b = EvidenceBase.builder()
        .addPassages(e.passages()).addTopics(e.topics()).addPlaces(e.places())
        .addPropositions(e.propositions()).addRelations(e.relations())
        .addConversions(e.conversions());
    for (Source s : e.sources()) {
      b.addSource(new Source(rename.apply(s.id()), s.name(), s.aliases(), s.kind(),
          s.description(), s.reliability(), rename.apply(s.origin())));
    }
    for (Document d : e.documents()) {
      b.addDocument(new Document(d.id(), d.kind(), rename.apply(d.source()), d.title(), d.date(),
          d.url(), d.published()));
    }
    for (Assertion a : e.assertions()) {
      Basis basis = new Basis(a.basis().kind(), a.basis().reportedBy().map(rename),
          a.basis().document());
      b.addAssertion(new Assertion(a.id(), rename.apply(a.source()), a.proposition(), a.stance(),
          a.value(), a.hedge(), basis, a.credibility(), a.asOf(), a.passages(), a.quote(),
          a.category(), a.quantifier()));
    }
    return b.build();
  }
}
