package org.corroborate.analysis.dispute;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.corroborate.analysis.corroboration.Conflict;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.corroboration.ValueCamp;
import org.corroborate.analysis.corroboration.Verdict;
import org.corroborate.analysis.scope.Bearing;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.analysis.scope.DayRange;
import org.corroborate.analysis.scope.Direction;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantifier;
import org.corroborate.model.References;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.words.InWords;

/**
 * Disputes and near-misses from the corroboration of every proposition.
 *
 * <p>A yes/no proposition is disputed when it has supporting and opposing lines at overlapping
 * times (verdict disputed or contested by one source): two camps, affirming and denying. A numeric
 * proposition is disputed when its values fall into two or more camps that cannot all be true, at
 * overlapping times. Disputes are ranked by weight (the second-heaviest camp's weight), then by the
 * number of lines, then by proposition id: deterministic.
 *
 * <p>Near-misses, each with its reason: values that can all be true ({@link
 * NonDisputeKind#COMPATIBLE_VALUES}); opposing statements at disjoint times ({@link
 * NonDisputeKind#DISJOINT_TIMES}); support met only by sources that know of no evidence ({@link
 * NonDisputeKind#ABSENCE_OF_EVIDENCE_ONLY}); support for a proposition whose parts some source
 * denies, which does not deny the whole ({@link NonDisputeKind#DIFFERENT_SCOPE}); a denial and a
 * support that can both hold because of how general they are ({@link
 * NonDisputeKind#DIFFERENT_GENERALITY}: "in general not" against "in some cases"); sides that
 * all hold one and the same source alone ({@link NonDisputeKind#ONE_SOURCE_ON_BOTH_SIDES}: an
 * inconsistency within one source's statements, not a disagreement between sources).
 *
 * <p>One disagreement is shown once ({@link Disagreements}): a dispute whose camps repeat those of
 * a wider one is folded into it ({@link Dispute#covers()}), a narrower one whose camps differ is
 * named in {@link Dispute#differsAt()}, and a proposition no source addressed directly is never a
 * dispute of its own. O(F² + n + k²) for families of F propositions asking the same question, n
 * bearings and k disputes.
 */
public final class DisputeAnalysis {

  private final ImmutableList<Dispute> disputes;
  private final ImmutableList<NonDispute> nonDisputes;

  private DisputeAnalysis(ImmutableList<Dispute> disputes, ImmutableList<NonDispute> nonDisputes) {
    this.disputes = disputes;
    this.nonDisputes = nonDisputes;
  }

  /** Heaviest camp first, then the one with more independent lines, then by kind. */
  private static final Comparator<Camp> CAMP_ORDER = (a, b) -> {
    int c = Double.compare(b.weight(), a.weight());
    if (c == 0) {
      c = Integer.compare(b.independentLines(), a.independentLines());
    }
    return c != 0 ? c : a.kind().compareTo(b.kind());
  };

