package org.corroborate.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.words.InWords;

/**
 * The sentences every report format shares, so that a caseworker reads the same words, and every
 * figure from the same value, in text, Markdown and HTML: the explanation of the weight scale, the
 * sentence that opens a dispute, the sentence of a finding, and a statement in words.
 */
final class Plain {

  /** The explanation of the weight scale that opens every report. */
  static final String SCALE = "How to read the weights: every weight runs from 0 (no evidence) to"
      + " 1 (beyond doubt). A statement weighs by how reliable its source is, how credible the"
      + " information is, how firmly it is said and how the source knows (the Admiralty grading;"
      + " a report that grades nothing leaves every source at a neutral middle value), so a plain"
      + " statement of an ungraded source weighs about 0.40. Statements that share an origin, relay"
      + " one another or rest on one document are one line of evidence and count once; independent"
      + " lines add up (two such lines weigh about 0.64, four about 0.87). A finding's weight is its"
      + " support, lowered by any opposition that cannot hold together with it. A dispute's weight is"
      + " the weight of its lighter side: how strong the evidence against the other side is.";

  private Plain() {}

  /**
   * The sentence that opens a dispute: "Sources disagree. Four independent lines say yes (weight
   * 0.78): A, B, C and D; three say no (weight 0.74): E, F and G."
   */
  static String opening(Dispute dispute, EvidenceBase evidence) {
    boolean values = dispute.camps().stream().anyMatch(c -> c.value().isPresent());
    boolean categories = dispute.camps().stream().anyMatch(c -> c.category().isPresent());
    List<String> sides = new ArrayList<>();
    for (Camp camp : dispute.camps()) {
      int n = camp.independentLines();
      String count = InWords.count(n) + " independent line" + (n == 1 ? "" : "s");
      String says = switch (camp.kind()) {
        case AFFIRMS -> (n == 1 ? "says" : "say") + " yes";
        case DENIES -> (n == 1 ? "says" : "say") + " no";
        case VALUE -> (n == 1 ? "gives " : "give ") + camp(camp);
        case CATEGORY -> (n == 1 ? "answers " : "answer ") + camp(camp);
      };
      sides.add(count + " " + says + String.format(Locale.ROOT, " (weight %.2f): ", camp.weight())
          + names(camp.sources(), evidence));
    }
    String first = values ? "Sources give different figures. "
        : categories ? "Sources give different answers. " : "Sources disagree. ";
    StringBuilder s = new StringBuilder(first).append(capitalised(String.join("; ", sides))).append('.');
    if (!dispute.sourcesOnSeveralSides().isEmpty()) {
      s.append(' ').append(names(dispute.sourcesOnSeveralSides(), evidence))
          .append(dispute.sourcesOnSeveralSides().size() == 1 ? " speaks" : " speak")
          .append(" on more than one side: read the passages before counting sides.");
    }
    return s.toString();
  }

  /** What a camp says, as the heading of its statements: "Say yes", "Give 28,422–30,000 roubles". */
  static String side(Camp camp) {
    return switch (camp.kind()) {
      case AFFIRMS -> "Say yes";
      case DENIES -> "Say no";
      case VALUE -> "Give " + camp(camp);
      case CATEGORY -> "Answer " + camp(camp);
    };
  }

  /**
   * A camp's figure or answer in words, as its sources gave it: each distinct value in its own unit
   * ("10,000–30,000 roubles or about 300 euros"), never an interval no source gave.
   */
  static String camp(Camp camp) {
    if (camp.category().isPresent()) {
      return String.join(", ", camp.category().get().members());
    }
    return stated(camp.assertions());
  }

  /** A value camp of a finding in words, as its sources gave it, like {@link #camp(Camp)}. */
  static String camp(ValueCamp camp) {
    if (camp.category().isPresent()) {
      return String.join(", ", camp.category().get().members());
    }
    return stated(camp.lines().stream().flatMap(l -> l.bearings().stream()).map(Bearing::assertion)
        .distinct().sorted(java.util.Comparator.comparing(org.corroborate.model.Assertion::id)).toList());
  }

  private static String stated(List<org.corroborate.model.Assertion> assertions) {
    List<String> values = assertions.stream().map(a -> a.value())
        .flatMap(java.util.Optional::stream).map(InWords::value).distinct().toList();
    return values.size() <= 1 ? String.join("", values)
        : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
  }

