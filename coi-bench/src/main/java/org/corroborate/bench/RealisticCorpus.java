package org.corroborate.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantifier;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Stance;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;

/**
 * Seeded synthetic evidence bases shaped like a growing collection of COI reports: the corpus is a
 * series of reports, each the size of the reference corpus, and its vocabulary (countries, places,
 * sources, questions) grows with it, as a real collection's does. Unlike {@link SyntheticCorpus},
 * whose fixed vocabulary makes every family of propositions that ask the same question grow with
 * the corpus, here a question family never grows beyond the sizes the reference shows, however
 * large the corpus.
 *
 * <p>The constants come from the reference corpus, the DIS/SMA report on Russian conscription,
 * January 2025, as encoded in this project: 920 assertions on 471 propositions, citing 43 sources,
 * in 36 documents (12 interview minutes, 24 written), over 31 places, with 35 declared relations
 * (34 entailments, 1 contradiction). "Reference" below means that corpus; a distribution written
 * {@code {value: count}} is its frequency table, drawn from with the counts as weights. Where the
 * reference gives no figure, the value is marked as a choice.
 *
 * <p><b>Reports and countries.</b> For n assertions, {@link #reports} R = max(1, round(n / 920))
 * reports; the first R − 1 hold 920 assertions each and the last the remainder. Each report is
 * about one country; there are {@link #countries} C = max(1, ⌈R / 10⌉) countries (a choice: 100
 * countries per thousand reports). Every country gets one report, the other R − C are assigned with
 * a Zipf skew of exponent 1 (country k with weight 1/k), so a few countries are covered much more
 * than the rest; reports are then shuffled into a sequence dated from 2015 (the first) to 2025 (the
 * last, as the reference), with a uniform month.
 *
 * <p><b>Gazetteer.</b> Per country (a choice, the reference's 31 places being one country's
 * neighbourhood): the country {@code c12}, 10–60 regions {@code c12-r3} (uniform), each with 0–8
 * districts {@code c12-r3-d2} (uniform); one country in five has a claimed territory {@code
 * c12-claimed}, a top-level place that contains 2–5 consecutive regions, which then have two
 * parents, as Crimea has in the reference. Topics: a fixed tree of 10 roots of 5 children each,
 * shared by all countries; propositions are filed under a child, uniformly.
 *
 * <p><b>Propositions.</b> A report asks questions until its assertions are used up: per question,
 * the number of assertions is drawn from the reference's assertions per proposition {@code {1: 273,
 * 2: 94, 3: 44, 4: 19, 5: 12, 6: 11, 7: 3, 8: 4, 9: 3, 10: 2, 11: 1, 14: 1}} (a mean of 920/467, so
 * about 471 questions per 920 assertions), the last cut to what is left. A quarter of the questions
 * (a choice: updates re-ask earlier questions) re-ask a proposition, chosen uniformly, of an
 * earlier report on the same country, which gives older questions more assertions; the others are
 * new. Of the new propositions 68/471 are numeric, measured in a unit drawn from the reference's
 * five commonest {@code {person: 15, case: 10, year: 9, day: 6, percent: 5}}; the rest ask yes or
 * no and come in question families (the same subject and relation, see {@code
 * BearingDerivation.sameQuestion}) of a size drawn from the reference's family sizes {@code {1:
 * 345, 2: 9, 3: 2, 4: 2, 5: 1, 6: 1, 15: 1}}. Each family, and each numeric proposition, has a
 * subject of its own ({@code c12-s57}, new in its country) and a relation from a pool of eight, so
 * a family never grows after its report; a family still open when its report ends is cut. Members
 * of a family share a topic and differ in scope: each has a place with probability 52/58 and a time
 * with probability 7/58 (the reference's members of families of two or more), redrawn until no two
 * members share place and time; places are the country, a focus region of the family, its districts
 * and other regions. A single proposition has a place with probability 57/345 and a time with
 * 19/345, a numeric one 10/68 and 17/68 (the reference's singletons and numeric propositions):
 * together about 119/471 placed and 43/471 timed. A place is the country (20 %), a region (50 %) or
 * a district (30 %); a time is a year from 2015 to the report's year, or (for three in ten
 * propositions outside families) the span since a month of such a year.
 *
 * <p><b>Relations.</b> A new yes/no proposition is related, with probability 35/403 (the
 * reference's 35 relations over its 403 yes/no propositions, none touching a numeric one), to an
 * earlier yes/no proposition of the same country and topic, chosen uniformly: 34 of 35 times it
 * entails it, once it contradicts it. Entailments go from the later proposition to the earlier, so
 * the entailment graph is acyclic; neither end of a contradiction is ever the conclusion of an
 * entailment, so no proposition entails both sides of one (which the model rejects).
 *
 * <p><b>Sources and documents.</b> Each report cites 43 sources: 12 interviewed, each with minutes
 * of a number of paragraphs drawn from the reference's minutes {@code {18, 21, 29, 32, 35, 38, 38,
 * 56, 57, 60, 95, 100}}, and 31 written, each with one written document of 1–4 paragraphs (a
 * choice: the reference has 24 written documents, without passages, and cites some of its 31 other
 * sources only through the interviewed ones). Source kinds are the reference's: interviewed {@code
 * {academic: 3, media-outlet: 3, lawyer: 2, human-rights-defender: 2, ngo: 1, journalist: 1}},
 * written {@code {media-outlet: 17, legal-text: 5, social-media: 4, think-tank: 2, ngo: 1,
 * government: 1, international-organisation: 1}}. The international organisation is drawn uniformly
 * from a pool shared by all countries, of 20 + R / 10 organisations (a choice); every other source
 * is, with probability 0.4 (a choice), one of the same kind already in the country's pool and not
 * yet cited by the report, else a new source added to it. A new source shares the origin of an
 * earlier source of its country with probability 5/43 (the reference's sources with a shared
 * origin). Documents are dated by the report's year; minutes by its month, written documents by a
 * month up to it.
 *
 * <p><b>Assertions.</b> The interviewed sources make 90 % of a report's assertions (a choice: in
 * the reference they make all 920, written sources being cited through them) with weights
 * proportional to the reference's counts per interviewed source {@code {34, 38, 57, 60, 60, 62, 64,
 * 70, 107, 107, 113, 148}}, shuffled; written sources make the rest with Zipf weights 1/k,
 * shuffled. Each assertion cites 1, 2 or 3 distinct passages of its source's document in the report
 * {@code {1: 877, 2: 42, 3: 1}}. On a yes/no proposition the position is drawn from {@code
 * {affirms: 658, denies: 116, denies with no evidence of: 34, uncertain: 14}}, on a numeric one
 * from {@code {value: 94, uncertain: 4}}; with the values, 752 affirm, 150 deny and 18 are
 * uncertain as in the reference. Values take the reference's shapes {@code {exactly: 31, about: 27,
 * between: 20, atLeast: 6, atMost: 6, moreThan: 3, lessThan: 1}}, with figures up to 10,000
 * persons, 1,000 cases, 20 years, 60 days or 100 percent (a choice). Hedges of affirmations,
 * denials and values are drawn from {@code {certain: 776, probable: 73, possible: 19}}; uncertain
 * assertions have the hedge certain and absences of evidence {@link Hedge#NO_EVIDENCE_OF}, which
 * gives the reference's {@code {certain: 794, probable: 73, no-evidence-of: 34, possible: 19}}.
 * Affirmations and denials are quantified by {@code {none: 580, some: 131, generally: 47, all: 16}}
 * and values generally with probability 2/94, the reference's {@code {none: 724, some: 132,
 * generally: 48, all: 16}}. Bases are drawn from {@code {legal-norm: 113, hearsay: 28, reported-by:
 * 28, assessment: 23, official-statistics: 17, first-hand: 14, estimate: 8, unstated: 689}}; a
 * relay names another source of the report created before the asserting one (sources are numbered
 * in order of creation across the corpus), so that reported-by chains never loop even across
 * reports that re-ask a proposition, and is unstated when there is none. 174 of 920 assertions hold
 * as of a month, a year or the span since a month, up to two years before the report. Credibility
 * is not graded, as in the reference; no quotes or passage texts are held.
 *
 * <p>Ids are slugs unique across the corpus: reports {@code r17} (in document and passage ids),
 * minutes {@code r17-m3} and written documents {@code r17-w5} with passages {@code r17-m3-12},
 * sources {@code c12-src57} or {@code io3}, propositions {@code q123}, assertions {@code a4567}.
 * The same seed and size always give an equal evidence base. Generation is linear in the size; the
 * generator keeps, besides what the evidence base holds, a few integers per proposition.
 */
