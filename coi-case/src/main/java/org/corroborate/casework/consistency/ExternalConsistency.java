package org.corroborate.casework.consistency;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.corroborate.analysis.corroboration.CorroborationAnalysis;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.IndependentLines;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;
import org.corroborate.analysis.weight.WeightPolicy;
import org.corroborate.casework.Case;
import org.corroborate.casework.Fact;
import org.corroborate.casework.FactStance;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantifier;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.words.InWords;

/**
 * Sets an applicant's material facts against the COI of an evidence base: external consistency,
 * one credibility indicator of the EUAA <i>Practical Guide on Evidence and Risk Assessment</i>
 * (2024), assessed, as the EU Qualification Directive (2011/95/EU) Art. 4(3)(a) requires, on the
 * facts relating to the country of origin at the time of the decision.
 *
 * <p><b>What COI counts for a fact.</b> Every bearing the analysis derives on the fact's
 * proposition ({@link BearingDerivation}: the assertions about it, affirmations of narrower places
 * and times, universal denials of wider ones, declared entailments and contradictions), kept when:
 *
 * <ol>
 *   <li>it was available on the decision date: some passage it is written in belongs to a document
 *       whose {@link Document#availableFrom()} ends on or before the decision date (a document
 *       published "January 2025" counts from 31 January 2025; minutes count from the publication of
 *       the report that holds them). A document with no date at all cannot be shown to postdate the
 *       decision and counts;
 *   <li>it speaks for the fact's time. A statement with a time of its own (its as-of span, else the
 *       time span of the proposition it is about) counts when that time overlaps the fact's. A
 *       statement with no time of its own, made at date D (its document's date, else its
 *       publication), describes the situation over the recency window before D ({@value
 *       #DEFAULT_RECENCY_MONTHS} months by default: from that many months before the first day of D
 *       to its last day) and counts when the window overlaps the fact's time, with the gap shown
 *       ({@link RecencyGap}). A fact with no time is set against all available COI.
 * </ol>
 *
 * <p><b>Which way it counts.</b> A fact is one person's experience, read as a claim about some
 * cases ({@link Quantifier#SOME}). For a fact that affirms, an affirmation supports it and a denial
 * contradicts it when the two cannot both hold ({@link Quantifier#conflicts}: "never" and an
 * unquantified denial do, "in general not" does not); for a fact that denies, the other way round.
 * A figure supports a fact's figure when their allowed intervals meet after the analysis' unit
 * conversion and tolerance ({@link CorroborationAnalysis#inUnit}, {@link
 * CorroborationAnalysis#allowed}), and contradicts it otherwise — unless the source gives it as what
 * usually or sometimes happens ("usually a fine of 15,000 roubles"), which one case can differ from
 * without contradicting it; an answer supports an equal answer
 * and contradicts any other. Absence of evidence, "does not know", and statements against the fact
 * that do not contradict it are listed and never counted. Supporting and contradicting bearings are
 * grouped into independent lines by {@link IndependentLines}; the {@link Outcome} follows from
 * their numbers.
 *
 * <p><b>Pivotal sources.</b> A source is pivotal when removing its statements alone would change
 * the outcome: the sensitivity analysis of competing hypotheses (Heuer, <i>Psychology of
 * Intelligence Analysis</i>, 1999, ch. 8, step 6). Since the outcome depends only on whether each
 * side has a line, a source is pivotal exactly when it speaks in every bearing of one side.
 *
 * <p>Instances are immutable and thread-safe; {@link #assess} is a pure function of the evidence
 * base, the recency window and its argument, so a case-management system may share one instance
 * between requests. The derivation of bearings is computed once, at construction (as in {@link
 * org.corroborate.analysis.Analysis}); assessing a fact costs O(b log b) for the b bearings on its
 * proposition, plus O(s · b) for the pivotal test of s sources.
 */
public final class ExternalConsistency {

  /** The default recency window: a statement with no time of its own describes the last year. */
  public static final int DEFAULT_RECENCY_MONTHS = 12;

  /** The longest recency window accepted, in months (a century). */
  public static final int MAX_RECENCY_MONTHS = 1200;

