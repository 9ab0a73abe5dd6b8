package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid evidence bases, built from small choices so that shrinking
 * finds small counter-examples. Every generated corpus has at least two sources, a nested topic, a
 * place inside another, and assertions with citations from the asserting source's own minutes.
 */
final class Corpora {

  private Corpora() {}

  /** The parts of a valid evidence base, in generation order. */
  record Parts(
      List<Source> sources,
      List<Document> documents,
      List<Passage> passages,
      List<Topic> topics,
      List<Place> places,
      List<Proposition> propositions,
      List<Assertion> assertions,
      List<PropositionRelation> relations,
      List<UnitConversion> conversions) {

    Parts(List<Source> sources, List<Document> documents, List<Passage> passages,
        List<Topic> topics, List<Place> places, List<Proposition> propositions,
        List<Assertion> assertions, List<PropositionRelation> relations) {
      this(sources, documents, passages, topics, places, propositions, assertions, relations,
          List.of());
    }

    EvidenceBase.Builder builder() {
      return EvidenceBase.builder()
          .addSources(sources)
          .addDocuments(documents)
          .addPassages(passages)
          .addTopics(topics)
          .addPlaces(places)
          .addPropositions(propositions)
          .addAssertions(assertions)
          .addRelations(relations)
          .addConversions(conversions);
    }

    EvidenceBase build() {
      return builder().build();
    }

    /** The same parts, each list shuffled with {@code seed}, added kind by kind in reverse. */
    EvidenceBase buildShuffled(long seed) {
      Random random = new Random(seed);
      return EvidenceBase.builder()
          .addConversions(shuffled(conversions, random))
          .addRelations(shuffled(relations, random))
          .addAssertions(shuffled(assertions, random))
          .addPropositions(shuffled(propositions, random))
          .addPlaces(shuffled(places, random))
          .addTopics(shuffled(topics, random))
          .addPassages(shuffled(passages, random))
          .addDocuments(shuffled(documents, random))
          .addSources(shuffled(sources, random))
          .build();
    }

    Parts withSources(List<Source> s) {
      return new Parts(s, documents, passages, topics, places, propositions, assertions, relations,
          conversions);
    }

    Parts withTopics(List<Topic> t) {
      return new Parts(sources, documents, passages, t, places, propositions, assertions, relations,
          conversions);
    }

    Parts withPlaces(List<Place> p) {
      return new Parts(sources, documents, passages, topics, p, propositions, assertions, relations,
          conversions);
    }

    Parts withPropositions(List<Proposition> p) {
      return new Parts(sources, documents, passages, topics, places, p, assertions, relations,
          conversions);
    }

    Parts withAssertions(List<Assertion> a) {
      return new Parts(sources, documents, passages, topics, places, propositions, a, relations,
          conversions);
    }

    Parts withRelations(List<PropositionRelation> r) {
      return new Parts(sources, documents, passages, topics, places, propositions, assertions, r,
          conversions);
    }
  }

  private static <T> List<T> shuffled(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static final String[] NAMES = {
    "Huseyn Aliyev", "Irina Novik", "Pskovskaya Gubernia", "Mark Galeotti", "Mediazona",
    "Новая газета", "OVD-Info", "Freedom House", "İstanbul Observer", "Sergey Krivenko"
  };

  private static final String[] UNITS = {"person", "day", "percent", "rub/month"};

  /** Valid evidence bases with up to {@code maxSources} sources and about 3× as many assertions. */
  static Gen<Parts> valid(int maxSources) {
    return in -> generate(new Choices(in), maxSources);
  }

  /** Draws bounded choices from QuickTheories' randomness, so shrinking works on them. */
  static final class Choices {
    private final org.quicktheories.core.RandomnessSource in;

    Choices(org.quicktheories.core.RandomnessSource in) {
      this.in = in;
    }

    int between(int low, int high) {
      return (int) in.next(Constraint.between(low, high));
    }

    boolean chance(int percent) {
      return between(0, 99) < percent;
    }

    <T> T pick(List<T> items) {
      return items.get(between(0, items.size() - 1));
    }

    <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[between(0, values.length - 1)];
    }
  }

