package org.corroborate.analysis.cluster;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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
import org.corroborate.analysis.scope.Bearing;

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
      for (Set<String> camp : sides.majority()) {
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
  private record CampSources(String dispute, Set<String> minority, List<Set<String>> majority) {
    static CampSources of(Dispute d) {
      Optional<Camp> smallest = d.minority();
      if (smallest.isEmpty()) {
        return new CampSources(d.id(), Set.of(), List.of());
      }
      List<Set<String>> majority = new ArrayList<>(d.camps().size() - 1);
      for (Camp camp : d.camps()) {
        if (camp != smallest.get()) {
          majority.add(sources(camp));
        }
      }
      return new CampSources(d.id(), sources(smallest.get()), majority);
    }
  }

  /** The distinct sources of a camp, in no particular order: {@link Camp#sources()} unsorted. */
  private static Set<String> sources(Camp camp) {
    Set<String> sources = new HashSet<>();
    for (EvidenceLine line : camp.lines()) {
      for (int k = 0; k < line.size(); k++) {
        sources.add(line.bearing(k).source());
      }
    }
    return sources;
  }
}
