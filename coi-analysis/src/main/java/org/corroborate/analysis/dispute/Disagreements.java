package org.corroborate.analysis.dispute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.References;
import org.corroborate.model.RelationKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Shows each disagreement once. Derived bearings carry one disagreement to many propositions: the
 * camps about the regions annexed in 2022 reappear, whole or in part, at Donetsk, Luhansk and at
 * every proposition that entails posting there. Dispute D <em>repeats</em> dispute R when every
 * camp of D holds only statements (assertions, direct or derived) of one camp of R, distinct camps
 * of D going to distinct camps of R. A statement is known by its source and the passages it is
 * written in: one paragraph that denies posting in Kherson and in Zaporizhzhia alike, encoded as
 * two assertions, is one statement to the reader, so the two disputes it makes are one. Disputes
 * are taken widest first — most statements, then most bearings on the proposition, then heaviest,
 * then by proposition id — and each one that repeats a dispute
 * already kept is folded into it ({@link Dispute#covers()}); the others are kept, except that a
 * proposition no source addressed directly never becomes a dispute of its own. A kept dispute
 * lists in {@link Dispute#differsAt()} the kept disputes on narrower propositions — a place or
 * time inside its own (same question) or a proposition that entails it through declared
 * entailments — whose camps differ from its own.
 *
 * <p>A dispute is compared only with the kept disputes that hold its first statement, and for
 * {@code differsAt} only with the disputes of its own question family and its premises: near
 * linear in the statements of the disputes when few disputes share statements; O(k² · c!) camp
 * comparisons at worst for k disputes of at most c camps (c is 2 for yes/no questions), plus the
 * entailment closure of each kept dispute's proposition.
 */
final class Disagreements {

  private Disagreements() {}

  /** The disputes with repeats folded into the widest, in no particular order. */
  static List<Dispute> once(List<Dispute> disputes, EvidenceBase evidence,
      BearingDerivation derivation) {
    // what is compared of each dispute, by its position in the list; each dispute is read on its
    // own, so in parallel: each camp as the positions of its bearings' assertions, then, once
    // every statement is numbered, as a sorted array of statement numbers
    int count = disputes.size();
    Read[] read = IntStream.range(0, count).parallel()
        .mapToObj(i -> Read.of(disputes.get(i), evidence, derivation))
        .toArray(Read[]::new);
    int[] statementOf = new int[evidence.assertions().size()];
    int statements = numberStatements(read, evidence.references(), statementOf);
    int[][][] camps = new int[count][][];
    int[] sizes = new int[count];
    IntStream.range(0, count).parallel().forEach(i -> {
      int[][] at = read[i].camps();
      int[][] numbered = new int[at.length][];
      for (int c = 0; c < at.length; c++) {
        numbered[c] = distinctSorted(at[c], statementOf);
        sizes[i] += numbered[c].length;
      }
      camps[i] = numbered;
    });
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    // the keys read into arrays once, so that a comparison follows no reference but an id's
    int[] bearings = new int[count];
    boolean[] addressed = new boolean[count];
    double[] weights = new double[count];
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      bearings[i] = read[i].bearings();
      addressed[i] = read[i].addressed();
      weights[i] = read[i].weight();
      ids[i] = read[i].id();
    }
    // ties broken by id, as the proposition's number when the evidence base holds every one
    int[] idOrder = DisputeAnalysis.idOrder(ids, evidence);
    // widest first: most statements, addressed directly, most bearings, heaviest, then by id; one
    // comparator written out, not a chain of key extractors, which a large sort calls through
    // megamorphic lambdas and boxes
    Arrays.sort(order, (Integer x, Integer y) -> {
      int a = x;
      int b = y;
      int c = Integer.compare(sizes[b], sizes[a]);
      if (c == 0) {
        c = Boolean.compare(addressed[b], addressed[a]);
      }
      if (c == 0) {
        c = Integer.compare(bearings[b], bearings[a]);
      }
      if (c == 0) {
        c = Double.compare(weights[b], weights[a]);
      }
      return c != 0 ? c : idOrder != null ? Integer.compare(idOrder[a], idOrder[b])
          : ids[a].compareTo(ids[b]);
    });
    List<List<String>> covers = new ArrayList<>(Collections.nCopies(count, null));
    List<Integer> keptAt = new ArrayList<>();
    // the kept disputes holding each statement, in the order kept: a dispute that D repeats holds
    // every statement of D, so only those holding one statement of D are candidates, and the first
    // that D repeats is the same whichever statement is taken
    // as one linked list per statement, in arrays: the first entry of each statement's list, its
    // last, and for each entry its dispute and the next entry (-1 for none)
    int[] head = new int[statements];
    Arrays.fill(head, -1);
    int[] tail = new int[statements];
    int[] entryDispute = new int[16];
    int[] entryNext = new int[16];
    int entries = 0;
    for (int d : order) {
      int into = -1;
      for (int e = head[camps[d][0][0]]; e >= 0; e = entryNext[e]) {
        int candidate = entryDispute[e];
        if (repeats(camps[d], camps[candidate])) {
          into = candidate;
          break;
        }
      }
      if (into >= 0) {
        covers.get(into).add(ids[d]);
      } else if (read[d].addressed()) {
        covers.set(d, new ArrayList<>());
        keptAt.add(d);
        for (int[] camp : camps[d]) {
          for (int statement : camp) {
            // a statement in two camps of d is held by d once
            if (head[statement] >= 0 && entryDispute[tail[statement]] == d) {
              continue;
            }
            if (entries == entryDispute.length) {
              entryDispute = Arrays.copyOf(entryDispute, 2 * entries);
              entryNext = Arrays.copyOf(entryNext, 2 * entries);
            }
            entryDispute[entries] = d;
            entryNext[entries] = -1;
            if (head[statement] < 0) {
              head[statement] = entries;
            } else {
              entryNext[tail[statement]] = entries;
            }
            tail[statement] = entries++;
          }
        }
      }
    }
    List<Dispute> kept = new ArrayList<>(keptAt.size());
    keptAt.forEach(i -> kept.add(disputes.get(i)));
    // narrower questions: the same question (subject and relation) at a place or time inside, or
    // a proposition that entails it; compared within a question family and the premises only
    Map<List<String>, List<Dispute>> families = new HashMap<>();
    Set<String> keptIds = new HashSet<>(2 * kept.size());
    for (int i : keptAt) {
      keptIds.add(ids[i]);
    }
    for (Dispute k : kept) {
      Proposition p = k.proposition();
      if (BearingDerivation.sameQuestion(p, p)) {
        families.computeIfAbsent(List.of(p.subject().orElseThrow(), p.relation().orElseThrow()),
            x -> new ArrayList<>()).add(k);
      }
    }
    Graph<String, DefaultEdge> entails = entailments(evidence);
    // the premises walked on one thread (a JGraphT graph promises nothing to concurrent readers);
    // then each kept dispute compared with its family on its own, so in parallel, kept in order
    List<Set<String>> premises = new ArrayList<>(kept.size());
    for (Dispute wide : kept) {
      premises.add(premises(entails, wide.proposition().id()));
    }
    List<Dispute> out = IntStream.range(0, kept.size()).parallel().mapToObj(k -> {
      Dispute wide = kept.get(k);
      Proposition p = wide.proposition();
      Set<String> differs = new TreeSet<>();
      for (String premise : premises.get(k)) {
        if (keptIds.contains(premise)) {
          differs.add(premise);
        }
      }
      if (BearingDerivation.sameQuestion(p, p)) {
        for (Dispute other : families.get(
            List.of(p.subject().orElseThrow(), p.relation().orElseThrow()))) {
          Proposition narrow = other.proposition();
          if (other != wide && BearingDerivation.liesInside(narrow, p, evidence)
              && !BearingDerivation.liesInside(p, narrow, evidence)) {
            differs.add(narrow.id());
          }
        }
      }
      return wide.standingFor(covers.get(keptAt.get(k)), List.copyOf(differs));
    }).toList();
    return out;
  }

  /**
   * What the folding compares of one dispute: the positions of the assertions of each camp's
   * bearings (in the evidence base's list of assertions, unsorted, a position perhaps repeated),
   * the bearings on its proposition, whether some source addressed the proposition directly, its
   * weight and its proposition's id.
   */
  private record Read(int[][] camps, int bearings, boolean addressed, double weight, String id) {
    static Read of(Dispute d, EvidenceBase evidence, BearingDerivation derivation) {
      int[][] camps = new int[d.camps().size()][];
      for (int c = 0; c < camps.length; c++) {
        List<EvidenceLine> lines = d.camps().get(c).lines();
        int n = 0;
        for (int l = 0; l < lines.size(); l++) {
          n += lines.get(l).size();
        }
        int[] at = new int[n];
        n = 0;
        for (int l = 0; l < lines.size(); l++) {
          EvidenceLine line = lines.get(l);
          for (int k = 0; k < line.size(); k++) {
            int p = line.assertionPosition(k, evidence);
            if (p < 0) {
              throw new IllegalArgumentException("a dispute names assertion '"
                  + line.bearing(k).assertion().id() + "', which the evidence base does not hold");
            }
            at[n++] = p;
          }
        }
        camps[c] = at;
      }
      List<Bearing> on = derivation.bearingsOn(d.proposition().id());
      boolean addressed = false;
      for (Bearing b : on) {
        if (!b.derived()) {
          addressed = true;
          break;
        }
      }
      return new Read(camps, on.size(), addressed, d.weight(), d.proposition().id());
    }
  }

  /**
   * Numbers the statements of the assertions the disputes hold, into {@code statementOf} by
   * assertion position, and returns how many there are. A statement is a source and the passages
   * it is written in, in the order the assertion lists them: read by number from the evidence
   * base's resolved references, so equal statements are equal numbers. The assertions are taken in
   * position order, so the numbering does not depend on threads. O(s) hashed steps for the s
   * distinct assertions the disputes hold, plus a pass over every assertion position.
   */
  private static int numberStatements(Read[] read, References references, int[] statementOf) {
    boolean[] held = new boolean[statementOf.length];
    for (Read r : read) {
      for (int[] camp : r.camps()) {
        for (int p : camp) {
          held[p] = true;
        }
      }
    }
    // one passage (the usual case): the source and the passage in one long; else a list
    Map<Long, Integer> onePassage = new HashMap<>();
    Map<List<Integer>, Integer> otherwise = new HashMap<>();
    int next = 0;
    for (int p = 0; p < held.length; p++) {
      if (!held[p]) {
        continue;
      }
      int source = references.sourceOf(p);
      int passages = references.passageCount(p);
      Integer number;
      if (passages == 1) {
        long key = ((long) source << 32) | (references.passageOf(p, 0) & 0xffffffffL);
        number = onePassage.putIfAbsent(key, next);
      } else {
        List<Integer> key = new ArrayList<>(passages + 1);
        key.add(source);
        for (int k = 0; k < passages; k++) {
          key.add(references.passageOf(p, k));
        }
        number = otherwise.putIfAbsent(key, next);
      }
      if (number == null) {
        number = next++;
      }
      statementOf[p] = number;
    }
    return next;
  }

  /** The statement numbers of the assertions at {@code positions}, sorted, each once. */
  private static int[] distinctSorted(int[] positions, int[] statementOf) {
    int[] numbers = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      numbers[k] = statementOf[positions[k]];
    }
    Arrays.sort(numbers);
    int distinct = 0;
    for (int k = 0; k < numbers.length; k++) {
      if (distinct == 0 || numbers[distinct - 1] != numbers[k]) {
        numbers[distinct++] = numbers[k];
      }
    }
    return distinct == numbers.length ? numbers : Arrays.copyOf(numbers, distinct);
  }

  /**
   * Whether every camp of {@code narrow} is a subset of a camp of {@code wide}, distinct camps to
   * distinct camps (a matching found by backtracking; camps are few). Camps are sorted arrays of
   * statement numbers.
   */
  static boolean repeats(int[][] narrow, int[][] wide) {
    return match(narrow, wide, 0, new boolean[wide.length]);
  }

  private static boolean match(int[][] narrow, int[][] wide, int i, boolean[] used) {
    if (i == narrow.length) {
      return true;
    }
    for (int j = 0; j < wide.length; j++) {
      if (!used[j] && containsAll(wide[j], narrow[i])) {
        used[j] = true;
        if (match(narrow, wide, i + 1, used)) {
          return true;
        }
        used[j] = false;
      }
    }
    return false;
  }

  /** Whether sorted {@code outer} holds every number of sorted {@code inner}: one merge. */
  private static boolean containsAll(int[] outer, int[] inner) {
    int o = 0;
    for (int x : inner) {
      while (o < outer.length && outer[o] < x) {
        o++;
      }
      if (o == outer.length || outer[o] != x) {
        return false;
      }
    }
    return true;
  }

  private static Graph<String, DefaultEdge> entailments(EvidenceBase evidence) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (PropositionRelation r : evidence.relations()) {
      if (r.kind() == RelationKind.ENTAILS) {
        g.addVertex(r.from());
        g.addVertex(r.to());
        // reversed: from a conclusion to its premises
        g.addEdge(r.to(), r.from());
      }
    }
    return g;
  }

  /** The propositions that entail {@code conclusion}, directly or through a chain. */
  private static Set<String> premises(Graph<String, DefaultEdge> reversed, String conclusion) {
    Set<String> found = new TreeSet<>();
    if (!reversed.containsVertex(conclusion)) {
      return found;
    }
    BreadthFirstIterator<String, DefaultEdge> it = new BreadthFirstIterator<>(reversed, conclusion);
    while (it.hasNext()) {
      String next = it.next();
      if (!next.equals(conclusion)) {
        found.add(next);
      }
    }
    return found;
  }
}
