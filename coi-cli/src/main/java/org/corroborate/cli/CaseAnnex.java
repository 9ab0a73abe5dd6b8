package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.casework.Fact;
import org.corroborate.casework.consistency.Assessment;
import org.corroborate.casework.consistency.CoiLine;
import org.corroborate.casework.consistency.CoiStatement;
import org.corroborate.casework.consistency.FactAssessment;
import org.corroborate.casework.consistency.RecencyGap;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.words.InWords;

/**
 * The assessment of a case as a decision annex, in four forms sharing one set of sentences: per
 * fact, the applicant's statement with its record reference, the outcome in words and its reason,
 * the COI lines with quotes and references, the pivotal sources, what would change the outcome;
 * and, opening and closing every form but JSON, the sentence that this assesses external
 * consistency only and does not decide credibility ({@link Assessment#SCOPE_NOTE}).
 *
 * <p>JSON, exactly: {@code case}, {@code decisionDate} and {@code facts}, each {@code id}, {@code
 * statement}, {@code assessment} (the outcome's constant), {@code reason}, {@code supporting} and
 * {@code opposing} (the {@link EvidenceLineJson evidence lines} of the statements, line by line)
 * and {@code pivotal} (source ids). The HTML page is self-contained: inline style, no script, no
 * external resource, every text escaped with {@link HtmlEscaper}. Every form depends only on the
 * assessment: the same case and corpus give the same bytes.
 */
final class CaseAnnex {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Assessment assessment;
  private final EvidenceBase evidence;
  private final String corpusName;

  CaseAnnex(Assessment assessment, EvidenceBase evidence, String corpusName) {
    this.assessment = assessment;
    this.evidence = evidence;
    this.corpusName = corpusName;
  }

  private String decided() {
    return InWords.date(PartialDate.of(assessment.decisionDate()));
  }

  private String heading() {
    return "External consistency of case " + assessment.caseId() + ", decision of " + decided();
  }

  private String basis() {
    return "COI: " + corpusName + ", as available on " + decided() + "; a statement with no time of"
        + " its own is read as describing the " + assessment.recencyMonths() + " months before it"
        + " was made.";
  }

  private String pivotal(FactAssessment f) {
    return f.pivotal().isEmpty() ? "Pivotal sources: none (no single source decides the outcome)."
        : "Pivotal sources (the outcome would change without any one of them): "
            + Plain.names(f.pivotal(), evidence) + ".";
  }

  /** A statement as a reader checks it: who, where, the quote, its particulars, why it bears. */
  private String statement(CoiStatement c) {
    Statement s = c.statement();
    return s.speaker() + ", " + s.where(evidence) + ": " + Plain.quoted(s) + " ("
        + String.join("; ", s.particulars(evidence)) + "). " + c.bearing() + gap(c) + ".";
  }

  private static String gap(CoiStatement c) {
    if (c.gap().isEmpty()) {
      return "";
    }
    RecencyGap g = c.gap().get();
    return "; no time of its own: read as describing " + InWords.time(g.window())
        + (g.months() == 0 ? "" : ", " + g.months() + (g.months() == 1 ? " month" : " months")
            + " after the applicant's statement");
  }

  private static String line(CoiLine l, int n) {
    return "Line " + n + " (" + l.id() + ")";
  }

  // ---------------------------------------------------------------------------------- text

