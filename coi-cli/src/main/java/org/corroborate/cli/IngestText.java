package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.Finding;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.citation.RegisteredSource;
import org.corroborate.ingest.citation.WrittenReference;
import org.corroborate.ingest.evidence.IngestedReport;

/** A report's citations and its audit as text for a person. */
final class IngestText {

  private IngestText() {}

  static void citations(IngestedReport read, String name, PrintWriter out) {
    long interview = read.citations().interviewCitations().size();
    long written = read.citations().footnotes().values().stream().mapToLong(f -> f.written().size()).sum();
    out.println(name + ": " + read.registry().sources().size() + " interview sources, "
        + read.citations().footnotes().size() + " footnotes, " + interview + " interview citations, "
        + written + " written references, " + read.diagnostics().size() + " diagnostics");
    out.println();
    out.println("SOURCES (" + read.registry().sources().size() + ")");
    for (RegisteredSource s : read.registry().sources()) {
      out.println("  " + s.id() + " — " + s.heading() + " (" + s.minutes().paragraphs().size()
          + " paragraphs" + s.kind().map(k -> ", " + k).orElse("") + ")");
    }
    out.println();
    out.println("FOOTNOTES (" + read.citations().footnotes().size() + ")");
    for (FootnoteCitations f : read.citations().footnotes().values()) {
      out.println("  " + f.number() + ". " + f.text().strip());
      for (InterviewCitation c : f.citations()) {
        out.println("      interview: " + c.source().orElse("(unresolved)") + " as '" + c.surface()
            + "', paragraphs " + (c.numbers().isEmpty() ? "none"
                : c.numbers().stream().map(String::valueOf).collect(Collectors.joining(", "))));
      }
      for (WrittenReference w : f.written()) {
        out.println("      written: " + w.outlet().orElse("?")
            + w.title().map(t -> ", " + t).orElse("") + w.date().map(d -> ", " + d).orElse("")
            + w.locator().map(l -> ", " + l).orElse(""));
      }
      for (Diagnostic d : f.diagnostics()) {
        out.println("      " + d.code() + ": " + d.message());
      }
    }
    out.println();
    Map<String, Integer> byCode = new TreeMap<>();
    read.diagnostics().forEach(d -> byCode.merge(d.code().name(), 1, Integer::sum));
    out.println("DIAGNOSTICS (" + read.diagnostics().size() + ")");
    byCode.forEach((code, n) -> out.println("  " + code + ": " + n));
    // every diagnostic counted is printed: those of the footnotes' readings above, the others here
    // (structure, registry, and those of a footnote found by the parser, such as a repeated one)
    com.google.common.collect.Multiset<Diagnostic> shown = com.google.common.collect.HashMultiset.create();
    read.citations().footnotes().values().forEach(f -> shown.addAll(f.diagnostics()));
    for (Diagnostic d : read.diagnostics()) {
      if (!shown.remove(d)) {
        out.println("  line " + d.line() + d.footnote().stream().mapToObj(n -> " fn " + n)
            .findFirst().orElse("") + " " + d.code() + ": " + d.message());
      }
    }
  }

  static void audit(AuditReport audit, String name, PrintWriter out) {
    out.println(name + ": " + audit.findings().size() + " findings"
        + (audit.findings().isEmpty() ? "" : " (" + audit.counts().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")"));
    for (Finding f : audit.findings()) {
      out.println();
      out.println(f.severity() + " footnote " + f.footnote() + " (line " + f.line() + ") "
          + f.code() + ": " + f.message());
      out.println("  cited:     " + f.surface() + (f.paragraphs().isEmpty() ? ""
          : ": " + f.paragraphs().stream().map(String::valueOf).collect(Collectors.joining(", "))));
      if (!f.suggested().isEmpty()) {
        out.println("  suggested: " + f.suggested().stream().map(String::valueOf)
            .collect(Collectors.joining(", ")));
      }
      if (!f.excerpt().isEmpty()) {
        out.println("  statement: " + f.excerpt());
      }
      out.println("  evidence:  " + f.evidence());
    }
  }
}
