package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Topic;

/**
 * The analysis as Markdown a COI researcher can paste into a report: the disputes, then the
 * findings topic by topic, each statement followed by a footnote that cites the minutes in the
 * EUAA manner ({@code Pskovskaya Gubernia: 7; Mark Galeotti: 39}). Footnotes are numbered in order
 * of first use; the same citation list reuses its footnote.
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
    List<Dispute> disputes = report.disputes().stream()
        .filter(d -> selection.shows(d)).toList();
    out.println();
    out.println("## Where the sources disagree");
    out.println();
    if (disputes.isEmpty()) {
      out.println("The sources do not disagree on any of these questions.");
    }
    for (Dispute d : disputes) {
      out.println("### " + d.proposition().text());
      out.println();
      List<String> sides = new ArrayList<>();
      for (Camp camp : d.camps()) {
        String who = names(camp.sources());
        String claim = switch (camp.kind()) {
          case AFFIRMS -> (camp.sources().size() == 1 ? " states" : " state") + " that it is so";
          case DENIES -> (camp.sources().size() == 1 ? " states" : " state") + " that it is not";
          case VALUE, CATEGORY -> (camp.sources().size() == 1 ? " gives " : " give ") + camp.label();
        };
        sides.add(who + claim + cite(camp.passages(evidence)));
      }
      out.println(String.join("; ", sides) + ".");
      out.println();
      if (!d.covers().isEmpty()) {
        out.println("The same disagreement also at: " + TextReport.texts(evidence, d.covers()) + ".");
        out.println();
      }
      if (!d.differsAt().isEmpty()) {
        out.println("Narrower questions where the sides differ, each its own dispute: "
            + TextReport.texts(evidence, d.differsAt()) + ".");
        out.println();
      }
    }

    out.println("## Findings by topic");
    for (Topic topic : evidence.topics()) {
      List<Corroboration> found = report.corroborations().stream()
          .filter(c -> c.proposition().topic().equals(topic.id()) && selection.shows(c.proposition()))
          .filter(c -> c.independentSupport() > 0 || !c.absence().isEmpty() || !c.opposing().isEmpty())
          .toList();
      if (found.isEmpty()) {
        continue;
      }
      out.println();
      out.println("### " + evidence.topicPath(topic.id()).stream().map(Topic::label)
          .collect(Collectors.joining(" › ")));
      out.println();
      for (Corroboration c : found) {
        out.println("- " + c.proposition().text() + ": " + verdict(c) + cite(c.passages(evidence)) + ".");
      }
    }

    List<NonDispute> near = report.nonDisputes().stream()
        .filter(n -> selection.shows(n.proposition())).toList();
    if (!near.isEmpty()) {
      out.println();
      out.println("## Apparent disagreements that are not disputes");
      out.println();
      for (NonDispute n : near) {
        out.println("- " + n.proposition().text() + ": " + n.reason() + cite(n.bearings().stream()
            .flatMap(b -> b.assertion().passages().stream()).distinct()
            .map(p -> PassageReference.of(p, evidence)).toList()) + ".");
      }
    }

    if (!footnotes.isEmpty()) {
      out.println();
      footnotes.forEach((text, number) -> out.println("[^" + number + "]: " + text));
    }
  }

  private String verdict(Corroboration c) {
    int lines = c.independentSupport();
    String sources = names(c.supportingSources());
    return switch (c.verdict()) {
      case CORROBORATED -> String.format(Locale.ROOT, "corroborated by %d independent sources (%s)",
          lines, sources);
      case SINGLE_SOURCE -> "stated by a single source (" + sources + ")";
      case DISPUTED -> "disputed (" + sources + " against " + names(c.opposingSources()) + ")";
      case CONTESTED_BY_ONE_SOURCE -> "stated by " + sources + ", contested by "
          + names(c.opposingSources());
      case UNCORROBORATED -> "not supported by any source" + (c.opposing().isEmpty() ? ""
          : "; denied by " + names(c.opposingSources()));
      case ABSENCE_OF_EVIDENCE_ONLY -> "no source knows of evidence for it ("
          + names(c.absence().stream().flatMap(l -> l.sources().stream()).distinct().sorted().toList())
          + ")";
    };
  }


  /** A footnote reference for the citations, reusing the footnote of an identical list. */
  private String cite(List<PassageReference> refs) {
    if (refs.isEmpty()) {
      return "";
    }
    String text = refs.stream().map(PassageReference::citation).collect(Collectors.joining("; "));
    int number = footnotes.computeIfAbsent(text, t -> footnotes.size() + 1);
    return "[^" + number + "]";
  }

  private String names(java.util.Collection<String> sources) {
    List<String> names = sources.stream()
        .map(id -> evidence.source(id).map(s -> s.name()).orElse(id)).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

}
