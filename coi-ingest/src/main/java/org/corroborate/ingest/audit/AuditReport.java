package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a {@link CitationAudit}, by footnote, then by the order of the citations in it.
 *
 * @param findings every finding
 */
public record AuditReport(ImmutableList<Finding> findings) {

  /** Copies the findings, ordered by footnote (a stable sort keeps their order within one). */
  public AuditReport {
    findings = ImmutableList.sortedCopyOf(Comparator.comparingInt(Finding::footnote), findings);
  }

  /** The findings with code {@code code}, by footnote. */
  public ImmutableList<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).collect(ImmutableList.toImmutableList());
  }

  /** The findings of footnote {@code footnote}, in order. */
  public ImmutableList<Finding> inFootnote(int footnote) {
    return findings.stream().filter(f -> f.footnote() == footnote)
        .collect(ImmutableList.toImmutableList());
  }

  /** How many findings there are of each code and severity that occurs, as {@code CODE/SEVERITY}. */
  public ImmutableSortedMap<String, Integer> counts() {
    Map<String, Integer> out = new TreeMap<>();
    findings.forEach(f -> out.merge(f.code() + "/" + f.severity(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(out);
  }
}
