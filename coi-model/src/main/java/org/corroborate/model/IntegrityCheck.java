package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The referential-integrity rules of an {@link EvidenceBase}, each reported as a {@link Problem}
 * of its own {@link ProblemKind}. Runs in O(n log n) for n elements (sorting dominates), plus
 * O(V + E) per cycle search.
 */
final class IntegrityCheck {

  private final List<Problem> problems = new ArrayList<>();

  final ImmutableMap<String, Source> sources;
  final ImmutableMap<String, Document> documents;
  final ImmutableMap<String, Passage> passages;
  final ImmutableMap<String, Topic> topics;
  final ImmutableMap<String, Place> places;
  final ImmutableMap<String, Proposition> propositions;
  final ImmutableMap<String, Assertion> assertions;
  final ImmutableList<PropositionRelation> relations;
  final ImmutableList<UnitConversion> conversions;
  final ImmutableMap<String, String> aliases;

  IntegrityCheck(
      List<Source> sourceList,
      List<Document> documentList,
      List<Passage> passageList,
      List<Topic> topicList,
      List<Place> placeList,
      List<Proposition> propositionList,
      List<Assertion> assertionList,
      List<PropositionRelation> relationList,
      List<UnitConversion> conversionList) {
    sources = index("source", sourceList, Source::id);
    documents = index("document", documentList, Document::id);
    passages = index("passage", passageList, Passage::id);
    topics = index("topic", topicList, Topic::id);
    places = index("place", placeList, Place::id);
    propositions = index("proposition", propositionList, Proposition::id);
    assertions = index("assertion", assertionList, Assertion::id);
    relations = ImmutableList.sortedCopyOf(relationList);
    conversions = ImmutableList.sortedCopyOf(CONVERSION_ORDER, conversionList);
    aliases = propositionAliases();

    checkDocuments();
    checkPassages();
    checkTopics();
    checkPlaces();
    checkPropositions();
    checkAssertions();
    checkRelations();
    checkAliases();
    checkConversions();
  }

  private static final java.util.Comparator<UnitConversion> CONVERSION_ORDER =
      java.util.Comparator.comparing(UnitConversion::from).thenComparing(UnitConversion::to)
          .thenComparing(UnitConversion::date)
          .thenComparing(c -> c.rate().stripTrailingZeros().toPlainString())
          .thenComparing(c -> c.passage().orElse(""))
          .thenComparing(c -> c.note().orElse(""));

  /**
   * The former ids of propositions, each to the proposition that now holds it; an alias that is
   * the id of a proposition, or the alias of two, is a duplicate id.
   */
  private ImmutableMap<String, String> propositionAliases() {
    Map<String, String> byAlias = new TreeMap<>();
    for (Proposition p : propositions.values()) {
      for (String alias : p.aliases()) {
        if (propositions.containsKey(alias)) {
          report(ProblemKind.DUPLICATE_ID, "proposition", p.id(), "aliases",
              "proposition '" + p.id() + "' has the alias '" + alias
                  + "', which is the id of another proposition");
        } else if (byAlias.containsKey(alias)) {
          report(ProblemKind.DUPLICATE_ID, "proposition", p.id(), "aliases",
              "propositions '" + byAlias.get(alias) + "' and '" + p.id() + "' share the alias '"
                  + alias + "'");
        } else {
          byAlias.put(alias, p.id());
        }
      }
    }
    return ImmutableMap.copyOf(byAlias);
  }

  private void checkConversions() {
    Map<List<Object>, Integer> seen = new HashMap<>();
    for (UnitConversion c : conversions) {
      String id = c.from() + "->" + c.to() + "@" + c.date();
      c.passage().ifPresent(p -> reference(passages, "passage", "conversion", id, "passage", p));
      List<String> pair = c.from().compareTo(c.to()) < 0
          ? List.of(c.from(), c.to()) : List.of(c.to(), c.from());
      if (seen.merge(List.of(pair, c.date()), 1, Integer::sum) == 2) {
        report(ProblemKind.DUPLICATE_RELATION, "conversion", id, "",
            "two conversions between '" + pair.get(0) + "' and '" + pair.get(1) + "' as of "
                + c.date() + ": keep one");
      }
    }
  }

  /** Every problem found, sorted. */
  ImmutableList<Problem> problems() {
    return ImmutableList.sortedCopyOf(problems);
  }

  private <T> ImmutableMap<String, T> index(
      String element, List<T> elements, Function<T, String> id) {
    Map<String, T> byId = new TreeMap<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (T e : elements) {
      String key = id.apply(e);
      byId.putIfAbsent(key, e);
      counts.merge(key, 1, Integer::sum);
    }
    counts.forEach(
        (key, count) -> {
          if (count > 1) {
            report(ProblemKind.DUPLICATE_ID, element, key, "id",
                count + " " + element + "s have the id '" + key + "'");
          }
        });
    // in id order, with hashed lookup
    return ImmutableMap.copyOf(byId);
  }

