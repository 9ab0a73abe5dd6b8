package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;

/**
 * Outlier sources: in each dispute the minority is the one camp with fewer independent lines than
 * every other (none when camps tie); a source is an outlier when it is in the minority of more
 * disputes than it is in the majority of. O(total camp size).
 */
public final class Outliers {

  private Outliers() {}

  /** The outliers among the sources of {@code disputes}, by source id. */
  public static ImmutableList<Outlier> of(List<Dispute> disputes) {
    // each dispute is read on its own, so in parallel, and the reads are counted in order
    List<CampSources> read = disputes.parallelStream().map(CampSources::of).toList();
    Map<String, List<String>> minority = new HashMap<>();
    Map<String, Integer> majority = new HashMap<>();
    for (CampSources sides : read) {
      for (String source : sides.minority()) {
        minority.computeIfAbsent(source, k -> new ArrayList<>()).add(sides.dispute());
      }
      for (Collection<String> camp : sides.majority()) {
        for (String source : camp) {
          majority.merge(source, 1, Integer::sum);
        }
      }
    }
    ImmutableList.Builder<Outlier> out = ImmutableList.builder();
    new TreeMap<>(minority).forEach((source, ids) -> {
      int times = majority.getOrDefault(source, 0);
      if (ids.size() > times) {
        out.add(new Outlier(source, ImmutableList.copyOf(ids), times));
      }
    });
    return out.build();
  }

  /**
   * The sources of one dispute's minority camp and of each of its other camps; no camp at all
   * when the dispute has no minority.
   */
  private record CampSources(String dispute, Collection<String> minority,
      List<Collection<String>> majority) {
    static CampSources of(Dispute d) {
      Optional<Camp> smallest = d.minority();
      if (smallest.isEmpty()) {
        return new CampSources(d.id(), Set.of(), List.of());
      }
      List<Camp> camps = d.camps();
      List<Collection<String>> majority = new ArrayList<>(camps.size() - 1);
      for (int i = 0; i < camps.size(); i++) {
        Camp camp = camps.get(i);
        if (camp != smallest.get()) {
          majority.add(sources(camp));
        }
      }
      return new CampSources(d.id(), sources(smallest.get()), majority);
    }
  }

  /**
   * The distinct sources of a camp, in no particular order: {@link Camp#sources()} unsorted. A
   * camp holds few sources, so they are compared in a list; past {@link #SCANNED} they are hashed.
   */
  private static Collection<String> sources(Camp camp) {
    List<String> sources = new ArrayList<>(4);
    Set<String> hashed = null;
    List<EvidenceLine> lines = camp.lines();
    for (int l = 0; l < lines.size(); l++) {
      EvidenceLine line = lines.get(l);
      for (int k = 0; k < line.size(); k++) {
        String source = line.bearing(k).source();
        if (hashed != null) {
          hashed.add(source);
        } else if (!sources.contains(source)) {
          sources.add(source);
          if (sources.size() > SCANNED) {
            hashed = new HashSet<>(sources);
          }
        }
      }
    }
    return hashed != null ? hashed : sources;
  }

  /** How many distinct sources a camp's list holds before they are hashed instead. */
  private static final int SCANNED = 16;
}