  private final EvidenceBase evidence;
  private final BearingDerivation derivation;
  private final WeightPolicy policy;
  private final int recencyMonths;

  private ExternalConsistency(EvidenceBase evidence, BearingDerivation derivation,
      WeightPolicy policy, int recencyMonths) {
    this.evidence = evidence;
    this.derivation = derivation;
    this.policy = policy;
    this.recencyMonths = recencyMonths;
  }

  /**
   * The assessment against {@code evidence}, with the default recency window and the analysis'
   * default weight policy (which orders and names lines, never the outcome). Derives every bearing
   * of the evidence base once.
   */
  public static ExternalConsistency over(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    return new ExternalConsistency(evidence, BearingDerivation.of(evidence),
        AdmiraltyWeightPolicy.standard(), DEFAULT_RECENCY_MONTHS);
  }

  /**
   * The assessment against {@code evidence} reusing a derivation already made of it (an {@link
   * org.corroborate.analysis.AnalysisReport}'s), with the default recency window.
   *
   * @throws IllegalArgumentException if the derivation holds a bearing of an assertion the
   *     evidence base does not hold
   */
  public static ExternalConsistency over(EvidenceBase evidence, BearingDerivation derivation) {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(derivation, "derivation");
    derivation.all().values().stream().findFirst().ifPresent(b -> checkArgument(
        evidence.assertion(b.assertion().id()).filter(b.assertion()::equals).isPresent(),
        "the derivation is not of this evidence base: assertion '%s'", b.assertion().id()));
    return new ExternalConsistency(evidence, derivation, AdmiraltyWeightPolicy.standard(),
        DEFAULT_RECENCY_MONTHS);
  }

  /**
   * This assessment with a recency window of {@code months}: a statement with no time of its own
   * describes the {@code months} months before it was made.
   *
   * @throws IllegalArgumentException unless 0 ≤ months ≤ {@value #MAX_RECENCY_MONTHS}
   */
  public ExternalConsistency withRecencyMonths(int months) {
    checkArgument(months >= 0 && months <= MAX_RECENCY_MONTHS,
        "the recency window is 0 to %s months, not %s", MAX_RECENCY_MONTHS, months);
    return new ExternalConsistency(evidence, derivation, policy, months);
  }

  /** The recency window, in months. */
  public int recencyMonths() {
    return recencyMonths;
  }

  /** The evidence base the facts are set against. */
  public EvidenceBase evidence() {
    return evidence;
  }

  /**
   * Every fact of the case against the COI available on its decision date, in the case's order.
   *
   * @throws IllegalArgumentException naming the fact, if a fact's proposition is not in the
   *     evidence base or the fact does not fit it (a figure for a yes/no question, none for a
   *     numeric one, a unit no declared conversion relates to the proposition's)
   */
  public Assessment assess(Case c) {
    Objects.requireNonNull(c, "case");
    ImmutableList<FactAssessment> facts = c.facts().stream()
        .map(f -> assess(f, c.decisionDate()))
        .collect(ImmutableList.toImmutableList());
    return new Assessment(c.id(), c.decisionDate(), recencyMonths, facts);
  }

