package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An immutable, referentially whole body of evidence: sources, documents, passages, topics,
 * places, propositions, assertions and relations, every id resolving.
 *
 * <p>Built with {@link #builder()}, which checks every {@link ProblemKind integrity rule} and
 * reports all problems at once in an {@link EvidenceBaseException}. Elements may be added in any
 * order: the result is the same, every collection sorted by id. Lookups by id are hashed, through
 * a table of positions in each kind's list rather than a map with an entry object per element,
 * built for a kind at its first lookup by id (O(n) once; an analysis that reads by number never
 * builds the tables of assertions and passages); lookups by proposition, source, place and document are indexed when first asked for (O(n) for n
 * elements, once); each lookup is O(1) plus the size of its answer. Every reference is also
 * resolved to the number of what it names ({@link #references()}), for analyses that read
 * millions of them. Place containment (the transitive closure of the gazetteer) is computed on
 * demand, for the places asked about, and kept: a deep gazetteer costs time and memory in
 * proportion to what is asked, never all pairs up front.
 *
 * <p>Lookups that take an id throw {@link IllegalArgumentException} for an id the evidence base
 * does not hold, so a misspelt id fails loudly instead of answering "nothing". Instances are
 * thread-safe.
 */
public final class EvidenceBase {

  /**
   * Each kind's elements in id order, found by id through a table of positions: {@code get(i)} of
   * a list reads an array, and no entry object is kept per element.
   */
  private final ById<Source> sources;
  private final ById<Document> documents;
  private final ById<Passage> passages;
  private final ById<Topic> topics;
  private final ById<Place> places;
  private final ById<Proposition> propositions;
  private final ById<Assertion> assertions;
  private final ImmutableList<PropositionRelation> relations;
  private final ImmutableList<UnitConversion> conversions;
  private final ImmutableMap<String, String> aliases;
  private final References references;

  /** The indexes by proposition, source, place, document and parent place: built when first read. */
  private final Supplier<ImmutableListMultimap<String, Assertion>> byProposition;
  private final Supplier<ImmutableListMultimap<String, Assertion>> bySource;
  private final Supplier<ImmutableListMultimap<String, Assertion>> byPlace;
  private final Supplier<ImmutableListMultimap<String, Passage>> byDocument;
  private final Supplier<ImmutableListMultimap<String, String>> children;
  private final java.util.concurrent.ConcurrentMap<String, ImmutableSortedSet<String>> containing =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.concurrent.ConcurrentMap<String, ImmutableSortedSet<String>> within =
      new java.util.concurrent.ConcurrentHashMap<>();

  private EvidenceBase(IntegrityCheck checked) {
    sources = new ById<>(checked.sources.values(), Source::id);
    documents = new ById<>(checked.documents.values(), Document::id);
    passages = new ById<>(checked.passages.values(), Passage::id);
    topics = new ById<>(checked.topics.values(), Topic::id);
    places = new ById<>(checked.places.values(), Place::id);
    propositions = new ById<>(checked.propositions.values(), Proposition::id);
    assertions = new ById<>(checked.assertions.values(), Assertion::id);
    relations = checked.relations;
    conversions = checked.conversions;
    aliases = checked.aliases;
    references = References.resolve(assertions, propositions, sources, passages, documents);
    byProposition = Suppliers.memoize(() -> index(assertions.values(), Assertion::proposition));
    bySource = Suppliers.memoize(() -> index(assertions.values(), Assertion::source));
    byPlace = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<String, Assertion> place = ImmutableListMultimap.builder();
      for (Assertion a : assertions.values()) {
        propositions.get(a.proposition()).place().ifPresent(p -> place.put(p, a));
      }
      return place.build();
    });
    byDocument = Suppliers.memoize(() -> index(passages.values(), Passage::document));
    children = Suppliers.memoize(() -> {
      ImmutableListMultimap.Builder<String, String> childIndex = ImmutableListMultimap.builder();
      places.values().forEach(p -> p.parents().forEach(parent -> childIndex.put(parent, p.id())));
      return childIndex.build();
    });
  }

  /** The elements by the id {@code key} gives, each key's in the elements' order. */
  private static <T> ImmutableListMultimap<String, T> index(List<T> elements,
      Function<T, String> key) {
    ImmutableListMultimap.Builder<String, T> index = ImmutableListMultimap.builder();
    for (T e : elements) {
      index.put(key.apply(e), e);
    }
    return index.build();
  }

  private interface Neighbours {
    Collection<String> of(String place);
  }

  private static ImmutableSortedSet<String> reachable(String start, Neighbours neighbours) {
    TreeSet<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(neighbours.of(start));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(neighbours.of(next));
      }
    }
    return ImmutableSortedSet.copyOfSorted(seen);
  }

  /** A builder for a new evidence base. */
  public static Builder builder() {
    return new Builder();
  }

  /** The evidence base with nothing in it. */
  public static EvidenceBase empty() {
    return builder().build();
  }

  /** A builder holding everything in this evidence base, to derive a new one from it. */
  public Builder toBuilder() {
    return builder()
        .addSources(sources.values())
        .addDocuments(documents.values())
        .addPassages(passages.values())
        .addTopics(topics.values())
        .addPlaces(places.values())
        .addPropositions(propositions.values())
        .addAssertions(assertions.values())
        .addRelations(relations)
        .addConversions(conversions);
  }

  /** Every source, by id. */
  public ImmutableList<Source> sources() {
    return sources.values();
  }

  /** Every document, by id. */
  public ImmutableList<Document> documents() {
    return documents.values();
  }

  /** Every passage, by id. */
  public ImmutableList<Passage> passages() {
    return passages.values();
  }

  /** Every topic, by id. */
  public ImmutableList<Topic> topics() {
    return topics.values();
  }

  /** Every place, by id. */
  public ImmutableList<Place> places() {
    return places.values();
  }

  /** Every proposition, by id. */
  public ImmutableList<Proposition> propositions() {
    return propositions.values();
  }

  /** Every assertion, by id. */
  public ImmutableList<Assertion> assertions() {
    return assertions.values();
  }

  /**
   * Every reference of the evidence base resolved to the numbers of what it names, each element
   * numbered by its position in the list of its kind above ({@link #assertions()} and the rest).
   * Resolved when the evidence base is built; O(1).
   */
  public References references() {
    return references;
  }

  /** Every relation, ordered by {@code from}, {@code to}, kind and reason. */
  public ImmutableList<PropositionRelation> relations() {
    return relations;
  }

  /**
   * Every declared unit conversion, ordered by {@code from}, {@code to} and date. See {@link
   * UnitConversion}.
   */
  public ImmutableList<UnitConversion> conversions() {
    return conversions;
  }

  /**
   * The conversion that turns values in {@code unit} into {@code target} (forwards or backwards,
   * through the currency part of compound units) whose date is nearest to {@code on}: the
   * earlier on a tie, then the first in {@link #conversions()} order; empty when none relates
   * them. O(conversions).
   */
  public Optional<UnitConversion> conversion(String unit, String target, java.time.LocalDate on) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(on, "on");
    UnitConversion best = null;
    long bestGap = Long.MAX_VALUE;
    for (UnitConversion c : conversions) {
      if (!c.relates(unit, target)) {
        continue;
      }
      long gap = on.isBefore(c.date().start())
          ? java.time.temporal.ChronoUnit.DAYS.between(on, c.date().start())
          : on.isAfter(c.date().end())
              ? java.time.temporal.ChronoUnit.DAYS.between(c.date().end(), on) : 0;
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The proposition with this id or former id ({@link Proposition#aliases()}), if held: what a
   * command line or a case file uses, so that ids saved before a merge or rename still resolve.
   */
  public Optional<Proposition> resolveProposition(String idOrAlias) {
    Objects.requireNonNull(idOrAlias, "id");
    Proposition p = propositions.get(idOrAlias);
    if (p != null) {
      return Optional.of(p);
    }
    return Optional.ofNullable(aliases.get(idOrAlias)).map(propositions::get);
  }

  /** The source with this id, if held. */
  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(id, "id")));
  }

  /** The document with this id, if held. */
  public Optional<Document> document(String id) {
    return Optional.ofNullable(documents.get(Objects.requireNonNull(id, "id")));
  }

  /** The passage with this id, if held. */
  public Optional<Passage> passage(String id) {
    return Optional.ofNullable(passages.get(Objects.requireNonNull(id, "id")));
  }

  /** The topic with this id, if held. */
  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topics.get(Objects.requireNonNull(id, "id")));
  }

  /** The place with this id, if held. */
  public Optional<Place> place(String id) {
    return Optional.ofNullable(places.get(Objects.requireNonNull(id, "id")));
  }

  /** The proposition with this id, if held. */
  public Optional<Proposition> proposition(String id) {
    return Optional.ofNullable(propositions.get(Objects.requireNonNull(id, "id")));
  }

  /** The assertion with this id, if held. */
  public Optional<Assertion> assertion(String id) {
    return Optional.ofNullable(assertions.get(Objects.requireNonNull(id, "id")));
  }

  /** The assertions on a proposition, by id. */
  public ImmutableList<Assertion> assertionsAbout(String propositionId) {
    return byProposition.get().get(known(propositions, propositionId, "proposition"));
  }

  /** The assertions a source makes, by id. */
  public ImmutableList<Assertion> assertionsBy(String sourceId) {
    return bySource.get().get(known(sources, sourceId, "source"));
  }

  /** The assertions on propositions scoped to exactly this place, by id. */
  public ImmutableList<Assertion> assertionsAt(String placeId) {
    return byPlace.get().get(known(places, placeId, "place"));
  }

  /**
   * The assertions on propositions scoped to this place or to any place it contains, by id: for
   * "the regions annexed in 2022" also those about Donetsk or Kherson.
   */
  public ImmutableList<Assertion> assertionsWithin(String placeId) {
    List<Assertion> found = new ArrayList<>(byPlace.get().get(known(places, placeId, "place")));
    for (String inner : placesWithin(placeId)) {
      found.addAll(byPlace.get().get(inner));
    }
    return ImmutableList.sortedCopyOf(
        (x, y) -> x.id().compareTo(y.id()), found);
  }

  /** The passages of a document, by id. */
  public ImmutableList<Passage> passagesOf(String documentId) {
    return byDocument.get().get(known(documents, documentId, "document"));
  }

  /**
   * Every place that contains this one, directly or through others; not the place itself.
   * Computed on the first call for the place, by a breadth-first walk up the gazetteer, and kept:
   * O(a log a) for a places above it, then O(1).
   */
  public ImmutableSortedSet<String> placesContaining(String placeId) {
    known(places, placeId, "place");
    return containing.computeIfAbsent(placeId, p -> reachable(p, q -> places.get(q).parents()));
  }

  /**
   * Every place this one contains, directly or through others; not the place itself. Computed on
   * the first call for the place and kept: O(w log w) for w places within it, then O(1).
   */
  public ImmutableSortedSet<String> placesWithin(String placeId) {
    known(places, placeId, "place");
    return within.computeIfAbsent(placeId, p -> reachable(p, place -> children.get().get(place)));
  }

  /**
   * Whether {@code outer} is {@code inner} or contains it. O(1) once the places containing {@code
   * inner} are known; otherwise a walk up from {@code inner} that stops at {@code outer}, O(a) for
   * a places above {@code inner}, which keeps nothing.
   */
  public boolean encloses(String outer, String inner) {
    known(places, outer, "place");
    known(places, inner, "place");
    if (outer.equals(inner)) {
      return true;
    }
    ImmutableSortedSet<String> above = containing.get(inner);
    if (above != null) {
      return above.contains(outer);
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    Deque<String> todo = new ArrayDeque<>(places.get(inner).parents());
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (next.equals(outer)) {
        return true;
      }
      if (seen.add(next)) {
        todo.addAll(places.get(next).parents());
      }
    }
    return false;
  }

  /** The topic and its ancestors, from the root down to the topic itself. */
  public ImmutableList<Topic> topicPath(String topicId) {
    Deque<Topic> path = new ArrayDeque<>();
    Optional<String> next = Optional.of(known(topics, topicId, "topic"));
    while (next.isPresent()) {
      Topic t = topics.get(next.get());
      path.push(t);
      next = t.parent();
    }
    return ImmutableList.copyOf(path);
  }

  private static String known(ById<?> map, String id, String what) {
    Objects.requireNonNull(id, what + " id");
    checkArgument(map.containsKey(id), "unknown %s '%s'", what, id);
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvidenceBase other
        && sources.equals(other.sources)
        && documents.equals(other.documents)
        && passages.equals(other.passages)
        && topics.equals(other.topics)
        && places.equals(other.places)
        && propositions.equals(other.propositions)
        && assertions.equals(other.assertions)
        && relations.equals(other.relations)
        && conversions.equals(other.conversions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sources, documents, passages, topics, places, propositions, assertions, relations,
        conversions);
  }

  /** Counts of each kind of element. */
  @Override
  public String toString() {
    return "EvidenceBase[" + sources.size() + " sources, " + documents.size() + " documents, "
        + passages.size() + " passages, " + topics.size() + " topics, " + places.size()
        + " places, " + propositions.size() + " propositions, " + assertions.size()
        + " assertions, " + relations.size() + " relations, " + conversions.size()
        + " conversions]";
  }

  /**
   * Collects the parts of an evidence base in any order; {@link #build()} checks them. Each
   * {@code add} rejects only null; every other problem is reported by {@code build()}, all at
   * once. Not thread-safe.
   */
  public static final class Builder {
    private final List<Source> sources = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<Topic> topics = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Proposition> propositions = new ArrayList<>();
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<PropositionRelation> relations = new ArrayList<>();
    private final List<UnitConversion> conversions = new ArrayList<>();

    private Builder() {}

    private static <T> void addAll(List<T> to, Iterable<? extends T> items, String what) {
      Objects.requireNonNull(items, what);
      for (T item : items) {
        to.add(Objects.requireNonNull(item, what));
      }
    }

    /** Adds a source. */
    public Builder addSource(Source source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Adds sources. */
    public Builder addSources(Iterable<? extends Source> items) {
      addAll(sources, items, "source");
      return this;
    }

    /** Adds a document. */
    public Builder addDocument(Document document) {
      documents.add(Objects.requireNonNull(document, "document"));
      return this;
    }

    /** Adds documents. */
    public Builder addDocuments(Iterable<? extends Document> items) {
      addAll(documents, items, "document");
      return this;
    }

    /** Adds a passage. */
    public Builder addPassage(Passage passage) {
      passages.add(Objects.requireNonNull(passage, "passage"));
      return this;
    }

    /** Adds passages. */
    public Builder addPassages(Iterable<? extends Passage> items) {
      addAll(passages, items, "passage");
      return this;
    }

    /** Adds a topic. */
    public Builder addTopic(Topic topic) {
      topics.add(Objects.requireNonNull(topic, "topic"));
      return this;
    }

    /** Adds topics. */
    public Builder addTopics(Iterable<? extends Topic> items) {
      addAll(topics, items, "topic");
      return this;
    }

    /** Adds a place. */
    public Builder addPlace(Place place) {
      places.add(Objects.requireNonNull(place, "place"));
      return this;
    }

    /** Adds places. */
    public Builder addPlaces(Iterable<? extends Place> items) {
      addAll(places, items, "place");
      return this;
    }

    /** Adds a proposition. */
    public Builder addProposition(Proposition proposition) {
      propositions.add(Objects.requireNonNull(proposition, "proposition"));
      return this;
    }

    /** Adds propositions. */
    public Builder addPropositions(Iterable<? extends Proposition> items) {
      addAll(propositions, items, "proposition");
      return this;
    }

    /** Adds an assertion. */
    public Builder addAssertion(Assertion assertion) {
      assertions.add(Objects.requireNonNull(assertion, "assertion"));
      return this;
    }

    /** Adds assertions. */
    public Builder addAssertions(Iterable<? extends Assertion> items) {
      addAll(assertions, items, "assertion");
      return this;
    }

    /** Adds a relation between propositions. */
    public Builder addRelation(PropositionRelation relation) {
      relations.add(Objects.requireNonNull(relation, "relation"));
      return this;
    }

    /** Adds relations between propositions. */
    public Builder addRelations(Iterable<? extends PropositionRelation> items) {
      addAll(relations, items, "relation");
      return this;
    }

    /** Adds a unit conversion. */
    public Builder addConversion(UnitConversion conversion) {
      conversions.add(Objects.requireNonNull(conversion, "conversion"));
      return this;
    }

    /** Adds unit conversions. */
    public Builder addConversions(Iterable<? extends UnitConversion> items) {
      addAll(conversions, items, "conversion");
      return this;
    }

    /**
     * Checks every integrity rule and returns the evidence base.
     *
     * @throws EvidenceBaseException listing every problem, if there is any
     */
    public EvidenceBase build() {
      IntegrityCheck check =
          new IntegrityCheck(
              sources, documents, passages, topics, places, propositions, assertions, relations,
        conversions);
      List<Problem> problems = check.problems();
      if (!problems.isEmpty()) {
        throw new EvidenceBaseException(problems);
      }
      return new EvidenceBase(check);
    }
  }

}
