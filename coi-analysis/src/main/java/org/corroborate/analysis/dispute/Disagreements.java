package org.corroborate.analysis.dispute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
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
 * two assertions, is one statement to the reader, so the two disputes it makes are one. Disputes are taken widest first — most assertions, then most bearings on
 * the proposition, then heaviest, then by proposition id — and each one that repeats a dispute
 * already kept is folded into it ({@link Dispute#covers()}); the others are kept, except that a
 * proposition no source addressed directly never becomes a dispute of its own. A kept dispute
 * lists in {@link Dispute#differsAt()} the kept disputes on narrower propositions — a place or
 * time inside its own (same question) or a proposition that entails it through declared
 * entailments — whose camps differ from its own.
 *
 * <p>O(k² · c!) camp comparisons for k disputes of at most c camps (c is 2 for yes/no questions),
 * plus the entailment closure of the disputed propositions.
 */
final class Disagreements {

  private Disagreements() {}

  /** The disputes with repeats folded into the widest, in no particular order. */
  static List<Dispute> once(List<Dispute> disputes, EvidenceBase evidence,
      BearingDerivation derivation) {
    Map<Dispute, List<Set<String>>> camps = new HashMap<>();
    Map<Dispute, Integer> size = new HashMap<>();
    Map<Dispute, Integer> bearings = new HashMap<>();
    Map<Dispute, Boolean> addressed = new HashMap<>();
    for (Dispute d : disputes) {
      List<Set<String>> sets = new ArrayList<>();
      int n = 0;
      for (Camp c : d.camps()) {
        Set<String> ids = new HashSet<>();
        for (EvidenceLine line : c.lines()) {
          for (Bearing b : line.bearings()) {
            ids.add(b.source() + " " + String.join(" ", b.assertion().passages()));
          }
        }
        sets.add(ids);
        n += ids.size();
      }
      camps.put(d, sets);
      size.put(d, n);
      List<Bearing> on = derivation.bearingsOn(d.proposition().id());
      bearings.put(d, on.size());
      addressed.put(d, on.stream().anyMatch(b -> !b.derived()));
    }
    List<Dispute> widestFirst = new ArrayList<>(disputes);
    widestFirst.sort(Comparator.comparing((Dispute d) -> -size.get(d))
        .thenComparing(d -> !addressed.get(d))
        .thenComparing(d -> -bearings.get(d))
        .thenComparing(Comparator.comparingDouble(Dispute::weight).reversed())
        .thenComparing(d -> d.proposition().id()));
    Map<Dispute, List<String>> covers = new LinkedHashMap<>();
    for (Dispute d : widestFirst) {
      Dispute into = null;
      for (Dispute kept : covers.keySet()) {
        if (repeats(camps.get(d), camps.get(kept))) {
          into = kept;
          break;
        }
      }
      if (into != null) {
        covers.get(into).add(d.proposition().id());
      } else if (addressed.get(d)) {
        covers.put(d, new ArrayList<>());
      }
    }
    Graph<String, DefaultEdge> entails = entailments(evidence);
    List<Dispute> out = new ArrayList<>(covers.size());
    for (Map.Entry<Dispute, List<String>> e : covers.entrySet()) {
      Dispute wide = e.getKey();
      Set<String> premises = premises(entails, wide.proposition().id());
      List<String> differs = new ArrayList<>();
      for (Dispute other : covers.keySet()) {
        Proposition narrow = other.proposition();
        if (other != wide && (premises.contains(narrow.id())
            || (BearingDerivation.sameQuestion(narrow, wide.proposition())
                && BearingDerivation.liesInside(narrow, wide.proposition(), evidence)
                && !BearingDerivation.liesInside(wide.proposition(), narrow, evidence)))) {
          differs.add(narrow.id());
        }
      }
      out.add(wide.standingFor(e.getValue(), differs));
    }
    return out;
  }

  /**
   * Whether every camp of {@code narrow} is a subset of a camp of {@code wide}, distinct camps to
   * distinct camps (a matching found by backtracking; camps are few).
   */
  static boolean repeats(List<Set<String>> narrow, List<Set<String>> wide) {
    return match(narrow, wide, 0, new boolean[wide.size()]);
  }

  private static boolean match(List<Set<String>> narrow, List<Set<String>> wide, int i,
      boolean[] used) {
    if (i == narrow.size()) {
      return true;
    }
    for (int j = 0; j < wide.size(); j++) {
      if (!used[j] && wide.get(j).containsAll(narrow.get(i))) {
        used[j] = true;
        if (match(narrow, wide, i + 1, used)) {
          return true;
        }
        used[j] = false;
      }
    }
    return false;
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