  /**
   * One fact against the COI available on {@code decisionDate}; see the class description.
   *
   * @throws IllegalArgumentException as {@link #assess(Case)}
   */
  public FactAssessment assess(Fact fact, LocalDate decisionDate) {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Proposition p = evidence.resolveProposition(fact.proposition()).orElseThrow(() ->
        new IllegalArgumentException("fact '" + fact.id() + "': no proposition '"
            + fact.proposition() + "' in the evidence base"));
    requireFits(fact, p, evidence);
    List<Bearing> supporting = new ArrayList<>();
    List<Bearing> opposing = new ArrayList<>();
    Map<String, CoiStatement> notCounted = new LinkedHashMap<>();
    Map<String, Optional<RecencyGap>> gaps = new LinkedHashMap<>();
    java.util.Set<String> later = new java.util.TreeSet<>();
    java.util.Set<String> elsewhen = new java.util.TreeSet<>();
    for (Bearing b : derivation.bearingsOn(p.id())) {
      Assertion a = b.assertion();
      if (!available(a, decisionDate)) {
        later.add(a.id());
        continue;
      }
      Optional<Optional<RecencyGap>> covers = coverage(a, fact);
      if (covers.isEmpty()) {
        elsewhen.add(a.id());
        continue;
      }
      gaps.putIfAbsent(a.id(), covers.get());
      switch (side(b, fact, p, decisionDate)) {
        case SUPPORTS -> supporting.add(b);
        case OPPOSES -> opposing.add(b);
        case ABSENCE -> notCounted.putIfAbsent(a.id(), statement(b, covers.get(), ""));
        case UNCERTAIN -> notCounted.putIfAbsent(a.id(), statement(b, covers.get(), ""));
        case COMPATIBLE -> notCounted.putIfAbsent(a.id(), statement(b, covers.get(),
            ", in terms that do not contradict one person's "
                + (fact.stance() == FactStance.AFFIRMS ? "case" : "exception")));
      }
    }
    int publishedLater = later.size();
    elsewhen.removeAll(gaps.keySet());
    int otherTimes = elsewhen.size();
    ImmutableList<CoiLine> supportLines = lines(supporting, gaps);
    ImmutableList<CoiLine> opposeLines = lines(opposing, gaps);
    Outcome outcome = Outcome.of(supportLines.size(), opposeLines.size());
    ImmutableSortedSet<String> pivotal = pivotal(supporting, opposing, outcome);
    ImmutableList<CoiStatement> listed = notCounted.values().stream()
        .sorted(java.util.Comparator.comparing(CoiStatement::statement, Statement.READING_ORDER))
        .collect(ImmutableList.toImmutableList());
    String reason = reason(outcome, supportLines, opposeLines, listed, publishedLater, otherTimes,
        decisionDate);
    String wouldChange = wouldChange(outcome, supporting, opposing, pivotal, publishedLater);
    return new FactAssessment(fact, p, outcome, reason, supportLines, opposeLines, listed, pivotal,
        publishedLater, otherTimes, wouldChange);
  }

  /** How a bearing counts for a fact. */
  private enum Side { SUPPORTS, OPPOSES, ABSENCE, UNCERTAIN, COMPATIBLE }

  private Side side(Bearing b, Fact fact, Proposition p, LocalDate decisionDate) {
    return switch (b.direction()) {
      case VALUE -> {
        if (fact.category().isPresent()) {
          yield fact.category().equals(b.assertion().category()) ? Side.SUPPORTS : Side.OPPOSES;
        }
        if (valuesMeet(fact, b, p, decisionDate)) {
          yield Side.SUPPORTS;
        }
        // what usually or sometimes happens cannot contradict what happened in one case
        yield b.assertion().quantifier().map(q -> q == Quantifier.ALL).orElse(true)
            ? Side.OPPOSES : Side.COMPATIBLE;
      }
      case SUPPORTS -> fact.stance() == FactStance.AFFIRMS ? Side.SUPPORTS
          : Quantifier.conflicts(b.quantifier(), Optional.of(Quantifier.SOME))
              ? Side.OPPOSES : Side.COMPATIBLE;
      case OPPOSES -> fact.stance() == FactStance.DENIES ? Side.SUPPORTS
          : Quantifier.conflicts(Optional.of(Quantifier.SOME), b.quantifier())
              ? Side.OPPOSES : Side.COMPATIBLE;
      case NO_EVIDENCE -> Side.ABSENCE;
      case UNCERTAIN -> Side.UNCERTAIN;
    };
  }

  /**
   * Whether the fact's figure and the bearing's meet: both in the proposition's unit (converted as
   * the analysis converts), widened by the tolerance when approximate, with a common point.
   */
  private boolean valuesMeet(Fact fact, Bearing b, Proposition p, LocalDate decisionDate) {
    String unit = p.unit().orElseThrow();
    LocalDate factDay = fact.time().flatMap(TimeSpan::lastDay).orElse(decisionDate);
    Quantity mine = CorroborationAnalysis.inUnit(fact.value().orElseThrow(), unit, factDay, evidence);
    LocalDate theirDay = b.time().lastDay().or(() -> b.time().firstDay()).orElse(decisionDate);
    Quantity theirs = CorroborationAnalysis.inUnit(b.assertion().value().orElseThrow(), unit,
        theirDay, evidence);
    Range<BigDecimal> x = CorroborationAnalysis.allowed(mine);
    Range<BigDecimal> y = CorroborationAnalysis.allowed(theirs);
    return x.isConnected(y) && !x.intersection(y).isEmpty();
  }