public final class RealisticCorpus {

  /** Assertions in the reference corpus: the size of one report. */
  public static final int ASSERTIONS_PER_REPORT = 920;

  private static final int REPORTS_PER_COUNTRY = 10;
  private static final int FIRST_YEAR = 2015;
  private static final int LAST_YEAR = 2025;
  private static final int TOPIC_ROOTS = 10;
  private static final int TOPIC_CHILDREN = 5;
  private static final int TOPICS = TOPIC_ROOTS * TOPIC_CHILDREN;
  private static final int RELATIONS = 8;

  private static final Weighted ASSERTIONS_PER_PROPOSITION = Weighted.of(
      1, 273, 2, 94, 3, 44, 4, 19, 5, 12, 6, 11, 7, 3, 8, 4, 9, 3, 10, 2, 11, 1, 14, 1);
  private static final Weighted FAMILY_SIZE = Weighted.of(
      1, 345, 2, 9, 3, 2, 4, 2, 5, 1, 6, 1, 15, 1);
  private static final int[] MINUTES_PARAGRAPHS = {18, 21, 29, 32, 35, 38, 38, 56, 57, 60, 95, 100};
  private static final int[] INTERVIEW_ASSERTIONS =
      {34, 38, 57, 60, 60, 62, 64, 70, 107, 107, 113, 148};
  private static final double INTERVIEWED_SHARE = 0.9;
  private static final int WRITTEN_PASSAGES = 4;
  private static final SourceKind[] INTERVIEWED = {
      SourceKind.ACADEMIC, SourceKind.ACADEMIC, SourceKind.ACADEMIC,
      SourceKind.MEDIA_OUTLET, SourceKind.MEDIA_OUTLET, SourceKind.MEDIA_OUTLET,
      SourceKind.LAWYER, SourceKind.LAWYER,
      SourceKind.HUMAN_RIGHTS_DEFENDER, SourceKind.HUMAN_RIGHTS_DEFENDER,
      SourceKind.NGO, SourceKind.JOURNALIST};
  private static final SourceKind[] WRITTEN = written();
  private static final int SOURCES_PER_REPORT = INTERVIEWED.length + WRITTEN.length;
  private static final double REUSE = 0.4;

