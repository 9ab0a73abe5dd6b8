package org.corroborate.analysis;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Topic;

/**
 * Small hand-built evidence bases for analysis tests: each named source gets minutes with
 * paragraphs 1–9 (passage {@code <source>-<n>}); one topic {@code t}; a gazetteer in which Ukraine
 * contains the annexed regions, which contain Donetsk and Kherson, and Russia contains Kursk.
 */
public final class Corpus {

  private final List<Source> sources = new ArrayList<>();
  private final List<Proposition> propositions = new ArrayList<>();
  private final List<Assertion> assertions = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<Passage> passages = new ArrayList<>();
  private final List<org.corroborate.model.PropositionRelation> relations = new ArrayList<>();

  /** A corpus with the given sources, each its own origin. */
  public static Corpus withSources(String... ids) {
    Corpus c = new Corpus();
    for (String id : ids) {
      c.source(Source.of(id, "Source " + id.toUpperCase(java.util.Locale.ROOT), SourceKind.ACADEMIC));
    }
    return c;
  }

  /** Adds a source with its minutes. */
  public Corpus source(Source s) {
    sources.add(s);
    documents.add(Document.minutes("minutes-" + s.id(), s.id(), "Meeting with " + s.name()));
    for (int n = 1; n <= 9; n++) {
      passages.add(Passage.of(s.id() + "-" + n, "minutes-" + s.id(), Locator.paragraph(Integer.toString(n))));
    }
    return this;
  }

  /** Adds a document with one whole-document passage {@code <id>-whole}. */
  public Corpus document(Document d) {
    documents.add(d);
    passages.add(Passage.of(d.id() + "-whole", d.id(), Locator.wholeDocument()));
    return this;
  }

  /** Adds a proposition. */
  public Corpus proposition(Proposition p) {
    propositions.add(p);
    return this;
  }

  /** Adds "conscripts posted-in {@code place}" with id {@code posted-<place>}. */
  public Corpus posted(String place) {
    return proposition(Proposition.of("posted-" + place, "t", "Conscripts are posted in " + place)
        .about("conscripts", "posted-in").at(place));
  }

  /** Adds an assertion. */
  public Corpus says(Assertion a) {
    assertions.add(a);
    return this;
  }

  /** Adds a relation. */
  public Corpus relation(org.corroborate.model.PropositionRelation r) {
    relations.add(r);
    return this;
  }

  /** Builds the evidence base. */
  public EvidenceBase build() {
    return EvidenceBase.builder()
        .addTopic(Topic.root("t", "Tasks"))
        .addPlace(Place.of("ukraine", "Ukraine"))
        .addPlace(Place.of("annexed", "Annexed regions", "ukraine"))
        .addPlace(Place.of("donetsk", "Donetsk", "annexed"))
        .addPlace(Place.of("kherson", "Kherson", "annexed"))
        .addPlace(Place.of("russia", "Russia"))
        .addPlace(Place.of("kursk", "Kursk", "russia"))
        .addSources(sources).addDocuments(documents).addPassages(passages)
        .addPropositions(propositions).addAssertions(assertions).addRelations(relations)
        .build();
  }
}
