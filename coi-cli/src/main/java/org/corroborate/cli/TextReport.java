package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.cluster.Outlier;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.analysis.statement.Statement;

/** The analysis as text for a terminal: disputes first, lines wrapped at {@value #WIDTH} columns. */
final class TextReport {

  /** The widest line printed. */
  static final int WIDTH = 100;

  /** The questions of {@code propositions}, in their order, joined by "; " (ids kept as ids). */
  static String texts(EvidenceBase evidence, List<String> propositions) {
    return propositions.stream()
        .map(id -> evidence.proposition(id).map(p -> p.text()).orElse(id))
        .collect(java.util.stream.Collectors.joining("; "));
  }

  private final AnalysisReport report;
  private final Selection selection;
  private final String corpusName;
  private final EvidenceBase evidence;

  private final Weighting weighting;

  TextReport(AnalysisReport report, Selection selection, String corpusName, Weighting weighting) {
    this.report = report;
    this.selection = selection;
    this.corpusName = corpusName;
    this.evidence = report.evidence();
    this.weighting = weighting;
  }

  void print(PrintWriter out) {
    wrap(out, "", String.format(Locale.ROOT, "Analysis of %s: %d sources, %d propositions, %d assertions.",
        corpusName, evidence.sources().size(), evidence.propositions().size(),
        evidence.assertions().size()));
    weighting.sentence().ifPresent(w -> wrap(out, "", w));

    wrap(out, "", Plain.SCALE);

    List<Dispute> disputes = report.disputes().stream()
        .filter(d -> selection.shows(d)).toList();
    heading(out, "DISPUTES", disputes.size());
    int n = 1;
    for (Dispute d : disputes) {
      wrap(out, "", String.format(Locale.ROOT, "%d. %s  [dispute weight %.2f]", n++,
          d.proposition().text(), d.weight()), "   ");
      wrap(out, "   ", Plain.opening(d, evidence));
      for (Camp camp : d.camps()) {
        wrap(out, "   ", Plain.side(camp) + ":");
        statements(out, camp.assertions(), d.proposition());
      }
      for (Plain.Side side : Plain.besides(d, report.corroboration(d.proposition().id()).orElseThrow())) {
        wrap(out, "   ", side.label() + ":");
        statements(out, side.assertions(), d.proposition());
      }
      if (!d.covers().isEmpty()) {
        wrap(out, "   ", "The same disagreement also at: " + texts(evidence, d.covers()) + ".");
      }
      if (!d.differsAt().isEmpty()) {
        wrap(out, "   ", "Narrower questions where the sides differ (each its own dispute): "
            + texts(evidence, d.differsAt()) + ".");
      }
    }

    for (Verdict v : new Verdict[] {Verdict.CORROBORATED, Verdict.CONTESTED_BY_ONE_SOURCE,
        Verdict.SINGLE_SOURCE, Verdict.UNCORROBORATED, Verdict.ABSENCE_OF_EVIDENCE_ONLY}) {
      List<Corroboration> found = report.corroborations().stream()
          .filter(c -> c.verdict() == v && selection.shows(c.proposition())).toList();
      heading(out, v.name().replace('_', ' '), found.size());
      for (Corroboration c : found) {
        wrap(out, "  - ", c.proposition().text(), "    ");
        wrap(out, "    ", Plain.finding(c, evidence));
        for (Plain.Side side : Plain.sides(c)) {
          wrap(out, "    ", side.label() + ":");
          statements(out, side.assertions(), c.proposition());
        }
      }
    }

    List<NonDispute> near = report.nonDisputes().stream()
        .filter(d -> selection.shows(d.proposition())).toList();
    heading(out, "NOT DISPUTES", near.size());
    for (NonDispute d : near) {
      wrap(out, "  - ", d.proposition().text() + " — " + d.kind().name().replace('_', ' ')
          .toLowerCase(Locale.ROOT) + ": " + d.reason(), "    ");
      statements(out, d.bearings().stream().map(b -> b.assertion()).distinct().toList(), d.proposition());
    }

    heading(out, "AGREEMENT CLUSTERS", report.clusters().size());
    report.clusters().forEach(c -> wrap(out, "  - ", names(c), "    "));
    heading(out, "OUTLIERS", report.outliers().size());
    for (Outlier o : report.outliers()) {
      wrap(out, "  - ", name(o.source()) + ": in the minority in " + o.disputes().size()
          + " dispute(s), in the majority in " + o.majority() + " (" + String.join(", ", o.disputes()) + ")", "    ");
    }
  }

  private static void heading(PrintWriter out, String title, int count) {
    out.println();
    out.println(title + " (" + count + ")");
  }

  private void statements(PrintWriter out, List<Assertion> assertions, Proposition asked) {
    for (String line : Plain.statements(Statement.of(assertions, evidence), evidence, asked)) {
      wrap(out, "     - ", line, "       ");
    }
  }

  private String names(java.util.Collection<String> sources) {
    return sources.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private String name(String source) {
    return evidence.source(source).map(s -> s.name()).orElse(source);
  }

  private static void wrap(PrintWriter out, String indent, String text) {
    wrap(out, indent, text, indent);
  }

  /** Prints {@code text} in words, the first line after {@code first}, the rest after {@code rest}. */
  static void wrap(PrintWriter out, String first, String text, String rest) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    for (String word : text.split(" ")) {
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.println(line.toString().stripTrailing());
        line = new StringBuilder(rest);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.println(line.toString().stripTrailing());
  }
}