  private static final String[] UNITS = {"person", "case", "year", "day", "percent"};
  /** The largest figure given in each unit (a choice). */
  private static final int[] UNIT_MAXIMUM = {10_000, 1_000, 20, 60, 100};
  private static final Weighted UNIT = Weighted.of(0, 15, 1, 10, 2, 9, 3, 6, 4, 5);

  private static final int AFFIRMS = 0;
  private static final int DENIES = 1;
  private static final int NO_EVIDENCE = 2;
  private static final int UNCERTAIN = 3;
  private static final int VALUE = 4;
  private static final Weighted YES_NO_POSITION =
      Weighted.of(AFFIRMS, 658, DENIES, 116, NO_EVIDENCE, 34, UNCERTAIN, 14);
  private static final Weighted NUMERIC_POSITION = Weighted.of(VALUE, 94, UNCERTAIN, 4);
  private static final Weighted VALUE_SHAPE = 
      Weighted.of(0, 31, 1, 27, 2, 20, 3, 6, 4, 6, 5, 3, 6, 1);
  private static final Hedge[] HEDGES = {Hedge.CERTAIN, Hedge.PROBABLE, Hedge.POSSIBLE};
  private static final Weighted HEDGE = Weighted.of(0, 776, 1, 73, 2, 19);
  private static final Weighted QUANTIFIER = Weighted.of(-1, 580, 0, 131, 1, 47, 2, 16);
  private static final BasisKind[] BASES = {BasisKind.LEGAL_NORM, BasisKind.HEARSAY,
      BasisKind.REPORTED_BY, BasisKind.ASSESSMENT, BasisKind.OFFICIAL_STATISTICS,
      BasisKind.FIRST_HAND, BasisKind.ESTIMATE, BasisKind.UNSTATED};
  private static final Weighted BASIS = 
      Weighted.of(0, 113, 1, 28, 2, 28, 3, 23, 4, 17, 5, 14, 6, 8, 7, 689);
  private static final Weighted PASSAGES = Weighted.of(1, 877, 2, 42, 3, 1);
  /** Paragraph locators 1 to 100, shared by every document: most passages of a corpus. */
  private static final ImmutableList<Locator> PARAGRAPHS = paragraphs(100);
  private static final ImmutableList<Optional<Quantifier>> QUANTIFIED = ImmutableList.of(
      Optional.of(Quantifier.SOME), Optional.of(Quantifier.GENERALLY), Optional.of(Quantifier.ALL));

  private static final String ENTAILS_REASON = "the premise is a case of the conclusion";
  private static final String CONTRADICTS_REASON = "the two cannot both hold";

  private RealisticCorpus() {}