  /**
   * Whether the assertion was available on the date: some passage's document became available on
   * or before it, or has no date at all.
   */
  private boolean available(Assertion a, LocalDate date) {
    for (String passageId : a.passages()) {
      Optional<Document> d = evidence.passage(passageId).map(Passage::document)
          .flatMap(evidence::document);
      if (d.isEmpty()) {
        continue;
      }
      Optional<PartialDate> from = d.get().availableFrom();
      if (from.isEmpty() && d.get().date().isEmpty()) {
        return true;
      }
      if (from.isPresent() && !from.get().end().isAfter(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the assertion speaks for the fact's time: empty when it does not; else the recency gap
   * through which it covers the fact, empty when it covers it by its own time (or the fact has no
   * time).
   */
  private Optional<Optional<RecencyGap>> coverage(Assertion a, Fact fact) {
    Optional<TimeSpan> own = a.asOf()
        .or(() -> evidence.proposition(a.proposition()).flatMap(Proposition::time));
    if (fact.time().isEmpty()) {
      return Optional.of(Optional.empty());
    }
    TimeSpan factTime = fact.time().get();
    if (own.isPresent()) {
      return own.get().overlaps(factTime) ? Optional.of(Optional.empty()) : Optional.empty();
    }
    Optional<PartialDate> made = madeOn(a);
    if (made.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    LocalDate first = made.get().start();
    LocalDate back = first.minusMonths(recencyMonths);
    PartialDate windowStart = switch (made.get().precision()) {
      case YEAR -> PartialDate.of(back.getYear());
      case MONTH -> PartialDate.of(back.getYear(), back.getMonthValue());
      case DAY -> PartialDate.of(back);
    };
    TimeSpan window = TimeSpan.between(windowStart, made.get());
    if (!window.overlaps(factTime)) {
      return Optional.empty();
    }
    long months = factTime.lastDay()
        .filter(last -> last.isBefore(first))
        .map(last -> ChronoUnit.MONTHS.between(last, first))
        .orElse(0L);
    return Optional.of(Optional.of(new RecencyGap(made.get(), window, months)));
  }

  /** When the assertion was made: its first dated document's date, else its publication. */
  private Optional<PartialDate> madeOn(Assertion a) {
    Optional<PartialDate> published = Optional.empty();
    for (String passageId : a.passages()) {
      Optional<Document> d = evidence.passage(passageId).map(Passage::document)
          .flatMap(evidence::document);
      if (d.isPresent() && d.get().date().isPresent()) {
        return d.get().date();
      }
      if (published.isEmpty() && d.isPresent()) {
        published = d.get().availableFrom();
      }
    }
    return published;
  }

  private ImmutableList<CoiLine> lines(List<Bearing> bearings, Map<String, Optional<RecencyGap>> gaps) {
    ImmutableList.Builder<CoiLine> out = ImmutableList.builder();
    for (EvidenceLine line : IndependentLines.of(bearings, evidence, policy)) {
      Map<String, CoiStatement> statements = new LinkedHashMap<>();
      for (Bearing b : line.bearings()) {
        statements.putIfAbsent(b.assertion().id(), statement(b, gaps.get(b.assertion().id()), ""));
      }
      out.add(new CoiLine(line.id(), ImmutableList.copyOf(statements.values())));
    }
    return out.build();
  }

  private CoiStatement statement(Bearing b, Optional<RecencyGap> gap, String qualification) {
    return new CoiStatement(Statement.of(b.assertion(), evidence), b.reason(evidence) + qualification,
        gap);
  }

  /** The sources that speak in every bearing of one side whose emptying changes the outcome. */
  private static ImmutableSortedSet<String> pivotal(
      List<Bearing> supporting, List<Bearing> opposing, Outcome outcome) {
    TreeSet<String> sources = new TreeSet<>();
    supporting.forEach(b -> sources.add(b.source()));
    opposing.forEach(b -> sources.add(b.source()));
    ImmutableSortedSet.Builder<String> out = ImmutableSortedSet.naturalOrder();
    for (String s : sources) {
      boolean supportLeft = supporting.stream().anyMatch(b -> !b.source().equals(s));
      boolean oppositionLeft = opposing.stream().anyMatch(b -> !b.source().equals(s));
      if (Outcome.of(supportLeft ? 1 : 0, oppositionLeft ? 1 : 0) != outcome) {
        out.add(s);
      }
    }
    return out.build();
  }

  private String reason(Outcome outcome, List<CoiLine> supporting, List<CoiLine> opposing,
      List<CoiStatement> notCounted, int publishedLater, int otherTimes, LocalDate decisionDate) {
    String date = InWords.date(PartialDate.of(decisionDate));
    StringBuilder s = new StringBuilder();
    switch (outcome) {
      case CONSISTENT -> s.append("COI available on ").append(date).append(" supports the statement: ")
          .append(lines(supporting)).append("; none contradicts it.");
      case CONSISTENT_WITH_SOME -> s.append("COI available on ").append(date)
          .append(" is divided: ").append(lines(supporting)).append(" support")
          .append(supporting.size() == 1 ? "s" : "").append(" the statement; ")
          .append(lines(opposing)).append(" contradict").append(opposing.size() == 1 ? "s" : "")
          .append(" it.");
      case INCONSISTENT -> s.append("COI available on ").append(date)
          .append(" contradicts the statement: ").append(lines(opposing))
          .append("; no independent line supports it.");
      case NOT_COVERED -> s.append("Nothing in this COI corpus that was available on ").append(date)
          .append(" supports or contradicts the statement (other COI may: this says only what the"
              + " corpus holds).");
    }
    long absence = notCounted.stream()
        .filter(c -> c.statement().hedge() == org.corroborate.model.Hedge.NO_EVIDENCE_OF).count();
    if (absence > 0) {
      s.append(' ').append(capitalised(names(notCounted.stream()
              .filter(c -> c.statement().hedge() == org.corroborate.model.Hedge.NO_EVIDENCE_OF)
              .map(CoiStatement::source).toList())))
          .append(absence == 1 ? " knows" : " know")
          .append(" of no evidence for it, which is absence of information, not inconsistency.");
    }
    long other = notCounted.size() - absence;
    if (other > 0) {
      s.append(' ').append(capitalised(InWords.count((int) other))).append(other == 1
          ? " further statement bears on it without counting either way (not knowing, or a"
              + " generality the statement does not contradict)."
          : " further statements bear on it without counting either way (not knowing, or a"
              + " generality the statement does not contradict).");
    }
    long recency = java.util.stream.Stream.concat(supporting.stream(), opposing.stream())
        .flatMap(l -> l.statements().stream()).filter(c -> c.gap().isPresent()).count();
    if (recency > 0) {
      long widest = java.util.stream.Stream.concat(supporting.stream(), opposing.stream())
          .flatMap(l -> l.statements().stream()).flatMap(c -> c.gap().stream())
          .mapToLong(RecencyGap::months).max().orElse(0);
      s.append(' ').append(capitalised(InWords.count((int) recency)))
          .append(recency == 1 ? " counted statement has no time of its own and is"
              : " counted statements have no time of their own and are")
          .append(" read as describing the ").append(recencyMonths)
          .append(recency == 1 ? " months before it was made" : " months before they were made")
          .append(widest == 0 ? "" : "; the applicant's statement lies up to " + widest
              + (widest == 1 ? " month" : " months") + (recency == 1 ? " before it" : " before them"))
          .append('.');
    }
    if (otherTimes > 0) {
      s.append(' ').append(capitalised(InWords.count(otherTimes)))
          .append(otherTimes == 1 ? " statement speaks" : " statements speak")
          .append(" for another time and ").append(otherTimes == 1 ? "is" : "are").append(" not counted.");
    }
    if (publishedLater > 0) {
      s.append(' ').append(capitalised(InWords.count(publishedLater)))
          .append(publishedLater == 1 ? " statement was" : " statements were")
          .append(" published after ").append(date).append(" and ")
          .append(publishedLater == 1 ? "is" : "are").append(" not counted.");
    }
    return s.toString();
  }

  private String lines(List<CoiLine> lines) {
    int n = lines.size();
    List<String> who = lines.stream().map(l -> names(l.sources())).toList();
    return InWords.count(n) + " independent line" + (n == 1 ? "" : "s") + " of evidence ("
        + String.join("; ", who) + ")";
  }

  private String names(java.util.Collection<String> sourceIds) {
    return InWords.list(sourceIds.stream().distinct()
        .map(id -> evidence.source(id).map(Source::name).orElse(id)).toList());
  }

  private String wouldChange(Outcome outcome, List<Bearing> supporting, List<Bearing> opposing,
      ImmutableSortedSet<String> pivotal, int publishedLater) {
    List<String> out = new ArrayList<>();
    List<String> supportPivot = pivotal.stream()
        .filter(s -> supporting.stream().allMatch(b -> b.source().equals(s))).toList();
    List<String> opposePivot = pivotal.stream()
        .filter(s -> opposing.stream().allMatch(b -> b.source().equals(s))
            && !opposing.isEmpty()).toList();
    switch (outcome) {
      case CONSISTENT -> {
        out.add("COI contradicting the statement for its time would make the COI divided.");
        supportPivot.forEach(s -> out.add("The outcome rests on " + names(List.of(s))
            + " alone: without it the statement would not be covered."));
      }
      case CONSISTENT_WITH_SOME -> {
        supportPivot.forEach(s -> out.add("Without " + names(List.of(s))
            + " the statement would be inconsistent with the COI."));
        opposePivot.forEach(s -> out.add("Without " + names(List.of(s))
            + " the statement would be consistent with the COI."));
        if (pivotal.isEmpty()) {
          out.add("No single source decides the outcome; only COI that settles the disagreement"
              + " would change it.");
        }
      }
      case INCONSISTENT -> {
        out.add("One independent line of COI supporting the statement for its time would make it"
            + " consistent with some of the COI.");
        opposePivot.forEach(s -> out.add("The outcome rests on " + names(List.of(s))
            + " alone: without it the statement would not be covered."));
      }
      case NOT_COVERED -> out.add("COI that affirms or denies the proposition for the statement's"
          + " time would; statements that only know of no evidence never would.");
    }
    if (publishedLater > 0) {
      out.add(capitalised(InWords.count(publishedLater))
          + (publishedLater == 1 ? " statement" : " statements")
          + " published after the decision date would be counted in a later decision.");
    }
    return String.join(" ", out);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Rejects a fact that does not fit its proposition: a figure is given exactly for a numeric
   * proposition, an answer exactly for a categorical one, and a figure's unit is the
   * proposition's or one a declared conversion relates to it.
   *
   * @throws IllegalArgumentException naming the fact
   */
  public static void requireFits(Fact fact, Proposition p, EvidenceBase evidence) {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(p, "proposition");
    Objects.requireNonNull(evidence, "evidence");
    String id = fact.id();
    if (p.unit().isPresent()) {
      checkArgument(fact.value().isPresent(),
          "fact '%s': proposition '%s' asks for a figure in %s; give a value", id, p.id(),
          p.unit().get());
      String unit = fact.value().get().unit();
      checkArgument(unit.equals(p.unit().get()) || evidence.conversions().stream()
              .anyMatch(c -> c.relates(unit, p.unit().get())),
          "fact '%s': unit '%s' is neither the proposition's '%s' nor related to it by a declared"
              + " conversion", id, unit, p.unit().get());
    } else {
      checkArgument(fact.value().isEmpty(),
          "fact '%s': proposition '%s' asks for no figure; remove the value", id, p.id());
    }
    if (p.categorical()) {
      checkArgument(fact.category().isPresent(),
          "fact '%s': proposition '%s' asks for an answer; give a category", id, p.id());
    } else {
      checkArgument(fact.category().isEmpty(),
          "fact '%s': proposition '%s' asks for no answer; remove the category", id, p.id());
    }
  }
}
