package org.corroborate.cli;

import com.google.common.collect.ImmutableListMultimap;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.corroboration.Corroboration;

/** The findings a report shows, topic by topic. */
final class Findings {

  private Findings() {}

  /**
   * The findings shown under each topic, in the analysis's order: those selected that some line
   * supports, opposes or knows no evidence of. One pass over the findings, O(n), so that a report
   * of many topics does not scan every finding once per topic.
   */
  static ImmutableListMultimap<String, Corroboration> byTopic(AnalysisReport report, Selection selection) {
    ImmutableListMultimap.Builder<String, Corroboration> byTopic = ImmutableListMultimap.builder();
    for (Corroboration c : report.corroborations()) {
      if (selection.shows(c.proposition())
          && (c.independentSupport() > 0 || !c.absence().isEmpty() || !c.opposing().isEmpty())) {
        byTopic.put(c.proposition().topic(), c);
      }
    }
    return byTopic.build();
  }
}