  private void report(ProblemKind kind, String element, String id, String field, String message) {
    problems.add(new Problem(kind, element, id, field, message));
  }

  private void reference(
      Map<String, ?> targets, String target, String element, String id, String field, String ref) {
    if (!targets.containsKey(ref)) {
      report(ProblemKind.UNKNOWN_REFERENCE, element, id, field,
          element + " '" + id + "' refers to unknown " + target + " '" + ref + "'");
    }
  }

  private void checkDocuments() {
    for (Document d : documents.values()) {
      reference(sources, "source", "document", d.id(), "source", d.source());
    }
  }

  private void checkPassages() {
    Map<String, Map<Locator, List<String>>> byDocument = new TreeMap<>();
    for (Passage p : passages.values()) {
      reference(documents, "document", "passage", p.id(), "document", p.document());
      byDocument
          .computeIfAbsent(p.document(), k -> new LinkedHashMap<>())
          .computeIfAbsent(p.locator(), k -> new ArrayList<>())
          .add(p.id());
    }
    byDocument.forEach(
        (document, locators) ->
            locators.forEach(
                (locator, ids) -> {
                  for (String id : ids.subList(1, ids.size())) {
                    report(ProblemKind.DUPLICATE_LOCATOR, "passage", id, "locator",
                        "passages " + ids + " of document '" + document + "' all have the locator "
                            + locator);
                  }
                }));
  }

  private void checkTopics() {
    MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(true).build();
    for (Topic t : topics.values()) {
      graph.addNode(t.id());
      t.parent().ifPresent(parent -> {
        reference(topics, "topic", "topic", t.id(), "parent", parent);
        if (topics.containsKey(parent)) {
          graph.putEdge(t.id(), parent);
        }
      });
    }
    reportCycles(graph, "topic", "parent", "topics are nested in a cycle");
  }

  private void checkPlaces() {
    MutableGraph<String> graph = GraphBuilder.directed().allowsSelfLoops(true).build();
    for (Place p : places.values()) {
      graph.addNode(p.id());
      for (String parent : p.parents()) {
        reference(places, "place", "place", p.id(), "parents", parent);
        if (places.containsKey(parent)) {
          graph.putEdge(p.id(), parent);
        }
      }
    }
    reportCycles(graph, "place", "parents", "places contain one another in a cycle");
  }

  private void reportCycles(MutableGraph<String> graph, String element, String field, String what) {
    for (Cycles.Component c : Cycles.of(graph)) {
      report(ProblemKind.CYCLE, element, c.excerpt().get(0), field, what + " ("
          + (c.size() == 1 ? "one " + element + " is its own" : c.size() + " " + element + "s are in it")
          + "): " + c.path());
    }
  }

  private void checkPropositions() {
    for (Proposition p : propositions.values()) {
      reference(topics, "topic", "proposition", p.id(), "topic", p.topic());
      p.place().ifPresent(place -> reference(places, "place", "proposition", p.id(), "place", place));
    }
  }

  private void checkAssertions() {
    Map<String, MutableGraph<String>> reportedBy = new TreeMap<>();
    Map<String, Map<String, List<String>>> reportingAssertions = new HashMap<>();
    for (Assertion a : assertions.values()) {
      reference(sources, "source", "assertion", a.id(), "source", a.source());
      reference(propositions, "proposition", "assertion", a.id(), "proposition", a.proposition());
      for (int i = 0; i < a.passages().size(); i++) {
        String passageId = a.passages().get(i);
        String field = "passages[" + i + "]";
        reference(passages, "passage", "assertion", a.id(), field, passageId);
        Optional.ofNullable(passages.get(passageId))
            .map(p -> documents.get(p.document()))
            .filter(d -> d.kind() == DocumentKind.MINUTES && !d.source().equals(a.source()))
            .ifPresent(d -> report(ProblemKind.PASSAGE_OF_ANOTHER_SOURCE, "assertion", a.id(), field,
                "assertion by '" + a.source() + "' cites passage '" + passageId
                    + "' of the minutes of a meeting with '" + d.source() + "'"));
      }
      a.basis().reportedBy().ifPresent(relayed -> {
        reference(sources, "source", "assertion", a.id(), "basis.reportedBy", relayed);
        reportedBy
            .computeIfAbsent(a.proposition(), k -> GraphBuilder.directed().build())
            .putEdge(a.source(), relayed);
        reportingAssertions
            .computeIfAbsent(a.proposition(), k -> new HashMap<>())
            .computeIfAbsent(a.source(), k -> new ArrayList<>())
            .add(a.id());
      });
      a.basis().document().ifPresent(
          document -> reference(documents, "document", "assertion", a.id(), "basis.document", document));
      Proposition p = propositions.get(a.proposition());
      if (p != null) {
        checkPosition(a, p);
      }
    }
    reportedBy.forEach((proposition, graph) -> {
      for (Cycles.Component c : Cycles.of(graph)) {
        List<String> via = c.excerpt().stream()
            .flatMap(source -> reportingAssertions.get(proposition).get(source).stream())
            .sorted()
            .limit(Cycles.EXCERPT)
            .toList();
        report(ProblemKind.CYCLE, "proposition", proposition, "",
            "sources relay one another in a cycle (" + c.size() + " sources are in it): " + c.path()
                + " (assertions " + String.join(", ", via) + (c.length() > c.excerpt().size() ? ", …" : "")
                + ")");
      }
    });
  }