  private static SourceKind[] written() {
    List<SourceKind> kinds = new ArrayList<>();
    kinds.addAll(Collections.nCopies(17, SourceKind.MEDIA_OUTLET));
    kinds.addAll(Collections.nCopies(5, SourceKind.LEGAL_TEXT));
    kinds.addAll(Collections.nCopies(4, SourceKind.SOCIAL_MEDIA));
    kinds.addAll(Collections.nCopies(2, SourceKind.THINK_TANK));
    kinds.add(SourceKind.NGO);
    kinds.add(SourceKind.GOVERNMENT);
    kinds.add(SourceKind.INTERNATIONAL_ORGANISATION);
    return kinds.toArray(new SourceKind[0]);
  }

  private static ImmutableList<Locator> paragraphs(int count) {
    ImmutableList.Builder<Locator> locators = ImmutableList.builderWithExpectedSize(count);
    for (int p = 1; p <= count; p++) {
      locators.add(Locator.paragraph(Integer.toString(p)));
    }
    return locators.build();
  }

  /**
   * The number of reports for {@code assertions} assertions: max(1, round(n / 920)), 920 being the
   * assertions of the reference report.
   */
  public static int reports(int assertions) {
    return Math.max(1, (int) Math.round(assertions / (double) ASSERTIONS_PER_REPORT));
  }

  /**
   * The number of countries for {@code assertions} assertions: max(1, ⌈R / 10⌉) for R {@link
   * #reports}, 100 countries per thousand reports.
   */
  public static int countries(int assertions) {
    return Math.max(1, (reports(assertions) + REPORTS_PER_COUNTRY - 1) / REPORTS_PER_COUNTRY);
  }

  /**
   * An evidence base of exactly {@code assertions} assertions generated from {@code seed}, shaped
   * as the class description says. The same seed and size give an equal evidence base.
   *
   * @throws IllegalArgumentException if {@code assertions} is below 1
   */
  public static EvidenceBase generate(long seed, int assertions) {
    checkArgument(assertions >= 1, "at least one assertion: %s", assertions);
    return new Run(new SplittableRandom(seed), assertions).generate();
  }

  /** One generation: the random stream, the builder and what later reports draw on. */
  private static final class Run {
    private final SplittableRandom random;
    private final int assertions;
    private final int reportCount;
    private final EvidenceBase.Builder builder = EvidenceBase.builder();
    private final Country[] countries;
    /** Every source, in order of creation: a relay names a source created earlier. */
    private final List<Source> sources = new ArrayList<>();
    private final int organisations;
    private final List<String> propositionIds = new ArrayList<>();
    /** Each proposition's unit, an index into {@link #UNITS}; -1 for a yes/no proposition. */
    private final IntList units = new IntList();
    /** Propositions that are the conclusion of an entailment. */
    private final BitSet entailed = new BitSet();
    /** Propositions at an end of a contradiction: never the conclusion of an entailment. */
    private final BitSet contradicted = new BitSet();
    private final Basis[] bases = new Basis[BASES.length];
    /** The as-of spans drawn so far, by year, month and shape (looked up, never iterated). */
    private final Map<Integer, Optional<TimeSpan>> asOfs = new HashMap<>();
    private int assertionCount;

    // the report being generated
    private int reportYear;
    private int reportMonth;
    private final int[] reportSources = new int[SOURCES_PER_REPORT];
    private final String[][] reportPassages = new String[SOURCES_PER_REPORT][];
    private final double[] sourceWeights = new double[SOURCES_PER_REPORT];

    // the open question family of the report
    private int familySize;
    private int familyLeft;
    private String familySubject;
    private String familyRelation;
    private int familyTopic;
    private int familyRegion;
    private final Set<String> familyScopes = new HashSet<>();

    Run(SplittableRandom random, int assertions) {
      this.random = random;
      this.assertions = assertions;
      this.reportCount = reports(assertions);
      this.countries = new Country[countries(assertions)];
      this.organisations = 20 + reportCount / 10;
      for (int k = 0; k < BASES.length; k++) {
        bases[k] = BASES[k] == BasisKind.REPORTED_BY ? null : Basis.of(BASES[k]);
      }
    }

