package org.corroborate.analysis.scope;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.corroborate.model.Assertion;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantifier;
import org.corroborate.model.References;
import org.corroborate.model.RelationKind;
import org.corroborate.model.TimeSpan;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * Derives, for every proposition of an evidence base, every assertion that bears on it.
 *
 * <p><b>Direct.</b> An assertion bears on its own proposition: affirms → {@link
 * Direction#SUPPORTS}, denies → {@link Direction#OPPOSES}, denies with the hedge "no evidence of"
 * → {@link Direction#NO_EVIDENCE}, uncertain → {@link Direction#UNCERTAIN}, a value or a
 * category → {@link Direction#VALUE}. Values and categories bear only on their own proposition.
 *
 * <p><b>Scope.</b> Propositions with the same subject and relation that ask for no value ask the same
 * question; they differ only in place and time (an absent place is everywhere, an absent time
 * always). Let the scope of P be its place and time span. When the scope of Q lies inside the
 * scope of P (Q's place is P's or inside it, and P's time encloses Q's), an affirmation of Q is an
 * existential claim that also makes P true, so it supports P (as a claim about some cases: {@link
 * Bearing#quantifier()}). When the scope of P lies inside the scope of Q, a universal or
 * unquantified denial of Q denies P (a denial "in general" or "in some cases" does not carry to a
 * part), and an absence of evidence for Q is an absence of evidence for P. Numeric propositions are not carried across scopes (a count for a region is not a count
 * for the country).
 *
 * <p><b>Declared relations.</b> If P entails Q (directly or through a chain of entailments), an
 * affirmation of P supports Q, a denial of Q opposes P, and an absence of evidence for Q is one for
 * P. If P and Q contradict each other, an affirmation of either opposes the other.
 *
 * <p>Only direct bearings are carried, once: containment and the entailment closure are already
 * transitive. The result is deterministic: bearings on a proposition come in the order of their
 * assertion ids, then the ids of the propositions they come from (direct first). Time: each
 * member of a family looks only up the gazetteer, at its own place, the places containing it and
 * no place, for members there (O(F · a · m) for a family of F propositions, a places above a
 * place and m members at one place — never the places a country contains); plus, for each
 * proposition some entailment names and someone spoke to, a walk of the entailments it reaches;
 * plus sorting the bearings found, O(b log b). Every bearing is kept in one list, proposition
 * after proposition, with the positions of their assertions in one array ({@link
 * #assertionPositionsOn}, so that later phases index assertions by number); {@link #bearingsOn}
 * and {@link #assertionPositionsOn} return views of them, and the multimap of {@link #all()} is
 * built on request. Propositions are found by number through the evidence base's resolved
 * references ({@link EvidenceBase#references()}), and by id through its table of positions, not a
 * map of boxed numbers: at a million bearings the derivation keeps a few large arrays rather than
 * millions of small objects for the collector to trace.
 */
public final class BearingDerivation {

  /** The evidence base's propositions, in id order: proposition number k is the k-th. */
  private final ImmutableList<Proposition> propositions;
  /** The evidence base's resolved references: the number of each proposition, by id. */
  private final References references;
  /**
   * Every bearing, proposition after proposition in number order, each proposition's in their
   * order: those on proposition number q are {@code bearings.subList(start[q], start[q + 1])}. One
   * list, not one per proposition, so that the collector traces a million bearings once.
   */
  private final ImmutableList<Bearing> bearings;
  /** The positions of the assertions of {@link #bearings}, in the same order. */
  private final ImmutableIntArray positions;
  /** Where each proposition's bearings start in {@link #bearings}; one more entry than there are. */
  private final int[] start;
  /** Per assertion position, the time it speaks for. */
  private final ImmutableList<TimeSpan> times;
  /** Per proposition number, the number of its question family, or -1; and their count. */
  private final int[] questionOf;
  private final int questions;
  /**
   * Per assertion position, the first and the last day of its time ({@link DayRange}), each in an
   * int ({@link #packDay}): half the memory of longs, at a million assertions 8 MB.
   */
  private final int[] firstDays;
  private final int[] lastDays;
  /** Every bearing as one multimap, built on the first request. */
  private final Supplier<ImmutableListMultimap<String, Bearing>> all;

  private BearingDerivation(Run run) {
    this.propositions = run.propositions;
    this.references = run.references;
    this.bearings = run.bearings;
    this.positions = run.positions;
    this.start = run.start;
    this.times = ImmutableList.copyOf(run.times);
    this.questionOf = run.questionOf;
    this.questions = run.questions;
    this.firstDays = run.firstDays;
    this.lastDays = run.lastDays;
    this.all = Suppliers.memoize(this::multimap);
  }

  /** Derives every bearing of the evidence base. */
  public static BearingDerivation of(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    Run run = new Run(evidence);
    run.derive();
    return new BearingDerivation(run);
  }

  /** The number of bearings, direct and derived, on every proposition. O(1). */
  public int size() {
    return bearings.size();
  }

  /**
   * The time each assertion speaks for ({@link #timeOf}), in the order of the evidence base's
   * assertions: the time of its direct bearing, which its derived bearings share. Read once by the
   * derivation, so later phases need not read it again; O(1).
   */
  public ImmutableList<TimeSpan> assertionTimes() {
    return times;
  }

  /**
   * The number of the question the proposition numbered {@code proposition} (as in {@link
   * #bearingsOn(int)}) asks, or -1 if it asks none: the propositions of one question are the
   * yes/no propositions of one subject and relation ({@link #sameQuestion}), at whatever places
   * and times. Questions are numbered from 0 in the order of their first proposition. O(1).
   *
   * @throws IndexOutOfBoundsException if no proposition has that number
   */
  public int questionOf(int proposition) {
    return questionOf[Objects.checkIndex(proposition, questionOf.length)];
  }

  /** How many questions the propositions ask: the numbers {@link #questionOf} gives lie below. */
  public int questions() {
    return questions;
  }

  /**
   * The days assertion number {@code assertion} (its position in {@link
   * EvidenceBase#assertions()}) speaks for: {@code DayRange.of(assertionTimes().get(assertion))},
   * read once by the derivation. O(1).
   *
   * @throws IndexOutOfBoundsException if the evidence base holds no assertion at that position
   */
  public DayRange assertionDays(int assertion) {
    Objects.checkIndex(assertion, firstDays.length);
    return new DayRange(unpackDay(firstDays[assertion]), unpackDay(lastDays[assertion]));
  }

  /**
   * The days {@code bearing} speaks for ({@code DayRange.of(bearing.time())}), whose assertion is
   * at {@code position} in the evidence base's assertions, or -1 if not known: read from the
   * derivation's table when the bearing's time is the one the derivation read for that assertion
   * (the same object), which holds for every bearing of this derivation; computed otherwise, so
   * a bearing of another evidence base never takes another assertion's days. O(1).
   */
  public DayRange daysOf(Bearing bearing, int position) {
    Objects.requireNonNull(bearing, "bearing");
    return position >= 0 && position < firstDays.length && times.get(position) == bearing.time()
        ? new DayRange(unpackDay(firstDays[position]), unpackDay(lastDays[position]))
        : DayRange.of(bearing.time());
  }

  /**
   * An epoch day of a {@link DayRange} in an int: the days of dates, which lie in the years 1 to
   * 9999 ({@link org.corroborate.model.PartialDate}), within ±3.7 million of the epoch, as
   * themselves; the open ends ({@link Long#MIN_VALUE}, {@link Long#MAX_VALUE}) as the int's least
   * and greatest values, which no date reaches.
   */
  static int packDay(long day) {
    if (day == Long.MIN_VALUE) {
      return Integer.MIN_VALUE;
    }
    if (day == Long.MAX_VALUE) {
      return Integer.MAX_VALUE;
    }
    if (day <= Integer.MIN_VALUE || day >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("an epoch day past the years a date may have: " + day);
    }
    return (int) day;
  }

  /** The epoch day {@link #packDay} packed. */
  static long unpackDay(int day) {
    return day == Integer.MIN_VALUE ? Long.MIN_VALUE
        : day == Integer.MAX_VALUE ? Long.MAX_VALUE : day;
  }

  private ImmutableListMultimap<String, Bearing> multimap() {
    ImmutableListMultimap.Builder<String, Bearing> b = ImmutableListMultimap.builder();
    for (int q = 0; q < propositions.size(); q++) {
      b.putAll(propositions.get(q).id(), bearings.subList(start[q], start[q + 1]));
    }
    return b.build();
  }

  /**
   * The position in the evidence base's list of assertions ({@link EvidenceBase#assertions()},
   * which is in id order) of the assertion of each bearing on the proposition, in the order of
   * {@link #bearingsOn}: the assertion of {@code bearingsOn(id).get(k)} is {@code
   * evidence.assertions().get(assertionPositionsOn(id).get(k))}. Lets a caller index what it reads
   * of each assertion by number, without looking assertions up. Empty for a proposition nobody
   * bears on or that the evidence base does not hold; O(1) after a lookup of the id.
   */
  public ImmutableIntArray assertionPositionsOn(String propositionId) {
    Objects.requireNonNull(propositionId, "propositionId");
    int number = references.propositionNumber(propositionId);
    return number < 0 ? ImmutableIntArray.of() : positions.subArray(start[number], start[number + 1]);
  }

  /**
   * Every bearing on the proposition, direct and derived, in a stable order. A view of the
   * derivation's one list of bearings, O(1) after a lookup of the id.
   */
  public ImmutableList<Bearing> bearingsOn(String propositionId) {
    Objects.requireNonNull(propositionId, "propositionId");
    int number = references.propositionNumber(propositionId);
    return number < 0 ? ImmutableList.of() : bearings.subList(start[number], start[number + 1]);
  }

  /**
   * {@link #bearingsOn(String)} for the proposition numbered {@code proposition} in the evidence
   * base's list of propositions ({@link EvidenceBase#propositions()}, in id order; the numbers of
   * {@link org.corroborate.model.References}): what a caller walking every proposition in order
   * reads without looking an id up. O(1).
   *
   * @throws IndexOutOfBoundsException if no proposition has that number
   */
  public ImmutableList<Bearing> bearingsOn(int proposition) {
    Objects.checkIndex(proposition, propositions.size());
    return bearings.subList(start[proposition], start[proposition + 1]);
  }

  /**
   * {@link #assertionPositionsOn(String)} for the proposition numbered {@code proposition}, as in
   * {@link #bearingsOn(int)}. O(1).
   *
   * @throws IndexOutOfBoundsException if no proposition has that number
   */
  public ImmutableIntArray assertionPositionsOn(int proposition) {
    Objects.checkIndex(proposition, propositions.size());
    return positions.subArray(start[proposition], start[proposition + 1]);
  }

  /**
   * Every bearing on every proposition, grouped by proposition id in id order. Built on the first
   * request and kept (thread-safely): O(b) for b bearings, then O(1).
   */
  public ImmutableListMultimap<String, Bearing> all() {
    return all.get();
  }

  /**
   * Whether two propositions ask the same yes/no question, possibly of different places and times:
   * both have the same subject and relation, and neither asks for a value (a number or a category).
   */
  public static boolean sameQuestion(Proposition a, Proposition b) {
    return a.subject().isPresent() && a.relation().isPresent() && !a.asksForValue() && !b.asksForValue()
        && a.subject().equals(b.subject()) && a.relation().equals(b.relation());
  }

  /**
   * Whether the scope of {@code inner} lies inside the scope of {@code outer}: its place is the
   * outer place or inside it (an absent place is everywhere), and the outer time span encloses its
   * time span (an absent time is all of time).
   */
  public static boolean liesInside(Proposition inner, Proposition outer, EvidenceBase evidence) {
    boolean placeInside = outer.place().isEmpty()
        || (inner.place().isPresent() && evidence.encloses(outer.place().get(), inner.place().get()));
    TimeSpan outerTime = outer.time().orElse(TimeSpan.always());
    TimeSpan innerTime = inner.time().orElse(TimeSpan.always());
    return placeInside && outerTime.encloses(innerTime);
  }

  /**
   * The time an assertion speaks for: its as-of span; else the date of the document of its first
   * dated passage; else its proposition's time span; else all of time.
   */
  public static TimeSpan timeOf(Assertion assertion, EvidenceBase evidence) {
    // the derivation reads the same by number (Run.derive); a test compares the two
    if (assertion.asOf().isPresent()) {
      return assertion.asOf().get();
    }
    for (String passage : assertion.passages()) {
      Optional<TimeSpan> dated = evidence.passage(passage)
          .flatMap(p -> evidence.document(p.document()))
          .flatMap(Document::date).map(TimeSpan::at);
      if (dated.isPresent()) {
        return dated.get();
      }
    }
    return evidence.proposition(assertion.proposition()).flatMap(Proposition::time)
        .orElse(TimeSpan.always());
  }

  /**
   * One derivation over one evidence base. Propositions and assertions are numbered by their
   * position in the evidence base, which lists both by id; the bearings on each proposition are
   * collected with the number of their assertion and sorted by it at the end (stably, so that
   * bearings of one assertion keep the order they were found in).
   */
  private static final class Run {
    private final EvidenceBase evidence;
    private final ImmutableList<Proposition> propositions;
    private final References references;
    /** The bearings found on each proposition, by proposition number. */
    private final Found[] out;
    /** Each assertion's own bearing, by assertion number; during {@link #derive()} only. */
    private Bearing[] own;
    /**
     * The numbers of the assertions bearing directly on each proposition, grouped by proposition
     * number in assertion order: those on proposition q are {@code directAssertion[directStart[q]]}
     * up to {@code directAssertion[directStart[q + 1]]}, excluded. Numbers, not objects: a
     * million direct bearings would otherwise keep a million wrappers alive through the derivation.
     */
    private int[] directAssertion;
    private int[] directStart;
    private final DayRange[] days;
    /** Per proposition number, its id as the origin of derived bearings; made when first needed. */
    private final Optional<String>[] via;
    /** Every bearing found, sorted, proposition after proposition; after {@link #derive()}. */
    private ImmutableList<Bearing> bearings;
    /** The assertion numbers of {@link #bearings}, in the same order. */
    private ImmutableIntArray positions;
    /** Where each proposition's bearings start in {@link #bearings}, and where the last ends. */
    private int[] start;
    /** Per assertion position, the time it speaks for. */
    private TimeSpan[] times;
    /** Per proposition number, the number of its question family, or -1; and their count. */
    private int[] questionOf;
    private int questions;
    /** Per assertion position, the days of its time. */
    private int[] firstDays;
    private int[] lastDays;

    @SuppressWarnings("unchecked")
    Run(EvidenceBase evidence) {
      this.evidence = evidence;
      this.propositions = evidence.propositions();
      int n = propositions.size();
      references = evidence.references();
      days = new DayRange[n];
      via = (Optional<String>[]) new Optional<?>[n];
      IntStream.range(0, n).parallel().forEach(i ->
          days[i] = DayRange.of(propositions.get(i).time().orElse(TimeSpan.always())));
      out = new Found[n];
    }

    /** The number of a proposition the evidence base holds (the model checks every reference). */
    private int number(String propositionId) {
      int number = references.propositionNumber(propositionId);
      if (number < 0) {
        throw new IllegalStateException("no proposition '" + propositionId + "'");
      }
      return number;
    }

    /** The direct bearings on the proposition, with their assertion numbers. */
    private List<Direct> directOn(String propositionId) {
      return directOn(number(propositionId));
    }

    /**
     * The direct bearings on proposition number {@code q}, in assertion order: made on each call,
     * for the few propositions a family or a relation reaches, and short-lived.
     */
    private List<Direct> directOn(int q) {
      int from = directStart[q];
      int to = directStart[q + 1];
      if (from == to) {
        return List.of();
      }
      Direct[] on = new Direct[to - from];
      for (int k = 0; k < on.length; k++) {
        int a = directAssertion[from + k];
        on[k] = new Direct(own[a], a, q);
      }
      return Arrays.asList(on);
    }

    /** Whether some source speaks to proposition number {@code q} directly. */
    private boolean spokenTo(int q) {
      return directStart[q] < directStart[q + 1];
    }

    void derive() {
      ImmutableList<Assertion> assertions = evidence.assertions();
      int n = assertions.size();
      // each assertion's own bearing, the time it speaks for and the number of its proposition
      // are read on their own: in parallel, each into its own slot
      // references followed by number: the model resolved them when the evidence base was built
      TimeSpan[] documentTimes = documentTimes();
      // the days of each dated document, read once: most assertions speak for their document's
      DayRange[] documentDays = new DayRange[documentTimes.length];
      for (int d = 0; d < documentTimes.length; d++) {
        documentDays[d] = documentTimes[d] == null ? null : DayRange.of(documentTimes[d]);
      }
      own = new Bearing[n];
      times = new TimeSpan[n];
      firstDays = new int[n];
      lastDays = new int[n];
      int[] ownProposition = new int[n];
      IntStream.range(0, n).parallel().forEach(i -> {
        Assertion a = assertions.get(i);
        int q = references.propositionOf(i);
        ownProposition[i] = q;
        // timeOf by number: the as-of span, else the first dated document, else the
        // proposition's time (whose days the run has read), else all of time
        TimeSpan time;
        DayRange days;
        if (a.asOf().isPresent()) {
          time = a.asOf().get();
          days = DayRange.of(time);
        } else {
          int dated = -1;
          for (int k = 0; k < references.passageCount(i) && dated < 0; k++) {
            int d = references.documentOf(references.passageOf(i, k));
            if (documentTimes[d] != null) {
              dated = d;
            }
          }
          time = dated >= 0 ? documentTimes[dated]
              : propositions.get(q).time().orElse(TimeSpan.always());
          days = dated >= 0 ? documentDays[dated] : this.days[q];
        }
        times[i] = time;
        own[i] = new Bearing(a, a.proposition(), directionOf(a), Optional.empty(), time,
            Why.DIRECT);
        firstDays[i] = packDay(days.first());
        lastDays[i] = packDay(days.last());
      });
      // the direct bearings grouped by proposition, in assertion order: a counting sort
      directStart = new int[propositions.size() + 1];
      for (int i = 0; i < n; i++) {
        directStart[ownProposition[i] + 1]++;
      }
      for (int q = 0; q < propositions.size(); q++) {
        directStart[q + 1] += directStart[q];
      }
      int[] next = Arrays.copyOf(directStart, propositions.size());
      directAssertion = new int[n];
      for (int i = 0; i < n; i++) {
        directAssertion[next[ownProposition[i]]++] = i;
      }
      // only derived bearings are collected per proposition; the direct ones, already in
      // assertion order, are merged in at the end
      deriveAcrossScopes();
      deriveAcrossRelations();
      // where each proposition's bearings start, then each proposition written on its own, so in
      // parallel, into its own range
      start = new int[out.length + 1];
      for (int q = 0; q < out.length; q++) {
        start[q + 1] = start[q] + directStart[q + 1] - directStart[q]
            + (out[q] == null ? 0 : out[q].size);
      }
      Bearing[] all = new Bearing[start[out.length]];
      int[] numbers = new int[start[out.length]];
      IntStream.range(0, out.length).parallel().forEach(q -> {
        if (out[q] == null) {
          int at = start[q];
          for (int d = directStart[q]; d < directStart[q + 1]; d++) {
            numbers[at] = directAssertion[d];
            all[at++] = own[directAssertion[d]];
          }
        } else {
          out[q].mergeInto(all, numbers, start[q], this, q);
          out[q] = null;
        }
      });
      own = null;
      directAssertion = null;
      bearings = ImmutableList.copyOf(all);
      positions = ImmutableIntArray.copyOf(numbers);
    }

    /**
     * The time of every document by number, null for an undated one: one span per document,
     * shared by its passages.
     */
    private TimeSpan[] documentTimes() {
      List<Document> documents = evidence.documents();
      TimeSpan[] times = new TimeSpan[documents.size()];
      for (int d = 0; d < times.length; d++) {
        times[d] = documents.get(d).date().map(TimeSpan::at).orElse(null);
      }
      return times;
    }

    private void put(int proposition, int assertion, Bearing b) {
      if (out[proposition] == null) {
        out[proposition] = new Found();
      }
      out[proposition].add(assertion, b);
    }

    /** A direct bearing, the number of its assertion and that of its proposition. */
    private record Direct(Bearing bearing, int assertion, int proposition) {
      Direction direction() {
        return bearing.direction();
      }
    }

    /** The bearings derived on one proposition, each with the number of its assertion. */
    private static final class Found {
      private Bearing[] bearings = new Bearing[4];
      private long[] keys = new long[4];
      private int size;

      void add(int assertion, Bearing b) {
        if (size == bearings.length) {
          bearings = Arrays.copyOf(bearings, size * 2);
          keys = Arrays.copyOf(keys, size * 2);
        }
        // the assertion's number, then the order found in: a stable sort by assertion id
        keys[size] = ((long) assertion << 32) | size;
        bearings[size++] = b;
      }

      /**
       * Sorts the derived bearings and merges them with the direct bearings on proposition {@code
       * q} of {@code run}, writing both, with their assertion numbers, from {@code at}, by
       * assertion number: a direct bearing before the derived bearings of the same assertion, as
       * it is the first found.
       */
      void mergeInto(Bearing[] all, int[] numbers, int at, Run run, int q) {
        Arrays.sort(keys, 0, size);
        int d = run.directStart[q];
        int directEnd = run.directStart[q + 1];
        int i = 0;
        while (i < size || d < directEnd) {
          int derivedAssertion = i < size ? (int) (keys[i] >>> 32) : Integer.MAX_VALUE;
          if (d < directEnd && run.directAssertion[d] <= derivedAssertion) {
            numbers[at] = run.directAssertion[d];
            all[at++] = run.own[run.directAssertion[d++]];
          } else {
            numbers[at] = derivedAssertion;
            all[at++] = bearings[(int) keys[i++]];
          }
        }
      }
    }

    private static Direction directionOf(Assertion a) {
      if (a.value().isPresent() || a.category().isPresent()) {
        return Direction.VALUE;
      }
      return switch (a.stance()) {
        case AFFIRMS -> Direction.SUPPORTS;
        case DENIES -> a.hedge() == Hedge.NO_EVIDENCE_OF ? Direction.NO_EVIDENCE : Direction.OPPOSES;
        case UNCERTAIN -> Direction.UNCERTAIN;
      };
    }




    /**
     * Same subject and relation, no value asked: the same question at other places and times.
     *
     * <p>Each family is indexed by place. A scope lies inside another only if its place is the
     * other's or lies inside it, or the other has no place; so an affirmation of a spoken-to
     * proposition is carried to the members at its own place, at the places containing it and
     * with no place, and a target receives denials and absences from the spoken-to members at
     * those same places of its own. Both walks go up the gazetteer, whose depth is small, never
     * down to every place a country contains: O(F · a · m) for a family of F propositions, a places
     * above each, and m members at a place, plus the bearings found — instead of every pair of
     * members at related places.
     */
    private void deriveAcrossScopes() {
      // A proposition belongs to one family and gets bearings only from it, so families are
      // derived in parallel. On one target an assertion bears through at most one proposition of
      // the family (its own), at most once, so the order in which families are derived does not
      // change the sorted bearings.
      // Questions (families) are numbered in the order of their first proposition: one pass in
      // proposition order, through a table of subjects, which makes no key per proposition. A
      // subject asked one question (the usual case) keeps that question alone; a table of its
      // relations is made only for a subject asked more than one.
      questionOf = new int[propositions.size()];
      Arrays.fill(questionOf, -1);
      Map<String, Object> numbers = new HashMap<>();
      int[] sizes = new int[16];
      int count = 0;
      for (int q = 0; q < propositions.size(); q++) {
        Proposition p = propositions.get(q);
        if (p.subject().isEmpty() || p.relation().isEmpty() || p.asksForValue()) {
          continue;
        }
        String subject = p.subject().get();
        String relation = p.relation().get();
        Object known = numbers.get(subject);
        int f;
        if (known instanceof Asked one && one.relation().equals(relation)) {
          f = one.number();
        } else if (known instanceof Asked one) {
          Map<String, Integer> byRelation = new HashMap<>(4);
          byRelation.put(one.relation(), one.number());
          f = count++;
          byRelation.put(relation, f);
          numbers.put(subject, byRelation);
        } else if (known != null) {
          @SuppressWarnings("unchecked")
          Map<String, Integer> byRelation = (Map<String, Integer>) known;
          Integer number = byRelation.get(relation);
          if (number == null) {
            number = count++;
            byRelation.put(relation, number);
          }
          f = number;
        } else {
          f = count++;
          numbers.put(subject, new Asked(relation, f));
        }
        if (f == sizes.length) {
          sizes = Arrays.copyOf(sizes, 2 * f);
        }
        questionOf[q] = f;
        sizes[f]++;
      }
      questions = count;
      // the members of each family in proposition order, by a counting sort
      int[] familyStart = new int[count + 1];
      for (int f = 0; f < count; f++) {
        familyStart[f + 1] = familyStart[f] + sizes[f];
      }
      int[] members = new int[familyStart[count]];
      int[] next = Arrays.copyOf(familyStart, count);
      for (int q = 0; q < propositions.size(); q++) {
        if (questionOf[q] >= 0) {
          members[next[questionOf[q]]++] = q;
        }
      }
      IntStream.range(0, count).parallel()
          .forEach(f -> deriveInFamily(members, familyStart[f], familyStart[f + 1]));
    }

    /**
     * Derives across the scopes of one family, whose propositions are {@code family[from..to)}:
     * only its own propositions receive bearings, so families are derived in parallel.
     */
    private void deriveInFamily(int[] family, int from, int to) {
      if (to - from < 2) {
        return;
      }
      boolean spoken = false;
      for (int k = from; k < to && !spoken; k++) {
        spoken = spokenTo(family[k]);
      }
      if (!spoken) {
        return;
      }
      Map<String, List<Member>> byPlace = new HashMap<>();
      List<Member> members = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        int number = family[k];
        Proposition p = propositions.get(number);
        Member m = new Member(p, number, days[number], directOn(number));
        members.add(m);
        byPlace.computeIfAbsent(p.place().orElse(""), x -> new ArrayList<>()).add(m);
      }
      for (Member other : members) {
        if (other.directs().stream().noneMatch(b -> b.direction() == Direction.SUPPORTS)) {
          continue;
        }
        // an affirmation of the part makes the whole true
        for (String place : up(other.proposition())) {
          for (Member target : byPlace.getOrDefault(place, List.of())) {
            if (target != other && inside(other, target) && !inside(target, other)) {
              for (Direct b : other.directs()) {
                if (b.direction() == Direction.SUPPORTS) {
                  add(target.number(), b, Direction.SUPPORTS, Why.SCOPE_INSIDE);
                }
              }
            }
          }
        }
      }
      for (Member target : members) {
        // a universal denial, or an absence of evidence, of the whole carries to the part
        for (String place : up(target.proposition())) {
          for (Member other : byPlace.getOrDefault(place, List.of())) {
            if (other == target || other.directs().isEmpty()
                || !inside(target, other) || inside(other, target)) {
              continue;
            }
            for (Direct b : other.directs()) {
              if (b.direction() == Direction.OPPOSES && carriesToParts(b.bearing().assertion())) {
                add(target.number(), b, Direction.OPPOSES, Why.SCOPE_CONTAINING);
              } else if (b.direction() == Direction.NO_EVIDENCE) {
                add(target.number(), b, Direction.NO_EVIDENCE, Why.SCOPE_CONTAINING);
              }
            }
          }
        }
      }
    }

    /** The one question a subject has been asked so far: its relation and its number. */
    private record Asked(String relation, int number) {}

    /** A proposition of a family: its number, days, and the direct bearings on it. */
    private record Member(Proposition proposition, int number, DayRange days, List<Direct> directs) {}

    /**
     * The places a scope at {@code p}'s place can lie inside: that place, every place containing
     * it, and no place ({@code ""}, everywhere); only no place when {@code p} has none.
     */
    private List<String> up(Proposition p) {
      if (p.place().isEmpty()) {
        return List.of("");
      }
      String place = p.place().get();
      List<String> up = new ArrayList<>();
      up.add(place);
      up.addAll(evidence.placesContaining(place));
      up.add("");
      return up;
    }

    /**
     * Whether a denial about a whole scope denies it of every part: only when it is universal
     * ("never", or said with no quantifier). "In general not" or "in some cases not" about Russia
     * says nothing of Chechnya in particular.
     */
    private static boolean carriesToParts(Assertion denial) {
      return denial.quantifier().map(q -> q == Quantifier.ALL).orElse(true);
    }

    /** {@link #liesInside} with the days of both read once per derivation. */
    private boolean inside(Member inner, Member outer) {
      Proposition o = outer.proposition();
      Proposition i = inner.proposition();
      boolean placeInside = o.place().isEmpty()
          || (i.place().isPresent() && evidence.encloses(o.place().get(), i.place().get()));
      return placeInside && outer.days().first() <= inner.days().first()
          && inner.days().last() <= outer.days().last();
    }

    private void add(Proposition target, Direct from, Direction direction, Why why) {
      add(number(target.id()), from, direction, why);
    }

    private void add(int target, Direct from, Direction direction, Why why) {
      Bearing b = from.bearing();
      // one Optional per proposition bearings come from, made when first needed; a proposition
      // belongs to one family, so during the parallel derivation across scopes only its family's
      // thread writes its slot
      Optional<String> origin = via[from.proposition()];
      if (origin == null) {
        origin = Optional.of(propositions.get(from.proposition()).id());
        via[from.proposition()] = origin;
      }
      put(target, from.assertion(), new Bearing(b.assertion(), propositions.get(target).id(),
          direction, origin, b.time(), why));
    }

    private void deriveAcrossRelations() {
      if (evidence.relations().isEmpty()) {
        return;
      }
      // the graph holds only the propositions some entailment names: the others reach nothing
      Graph<String, DefaultEdge> entails = new DefaultDirectedGraph<>(DefaultEdge.class);
      for (PropositionRelation r : evidence.relations()) {
        if (r.kind() == RelationKind.ENTAILS) {
          entails.addVertex(r.from());
          entails.addVertex(r.to());
          entails.addEdge(r.from(), r.to());
        }
      }
      Graph<String, DefaultEdge> entailedBy = new EdgeReversedGraph<>(entails);
      boolean[] named = new boolean[propositions.size()];
      for (String id : entails.vertexSet()) {
        int q = references.propositionNumber(id);
        if (q >= 0) {
          named[q] = true;
        }
      }
      // only propositions someone spoke to carry anything: the closure of every other one is
      // never walked, so the cost is the bearings derived, not all pairs of the entailment graph
      for (int q = 0; q < propositions.size(); q++) {
        if (!named[q] || !spokenTo(q)) {
          continue;
        }
        Proposition p = propositions.get(q);
        List<Direct> spoken = directOn(q);
        if (spoken.stream().anyMatch(b -> b.direction() == Direction.SUPPORTS)) {
          for (String conclusion : reachable(entails, p.id())) {
            for (Direct b : spoken) {
              if (b.direction() == Direction.SUPPORTS) {
                add(evidence.proposition(conclusion).orElseThrow(), b, Direction.SUPPORTS, Why.ENTAILING);
              }
            }
          }
        }
        if (spoken.stream().anyMatch(b -> b.direction() == Direction.OPPOSES
            || b.direction() == Direction.NO_EVIDENCE)) {
          for (String premise : reachable(entailedBy, p.id())) {
            for (Direct b : spoken) {
              if (b.direction() == Direction.OPPOSES || b.direction() == Direction.NO_EVIDENCE) {
                add(evidence.proposition(premise).orElseThrow(), b, b.direction(), Why.ENTAILED);
              }
            }
          }
        }
      }
      for (PropositionRelation r : evidence.relations()) {
        if (r.kind() == RelationKind.CONTRADICTS) {
          contradict(r.from(), r.to());
          contradict(r.to(), r.from());
        }
      }
    }

    private void contradict(String affirmed, String target) {
      for (Direct b : directOn(affirmed)) {
        if (b.direction() == Direction.SUPPORTS) {
          add(evidence.proposition(target).orElseThrow(), b, Direction.OPPOSES, Why.CONTRADICTING);
        }
      }
    }

    private static Set<String> reachable(Graph<String, DefaultEdge> graph, String start) {
      Set<String> found = new java.util.TreeSet<>();
      BreadthFirstIterator<String, DefaultEdge> it = new BreadthFirstIterator<>(graph, start);
      while (it.hasNext()) {
        String next = it.next();
        if (!next.equals(start)) {
          found.add(next);
        }
      }
      return found;
    }
  }

}
