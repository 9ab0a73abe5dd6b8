package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.model.CorporaAccess;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.junit.jupiter.api.Test;

/**
 * Laws of the printed analysis over generated corpora: the output is byte for byte the same
 * whatever the order the corpus's parts were given in, and on every run.
 */
final class ReportOutputProperties {

  /** Every output format of {@code coi analyze}, printed whole, one after the other. */
  private static String printed(EvidenceBase evidence) {
    AnalysisReport report = Analysis.of(evidence);
    Selection all = new Selection(evidence.propositions().stream().map(Proposition::id)
        .collect(ImmutableSet.toImmutableSet()));
    StringWriter out = new StringWriter();
    PrintWriter w = new PrintWriter(out);
    new TextReport(report, all, "generated", Weighting.GRADING).print(w);
    w.println(JsonReport.of(report, all, Weighting.GRADING));
    new MarkdownReport(report, all, "generated", Weighting.GRADING).print(w);
    new HtmlReport(report, all, "generated", Weighting.GRADING).print(w);
    w.flush();
    return out.toString();
  }

  @Test
  void analyze_output_isByteIdentical_acrossInputOrderingsAndRuns() {
    qt().withExamples(100).forAll(CorporaAccess.inTwoOrders(6)).checkAssert(pair -> {
      List<EvidenceBase> orders = pair;
      String first = printed(orders.get(0));
      assertEquals(first, printed(orders.get(1)),
          "the same corpus given in another order prints the same bytes");
      assertEquals(first, printed(orders.get(0)), "a second run prints the same bytes");
    });
  }
}
