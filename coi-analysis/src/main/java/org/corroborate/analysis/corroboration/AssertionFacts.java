package org.corroborate.analysis.corroboration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.References;

/**
 * What corroboration reads of every assertion, read once and indexed by the assertion's position
 * in the evidence base ({@link BearingDerivation#assertionPositionsOn}): its independence keys (see
 * {@link IndependentLines}) as numbers given in the order of the keys' names, so that the smallest
 * number names the smallest key; its weight under the policy; and the days it speaks for. A
 * position of {@code -1} stands for an assertion this table was not built for, which is read on the
 * spot with the same result. Immutable once built, so safe to read from several threads.
 */
final class AssertionFacts {

  private final EvidenceBase evidence;
  private final WeightPolicy policy;
  /** The most independence keys an assertion has: its origin, a relay, a document, a publisher. */
  private static final int MOST_KEYS = 4;
  /**
   * The key numbers of assertion i in {@code keys[MOST_KEYS * i]} onwards, {@code keyCounts[i]} of
   * them: one array for all, not a million small ones.
   */
  private final int[] keys;
  private final byte[] keyCounts;
  private final String[] keyNames;
  private final double[] weights;
  /** The derivation whose table of days is read, when the table is built for one. */
  private final Optional<BearingDerivation> derivation;

  private AssertionFacts(EvidenceBase evidence, WeightPolicy policy, int size, String[] keyNames,
      Optional<BearingDerivation> derivation) {
    this.evidence = evidence;
    this.policy = policy;
    this.keys = new int[MOST_KEYS * size];
    this.keyCounts = new byte[size];
    this.keyNames = keyNames;
    this.weights = new double[size];
    this.derivation = derivation;
  }

  /** Positions of {@code n} assertions this table was not built for: {@code -1} each. */
  static int[] unknownPositions(int n) {
    int[] unknown = new int[n];
    Arrays.fill(unknown, -1);
    return unknown;
  }

  /** A table that reads every assertion on the spot: for a few bearings. */
  static AssertionFacts onDemand(EvidenceBase evidence, WeightPolicy policy) {
    return new AssertionFacts(evidence, policy, 0, new String[0], Optional.empty());
  }

  /**
   * The table of every assertion of {@code evidence}, with the time the derivation read for it
   * ({@link BearingDerivation#assertionTimes()}; derived bearings share that time). Key names are
   * made once per source and per document, not per assertion, and numbered in name order; each
   * assertion's keys and weight are then read in parallel. O(a + k log k) for a assertions and k
   * distinct keys.
   */
  static AssertionFacts of(
      EvidenceBase evidence, BearingDerivation derivation, WeightPolicy policy) {
    List<Assertion> assertions = evidence.assertions();
    int n = assertions.size();
    Keys named = new Keys(evidence);
    // ids the evidence base does not hold (read as in IndependentLines.keys): rare, found first
    Set<String> unknown = ConcurrentHashMap.newKeySet();
    IntStream.range(0, n).parallel().forEach(i -> named.unknownOf(assertions.get(i), unknown));
    String[] names = named.names(unknown);
    Map<String, Integer> numbers = new HashMap<>(2 * names.length);
    for (int i = 0; i < names.length; i++) {
      numbers.put(names[i], i);
    }
    Map<String, Integer> originNumbers = named.numbered(named.origins, numbers);
    Map<String, Integer> documentNumbers = named.numbered(named.documents, numbers);
    Map<String, Integer> publisherNumbers = named.numbered(named.publishers, numbers);
    AssertionFacts facts = new AssertionFacts(evidence, policy, n, names, Optional.of(derivation));
    // an assertion's source is held (the model resolved it): its origin's number by source number
    List<org.corroborate.model.Source> sources = evidence.sources();
    int[] originOfSource = new int[sources.size()];
    for (int s = 0; s < originOfSource.length; s++) {
      originOfSource[s] = originNumbers.get(sources.get(s).id());
    }
    References references = evidence.references();
    IntStream.range(0, n).parallel().forEach(i -> {
      Assertion a = assertions.get(i);
      // the row of assertion i: its MOST_KEYS slots of the one array
      int from = MOST_KEYS * i;
      int size = from;
      facts.keys[size++] = originOfSource[references.sourceOf(i)];
      if (a.basis().reportedBy().isPresent()) {
        facts.keys[size++] = number(originNumbers, a.basis().reportedBy().get(),
            IndependentLines::originKey, numbers);
      }
      if (a.basis().document().isPresent()) {
        String d = a.basis().document().get();
        facts.keys[size++] = number(documentNumbers, d, IndependentLines::documentKey, numbers);
        Integer publisher = publisherNumbers.get(d);
        if (publisher != null) {
          facts.keys[size++] = publisher;
        }
      }
      facts.keyCounts[i] = (byte) (size - from);
      facts.weights[i] = policy.weigh(a, evidence);
    });
    // the days each assertion speaks for are read from the derivation, which read them once
    return facts;
  }