  private static Parts generate(Choices c, int maxSources) {
    List<Topic> topics = new ArrayList<>();
    topics.add(Topic.root("t0", "Conscription"));
    int topicCount = c.between(2, 5);
    for (int i = 1; i < topicCount; i++) {
      topics.add(Topic.within("t" + i, "Topic " + i, "t" + c.between(0, i - 1)));
    }

    List<Place> places = new ArrayList<>();
    places.add(Place.of("p0", "Russia"));
    places.add(Place.of("p1", "Kursk oblast", "p0"));
    int placeCount = c.between(2, 7);
    for (int i = 2; i < placeCount; i++) {
      Set<String> parents = new HashSet<>();
      int parentCount = c.between(0, 2);
      for (int k = 0; k < parentCount; k++) {
        parents.add("p" + c.between(0, i - 1));
      }
      places.add(new Place("p" + i, "Place " + i, ImmutableSortedSet.copyOf(parents)));
    }

    int sourceCount = c.between(2, maxSources);
    List<Source> sources = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    List<Passage> passages = new ArrayList<>();
    List<List<String>> ownPassages = new ArrayList<>();
    for (int i = 0; i < sourceCount; i++) {
      String id = "s" + i;
      Source s = Source.of(id, NAMES[i % NAMES.length] + " " + i, c.pick(SourceKind.class));
      if (c.chance(30)) {
        s = s.withOrigin("o" + c.between(0, 2));
      }
      if (c.chance(30)) {
        s = s.withAliases("Alias " + i);
      }
      if (c.chance(30)) {
        s = s.withReliability(c.pick(Reliability.class));
      }
      if (c.chance(20)) {
        s = s.describedAs("Described\nsource " + i + " — “quoted”");
      }
      sources.add(s);
      Document minutes = Document.minutes("m" + i, id, "Meeting with " + s.name());
      if (c.chance(50)) {
        minutes = minutes.dated(PartialDate.of(2024, c.between(1, 12), c.between(1, 28)));
      }
      if (c.chance(30)) {
        minutes = minutes.publishedOn(PartialDate.of(2025, c.between(1, 12)));
      }
      documents.add(minutes);
      List<String> own = new ArrayList<>();
      int paragraphs = c.between(1, 4);
      for (int p = 1; p <= paragraphs; p++) {
        int occurrence = p > 1 && c.chance(10) ? 2 : 1;
        String number = Integer.toString(occurrence == 2 ? p - 1 : p);
        Passage passage = Passage.of("m" + i + "-" + p, "m" + i, Locator.paragraph(number, occurrence));
        if (c.chance(30)) {
          passage = passage.withText("Paragraph " + p + " of source " + i + ".");
        }
        passages.add(passage);
        own.add(passage.id());
      }
      ownPassages.add(own);
    }
    int writtenCount = c.between(0, 2);
    List<String> writtenPassages = new ArrayList<>();
    for (int w = 0; w < writtenCount; w++) {
      Document written = Document.written("w" + w, "s" + c.between(0, sourceCount - 1), "Article " + w);
      if (c.chance(50)) {
        written = written.dated(PartialDate.of(2024, c.between(1, 12))).withUrl("https://example.org/" + w);
      }
      documents.add(written);
      Passage passage = c.chance(50)
          ? Passage.of("w" + w + "-whole", "w" + w, Locator.wholeDocument())
          : Passage.of("w" + w + "-page", "w" + w, Locator.page(Integer.toString(c.between(1, 90))));
      passages.add(passage);
      writtenPassages.add(passage.id());
    }

    List<Proposition> propositions = new ArrayList<>();
    int propositionCount = c.between(1, 6);
    for (int q = 0; q < propositionCount; q++) {
      Proposition p = Proposition.of("q" + q, "t" + c.between(0, topicCount - 1), "Question " + q + "?");
      if (c.chance(50)) {
        p = p.about("conscripts", c.chance(50) ? "posted-in" : "killed-in");
      }
      if (c.chance(60)) {
        p = p.at("p" + c.between(0, placeCount - 1));
      }
      if (c.chance(40)) {
        p = p.during(timeSpan(c));
      }
      if (c.chance(30)) {
        p = p.measuredIn(UNITS[c.between(0, UNITS.length - 1)]);
      }
      if (c.chance(15)) {
        p = p.alsoKnownAs("former-q" + q);
      }
      propositions.add(p);
    }

    List<Assertion> assertions = new ArrayList<>();
    boolean euros = false;
    int assertionCount = c.between(0, sourceCount * 3);
    for (int a = 0; a < assertionCount; a++) {
      int s = c.between(0, sourceCount - 1);
      Proposition p = propositions.get(c.between(0, propositionCount - 1));
      List<String> cited = new ArrayList<>();
      cited.add(c.pick(ownPassages.get(s)));
      if (!writtenPassages.isEmpty() && c.chance(20)) {
        cited.add(c.pick(writtenPassages));
      }
      Assertion assertion;
      if (p.isNumeric() && c.chance(80)) {
        String unit = p.unit().get();
        if (unit.startsWith("rub") && c.chance(30)) {
          unit = "eur" + UnitConversion.perOf(unit);
          euros = true;
        }
        assertion = Assertion.value("a" + a, "s" + s, p.id(), quantity(c, unit),
            cited.toArray(String[]::new));
        if (c.chance(30)) {
          assertion = assertion.hedged(c.chance(50) ? Hedge.PROBABLE : Hedge.POSSIBLE);
        }
        if (c.chance(15)) {
          assertion = assertion.quantified(c.pick(Quantifier.class));
        }
      } else if (p.isNumeric()) {
        assertion = Assertion.uncertain("a" + a, "s" + s, p.id(), cited.toArray(String[]::new));
      } else {
        int kind = c.between(0, 3);
        String[] citations = cited.toArray(String[]::new);
        assertion = switch (kind) {
          case 0 -> Assertion.affirms("a" + a, "s" + s, p.id(), citations);
          case 1 -> Assertion.denies("a" + a, "s" + s, p.id(), citations);
          case 2 -> Assertion.noEvidenceOf("a" + a, "s" + s, p.id(), citations);
          default -> Assertion.uncertain("a" + a, "s" + s, p.id(), citations);
        };
        if (kind <= 1 && c.chance(30)) {
          assertion = assertion.hedged(c.chance(50) ? Hedge.PROBABLE : Hedge.POSSIBLE);
        }
        if (kind <= 1 && c.chance(30)) {
          assertion = assertion.quantified(c.pick(Quantifier.class));
        }
      }
      if (s > 0 && c.chance(25)) {
        Basis basis = Basis.reportedBy("s" + c.between(0, s - 1));
        if (writtenCount > 0 && c.chance(50)) {
          basis = basis.citing("w" + c.between(0, writtenCount - 1));
        }
        assertion = assertion.basedOn(basis);
      } else if (c.chance(40)) {
        BasisKind kind = c.pick(BasisKind.class);
        assertion = assertion.basedOn(
            kind == BasisKind.REPORTED_BY ? Basis.of(BasisKind.FIRST_HAND) : Basis.of(kind));
      }
      if (c.chance(30)) {
        assertion = assertion.withCredibility(c.pick(Credibility.class));
      }
      if (c.chance(30)) {
        assertion = assertion.asOf(timeSpan(c));
      }
      if (c.chance(30)) {
        assertion = assertion.quoting("“Quoted words” of assertion " + a);
      }
      assertions.add(assertion);
    }

    List<PropositionRelation> relations = new ArrayList<>();
    if (propositionCount > 1) {
      int relationCount = c.between(0, 3);
      Set<String> pairs = new HashSet<>();
      List<int[]> contradictions = new ArrayList<>();
      Map<Integer, Set<Integer>> premises = new HashMap<>();
      for (int r = 0; r < relationCount; r++) {
        int x = c.between(0, propositionCount - 2);
        int y = c.between(x + 1, propositionCount - 1);
        if (pairs.add(x + "/" + y)) {
          if (c.chance(50)) {
            relations.add(
                PropositionRelation.entails("q" + x, "q" + y, "scope of q" + x + " lies inside q" + y));
            premises.computeIfAbsent(y, k -> new HashSet<>()).add(x);
          } else {
            contradictions.add(new int[] {x, y});
          }
        }
      }
      // a contradiction between two propositions that one proposition entails both of is invalid
      for (int[] xy : contradictions) {
        Set<Integer> above = entailing(xy[0], premises);
        if (java.util.Collections.disjoint(above, entailing(xy[1], premises))) {
          relations.add(PropositionRelation.contradicts("q" + xy[1], "q" + xy[0], "they exclude one another"));
        }
      }
    }
    List<UnitConversion> conversions = new ArrayList<>();
    if (euros || c.chance(10)) {
      conversions.add(UnitConversion.of("eur", "rub", java.math.BigDecimal.valueOf(c.between(90, 110)),
          PartialDate.of(2024, c.between(1, 12)), passages.get(0).id()));
      if (c.chance(30)) {
        conversions.add(new UnitConversion("rub", "eur", new java.math.BigDecimal("0.0095"),
            PartialDate.of(2023), java.util.Optional.empty(), java.util.Optional.of("a yearly mean")));
      }
    }
    return new Parts(sources, documents, passages, topics, places, propositions, assertions, relations,
        conversions);
  }