    EvidenceBase generate() {
      for (int t = 0; t < TOPIC_ROOTS; t++) {
        builder.addTopic(Topic.root("t" + t, "Topic " + t));
        for (int u = 0; u < TOPIC_CHILDREN; u++) {
          builder.addTopic(
              Topic.within(topic(t * TOPIC_CHILDREN + u), "Topic " + t + "." + u, "t" + t));
        }
      }
      for (int c = 0; c < countries.length; c++) {
        countries[c] = gazetteer(c);
      }
      for (int o = 0; o < organisations; o++) {
        Source io = Source.of("io" + o, "International organisation " + o,
            SourceKind.INTERNATIONAL_ORGANISATION);
        sources.add(io);
        builder.addSource(io);
      }
      int[] reportCountry = reportCountries();
      for (int r = 0; r < reportCount; r++) {
        int budget = r < reportCount - 1 ? ASSERTIONS_PER_REPORT
            : assertions - ASSERTIONS_PER_REPORT * (reportCount - 1);
        report(r, countries[reportCountry[r]], budget);
      }
      return builder.build();
    }

    private static String topic(int index) {
      return "t" + index / TOPIC_CHILDREN + "-" + index % TOPIC_CHILDREN;
    }

    private Country gazetteer(int c) {
      String id = "c" + c;
      int regions = 10 + random.nextInt(51);
      int[] districts = new int[regions];
      builder.addPlace(Place.of(id, "Country " + c));
      int claimedFrom = -1;
      int claimedTo = -1;
      if (random.nextInt(5) == 0) {
        int claimed = 2 + random.nextInt(4);
        claimedFrom = random.nextInt(regions - claimed + 1);
        claimedTo = claimedFrom + claimed;
        builder.addPlace(Place.of(id + "-claimed", "Territory claimed in country " + c));
      }
      Country country = new Country(id, regions, districts);
      for (int r = 0; r < regions; r++) {
        String region = country.regions[r];
        builder.addPlace(r >= claimedFrom && r < claimedTo
            ? Place.of(region, "Region " + c + "." + r, id, id + "-claimed")
            : Place.of(region, "Region " + c + "." + r, id));
        districts[r] = random.nextInt(9);
        for (int d = 0; d < districts[r]; d++) {
          builder.addPlace(
              Place.of(region + "-d" + d, "District " + c + "." + r + "." + d, region));
        }
      }
      return country;
    }

    /** One report per country, the rest Zipf-distributed (country k with weight 1/k), shuffled. */
    private int[] reportCountries() {
      int[] assigned = new int[reportCount];
      double[] cumulative = new double[countries.length];
      double total = 0;
      for (int c = 0; c < countries.length; c++) {
        total += 1.0 / (c + 1);
        cumulative[c] = total;
      }
      for (int r = 0; r < reportCount; r++) {
        assigned[r] = r < countries.length ? r : pick(cumulative, random.nextDouble() * total);
      }
      shuffle(assigned);
      return assigned;
    }

    private void report(int r, Country country, int budget) {
      reportYear = LAST_YEAR
          - (int) ((long) (reportCount - 1 - r) * (LAST_YEAR - FIRST_YEAR + 1) / reportCount);
      reportMonth = 1 + random.nextInt(12);
      citeSources(r, country);
      int earlier = country.propositions.size();
      familyLeft = 0;
      while (budget > 0) {
        int count = Math.min(ASSERTIONS_PER_PROPOSITION.draw(random), budget);
        budget -= count;
        int q = earlier > 0 && random.nextInt(4) == 0
            ? country.propositions.get(random.nextInt(earlier))
            : newProposition(country);
        for (int k = 0; k < count; k++) {
          assertion(q);
        }
      }
    }

    /** Chooses the report's 43 sources, adds their documents and passages, and weighs them. */
    private void citeSources(int r, Country country) {
      int[] interviewWeights = INTERVIEW_ASSERTIONS.clone();
      shuffle(interviewWeights);
      int[] writtenRanks = new int[WRITTEN.length];
      double harmonic = 0;
      for (int k = 0; k < writtenRanks.length; k++) {
        writtenRanks[k] = k + 1;
        harmonic += 1.0 / (k + 1);
      }
      shuffle(writtenRanks);
      double total = 0;
      for (int slot = 0; slot < SOURCES_PER_REPORT; slot++) {
        boolean interviewed = slot < INTERVIEWED.length;
        SourceKind kind = interviewed ? INTERVIEWED[slot] : WRITTEN[slot - INTERVIEWED.length];
        int s = chooseSource(country, kind, slot);
        reportSources[slot] = s;
        Source source = sources.get(s);
        String document;
        int passages;
        if (interviewed) {
          document = "r" + r + "-m" + slot;
          passages = MINUTES_PARAGRAPHS[random.nextInt(MINUTES_PARAGRAPHS.length)];
          builder.addDocument(
              Document.minutes(document, source.id(), "Meeting with " + source.name())
              .dated(PartialDate.of(reportYear, reportMonth)));
          total += INTERVIEWED_SHARE * interviewWeights[slot] / ASSERTIONS_PER_REPORT;
        } else {
          document = "r" + r + "-w" + (slot - INTERVIEWED.length);
          passages = 1 + random.nextInt(WRITTEN_PASSAGES);
          builder.addDocument(
              Document.written(document, source.id(), "Publication of " + source.name())
              .dated(PartialDate.of(reportYear, 1 + random.nextInt(reportMonth))));
          total += (1 - INTERVIEWED_SHARE) / writtenRanks[slot - INTERVIEWED.length] / harmonic;
        }
        sourceWeights[slot] = total;
        String[] ids = new String[passages];
        for (int p = 0; p < passages; p++) {
          ids[p] = document + "-" + (p + 1);
          builder.addPassage(Passage.of(ids[p], document, PARAGRAPHS.get(p)));
        }
        reportPassages[slot] = ids;
      }
    }

