package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.cluster.Outlier;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.graph.EvidenceGraph;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Topic;

/**
 * The analysis as one self-contained HTML page: the weight scale explained once; the disputes
 * first, each opened by {@link Plain#opening} and followed by every statement of each side with its
 * quote, source, where it is written and its particulars; the evidence graph of the disputed
 * propositions as an inline SVG picture ({@link GraphPicture}); then a table per topic of every
 * finding in {@link Plain#finding}'s words with its statements (a disputed finding links to its
 * dispute and prints no figure of its own); the near-misses that are not disputes; agreement
 * clusters and outliers. Under 700 pixels the tables turn into blocks, so that a phone shows them
 * without scrolling sideways.
 *
 * <p>The page needs no network: its style is inline, it loads no script, font, image or other
 * resource, and it names no URL; its only links lead to its own sections. It is well-formed XML as well as HTML (XHTML syntax without
 * namespace declarations), so a test can parse it with the JDK's XML parser. All text is escaped
 * with {@link HtmlEscaper}; numbers are formatted with {@link Locale#ROOT}. The page depends only
 * on the analysis: the same corpus gives the same bytes.
 */
final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2em auto;"
          + "max-width:1200px;padding:0 1em;color:#1f2328;line-height:1.4}",
      "h1{font-size:1.7em;margin-bottom:.2em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;"
          + "margin-top:2em}h3{font-size:1.05em;margin:1.4em 0 .4em}",
      "table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.9em}",
      "th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      ".refs{color:#57606a;font-size:.92em}.muted{color:#57606a}",
      ".note{background:#fff8c5;border-left:3px solid #d4a72c;padding:.3em .6em}",
      ".verdict{font-size:.8em;font-weight:600;padding:.1em .4em;border-radius:.8em;white-space:nowrap}",
      ".CORROBORATED{background:#dafbe1}.SINGLE_SOURCE{background:#ddf4ff}.DISPUTED{background:#ffebe9}",
      ".CONTESTED_BY_ONE_SOURCE{background:#fff1e5}.UNCORROBORATED{background:#eaeef2}",
      ".ABSENCE_OF_EVIDENCE_ONLY{background:#eaeef2}",
      ".AFFIRMS{color:#1a7f37;font-weight:600}.DENIES{color:#cf222e;font-weight:600}"
          + ".VALUE{color:#0969da;font-weight:600}",
      "figure{margin:1em 0;overflow-x:auto}figcaption{color:#57606a;font-size:.9em}",
      ".scale{background:#f6f8fa;border-left:3px solid #d0d7de;padding:.4em .8em;font-size:.92em}",
      ".opening{font-weight:500}h4{margin:.8em 0 .2em;font-size:.95em}",
      "ul.statements{list-style:none;padding-left:0;margin:.2em 0 .8em}",
      "ul.statements li{border-left:3px solid #d0d7de;padding:.2em .6em;margin:.35em 0}",
      ".AFFIRMS+ul.statements li{border-left-color:#1a7f37}.DENIES+ul.statements li{border-left-color:#cf222e}"
          + ".VALUE+ul.statements li,.CATEGORY+ul.statements li{border-left-color:#0969da}",
      ".quote,.of{display:block}.who{font-weight:600}.where,.particulars,.of{color:#57606a;font-size:.9em}",
      "td ul.statements{margin:0}td ul.statements li{margin:.2em 0}",
      "table.findings col.p{width:28%}table.findings col.f{width:27%}",
      "body,td,th,li,p{overflow-wrap:anywhere}",
      "@media (max-width:700px){body{margin:1em auto;padding:0 .6em}",
      "table,thead,tbody,tr,th,td{display:block;width:auto}thead{display:none}",
      "tr{border:1px solid #d0d7de;margin:.6em 0;padding:.2em}td{border:0;padding:.2em .3em}",
      "td.num{text-align:left}td[data-label]::before{content:attr(data-label) \": \";font-weight:600;color:#57606a}}");

  /** The most disputes drawn in the evidence graph picture: more would not be legible. */
  static final int PICTURED = 40;

  private final AnalysisReport report;
  private final Selection selection;
  private final String corpusName;
  private final EvidenceBase evidence;

  private final Weighting weighting;

  HtmlReport(AnalysisReport report, Selection selection, String corpusName, Weighting weighting) {
    this.report = report;
    this.selection = selection;
    this.corpusName = corpusName;
    this.evidence = report.evidence();
    this.weighting = weighting;
  }

  void print(PrintWriter out) {
    out.print(page());
  }

  /** The whole page. */
  String page() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(e("What the sources say — " + corpusName)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    h.append("<h1>What the sources say</h1>\n<p>")
        .append(e(String.format(Locale.ROOT, "Analysis of %s: %d sources, %d propositions, %d assertions.",
            corpusName, evidence.sources().size(), evidence.propositions().size(),
            evidence.assertions().size())))
        .append("</p>\n");
    weighting.sentence().ifPresent(w -> h.append("<p>").append(e(w)).append("</p>\n"));
    h.append("<p class=\"scale\">").append(e(Plain.SCALE)).append("</p>\n");
    h.append("<p class=\"muted\">Contents: <a href=\"#disputes\">disputes</a> · <a href=\"#graph\">"
            + "evidence graph</a> · <a href=\"#findings\">findings by topic</a> · <a href=\"#not-disputes\">"
            + "not disputes</a> · <a href=\"#clusters\">agreement clusters</a> · <a href=\"#outliers\">"
            + "outliers</a></p>\n");

    List<Dispute> disputes = report.disputes().stream()
        .filter(d -> selection.shows(d)).toList();
    disputes(h, disputes);
    graph(h, disputes);
    findings(h, disputes);
    nonDisputes(h);
    clusters(h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private void disputes(StringBuilder h, List<Dispute> disputes) {
    h.append("<h2 id=\"disputes\">Where the sources disagree (").append(disputes.size()).append(")</h2>\n");
    if (disputes.isEmpty()) {
      h.append("<p>The sources do not disagree on any of these questions.</p>\n");
      return;
    }
    int n = 1;
    for (Dispute d : disputes) {
      h.append("<section class=\"dispute\" id=\"").append(e(anchor(d))).append("\">\n")
          .append("<h3>").append(n++).append(". ").append(e(d.proposition().text())).append("</h3>\n")
          .append("<p class=\"opening\">").append(e(Plain.opening(d, evidence))).append("</p>\n");
      for (Camp camp : d.camps()) {
        h.append("<h4 class=\"").append(camp.kind().name()).append("\">").append(e(Plain.side(camp)))
            .append("</h4>\n");
        statements(h, Statement.of(camp.assertions(), evidence), d.proposition());
      }
      for (Plain.Side side : Plain.besides(d, report.corroboration(d.proposition().id()).orElseThrow())) {
        h.append("<h4 class=\"besides\">").append(e(side.label())).append("</h4>\n");
        statements(h, Statement.of(side.assertions(), evidence), d.proposition());
      }
      if (!d.covers().isEmpty()) {
        h.append("<p class=\"covers\">The same disagreement also at: ")
            .append(e(TextReport.texts(evidence, d.covers()))).append(".</p>\n");
      }
      if (!d.differsAt().isEmpty()) {
        h.append("<p class=\"differs\">Narrower questions where the sides differ (each its own"
            + " dispute): ").append(e(TextReport.texts(evidence, d.differsAt()))).append(".</p>\n");
      }
      h.append("</section>\n");
    }
  }

  /**
   * Statements as a list, each with its quote in quotation marks, the source and where it is
   * written, and its particulars; the questions a statement was said of when not this one.
   */
  private void statements(StringBuilder h, List<Statement> statements, Proposition asked) {
    h.append("<ul class=\"statements\">\n");
    for (Plain.Said said : Plain.said(statements, evidence, asked)) {
      Statement s = said.statement();
      h.append("<li><span class=\"quote\">").append(e(Plain.quoted(s))).append("</span>")
          .append("<span class=\"who\">").append(e(s.speaker())).append("</span>, ")
          .append("<span class=\"where\">").append(e(said.where())).append("</span>")
          .append(" <span class=\"particulars\">(").append(e(String.join("; ", said.particulars())))
          .append(")</span>");
      if (!said.of().isEmpty()) {
        h.append(" <span class=\"of\">said of: ").append(e(String.join("; ", said.of())))
            .append("</span>");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private static String anchor(Dispute d) {
    return "dispute-" + d.proposition().id();
  }

  private void graph(StringBuilder h, List<Dispute> disputes) {
    if (disputes.isEmpty()) {
      return;
    }
    List<String> ids = disputes.stream().limit(PICTURED).map(d -> d.proposition().id()).toList();
    EvidenceGraph graph = EvidenceGraph.about(evidence, ids);
    h.append("<h2 id=\"graph\">The evidence graph of the disputed propositions</h2>\n<figure>\n")
        .append(GraphPicture.svg(graph, evidence, ids))
        .append("<figcaption>Each source is joined to the propositions it speaks to, each proposition"
            + " to the minutes paragraphs where it is said; a line's colour is the position taken."
            + " Propositions are numbered as the disputes above; hover a box for its full label."
            + (disputes.size() > PICTURED ? " The picture shows the first " + PICTURED + " of the "
                + disputes.size() + " disputes; more would not be legible." : "")
            + "</figcaption>\n</figure>\n");
  }

  private void findings(StringBuilder h, List<Dispute> disputes) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, String> anchors = new LinkedHashMap<>();
    int n = 1;
    for (Dispute d : disputes) {
      for (String id : concat(d.proposition().id(), d.covers())) {
        numbers.putIfAbsent(id, n);
        anchors.putIfAbsent(id, anchor(d));
      }
      n++;
    }
    h.append("<h2 id=\"findings\">Findings by topic</h2>\n");
    com.google.common.collect.ImmutableListMultimap<String, Corroboration> byTopic =
        Findings.byTopic(report, selection);
    for (Topic topic : evidence.topics()) {
      List<Corroboration> found = byTopic.get(topic.id());
      if (found.isEmpty()) {
        continue;
      }
      h.append("<h3 id=\"").append(e("topic-" + topic.id())).append("\">")
          .append(e(evidence.topicPath(topic.id()).stream().map(Topic::label)
              .collect(Collectors.joining(" › ")))).append("</h3>\n")
          .append("<table class=\"findings\">\n<colgroup><col class=\"p\"/><col class=\"f\"/><col/>"
              + "</colgroup>\n<thead><tr><th>Proposition</th><th>Finding</th><th>Statements</th>"
              + "</tr></thead>\n<tbody>\n");
      for (Corroboration c : found) {
        Integer number = numbers.get(c.proposition().id());
        h.append("<tr><td data-label=\"Proposition\">").append(e(c.proposition().text()))
            .append("</td><td data-label=\"Finding\" class=\"")
            .append(number == null ? c.verdict().name() : Verdict.DISPUTED.name()).append("\">");
        if (number != null) {
          String see = Plain.seeDispute(number);
          String link = "dispute " + number;
          int at = see.indexOf(link);
          h.append(e(see.substring(0, at))).append("<a href=\"#")
              .append(e(anchors.get(c.proposition().id()))).append("\">").append(link).append("</a>")
              .append(e(see.substring(at + link.length()))).append("</td><td data-label=\"Statements\">")
              .append("<span class=\"muted\">Listed under <a href=\"#")
              .append(e(anchors.get(c.proposition().id()))).append("\">dispute ").append(number)
              .append("</a>, side by side.</span>");
        } else {
          h.append(e(Plain.finding(c, evidence))).append("</td><td data-label=\"Statements\">");
          for (Plain.Side side : Plain.sides(c)) {
            h.append("<p class=\"side\">").append(e(side.label())).append(":</p>\n");
            statements(h, Statement.of(side.assertions(), evidence), c.proposition());
          }
        }
        h.append("</td></tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  private void nonDisputes(StringBuilder h) {
    List<NonDispute> near = report.nonDisputes().stream()
        .filter(n -> selection.shows(n.proposition())).toList();
    h.append("<h2 id=\"not-disputes\">Apparent disagreements that are not disputes (")
        .append(near.size()).append(")</h2>\n");
    if (near.isEmpty()) {
      return;
    }
    h.append("<table class=\"findings\">\n<thead><tr><th>Proposition</th><th>Why it is not a dispute</th>"
        + "<th>Statements</th></tr></thead>\n<tbody>\n");
    for (NonDispute n : near) {
      h.append("<tr><td data-label=\"Proposition\">").append(e(n.proposition().text()))
          .append("</td><td data-label=\"Why\">")
          .append(e(n.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT) + ": " + n.reason()))
          .append("</td><td data-label=\"Statements\">");
      statements(h, Statement.of(n.bearings().stream().map(b -> b.assertion()).distinct().toList(),
          evidence), n.proposition());
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private void clusters(StringBuilder h) {
    h.append("<h2 id=\"clusters\">Agreement clusters (").append(report.clusters().size()).append(")</h2>\n");
    if (!report.clusters().isEmpty()) {
      h.append("<ul>\n");
      report.clusters().forEach(c -> h.append("<li>").append(e(names(c))).append("</li>\n"));
      h.append("</ul>\n");
    }
    h.append("<h2 id=\"outliers\">Outliers (").append(report.outliers().size()).append(")</h2>\n");
    if (!report.outliers().isEmpty()) {
      h.append("<ul>\n");
      for (Outlier o : report.outliers()) {
        h.append("<li>").append(e(name(o.source()) + ": in the minority in " + o.disputes().size()
            + " dispute(s), in the majority in " + o.majority() + " ("
            + String.join(", ", o.disputes()) + ")")).append("</li>\n");
      }
      h.append("</ul>\n");
    }
  }

  private static String verdict(Corroboration c) {
    return "<span class=\"verdict " + c.verdict().name() + "\">"
        + e(c.verdict().name().replace('_', ' ').toLowerCase(Locale.ROOT)) + "</span>";
  }



  private String names(Collection<String> sources) {
    return sources.stream().map(this::name).collect(Collectors.joining(", "));
  }

  private String name(String source) {
    return evidence.source(source).map(s -> s.name()).orElse(source);
  }

  private static String e(String text) {
    return HtmlEscaper.escape(text);
  }
}