  void text(PrintWriter out) {
    TextReport.wrap(out, "", heading(), "");
    TextReport.wrap(out, "", basis(), "");
    TextReport.wrap(out, "", Assessment.SCOPE_NOTE, "");
    int n = 0;
    for (FactAssessment f : assessment.facts()) {
      n++;
      Fact fact = f.fact();
      out.println();
      TextReport.wrap(out, n + ". ", fact.id() + ": " + f.outcome().words().toUpperCase(java.util.Locale.ROOT), "   ");
      TextReport.wrap(out, "   ", "Statement (" + fact.record() + "): “" + fact.statement() + "”", "     ");
      TextReport.wrap(out, "   ", "Proposition " + f.proposition().id() + " ("
          + (fact.stance() == org.corroborate.casework.FactStance.AFFIRMS ? "affirmed" : "denied")
          + fact.time().map(t -> ", " + InWords.time(t)).orElse("")
          + fact.value().map(v -> ", " + InWords.value(v)).orElse("") + "): "
          + f.proposition().text(), "     ");
      TextReport.wrap(out, "   ", f.reason(), "   ");
      textLines(out, "Supporting", f.supporting());
      textLines(out, "Opposing", f.opposing());
      if (!f.notCounted().isEmpty()) {
        TextReport.wrap(out, "   ", "Not counted:", "   ");
        f.notCounted().forEach(c -> TextReport.wrap(out, "   - ", statement(c), "     "));
      }
      TextReport.wrap(out, "   ", pivotal(f), "   ");
      TextReport.wrap(out, "   ", "What would change it: " + f.wouldChange(), "   ");
    }
  }

  private void textLines(PrintWriter out, String side, List<CoiLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    TextReport.wrap(out, "   ", side + ":", "   ");
    int i = 0;
    for (CoiLine l : lines) {
      i++;
      TextReport.wrap(out, "   ", line(l, i) + ":", "   ");
      l.statements().forEach(c -> TextReport.wrap(out, "   - ", statement(c), "     "));
    }
  }

  // ------------------------------------------------------------------------------ markdown

  void markdown(PrintWriter out) {
    out.println("# Annex: " + heading());
    out.println();
    out.println(basis());
    out.println();
    out.println("> " + Assessment.SCOPE_NOTE);
    int n = 0;
    for (FactAssessment f : assessment.facts()) {
      n++;
      Fact fact = f.fact();
      out.println();
      out.println("## " + n + ". " + md(fact.id()) + ": " + f.outcome().words());
      out.println();
      out.println("**Applicant's statement** (" + md(fact.record()) + "): “" + md(fact.statement()) + "”");
      out.println();
      out.println("**Bears on:** " + md(f.proposition().text()) + " (`" + f.proposition().id() + "`, "
          + (fact.stance() == org.corroborate.casework.FactStance.AFFIRMS ? "affirmed" : "denied")
          + fact.time().map(t -> ", " + InWords.time(t)).orElse("")
          + fact.value().map(v -> ", " + InWords.value(v)).orElse("") + ")");
      out.println();
      out.println("**Outcome: " + f.outcome().words() + ".** " + md(f.reason()));
      markdownLines(out, "Supporting COI", f.supporting());
      markdownLines(out, "Opposing COI", f.opposing());
      if (!f.notCounted().isEmpty()) {
        out.println();
        out.println("**Not counted** (absence of evidence, not knowing, or a generality the"
            + " statement does not contradict):");
        out.println();
        f.notCounted().forEach(c -> out.println("- " + md(statement(c))));
      }
      out.println();
      out.println(md(pivotal(f)));
      out.println();
      out.println("**What would change the outcome:** " + md(f.wouldChange()));
    }
    out.println();
    out.println("---");
    out.println();
    out.println("*" + Assessment.SCOPE_NOTE + "*");
  }

  private void markdownLines(PrintWriter out, String side, List<CoiLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println("**" + side + "** (" + InWords.count(lines.size()) + " independent line"
        + (lines.size() == 1 ? "" : "s") + "):");
    out.println();
    int i = 0;
    for (CoiLine l : lines) {
      i++;
      out.println("- " + line(l, i) + ":");
      l.statements().forEach(c -> out.println("  - " + md(statement(c))));
    }
  }

  /** Markdown text with the characters that would start markup escaped. */
  private static String md(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        s.append('\\');
      }
      s.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------- JSON