    /** A source of {@code kind} not yet cited by the report (its slots before {@code slot}). */
    private int chooseSource(Country country, SourceKind kind, int slot) {
      if (kind == SourceKind.INTERNATIONAL_ORGANISATION) {
        while (true) {
          int s = random.nextInt(organisations);
          if (!cited(s, slot)) {
            return s;
          }
        }
      }
      IntList pool = country.pool(kind);
      if (pool.size() > 0 && random.nextDouble() < REUSE) {
        for (int attempt = 0; attempt < 4; attempt++) {
          int s = pool.get(random.nextInt(pool.size()));
          if (!cited(s, slot)) {
            return s;
          }
        }
      }
      int k = country.sourceCount++;
      String id = country.id + "-src" + k;
      Source source = Source.of(id, "Source " + k + " of country " + country.id, kind);
      if (country.sources.size() > 0 && random.nextInt(43) < 5) {
        int earlier = country.sources.get(random.nextInt(country.sources.size()));
        source = source.withOrigin(sources.get(earlier).origin());
      }
      int s = sources.size();
      sources.add(source);
      builder.addSource(source);
      pool.add(s);
      country.sources.add(s);
      return s;
    }

    private boolean cited(int source, int slots) {
      for (int k = 0; k < slots; k++) {
        if (reportSources[k] == source) {
          return true;
        }
      }
      return false;
    }

    /** A new proposition of the country: numeric, or the next member of a question family. */
    private int newProposition(Country country) {
      int q = propositionIds.size();
      String id = "q" + q;
      propositionIds.add(id);
      Proposition p;
      if (random.nextInt(471) < 68) {
        int unit = UNIT.draw(random);
        p = Proposition.of(id, topic(random.nextInt(TOPICS)), "Question " + q)
            .about(country.id + "-s" + country.subjects++, "rel-" + random.nextInt(RELATIONS))
            .measuredIn(UNITS[unit]);
        p = scoped(p, country, 10, 68, 17, 68);
        units.add(unit);
      } else {
        units.add(-1);
        if (familyLeft == 0) {
          familySize = FAMILY_SIZE.draw(random);
          familyLeft = familySize;
          familySubject = country.id + "-s" + country.subjects++;
          familyRelation = "rel-" + random.nextInt(RELATIONS);
          familyTopic = random.nextInt(TOPICS);
          familyRegion = random.nextInt(country.regions.length);
          familyScopes.clear();
        }
        p = Proposition.of(id, topic(familyTopic), "Question " + q)
            .about(familySubject, familyRelation);
        p = familySize == 1 ? scoped(p, country, 57, 345, 19, 345) : familyMember(p, country);
        familyLeft--;
        relate(q, country.topic(familyTopic));
      }
      builder.addProposition(p);
      country.propositions.add(q);
      return q;
    }

    /** Scopes a proposition outside a family: a place and a time, each with its probability. */
    private Proposition scoped(
        Proposition p, Country country, int placed, int of, int timed, int per) {
      Proposition scoped = p;
      if (random.nextInt(of) < placed) {
        int level = random.nextInt(10);
        int region = random.nextInt(country.regions.length);
        scoped = scoped.at(level < 2 ? country.id
            : level < 7 || country.districts[region] == 0 ? country.regions[region]
            : country.regions[region] + "-d" + random.nextInt(country.districts[region]));
      }
      if (random.nextInt(per) < timed) {
        int year = FIRST_YEAR + random.nextInt(reportYear - FIRST_YEAR + 1);
        scoped = scoped.during(random.nextInt(10) < 7 ? TimeSpan.at(PartialDate.of(year))
            : TimeSpan.since(PartialDate.of(year, 1 + random.nextInt(12))));
      }
      return scoped;
    }