  /** The number of the key of {@code id}: from the table, else of the name made on the spot. */
  private static int number(Map<String, Integer> byId, String id,
      java.util.function.UnaryOperator<String> key, Map<String, Integer> numbers) {
    Integer known = byId.get(id);
    return known != null ? known : numbers.get(key.apply(id));
  }

  /**
   * The names of the independence keys, made once per source and document of the evidence base:
   * the same names {@link IndependentLines#keys} gives, so the numbering is the same.
   */
  private static final class Keys {
    /** The origin key of each source, by source id. */
    final Map<String, String> origins = new HashMap<>();
    /** The key of each document, by document id. */
    final Map<String, String> documents = new HashMap<>();
    /** The origin key of each document's publisher, by document id. */
    final Map<String, String> publishers = new HashMap<>();

    Keys(EvidenceBase evidence) {
      for (org.corroborate.model.Source s : evidence.sources()) {
        origins.put(s.id(), IndependentLines.originKey(s.origin()));
      }
      for (org.corroborate.model.Document d : evidence.documents()) {
        documents.put(d.id(), IndependentLines.documentKey(d.id()));
        publishers.put(d.id(),
            origins.getOrDefault(d.source(), IndependentLines.originKey(d.source())));
      }
    }

    /**
     * Adds the key names of {@code a}'s ids that the evidence base does not hold: the source it
     * relays, or the document it rests on.
     */
    void unknownOf(Assertion a, Set<String> unknown) {
      // the assertion's own source is held: the evidence base checks it
      java.util.Optional<String> relayed = a.basis().reportedBy();
      if (relayed.isPresent() && !origins.containsKey(relayed.get())) {
        unknown.add(IndependentLines.originKey(relayed.get()));
      }
      java.util.Optional<String> document = a.basis().document();
      if (document.isPresent() && !documents.containsKey(document.get())) {
        unknown.add(IndependentLines.documentKey(document.get()));
      }
    }

    /** Every key name, sorted and distinct. */
    String[] names(Set<String> unknown) {
      java.util.TreeSet<String> all = new java.util.TreeSet<>(unknown);
      all.addAll(origins.values());
      all.addAll(documents.values());
      all.addAll(publishers.values());
      return all.toArray(String[]::new);
    }

    /** The number of each id's key. */
    Map<String, Integer> numbered(Map<String, String> keys, Map<String, Integer> numbers) {
      Map<String, Integer> out = new HashMap<>(2 * keys.size());
      keys.forEach((id, name) -> out.put(id, numbers.get(name)));
      return out;
    }
  }

  /** Whether the table holds every assertion, so that positions may be used. */
  boolean indexed() {
    return keyCounts.length > 0;
  }

  /** The independence keys of assertion {@code a}, at position {@code i}; its own origin first. */
  List<String> keys(int i, Assertion a) {
    if (i < 0) {
      return IndependentLines.keys(a, evidence);
    }
    List<String> out = new ArrayList<>(keyCounts[i]);
    for (int j = 0; j < keyCounts[i]; j++) {
      out.add(keyNames[keys[MOST_KEYS * i + j]]);
    }
    return out;
  }

  /** How many independence keys the assertion at position {@code i} has: 1 to 4. */
  int keyCount(int i) {
    return keyCounts[i];
  }

  /** The number of key {@code j} of the assertion at position {@code i}; key 0 is its origin. */
  int keyNumber(int i, int j) {
    return keys[MOST_KEYS * i + j];
  }

  /** The name of key number {@code k}: numbers follow the order of names. */
  String keyName(int k) {
    return keyNames[k];
  }

  /** The weight of assertion {@code a}, at position {@code i}, under the policy. */
  double weight(int i, Assertion a) {
    return i < 0 ? policy.weigh(a, evidence) : weights[i];
  }

  /** The evidence base the facts are about. */
  EvidenceBase evidence() {
    return evidence;
  }

  /**
   * The days the bearing, whose assertion is at position {@code i} (or -1), speaks for: from the
   * derivation's table ({@link BearingDerivation#daysOf}), else read on the spot.
   */
  DayRange days(int i, Bearing b) {
    return derivation.isPresent() ? derivation.get().daysOf(b, i) : DayRange.of(b.time());
  }
}