  private static TimeSpan timeSpan(Choices c) {
    PartialDate from = date(c, 2020);
    PartialDate to = date(c, from.end().getYear() + 1);
    return switch (c.between(0, 3)) {
      case 0 -> TimeSpan.since(from);
      case 1 -> TimeSpan.until(to);
      case 2 -> TimeSpan.at(from);
      default -> from.start().isAfter(to.end()) ? TimeSpan.at(from) : TimeSpan.between(from, to);
    };
  }

  private static PartialDate date(Choices c, int minYear) {
    int year = c.between(minYear, minYear + 3);
    return switch (c.between(0, 2)) {
      case 0 -> PartialDate.of(year);
      case 1 -> PartialDate.of(year, c.between(1, 12));
      default -> PartialDate.of(year, c.between(1, 12), c.between(1, 28));
    };
  }

  private static Quantity quantity(Choices c, String unit) {
    long low = c.between(0, 2000);
    long high = low + c.between(0, 500);
    Quantity q = switch (c.between(0, 6)) {
      case 0 -> Quantity.atLeast(low, unit);
      case 1 -> Quantity.moreThan(low, unit);
      case 2 -> Quantity.atMost(high, unit);
      case 3 -> Quantity.lessThan(high, unit);
      case 4 -> Quantity.between(low, high, unit);
      case 5 -> Quantity.exactly(new BigDecimal(low).movePointLeft(c.between(0, 2)), unit);
      default -> Quantity.about(low, unit);
    };
    return c.chance(20) ? q.approximately() : q;
  }

  /** An immutable copy with one element replaced. */
  static <T> List<T> replaced(List<T> items, int index, T item) {
    List<T> copy = new ArrayList<>(items);
    copy.set(index, item);
    return ImmutableList.copyOf(copy);
  }

  /** An immutable copy with one element added. */
  static <T> List<T> plus(List<T> items, T item) {
    List<T> copy = new ArrayList<>(items);
    copy.add(item);
    return ImmutableList.copyOf(copy);
  }

  /** The proposition and every one that entails it, directly or through others. */
  private static Set<Integer> entailing(int start, Map<Integer, Set<Integer>> premises) {
    Set<Integer> seen = new HashSet<>(List.of(start));
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      for (int p : premises.getOrDefault(todo.poll(), Set.of())) {
        if (seen.add(p)) {
          todo.add(p);
        }
      }
    }
    return seen;
  }
}