    /**
     * Scopes a member of a family of two or more: a place with probability 52/58 (the country, the
     * family's region, one of its districts or another region), a year with 7/58, redrawn until no
     * other member has the same; after 32 draws, always both.
     */
    private Proposition familyMember(Proposition p, Country country) {
      for (int attempt = 0; ; attempt++) {
        boolean both = attempt >= 32;
        String place = null;
        if (both || random.nextInt(58) < 52) {
          int kind = random.nextInt(8);
          int districts = country.districts[familyRegion];
          place = kind == 0 ? country.id
              : kind < 3 ? country.regions[familyRegion]
              : kind < 6 && districts > 0
                  ? country.regions[familyRegion] + "-d" + random.nextInt(districts)
              : country.regions[random.nextInt(country.regions.length)];
        }
        int year = both || random.nextInt(58) < 7
            ? FIRST_YEAR + random.nextInt(reportYear - FIRST_YEAR + 1) : 0;
        if (familyScopes.add(place + "@" + year)) {
          Proposition scoped = place == null ? p : p.at(place);
          return year == 0 ? scoped : scoped.during(TimeSpan.at(PartialDate.of(year)));
        }
      }
    }

    /**
     * With probability 35/403, relates the new yes/no proposition {@code q} to an earlier one of
     * its country and topic: it entails it, or (1 in 35) contradicts it; then files {@code q}.
     */
    private void relate(int q, IntList earlier) {
      if (earlier.size() > 0 && random.nextInt(403) < 35) {
        int target = earlier.get(random.nextInt(earlier.size()));
        if (random.nextInt(35) == 0) {
          if (!entailed.get(target)) {
            builder.addRelation(PropositionRelation.contradicts(
                propositionIds.get(q), propositionIds.get(target), CONTRADICTS_REASON));
            contradicted.set(q);
            contradicted.set(target);
          }
        } else {
          for (int attempt = 0; attempt < 4 && contradicted.get(target); attempt++) {
            target = earlier.get(random.nextInt(earlier.size()));
          }
          if (!contradicted.get(target)) {
            builder.addRelation(PropositionRelation.entails(
                propositionIds.get(q), propositionIds.get(target), ENTAILS_REASON));
            entailed.set(target);
          }
        }
      }
      earlier.add(q);
    }

    private void assertion(int q) {
      String id = "a" + assertionCount++;
      int slot = pick(sourceWeights, random.nextDouble() * sourceWeights[SOURCES_PER_REPORT - 1]);
      int s = reportSources[slot];
      String source = sources.get(s).id();
      String[] available = reportPassages[slot];
      int cited = Math.min(PASSAGES.draw(random), available.length);
      ImmutableList<String> passages;
      if (cited == 1) {
        passages = ImmutableList.of(available[random.nextInt(available.length)]);
      } else {
        int first = random.nextInt(available.length - cited + 1);
        passages = ImmutableList.copyOf(Arrays.copyOfRange(available, first, first + cited));
      }
      int unit = units.get(q);
      int position = unit >= 0 ? NUMERIC_POSITION.draw(random) : YES_NO_POSITION.draw(random);
      Stance stance = position == AFFIRMS || position == VALUE ? Stance.AFFIRMS
          : position == UNCERTAIN ? Stance.UNCERTAIN : Stance.DENIES;
      Hedge hedge = position == NO_EVIDENCE ? Hedge.NO_EVIDENCE_OF
          : position == UNCERTAIN ? Hedge.CERTAIN : HEDGES[HEDGE.draw(random)];
      Optional<Quantity> value = Optional.empty();
      Optional<Quantifier> quantifier = Optional.empty();
      if (position == VALUE) {
        value = Optional.of(value(unit));
        if (random.nextInt(94) < 2) {
          quantifier = QUANTIFIED.get(1);
        }
      } else if (position == AFFIRMS || position == DENIES) {
        int k = QUANTIFIER.draw(random);
        quantifier = k < 0 ? Optional.empty() : QUANTIFIED.get(k);
      }
      int basisKind = BASIS.draw(random);
      Basis basis = bases[basisKind] != null ? bases[basisKind] : relay(s);
      Optional<TimeSpan> asOf = random.nextInt(ASSERTIONS_PER_REPORT) < 174
          ? asOf() : Optional.empty();
      builder.addAssertion(new Assertion(id, source, propositionIds.get(q), stance, value, hedge,
          basis, Credibility.CANNOT_BE_JUDGED, asOf, passages, Optional.empty(), Optional.empty(),
          quantifier));
    }

