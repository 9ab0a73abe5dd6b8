package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Topic;

/**
 * The analysis as Markdown a COI researcher can paste into a query response or a decision annex:
 * the weight scale explained once, then the disputes, each opened by a plain sentence and followed
 * by every statement of each side with its quote in quotation marks and its particulars; then the
 * findings topic by topic, each a short paragraph. Every statement carries a numbered footnote in
 * the EUAA COI referencing style ({@link EuaaReference}); footnotes are numbered in order of first
 * use, and an identical footnote is reused. Every figure is {@link Plain}'s, from the one value
 * the text report prints.
 */
final class MarkdownReport {

  private final AnalysisReport report;
  private final Selection selection;
  private final String corpusName;
  private final EvidenceBase evidence;
  private final Map<String, Integer> footnotes = new LinkedHashMap<>();

  private final Weighting weighting;

  MarkdownReport(AnalysisReport report, Selection selection, String corpusName, Weighting weighting) {
    this.report = report;
    this.selection = selection;
    this.corpusName = corpusName;
    this.evidence = report.evidence();
    this.weighting = weighting;
  }

  void print(PrintWriter out) {
    out.println("# What the sources say");
    out.println();
    out.println("Analysis of " + corpusName + ".");
    weighting.sentence().ifPresent(w -> {
      out.println();
      out.println(w);
    });
    out.println();
    out.println("*" + Plain.SCALE + "*");
    List<Dispute> disputes = report.disputes().stream()
        .filter(d -> selection.shows(d)).toList();
    Map<String, Integer> numbers = numbers(disputes);
    out.println();
    out.println("## Where the sources disagree");
    out.println();
    if (disputes.isEmpty()) {
      out.println("The sources do not disagree on any of these questions.");
      out.println();
    }
    int n = 1;
    for (Dispute d : disputes) {
      out.println("### " + n++ + ". " + escape(d.proposition().text()));
      out.println();
      out.println(escape(Plain.opening(d, evidence)));
      out.println();
      for (Camp camp : d.camps()) {
        out.println("**" + escape(Plain.side(camp)) + ":**");
        out.println();
        for (Plain.Said said : Plain.said(Statement.of(camp.assertions(), evidence), evidence,
            d.proposition())) {
          out.println("- " + statement(said));
        }
        out.println();
      }
      for (Plain.Side side : Plain.besides(d, report.corroboration(d.proposition().id()).orElseThrow())) {
        out.println("**" + escape(side.label()) + ":**");
        out.println();
        for (Plain.Said said : Plain.said(Statement.of(side.assertions(), evidence), evidence,
            d.proposition())) {
          out.println("- " + statement(said));
        }
        out.println();
      }
      if (!d.covers().isEmpty()) {
        out.println(escape("The same disagreement also at: " + TextReport.texts(evidence, d.covers())
            + "."));
        out.println();
      }
      if (!d.differsAt().isEmpty()) {
        out.println(escape("Narrower questions where the sides differ, each its own dispute: "
            + TextReport.texts(evidence, d.differsAt()) + "."));
        out.println();
      }
    }

    out.println("## Findings by topic");
    com.google.common.collect.ImmutableListMultimap<String, Corroboration> byTopic =
        Findings.byTopic(report, selection);
    for (Topic topic : evidence.topics()) {
      List<Corroboration> found = byTopic.get(topic.id());
      if (found.isEmpty()) {
        continue;
      }
      out.println();
      out.println("### " + escape(evidence.topicPath(topic.id()).stream().map(Topic::label)
          .collect(Collectors.joining(" › "))));
      for (Corroboration c : found) {
        out.println();
        out.println(finding(c, numbers));
      }
    }

    List<NonDispute> near = report.nonDisputes().stream()
        .filter(x -> selection.shows(x.proposition())).toList();
    if (!near.isEmpty()) {
      out.println();
      out.println("## Apparent disagreements that are not disputes");
      out.println();
      for (NonDispute x : near) {
        List<Statement> statements = Statement.of(x.bearings().stream()
            .map(b -> b.assertion()).toList(), evidence);
        out.println("- " + escape(x.proposition().text() + ": " + x.reason()) + "."
            + statements.stream().map(st -> cite(st.assertion().passages())).distinct().sorted()
                .collect(Collectors.joining()));
      }
    }

    if (!footnotes.isEmpty()) {
      out.println();
      footnotes.forEach((text, number) -> out.println("[^" + number + "]: " + text));
    }
  }

  /**
   * A finding as a short paragraph: the proposition in bold, {@link Plain#finding}, then its
   * statements; a finding whose question has its dispute above names that dispute instead.
   */
  private String finding(Corroboration c, Map<String, Integer> numbers) {
    StringBuilder p = new StringBuilder("**").append(escape(c.proposition().text())).append(".** ");
    Integer number = numbers.get(c.proposition().id());
    if (number != null) {
      return p.append(Plain.seeDispute(number)).toString();
    }
    p.append(escape(Plain.finding(c, evidence)));
    for (Plain.Side side : Plain.sides(c)) {
      p.append(' ').append(escape(side.label())).append(':');
      for (Plain.Said said : Plain.said(Statement.of(side.assertions(), evidence), evidence,
          c.proposition())) {
        p.append(' ').append(statement(said));
        if (!said.of().isEmpty() || p.charAt(p.length() - 1) != '.') {
          p.append('.');
        }
      }
    }
    return p.toString();
  }

  /** The disputes' numbers by proposition, the narrower questions they cover included. */
  private static Map<String, Integer> numbers(List<Dispute> disputes) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    int n = 1;
    for (Dispute d : disputes) {
      numbers.putIfAbsent(d.proposition().id(), n);
      for (String covered : d.covers()) {
        numbers.putIfAbsent(covered, n);
      }
      n++;
    }
    return numbers;
  }

  /**
   * A statement in words with its footnote: "Huseyn Aliyev (academic): “…”[^3] (states it as fact;
   * time: November 2024)".
   */
  private String statement(Plain.Said said) {
    Statement s = said.statement();
    return escape(s.speaker()) + ": " + escape(Plain.quoted(s)) + cite(said.passages()) + " ("
        + escape(String.join("; ", said.particulars())) + ")"
        + (said.of().isEmpty() ? "" : "; said of: " + escape(String.join("; ", said.of())));
  }

  /** The footnote reference of passages, reusing the number of an identical footnote. */
  private String cite(List<String> passages) {
    return "[^" + footnotes.computeIfAbsent(EuaaReference.of(passages, evidence),
        t -> footnotes.size() + 1) + "]";
  }

  /**
   * Text made safe for Markdown: the characters that would start emphasis, code or HTML are
   * escaped; everything else, quotes included, is printed as it is.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '<') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