  /**
   * The sentence of a finding: "Corroborated: three independent lines support it (weight 0.87):
   * A, B and C." A disputed finding refers to its dispute and prints no figure of its own.
   */
  static String finding(Corroboration c, EvidenceBase evidence) {
    String w = String.format(Locale.ROOT, " (weight %.2f)", c.weight());
    int n = c.independentSupport();
    String lines = InWords.count(n) + " independent line" + (n == 1 ? "" : "s");
    String support = names(c.supportingSources(), evidence);
    String what = c.proposition().asksForValue() && !c.values().isEmpty()
        ? (c.values().get(0).category().isPresent() ? (n == 1 ? " answers " : " answer ")
            : (n == 1 ? " gives " : " give ")) + camp(c.values().get(0))
        : (n == 1 ? " supports it" : " support it");
    String absent = c.absence().isEmpty() ? "" : " No evidence of it is known to "
        + names(c.absence().stream().flatMap(l -> l.sources().stream()).distinct().sorted().toList(),
            evidence) + " (which is not a denial).";
    return switch (c.verdict()) {
      case CORROBORATED -> "Corroborated: " + lines + what + w + ": " + support + "." + absent;
      case SINGLE_SOURCE -> "One source only: " + support + what.replace(" supports it", " says so")
          + w + "." + absent;
      case DISPUTED -> "Disputed: see the dispute on this question above.";
      case CONTESTED_BY_ONE_SOURCE -> contested(c, evidence, lines, what, w) + absent;
      case UNCORROBORATED -> "No source supports it" + (c.opposing().isEmpty() ? ""
          : "; " + names(c.opposingSources(), evidence) + " "
              + (c.opposingSources().size() == 1 ? "denies" : "deny") + " it")
          + (c.uncertain().isEmpty() ? "" : "; " + names(c.uncertain().stream()
              .map(Bearing::source).distinct().sorted().toList(), evidence) + " cannot say")
          + "." + absent;
      case ABSENCE_OF_EVIDENCE_ONLY -> "No source states it; no evidence of it is known to "
          + names(c.absence().stream().flatMap(l -> l.sources().stream()).distinct().sorted()
              .toList(), evidence) + " (which is not a denial).";
    };
  }

  private static String contested(Corroboration c, EvidenceBase evidence, String lines,
      String what, String weight) {
    if (c.proposition().asksForValue() && c.values().size() > 1) {
      List<String> camps = new ArrayList<>();
      for (ValueCamp camp : c.values()) {
        camps.add(names(camp.lines().stream().flatMap(l -> l.sources().stream()).distinct()
            .sorted().toList(), evidence) + " " + camp(camp));
      }
      return "Figures differ, but one side is a single line: " + String.join("; ", camps)
          + weight + ".";
    }
    List<String> both = c.opposingSources().stream()
        .filter(c.supportingSources()::contains).toList();
    return "Supported by " + lines + weight + ": " + names(c.supportingSources(), evidence)
        + "; contested by one line: " + names(c.opposingSources(), evidence)
        + (both.isEmpty() ? "." : ", who also " + (both.size() == 1 ? "speaks" : "speak")
            + " for it: read the passages.");
  }

  /**
   * Statements in words, one per line of text: "Huseyn Aliyev (academic), minutes of the meeting
   * with Huseyn Aliyev, November 2024, ¶82: “…” (states it as fact; time: November 2024)". One
   * paragraph encoded as several assertions on narrower questions is shown once, followed by the
   * questions it was said of when they are not {@code asked} itself.
   */
  static List<String> statements(List<Statement> statements, EvidenceBase evidence, Proposition asked) {
    List<String> out = new ArrayList<>();
    for (Said said : said(statements, evidence, asked)) {
      out.add(said.inWords());
    }
    return out;
  }

  /**
   * A statement as shown once: the statements of one source that share quote and particulars,
   * with every passage they cite and the questions they were said of when these are not the one
   * asked.
   *
   * @param statement the first of the statements, whose quote and particulars are shown
   * @param passages every passage the group cites, in order
   * @param where where they are written, every passage of the group in words
   * @param particulars the particulars in words
   * @param of the texts of the other questions it was said of, in order; empty when none
   */
  record Said(Statement statement, List<String> passages, String where, List<String> particulars,
      List<String> of) {
    Said {
      java.util.Objects.requireNonNull(statement, "statement");
      passages = List.copyOf(passages);
      java.util.Objects.requireNonNull(where, "where");
      particulars = List.copyOf(particulars);
      of = List.copyOf(of);
    }

    /** The statement in one line of words. */
    String inWords() {
      return statement.speaker() + ", " + where + ": " + quoted(statement) + " ("
          + String.join("; ", particulars) + ")"
          + (of.isEmpty() ? "" : "; said of: " + String.join("; ", of));
    }
  }