  String json() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("case", assessment.caseId());
    root.put("decisionDate", assessment.decisionDate().toString());
    ArrayNode facts = root.putArray("facts");
    for (FactAssessment f : assessment.facts()) {
      ObjectNode o = facts.addObject();
      o.put("id", f.fact().id());
      o.put("statement", f.fact().statement());
      o.put("assessment", f.outcome().name());
      o.put("reason", f.reason());
      EvidenceLineJson.addAll(o.putArray("supporting"), statements(f.supporting()), evidence);
      EvidenceLineJson.addAll(o.putArray("opposing"), statements(f.opposing()), evidence);
      ArrayNode pivotal = o.putArray("pivotal");
      f.pivotal().forEach(pivotal::add);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values did not serialise", e);
    }
  }

  private static List<Statement> statements(List<CoiLine> lines) {
    List<Statement> out = new ArrayList<>();
    lines.forEach(l -> l.statements().forEach(c -> out.add(c.statement())));
    return out;
  }

  // ---------------------------------------------------------------------------------- HTML

  private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em auto;"
      + "max-width:1000px;padding:0 1em;color:#1f2328;line-height:1.45}"
      + "h2{border-bottom:1px solid #d0d7de;margin-top:2em}"
      + ".note{background:#fff8c5;border-left:3px solid #d4a72c;padding:.4em .7em}"
      + ".outcome{font-weight:600;padding:.1em .5em;border-radius:.8em}"
      + ".CONSISTENT{background:#dafbe1}.CONSISTENT_WITH_SOME{background:#fff1e5}"
      + ".INCONSISTENT{background:#ffebe9}.NOT_COVERED{background:#eaeef2}"
      + "blockquote{margin:.5em 0;padding:.2em .8em;border-left:3px solid #d0d7de;color:#57606a}"
      + "li{margin:.25em 0}.muted{color:#57606a}";

  void html(PrintWriter out) {
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"/>");
    out.println("<title>" + h(heading()) + "</title>");
    out.println("<style>" + STYLE + "</style></head><body>");
    out.println("<h1>" + h(heading()) + "</h1>");
    out.println("<p class=\"muted\">" + h(basis()) + "</p>");
    out.println("<p class=\"note\">" + h(Assessment.SCOPE_NOTE) + "</p>");
    int n = 0;
    for (FactAssessment f : assessment.facts()) {
      n++;
      Fact fact = f.fact();
      out.println("<section id=\"fact-" + n + "\">");
      out.println("<h2>" + n + ". " + h(fact.id()) + " <span class=\"outcome " + f.outcome().name()
          + "\">" + h(f.outcome().words()) + "</span></h2>");
      out.println("<blockquote>“" + h(fact.statement()) + "” <span class=\"muted\">("
          + h(fact.record()) + ")</span></blockquote>");
      out.println("<p><b>Bears on:</b> " + h(f.proposition().text()) + " <span class=\"muted\">("
          + h(f.proposition().id()) + ", "
          + (fact.stance() == org.corroborate.casework.FactStance.AFFIRMS ? "affirmed" : "denied")
          + h(fact.time().map(t -> ", " + InWords.time(t)).orElse(""))
          + h(fact.value().map(v -> ", " + InWords.value(v)).orElse("")) + ")</span></p>");
      out.println("<p>" + h(f.reason()) + "</p>");
      htmlLines(out, "Supporting COI", f.supporting());
      htmlLines(out, "Opposing COI", f.opposing());
      if (!f.notCounted().isEmpty()) {
        out.println("<h3>Not counted</h3><ul>");
        f.notCounted().forEach(c -> out.println("<li>" + h(statement(c)) + "</li>"));
        out.println("</ul>");
      }
      out.println("<p>" + h(pivotal(f)) + "</p>");
      out.println("<p><b>What would change the outcome:</b> " + h(f.wouldChange()) + "</p>");
      out.println("</section>");
    }
    out.println("<p class=\"note\">" + h(Assessment.SCOPE_NOTE) + "</p>");
    out.println("</body></html>");
  }

  private void htmlLines(PrintWriter out, String side, List<CoiLine> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println("<h3>" + h(side) + " (" + h(InWords.count(lines.size())) + " independent line"
        + (lines.size() == 1 ? "" : "s") + ")</h3><ol>");
    for (CoiLine l : lines) {
      out.println("<li>" + h(Plain.names(l.sources(), evidence)) + "<ul>");
      l.statements().forEach(c -> out.println("<li>" + h(statement(c)) + "</li>"));
      out.println("</ul></li>");
    }
    out.println("</ol>");
  }

  private static String h(String text) {
    return HtmlEscaper.escape(text);
  }
}
