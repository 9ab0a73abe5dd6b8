package org.corroborate.bench;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Stance;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;

/**
 * Seeded synthetic evidence bases with the skew of real COI corpora. For n assertions: n/100
 * sources (at least 10), a third of them sharing an origin with a neighbour, each with minutes of
 * {@value #PARAGRAPHS} paragraphs; n/10 propositions (at least 10) over a gazetteer of a country, 50
 * regions of 10 districts and a claimed territory overlapping five regions, and over 8 yearly time
 * spans; a fifth of them numeric. Sources are drawn with a cubic skew (a few prolific ones);
 * most propositions get 1–3 assertions, some dozens (see {@code propositionTargets}). Assertions affirm,
 * deny, know of no evidence or give values, with hedges, bases and, for one in ten, a relay of a
 * lower-numbered source (so reported-by chains never loop). The same seed and size always give an
 * equal evidence base.
 */
public final class SyntheticCorpus {

  /** Paragraphs in each source's minutes. */
  public static final int PARAGRAPHS = 20;

  private static final int REGIONS = 50;
  private static final int DISTRICTS = 10;
  private static final int SUBJECTS = 200;
  private static final int RELATIONS = 5;

  private SyntheticCorpus() {}

  /**
   * Which proposition each assertion is about: 60 % of propositions draw 1–3 assertions, 30 %
   * 5–15 and 10 % 40–80 ("most propositions with one to three assertions, some with dozens"; ten
   * on average), shuffled; the list is cut or filled uniformly to exactly {@code assertions}.
   */
  private static int[] propositionTargets(SplittableRandom random, int propositions, int assertions) {
    int[] targets = new int[assertions];
    int filled = 0;
    for (int q = 0; q < propositions && filled < assertions; q++) {
      int kind = random.nextInt(10);
      int count = kind < 6 ? 1 + random.nextInt(3) : kind < 9 ? 5 + random.nextInt(11) : 40 + random.nextInt(41);
      for (int k = 0; k < count && filled < assertions; k++) {
        targets[filled++] = q;
      }
    }
    while (filled < assertions) {
      targets[filled++] = random.nextInt(propositions);
    }
    for (int i = assertions - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = targets[i];
      targets[i] = targets[j];
      targets[j] = swap;
    }
    return targets;
  }

  /** The number of sources for {@code assertions} assertions. */
  public static int sources(int assertions) {
    return Math.max(10, assertions / 100);
  }

  /** The number of propositions for {@code assertions} assertions. */
  public static int propositions(int assertions) {
    return Math.max(10, assertions / 10);
  }