  private void checkPosition(Assertion a, Proposition p) {
    if (a.value().isPresent()) {
      Quantity value = a.value().get();
      if (p.unit().isEmpty()) {
        report(ProblemKind.VALUE_MISMATCH, "assertion", a.id(), "value",
            "assertion gives the value " + value + " but proposition '" + p.id()
                + "' is not numeric (it has no unit)");
      } else if (!p.unit().get().equals(value.unit())
          && conversions.stream().noneMatch(c -> c.relates(value.unit(), p.unit().get()))) {
        report(ProblemKind.VALUE_MISMATCH, "assertion", a.id(), "value",
            "assertion gives a value in '" + value.unit() + "' but proposition '" + p.id()
                + "' is measured in '" + p.unit().get() + "', and no declared conversion relates"
                + " the two");
      }
    } else if (a.category().isPresent()) {
      if (!p.categorical()) {
        report(ProblemKind.VALUE_MISMATCH, "assertion", a.id(), "category",
            "assertion gives the category " + a.category().get() + " but proposition '" + p.id()
                + "' is not categorical");
      }
    } else if (p.isNumeric() && a.stance() != Stance.UNCERTAIN) {
      report(ProblemKind.VALUE_MISMATCH, "assertion", a.id(), "stance",
          "proposition '" + p.id() + "' is numeric, so an assertion gives a value or is UNCERTAIN, not "
              + a.stance());
    } else if (p.categorical() && a.stance() != Stance.UNCERTAIN) {
      report(ProblemKind.VALUE_MISMATCH, "assertion", a.id(), "stance",
          "proposition '" + p.id() + "' is categorical, so an assertion gives a category or is"
              + " UNCERTAIN, not " + a.stance());
    }
  }

  private void checkRelations() {
    Map<List<Object>, Integer> declared = new HashMap<>();
    for (PropositionRelation r : relations) {
      String id = r.from() + "->" + r.to();
      reference(propositions, "proposition", "relation", id, "from", r.from());
      reference(propositions, "proposition", "relation", id, "to", r.to());
      if (declared.merge(List.of(r.kind(), r.from(), r.to()), 1, Integer::sum) == 2) {
        report(ProblemKind.DUPLICATE_RELATION, "relation", id, "",
            "'" + r.from() + "' " + r.kind().name().toLowerCase(Locale.ROOT) + " '" + r.to()
                + "' is declared more than once");
      }
    }
    checkContradictionsThroughEntailment();
  }