  /**
   * The statements grouped as a reader sees them: one source's words encoded as several
   * assertions (on narrower questions, or citing one paragraph or two) are one {@link Said}, in
   * the order of {@code statements}.
   */
  static List<Said> said(List<Statement> statements, EvidenceBase evidence, Proposition asked) {
    java.util.Map<String, List<Statement>> groups = new java.util.LinkedHashMap<>();
    java.util.Map<String, List<String>> particulars = new java.util.HashMap<>();
    for (Statement s : statements) {
      List<String> words = s.particulars(evidence);
      String key = s.speaker() + "\u0000" + s.quote() + "\u0000" + String.join("; ", words);
      particulars.putIfAbsent(key, words);
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    List<Said> out = new ArrayList<>();
    for (java.util.Map.Entry<String, List<Statement>> entry : groups.entrySet()) {
      List<Statement> group = entry.getValue();
      List<String> of = group.stream().map(g -> g.assertion().proposition())
          .filter(id -> !id.equals(asked.id())).distinct()
          .map(id -> evidence.proposition(id).map(Proposition::text).orElse(id)).toList();
      java.util.LinkedHashSet<String> passages = new java.util.LinkedHashSet<>();
      group.forEach(g -> passages.addAll(g.assertion().passages()));
      Statement first = group.get(0);
      out.add(new Said(first, List.copyOf(passages), first.where(evidence, passages),
          particulars.get(entry.getKey()), of));
    }
    return out;
  }

  /**
   * The statements on a question, in groups a reader can tell apart: those who say yes, say no,
   * give each figure or answer, know of no evidence, or cannot say. Each assertion is in the first
   * group it belongs to; empty groups are left out.
   *
   * @param label the group's heading, "Say yes", "Give 10,000–30,000 roubles", "Know of no evidence"
   * @param assertions the group's assertions
   */
  record Side(String label, List<org.corroborate.model.Assertion> assertions) {
    Side {
      java.util.Objects.requireNonNull(label, "label");
      assertions = List.copyOf(assertions);
    }
  }

  /** The sides of a finding, see {@link Side}. O(bearings). */
  static List<Side> sides(Corroboration c) {
    java.util.Set<String> placed = new java.util.HashSet<>();
    List<Side> sides = new ArrayList<>();
    if (c.proposition().asksForValue()) {
      for (ValueCamp camp : c.values()) {
        side(sides, placed, (camp.category().isPresent() ? "Answer " : "Give ") + camp(camp),
            camp.lines());
      }
    } else {
      side(sides, placed, "Say yes", c.supporting());
    }
    side(sides, placed, "Say no", c.opposing());
    side(sides, placed, "Know of no evidence (which is not a denial)", c.absence());
    List<org.corroborate.model.Assertion> unsure = c.uncertain().stream().map(Bearing::assertion)
        .filter(a -> placed.add(a.id())).distinct().toList();
    if (!unsure.isEmpty()) {
      sides.add(new Side("Cannot say", unsure));
    }
    return sides;
  }

  private static void side(List<Side> sides, java.util.Set<String> placed, String label,
      List<org.corroborate.analysis.corroboration.EvidenceLine> lines) {
    List<org.corroborate.model.Assertion> assertions = lines.stream()
        .flatMap(l -> l.bearings().stream()).map(Bearing::assertion)
        .distinct().filter(a -> placed.add(a.id())).toList();
    if (!assertions.isEmpty()) {
      sides.add(new Side(label, assertions));
    }
  }

  /**
   * The statements on a disputed question that stand on none of its sides — at another time, or
   * less general than the side they agree with — grouped as {@link #sides}, each heading saying so.
   */
  static List<Side> besides(Dispute dispute, Corroboration c) {
    java.util.Set<String> inCamps = new java.util.HashSet<>();
    dispute.camps().forEach(camp -> camp.assertions().forEach(a -> inCamps.add(a.id())));
    List<Side> out = new ArrayList<>();
    for (Side side : sides(c)) {
      List<org.corroborate.model.Assertion> rest = side.assertions().stream()
          .filter(a -> !inCamps.contains(a.id())).toList();
      if (!rest.isEmpty()) {
        out.add(new Side("Also on this question, not in conflict with the sides above (another time,"
            + " or less general) — " + lowerFirst(side.label()), rest));
      }
    }
    return out;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /** The quote in quotation marks, or a note that no quote is held. */
  static String quoted(Statement s) {
    return s.quote().isEmpty() ? "(no quote held)" : "“" + s.quote() + "”";
  }

  /**
   * The sentence of a finding whose question has a dispute of its own in the report, or is covered
   * by one: it refers to the dispute and prints no figure of its own, so the two cannot disagree.
   */
  static String seeDispute(int number) {
    return "Disputed: see dispute " + number + " above, where every statement is listed.";
  }

  /** Source names, "A", "A and B", "A, B and C". */
  static String names(Collection<String> sources, EvidenceBase evidence) {
    return InWords.list(sources.stream()
        .map(id -> evidence.source(id).map(s -> s.name()).orElse(id)).toList());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