    /** A figure in {@code UNITS[index]}, in one of the reference's shapes. */
    private Quantity value(int index) {
      String unit = UNITS[index];
      int maximum = UNIT_MAXIMUM[index];
      long low = 1 + random.nextInt(maximum / 2);
      long high = low + 1 + random.nextInt(maximum / 2);
      return switch (VALUE_SHAPE.draw(random)) {
        case 0 -> Quantity.exactly(low, unit);
        case 1 -> Quantity.about(low, unit);
        case 2 -> Quantity.between(low, high, unit);
        case 3 -> Quantity.atLeast(low, unit);
        case 4 -> Quantity.atMost(high, unit);
        case 5 -> Quantity.moreThan(low, unit);
        default -> Quantity.lessThan(high, unit);
      };
    }

    /** A relay of a source of the report created before {@code s}; unstated when there is none. */
    private Basis relay(int s) {
      int earliest = s;
      for (int attempt = 0; attempt < 4; attempt++) {
        int other = reportSources[random.nextInt(SOURCES_PER_REPORT)];
        if (other < s) {
          return Basis.reportedBy(sources.get(other).id());
        }
      }
      for (int other : reportSources) {
        earliest = Math.min(earliest, other);
      }
      return earliest < s ? Basis.reportedBy(sources.get(earliest).id()) : Basis.unstated();
    }

    /**
     * A month (5 in 10), a year (3 in 10) or the span since a month, up to two years back; one
     * instance per span, shared by the assertions that hold as of it.
     */
    private Optional<TimeSpan> asOf() {
      int year = Math.max(FIRST_YEAR, reportYear - random.nextInt(3));
      int month = 1 + random.nextInt(year == reportYear ? reportMonth : 12);
      int shape = random.nextInt(10);
      int kind = shape < 5 ? 0 : shape < 8 ? 1 : 2;
      return asOfs.computeIfAbsent((year * 13 + month) * 3 + kind, key -> Optional.of(
          kind == 0 ? TimeSpan.at(PartialDate.of(year, month))
              : kind == 1 ? TimeSpan.at(PartialDate.of(year))
              : TimeSpan.since(PartialDate.of(year, month))));
    }

    private void shuffle(int[] values) {
      for (int i = values.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = values[i];
        values[i] = values[j];
        values[j] = swap;
      }
    }
  }

  /** The first index whose cumulative weight exceeds {@code x}; the last when none does. */
  private static int pick(double[] cumulative, double x) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > x) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** A country: its gazetteer and what its later reports draw on. */
  private static final class Country {
    final String id;
    final String[] regions;
    final int[] districts;
    /** Its propositions, in order of creation. */
    final IntList propositions = new IntList();
    /** Its yes/no propositions by topic, in order of creation. */
    private final IntList[] byTopic = new IntList[TOPICS];
    /** Its sources by kind, in order of creation. */
    private final IntList[] byKind = new IntList[SourceKind.values().length];
    /** Its sources, in order of creation. */
    final IntList sources = new IntList();
    int subjects;
    int sourceCount;

    Country(String id, int regionCount, int[] districts) {
      this.id = id;
      this.regions = new String[regionCount];
      for (int r = 0; r < regionCount; r++) {
        regions[r] = id + "-r" + r;
      }
      this.districts = districts;
    }

    IntList topic(int topic) {
      if (byTopic[topic] == null) {
        byTopic[topic] = new IntList();
      }
      return byTopic[topic];
    }

    IntList pool(SourceKind kind) {
      if (byKind[kind.ordinal()] == null) {
        byKind[kind.ordinal()] = new IntList();
      }
      return byKind[kind.ordinal()];
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] values = new int[8];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }
  }

  /** A finite distribution: values drawn with integer weights. */
  private static final class Weighted {
    private final int[] values;
    private final double[] cumulative;
    private final int total;

    private Weighted(int[] values, double[] cumulative, int total) {
      this.values = values;
      this.cumulative = cumulative;
      this.total = total;
    }

    /** The distribution of the pairs {@code value, weight, value, weight, …}. */
    static Weighted of(int... pairs) {
      int[] values = new int[pairs.length / 2];
      double[] cumulative = new double[values.length];
      int total = 0;
      for (int k = 0; k < values.length; k++) {
        values[k] = pairs[2 * k];
        total += pairs[2 * k + 1];
        cumulative[k] = total;
      }
      return new Weighted(values, cumulative, total);
    }

    int draw(SplittableRandom random) {
      return values[pick(cumulative, random.nextInt(total))];
    }
  }
}