  /** An evidence base of {@code assertions} assertions generated from {@code seed}. */
  public static EvidenceBase generate(long seed, int assertions) {
    if (assertions < 1) {
      throw new IllegalArgumentException("at least one assertion: " + assertions);
    }
    SplittableRandom random = new SplittableRandom(seed);
    EvidenceBase.Builder b = EvidenceBase.builder();
    for (int t = 0; t < 10; t++) {
      b.addTopic(Topic.root("t" + t, "Topic " + t));
      for (int u = 0; u < 5; u++) {
        b.addTopic(Topic.within("t" + t + "-" + u, "Topic " + t + "." + u, "t" + t));
      }
    }
    b.addPlace(Place.of("country", "Country"));
    b.addPlace(Place.of("claimed", "Claimed territory"));
    List<String> places = new ArrayList<>();
    places.add("country");
    for (int r = 0; r < REGIONS; r++) {
      String region = "r" + r;
      b.addPlace(r < 5 ? Place.of(region, "Region " + r, "country", "claimed") : Place.of(region, "Region " + r, "country"));
      places.add(region);
      for (int d = 0; d < DISTRICTS; d++) {
        b.addPlace(Place.of(region + "-" + d, "District " + r + "." + d, region));
        places.add(region + "-" + d);
      }
    }

    int sourceCount = sources(assertions);
    SourceKind[] kinds = SourceKind.values();
    for (int s = 0; s < sourceCount; s++) {
      String id = "s" + s;
      Source source = Source.of(id, "Source " + s, kinds[random.nextInt(kinds.length)]);
      if (s % 3 == 1) {
        source = source.withOrigin("s" + (s - 1));
      }
      b.addSource(source);
      b.addDocument(Document.minutes("m" + s, id, "Meeting with Source " + s)
          .dated(PartialDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12))));
      for (int p = 1; p <= PARAGRAPHS; p++) {
        b.addPassage(Passage.of("m" + s + "-" + p, "m" + s, Locator.paragraph(Integer.toString(p))));
      }
    }

    int propositionCount = propositions(assertions);
    List<Proposition> propositions = new ArrayList<>(propositionCount);
    for (int q = 0; q < propositionCount; q++) {
      String topic = "t" + random.nextInt(10) + "-" + random.nextInt(5);
      Proposition p = Proposition.of("q" + q, topic, "Question " + q);
      if (random.nextInt(5) == 0) {
        p = p.measuredIn("person");
      } else {
        p = p.about("subject-" + random.nextInt(SUBJECTS), "rel-" + random.nextInt(RELATIONS));
      }
      int scope = random.nextInt(10);
      p = p.at(scope < 6 ? places.get(1 + random.nextInt(places.size() - 1))
          : scope < 9 ? "r" + random.nextInt(REGIONS) : "country");
      if (random.nextBoolean()) {
        int year = 2017 + random.nextInt(8);
        p = p.during(TimeSpan.at(PartialDate.of(year)));
      }
      propositions.add(p);
      b.addProposition(p);
    }

    Hedge[] hedges = {Hedge.CERTAIN, Hedge.CERTAIN, Hedge.PROBABLE, Hedge.POSSIBLE};
    BasisKind[] bases = {BasisKind.FIRST_HAND, BasisKind.DOCUMENTARY, BasisKind.ASSESSMENT,
        BasisKind.ESTIMATE, BasisKind.HEARSAY, BasisKind.UNSTATED, BasisKind.OFFICIAL_STATISTICS};
    int[] targets = propositionTargets(random, propositionCount, assertions);
    for (int a = 0; a < assertions; a++) {
      int s = (int) (sourceCount * Math.pow(random.nextDouble(), 3));
      Proposition p = propositions.get(targets[a]);
      String passage = "m" + s + "-" + (1 + random.nextInt(PARAGRAPHS));
      Assertion assertion;
      if (p.isNumeric()) {
        long low = random.nextInt(1000);
        Quantity value = switch (random.nextInt(4)) {
          case 0 -> Quantity.atLeast(low, "person");
          case 1 -> Quantity.between(low, low + random.nextInt(500), "person");
          case 2 -> Quantity.about(low, "person");
          default -> Quantity.moreThan(low, "person");
        };
        assertion = Assertion.value("a" + a, "s" + s, p.id(), value, passage);
      } else {
        int kind = random.nextInt(20);
        Stance stance = kind < 11 ? Stance.AFFIRMS : kind < 16 ? Stance.DENIES : Stance.UNCERTAIN;
        boolean absence = kind >= 16 && kind < 18;
        Hedge hedge = absence ? Hedge.NO_EVIDENCE_OF : hedges[random.nextInt(hedges.length)];
        assertion = new Assertion("a" + a, "s" + s, p.id(), absence ? Stance.DENIES : stance,
            Optional.empty(), hedge, Basis.unstated(), Credibility.CANNOT_BE_JUDGED,
            Optional.empty(), ImmutableList.of(passage), Optional.empty());
      }
      if (s > 0 && random.nextInt(10) == 0) {
        assertion = assertion.basedOn(Basis.reportedBy("s" + random.nextInt(s)));
      } else {
        assertion = assertion.basedOn(Basis.of(bases[random.nextInt(bases.length)]));
      }
      if (random.nextInt(4) == 0) {
        assertion = assertion.withCredibility(Credibility.ofGrade(1 + random.nextInt(6)));
      }
      b.addAssertion(assertion);
    }
    return b.build();
  }

}