  /** Finds the disputes and near-misses among the corroborations. */
  public static DisputeAnalysis of(
      EvidenceBase evidence, BearingDerivation derivation, List<Corroboration> corroborations) {
    List<Dispute> disputes = new ArrayList<>();
    List<NonDispute> near = new ArrayList<>();
    // Per question, only the propositions someone denies directly can be denied parts; each with
    // its days, so that containment in time is two comparisons. Questions are known by the
    // derivation's numbers. The propositions are read on their own, so in parallel, and grouped
    // in their order.
    Questions questions = new Questions(evidence, derivation);
    List<Proposition> propositions = evidence.propositions();
    Part[] parts = IntStream.range(0, propositions.size()).parallel()
        .mapToObj(i -> derivation.questionOf(i) < 0
            ? null : deniedPart(propositions.get(i), derivation.bearingsOn(i)))
        .toArray(Part[]::new);
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        questions.deniedParts(derivation.questionOf(i)).add(parts[i]);
      }
    }
    // Each corroboration is read on its own, so they are read in parallel and collected in
    // order; passage references are looked up once per passage.
    Map<String, PassageReference> references = new ConcurrentHashMap<>();
    List<Found> found = IntStream.range(0, corroborations.size()).parallel()
        .filter(i -> mayDisagree(corroborations.get(i)))
        .mapToObj(i -> {
          Corroboration c = corroborations.get(i);
          Optional<Dispute> d = dispute(c, evidence, references);
          List<NonDispute> misses = new ArrayList<>(
              nearMisses(c, questions.partsOf(c.proposition(), i), evidence, derivation));
          if (d.isPresent() && oneSourceOnEverySide(d.get())) {
            misses.add(selfContradiction(d.get(), evidence));
            d = Optional.empty();
          }
          return new Found(d, misses);
        })
        .filter(f -> f.dispute().isPresent() || !f.nearMisses().isEmpty())
        .toList();
    List<Dispute> every = new ArrayList<>();
    for (Found f : found) {
      f.dispute().ifPresent(every::add);
      near.addAll(f.nearMisses());
    }
    disputes.addAll(Disagreements.once(every, evidence, derivation));
    // most serious first: the lines of each dispute counted once, not in every comparison
    // with the keys read into arrays once, so that a comparison follows no reference but an id's
    int[] lines = disputes.stream().mapToInt(DisputeAnalysis::lines).toArray();
    double[] weights = disputes.stream().mapToDouble(Dispute::weight).toArray();
    String[] ids = disputes.stream().map(d -> d.proposition().id()).toArray(String[]::new);
    // ties broken by id, read as the proposition's number when the evidence base holds every one
    // (it lists propositions by id): an int comparison, not a string's
    int[] idOrder = idOrder(ids, evidence);
    Integer[] order = new Integer[disputes.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<Dispute> unsorted = List.copyOf(disputes);
    // heaviest, then most lines, then by id: one comparator written out, not a chain of key
    // extractors
    java.util.Arrays.sort(order, (Integer x, Integer y) -> {
      int a = x;
      int b = y;
      int c = Double.compare(weights[b], weights[a]);
      if (c == 0) {
        c = Integer.compare(lines[b], lines[a]);
      }
      return c != 0 ? c : idOrder != null ? Integer.compare(idOrder[a], idOrder[b])
          : ids[a].compareTo(ids[b]);
    });
    disputes.clear();
    for (int i : order) {
      disputes.add(unsorted.get(i));
    }
    sortNearMisses(near, evidence);
    return new DisputeAnalysis(ImmutableList.copyOf(disputes), ImmutableList.copyOf(near));
  }

  /**
   * Where each id falls in id order: the number of its proposition in {@code evidence}, which
   * lists propositions by id; null when some id names no proposition the evidence base holds, so
   * that the ids themselves must be compared.
   */
  static int[] idOrder(String[] ids, EvidenceBase evidence) {
    int[] order = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      order[i] = evidence.references().propositionNumber(ids[i]);
      if (order[i] < 0) {
        return null;
      }
    }
    return order;
  }

  /** Sorts near-misses by proposition id, then kind; ids compared by {@link #idOrder}. */
  private static void sortNearMisses(List<NonDispute> near, EvidenceBase evidence) {
    String[] ids = new String[near.size()];
    int[] kinds = new int[near.size()];
    Integer[] order = new Integer[near.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = near.get(i).proposition().id();
      kinds[i] = near.get(i).kind().ordinal();
      order[i] = i;
    }
    int[] idOrder = idOrder(ids, evidence);
    Arrays.sort(order, (Integer x, Integer y) -> {
      int a = x;
      int b = y;
      int c = idOrder != null ? Integer.compare(idOrder[a], idOrder[b]) : ids[a].compareTo(ids[b]);
      return c != 0 ? c : Integer.compare(kinds[a], kinds[b]);
    });
    List<NonDispute> sorted = new ArrayList<>(near.size());
    for (int i : order) {
      sorted.add(near.get(i));
    }
    near.clear();
    near.addAll(sorted);
  }

  /**
   * Whether the corroboration can give a dispute or a near-miss at all: some supporting line for
   * a yes/no proposition, some value for one asking for a value. Most propositions of a large
   * evidence base have neither, and are passed over without further reading.
   */
  private static boolean mayDisagree(Corroboration c) {
    // a corroboration holds value camps only for a proposition that asks for a value, and
    // supporting lines only for a yes/no one: the proposition itself need not be read
    return !c.values().isEmpty() || !c.supporting().isEmpty();
  }

  /** The independent lines of every camp of the dispute. */
  private static int lines(Dispute d) {
    int lines = 0;
    for (Camp c : d.camps()) {
      lines += c.independentLines();
    }
    return lines;
  }

  /**
   * The directly denied parts of each question, by the derivation's question numbers; and the
   * question a corroboration's proposition asks, found by its number in the evidence base.
   */
  private static final class Questions {
    private final List<Proposition> propositions;
    private final BearingDerivation derivation;
    private final References references;
    private final List<List<Part>> denied;
    /**
     * For a proposition the evidence base does not hold: each question's number by subject and
     * relation, built when first needed.
     */
    private final Supplier<Map<List<String>, Integer>> bySubject;

    Questions(EvidenceBase evidence, BearingDerivation derivation) {
      this.propositions = evidence.propositions();
      this.derivation = derivation;
      this.references = evidence.references();
      this.denied = new ArrayList<>(Collections.nCopies(derivation.questions(), null));
      this.bySubject = Suppliers.memoize(() -> {
        Map<List<String>, Integer> numbers = new HashMap<>();
        for (int q = 0; q < propositions.size(); q++) {
          if (derivation.questionOf(q) >= 0) {
            numbers.putIfAbsent(question(propositions.get(q)), derivation.questionOf(q));
          }
        }
        return numbers;
      });
    }

    /** The parts denied directly of question {@code question}, to be added to; on one thread. */
    List<Part> deniedParts(int question) {
      if (denied.get(question) == null) {
        denied.set(question, new ArrayList<>());
      }
      return denied.get(question);
    }

    /**
     * The directly denied parts of the question {@code p} asks, {@code p} being expected at
     * number {@code at} (as corroborations in the order of the evidence base's propositions are):
     * none if it asks no question.
     */
    List<Part> partsOf(Proposition p, int at) {
      int q = at < propositions.size() && propositions.get(at) == p
          ? at : references.propositionNumber(p.id());
      int question;
      if (q >= 0 && (propositions.get(q) == p || propositions.get(q).equals(p))) {
        question = derivation.questionOf(q);
      } else if (BearingDerivation.sameQuestion(p, p)) {
        question = bySubject.get().getOrDefault(question(p), -1);
      } else {
        question = -1;
      }
      List<Part> parts = question < 0 ? null : denied.get(question);
      return parts == null ? List.of() : parts;
    }
  }

  /** What one corroboration gives: a dispute or none, and its near-misses. */
  private record Found(Optional<Dispute> dispute, List<NonDispute> nearMisses) {}

  /** A proposition some source denies directly, its days, and those denials. */
  private record Part(Proposition proposition, DayRange days, List<Bearing> denials) {}

  /**
   * The part {@code p}, which asks a question (a subject and a relation), can be of that
   * question: its direct denials among its {@code bearings}, if some source denies it directly;
   * null otherwise, to be passed over.
   */
  private static Part deniedPart(Proposition p, List<Bearing> bearings) {
    List<Bearing> denials = new ArrayList<>(0);
    for (Bearing b : bearings) {
      if (!b.derived() && b.direction() == Direction.OPPOSES) {
        denials.add(b);
      }
    }
    return denials.isEmpty()
        ? null : new Part(p, DayRange.of(p.time().orElse(TimeSpan.always())), denials);
  }

  /**
   * Whether the scope of {@code inner} lies inside the scope of {@code outer}: {@link
   * BearingDerivation#liesInside} with the days read once.
   */
  private static boolean liesInside(Proposition inner, DayRange innerDays, Proposition outer,
      DayRange outerDays, EvidenceBase evidence) {
    boolean placeInside = outer.place().isEmpty()
        || (inner.place().isPresent() && evidence.encloses(outer.place().get(), inner.place().get()));
    return placeInside && outerDays.first() <= innerDays.first()
        && innerDays.last() <= outerDays.last();
  }

  /** The disputes, most serious first. */
  public ImmutableList<Dispute> disputes() {
    return disputes;
  }

  /** The near-misses, by proposition id then kind. */
  public ImmutableList<NonDispute> nonDisputes() {
    return nonDisputes;
  }

  private static Optional<Dispute> dispute(
      Corroboration c, EvidenceBase evidence, Map<String, PassageReference> references) {
    Proposition p = c.proposition();
    List<Camp> camps = new ArrayList<>();
    if (p.asksForValue()) {
      if (c.values().size() < 2 || !c.overlapping()) {
        return Optional.empty();
      }
      for (ValueCamp v : c.values()) {
        if (!meetsAnotherInTime(v, c.values())) {
          continue; // a value of another time than every rival value disputes none of them
        }
        camps.add(v.category().isPresent()
            ? new Camp(CampKind.CATEGORY, Optional.empty(), Optional.empty(), v.lines(), v.weight(),
                v.category())
            : new Camp(CampKind.VALUE, Optional.of(v.common()), Optional.of(v.unit()),
                v.lines(), v.weight()));
      }
    } else {
      if ((c.verdict() != Verdict.DISPUTED && c.verdict() != Verdict.CONTESTED_BY_ONE_SOURCE)
          || c.conflict().isEmpty()) {
        return Optional.empty();
      }
      Conflict conflict = c.conflict().get();
      camps.add(new Camp(CampKind.AFFIRMS, Optional.empty(), Optional.empty(),
          conflict.affirming(), conflict.affirmingWeight()));
      camps.add(new Camp(CampKind.DENIES, Optional.empty(), Optional.empty(), conflict.denying(),
          conflict.denyingWeight()));
      camps.sort(CAMP_ORDER);
    }
    if (camps.size() < 2) {
      return Optional.empty();
    }
    double weight = camps.stream().mapToDouble(Camp::weight).boxed()
        .sorted(Comparator.reverseOrder()).skip(1).findFirst().orElseThrow();
    ImmutableList<Camp> sides = ImmutableList.copyOf(camps);
    // put in words when first read: most disputes of a large analysis never are
    return Optional.of(Dispute.described("dispute-" + p.id(), p, sides, weight, () -> sides.stream()
        .map(camp -> describe(camp, evidence, references))
        .collect(Collectors.joining("; ", p.isNumeric() ? "values that cannot all be true: "
            : p.categorical() ? "different answers: " : "", ""))));
  }

  /**
   * Whether every camp holds the statements of one and the same source alone: the source says
   * both, which is an inconsistency within its own statements, not a disagreement between
   * sources.
   */
  private static boolean oneSourceOnEverySide(Dispute d) {
    // every camp holds a line, every line a bearing: one source throughout is that source alone
    // on every side
    String only = d.camps().get(0).lines().get(0).bearings().get(0).source();
    for (Camp c : d.camps()) {
      for (EvidenceLine line : c.lines()) {
        for (int k = 0; k < line.size(); k++) {
          if (!line.bearing(k).source().equals(only)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static NonDispute selfContradiction(Dispute d, EvidenceBase evidence) {
    List<Bearing> involved = new ArrayList<>();
    d.camps().forEach(c -> c.lines().forEach(l -> involved.addAll(l.bearings())));
    involved.sort(BY_ASSERTION);
    return NonDispute.described(d.proposition(), NonDisputeKind.ONE_SOURCE_ON_BOTH_SIDES, () -> {
      String source = d.camps().get(0).sources().first();
      String name = evidence.source(source).map(s -> s.name()).orElse(source);
      String where = d.camps().stream()
          .map(c -> c.label().toLowerCase(Locale.ROOT) + " at " + c.passages(evidence).stream()
              .map(PassageReference::citation).collect(Collectors.joining("; ")))
          .collect(Collectors.joining(", "));
      return name + " alone takes every side (" + where + "): an inconsistency within one"
          + " source's statements, to be read in its passages, not a disagreement between sources";
    }, ImmutableList.copyOf(involved));
  }

  /** Whether some value of {@code camp} speaks for a time that some value of another camp does. */
  private static boolean meetsAnotherInTime(ValueCamp camp, List<ValueCamp> all) {
    for (ValueCamp other : all) {
      if (other == camp) {
        continue;
      }
      for (EvidenceLine a : camp.lines()) {
        for (int i = 0; i < a.size(); i++) {
          TimeSpan x = a.bearing(i).time();
          for (EvidenceLine b : other.lines()) {
            for (int j = 0; j < b.size(); j++) {
              if (x.overlaps(b.bearing(j).time())) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  private static String describe(
      Camp camp, EvidenceBase evidence, Map<String, PassageReference> references) {
    String side = switch (camp.kind()) {
      case AFFIRMS -> "affirmed by ";
      case DENIES -> "denied by ";
      case VALUE, CATEGORY -> camp.label() + " according to ";
    };
    String who = camp.sources().stream()
        .map(id -> evidence.source(id).map(s -> s.name()).orElse(id))
        .collect(Collectors.joining(", "));
    String where = passages(camp, evidence, references).stream()
        .map(PassageReference::citation)
        .collect(Collectors.joining("; "));
    int lines = camp.independentLines();
    return side + who + " (" + lines + " independent line" + (lines == 1 ? "" : "s") + ": "
        + where + ")";
  }

  /** {@link Camp#passages}, with each passage's reference looked up once per analysis. */
  private static List<PassageReference> passages(
      Camp camp, EvidenceBase evidence, Map<String, PassageReference> references) {
    Set<String> passages = new LinkedHashSet<>();
    for (EvidenceLine line : camp.lines()) {
      for (Bearing b : line.bearings()) {
        passages.addAll(b.assertion().passages());
      }
    }
    List<PassageReference> out = new ArrayList<>(passages.size());
    for (String passage : passages) {
      out.add(references.computeIfAbsent(passage, id -> PassageReference.of(id, evidence)));
    }
    out.sort(PassageReference.READING_ORDER);
    return out;
  }

  private static List<String> question(Proposition p) {
    return List.of(p.subject().orElseThrow(), p.relation().orElseThrow());
  }

  private static List<NonDispute> nearMisses(Corroboration c, List<Part> deniedParts,
      EvidenceBase evidence, BearingDerivation derivation) {
    Proposition p = c.proposition();
    List<NonDispute> out = new ArrayList<>();
    if (p.isNumeric()) {
      if (c.values().size() == 1 && c.values().get(0).lines().size() > 1) {
        ValueCamp camp = c.values().get(0);
        out.add(NonDispute.described(p, NonDisputeKind.COMPATIBLE_VALUES,
            () -> "the values given can all be true: together they allow "
                + InWords.range(camp.common(), camp.unit(), false) + ", and every source asserts "
                + InWords.range(camp.span(), camp.unit(), false),
            () -> bearings(camp.lines().stream())));
      } else if (c.values().size() > 1 && !c.overlapping()) {
        out.add(NonDispute.described(p, NonDisputeKind.DISJOINT_TIMES,
            () -> "the differing values speak for times that do not overlap",
            () -> bearings(c.values().stream().flatMap(v -> v.lines().stream()))));
      }
      return out;
    }
    if (p.categorical()) {
      if (c.values().size() > 1 && !c.overlapping()) {
        out.add(NonDispute.described(p, NonDisputeKind.DISJOINT_TIMES,
            () -> "the differing answers speak for times that do not overlap",
            () -> bearings(c.values().stream().flatMap(v -> v.lines().stream()))));
      }
      return out;
    }
    if (!c.supporting().isEmpty() && !c.opposing().isEmpty()) {
      // whether the sides meet in time, and which denials can hold beside the support, does not
      // depend on the order the bearings are read in: they are read as the lines hold them, and
      // sorted only for a near-miss found
      List<Bearing> support = inLineOrder(c.supporting());
      DayRange[] supportDays = daysInLineOrder(c.supporting(), support.size(), derivation);
      List<Bearing> general = new ArrayList<>();
      boolean sameTime = false;
      List<Bearing> opposition = inLineOrder(c.opposing());
      DayRange[] oppositionDays = daysInLineOrder(c.opposing(), opposition.size(), derivation);
      for (int o = 0; o < oppositionDays.length; o++) {
        Bearing d = opposition.get(o);
        DayRange days = oppositionDays[o];
        boolean meets = false;
        boolean conflicts = false;
        for (int i = 0; i < supportDays.length && !conflicts; i++) {
          if (supportDays[i].overlaps(days)) {
            meets = true;
            conflicts = Quantifier.conflicts(support.get(i).quantifier(), d.quantifier());
          }
        }
        sameTime |= meets;
        if (meets && !conflicts) {
          general.add(d);
        }
      }
      if (!sameTime) {
        out.add(NonDispute.described(p, NonDisputeKind.DISJOINT_TIMES,
            () -> "the support and the denial speak for times that do not overlap",
            () -> bearings(Stream.concat(c.supporting().stream(), c.opposing().stream()))));
      } else if (!general.isEmpty()) {
        // in assertion-id order, as if read from the sorted denials: a stable sort of a part of
        // a list keeps the order a stable sort of the whole gives that part
        general.sort(BY_ASSERTION);
        List<Bearing> sortedSupport = bearings(c.supporting().stream());
        List<Bearing> involved = new ArrayList<>(general);
        for (Bearing a : sortedSupport) {
          if (general.stream().anyMatch(d -> a.time().overlaps(d.time()))) {
            involved.add(a);
          }
        }
        involved.sort(BY_ASSERTION);
        out.add(NonDispute.described(p, NonDisputeKind.DIFFERENT_GENERALITY,
            () -> generality(general, sortedSupport, evidence), ImmutableList.copyOf(involved)));
      }
    }
    if (!c.supporting().isEmpty() && !c.absence().isEmpty()) {
      out.add(NonDispute.described(p, NonDisputeKind.ABSENCE_OF_EVIDENCE_ONLY,
          () -> names(c.absence(), evidence) + " knowing of no evidence does not contradict the"
              + " report of " + names(c.supporting(), evidence) + "; it lowers the confidence",
          () -> bearings(Stream.concat(c.supporting().stream(), c.absence().stream()))));
    }
    // the denied parts of the same question, read only when something supports it
    List<Part> family = !c.supporting().isEmpty() ? deniedParts : List.of();
    if (!c.supporting().isEmpty()) {
      List<Bearing> partDenials = new ArrayList<>();
      DayRange days = family.isEmpty() ? null : DayRange.of(p.time().orElse(TimeSpan.always()));
      for (Part part : family) {
        if (!part.proposition().equals(p)
            && liesInside(part.proposition(), part.days(), p, days, evidence)
            && !liesInside(p, days, part.proposition(), part.days(), evidence)) {
          partDenials.addAll(part.denials());
        }
      }
      if (!partDenials.isEmpty()) {
        List<Bearing> involved = new ArrayList<>(bearings(c.supporting().stream()));
        involved.addAll(partDenials);
        involved.sort(Comparator.comparing((Bearing b) -> b.assertion().id()));
        out.add(NonDispute.described(p, NonDisputeKind.DIFFERENT_SCOPE,
            () -> "denials of parts (" + partDenials.stream()
                .map(b -> evidence.proposition(b.proposition()).orElseThrow().text())
                .distinct().collect(Collectors.joining("; ")) + ") do not deny it as a whole",
            ImmutableList.copyOf(involved)));
      }
    }
    return out;
  }

  /** "A says in general not; B speaks of some cases: both can hold", with the quantifiers. */
  private static String generality(List<Bearing> denials, List<Bearing> support,
      EvidenceBase evidence) {
    String denied = denials.stream()
        .map(b -> name(b, evidence) + " (" + words(b, false) + ")")
        .distinct().collect(Collectors.joining(", "));
    String affirmed = support.stream()
        .filter(a -> denials.stream().anyMatch(d -> a.time().overlaps(d.time())))
        .map(b -> name(b, evidence) + " (" + words(b, true) + ")")
        .distinct().collect(Collectors.joining(", "));
    return "the denial and the support can both hold, being of different generality: "
        + denied + " against " + affirmed;
  }

  private static String name(Bearing b, EvidenceBase evidence) {
    return evidence.source(b.source()).map(s -> s.name()).orElse(b.source());
  }

  private static String words(Bearing b, boolean affirms) {
    return b.quantifier().map(q -> switch (q) {
      case ALL -> affirms ? "always" : "never";
      case GENERALLY -> affirms ? "in general" : "in general not";
      case SOME -> affirms ? "in some cases" : "in some cases not";
    }).orElse(affirms ? "affirms" : "denies");
  }

  /** By assertion id, then by the id of the proposition a bearing comes from (direct first). */
  private static final Comparator<Bearing> BY_ASSERTION =
      Comparator.comparing((Bearing b) -> b.assertion().id()).thenComparing(b -> b.via().orElse(""));

  private static ImmutableList<Bearing> bearings(Stream<EvidenceLine> lines) {
    return lines.flatMap(l -> l.bearings().stream())
        .sorted(BY_ASSERTION)
        .collect(ImmutableList.toImmutableList());
  }

  /** The bearings of the lines, line after line, as the lines hold them. */
  /**
   * The days each bearing of {@link #inLineOrder} speaks for, {@code count} of them, read from
   * the derivation's table by the positions the lines record.
   */
  private static DayRange[] daysInLineOrder(List<EvidenceLine> lines, int count,
      BearingDerivation derivation) {
    DayRange[] days = new DayRange[count];
    int at = 0;
    for (int l = 0; l < lines.size(); l++) {
      EvidenceLine line = lines.get(l);
      for (int k = 0; k < line.size(); k++) {
        days[at++] = derivation.daysOf(line.bearing(k), line.assertionPosition(k));
      }
    }
    return days;
  }

  private static List<Bearing> inLineOrder(List<EvidenceLine> lines) {
    List<Bearing> out = new ArrayList<>();
    for (EvidenceLine line : lines) {
      for (int k = 0; k < line.size(); k++) {
        out.add(line.bearing(k));
      }
    }
    return out;
  }

  private static String names(List<EvidenceLine> lines, EvidenceBase evidence) {
    return lines.stream().flatMap(l -> l.sources().stream()).distinct().sorted()
        .map(id -> evidence.source(id).map(s -> s.name()).orElse(id))
        .collect(Collectors.joining(", "));
  }
}