  /**
   * Rejects a contradiction between two propositions that one proposition entails both of,
   * directly or through a chain ({@code p1 ⇒ p2 ⇒ p3} with {@code p1} contradicting {@code p3}):
   * that proposition could never hold, and an assertion on it would stand on both sides of a
   * dispute. For each contradiction, one breadth-first walk back from each side over the
   * entailments: O(C · (V + E)) in the worst case for C contradictions, O(C + the premises of the
   * contradicting propositions) in practice.
   */
  private void checkContradictionsThroughEntailment() {
    Map<String, List<String>> premises = new HashMap<>();
    for (PropositionRelation r : relations) {
      if (r.kind() == RelationKind.ENTAILS && propositions.containsKey(r.from())
          && propositions.containsKey(r.to())) {
        premises.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r.from());
      }
    }
    premises.values().forEach(Collections::sort);
    for (PropositionRelation r : relations) {
      if (r.kind() != RelationKind.CONTRADICTS || !propositions.containsKey(r.from())
          || !propositions.containsKey(r.to())) {
        continue;
      }
      Map<String, Integer> fromDistance = new HashMap<>();
      Map<String, Integer> toDistance = new HashMap<>();
      Map<String, String> towardFrom = backwards(r.from(), premises, fromDistance);
      Map<String, String> towardTo = backwards(r.to(), premises, toDistance);
      Optional<String> common = towardFrom.keySet().stream().filter(towardTo::containsKey)
          .min(java.util.Comparator.comparingInt((String z) -> fromDistance.get(z) + toDistance.get(z))
              .thenComparing(z -> z));
      if (common.isEmpty()) {
        continue;
      }
      String z = common.get();
      String message;
      if (z.equals(r.from()) || z.equals(r.to())) {
        String other = z.equals(r.from()) ? r.to() : r.from();
        message = "'" + r.from() + "' and '" + r.to() + "' are declared to contradict, yet '" + z
            + "' entails '" + other + "': " + arrows(chain(z, z.equals(r.from()) ? towardTo : towardFrom));
      } else {
        message = "'" + r.from() + "' and '" + r.to() + "' are declared to contradict, yet '" + z
            + "' entails both: " + arrows(chain(z, towardFrom)) + " and " + arrows(chain(z, towardTo));
      }
      report(ProblemKind.CONFLICTING_RELATIONS, "relation", r.from() + "->" + r.to(), "", message);
    }
  }

  /** Every proposition that entails {@code start} (itself included), each mapped to its next step. */
  private static Map<String, String> backwards(
      String start, Map<String, List<String>> premises, Map<String, Integer> distance) {
    Map<String, String> next = new HashMap<>();
    next.put(start, start);
    distance.put(start, 0);
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String p = todo.poll();
      for (String premise : premises.getOrDefault(p, List.of())) {
        if (!next.containsKey(premise)) {
          next.put(premise, p);
          distance.put(premise, distance.get(p) + 1);
          todo.add(premise);
        }
      }
    }
    return next;
  }

  /** The chain of entailments from {@code z} to the start of {@code next}. */
  private static List<String> chain(String z, Map<String, String> next) {
    List<String> chain = new ArrayList<>(List.of(z));
    String at = z;
    while (!next.get(at).equals(at)) {
      at = next.get(at);
      chain.add(at);
    }
    return chain;
  }

  /** A chain as {@code a => b => c}, cut in the middle when longer than the excerpt. */
  private static String arrows(List<String> chain) {
    if (chain.size() <= Cycles.EXCERPT) {
      return String.join(" => ", chain);
    }
    return String.join(" => ", chain.subList(0, Cycles.EXCERPT - 1)) + " => … ("
        + chain.size() + " in the chain) => " + chain.get(chain.size() - 1);
  }

  private void checkAliases() {
    Map<String, TreeSet<String>> owners = new TreeMap<>();
    Map<String, TreeSet<String>> spellings = new TreeMap<>();
    for (Source s : sources.values()) {
      List<String> names = new ArrayList<>(List.of(s.name()));
      names.addAll(s.aliases());
      for (String name : names) {
        String key = skeleton(name);
        owners.computeIfAbsent(key, k -> new TreeSet<>()).add(s.id());
        spellings.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
      }
    }
    owners.forEach((key, ids) -> {
      if (ids.size() > 1) {
        TreeSet<String> written = spellings.get(key);
        String shown = normalised(written.first());
        for (String id : ids.tailSet(ids.first(), false)) {
          report(ProblemKind.AMBIGUOUS_ALIAS, "source", id, "aliases",
              "the name '" + shown + "' is used by sources " + ids
                  + (written.size() > 1 ? ", written " + written.stream()
                      .map(w -> "'" + Wording.visible(w) + "'").collect(Collectors.joining(", ")) : "")
                  + " (names are compared as they look: case, width, invisible characters and"
                  + " look-alike letters of other scripts ignored)");
        }
      }
    });
  }

  /** A name as citations are matched: white space collapsed, case ignored. */
  static String normalised(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static final com.ibm.icu.text.Normalizer2 NFKC_CASEFOLD =
      com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();

  private static final com.ibm.icu.text.SpoofChecker SPOOF =
      new com.ibm.icu.text.SpoofChecker.Builder().build();

  /**
   * A name as a reader sees it, for telling whether two names are the same: NFKC with case folding,
   * which also removes default-ignorable code points such as a zero-width space (Unicode Standard
   * Annex #15 and §5.18 of the Unicode Standard), white space collapsed, then the confusable
   * skeleton of Unicode Technical Standard #39 (ICU's {@code SpoofChecker}), under which a Cyrillic
   * "а" and a Latin "a" are one letter. O(length).
   */
  static String skeleton(String name) {
    String folded = NFKC_CASEFOLD.normalize(name).strip().replaceAll("\\s+", " ");
    return SPOOF.getSkeleton(folded);
  }
}
