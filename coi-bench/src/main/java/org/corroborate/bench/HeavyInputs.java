package org.corroborate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.EvidenceBaseException;
import org.corroborate.model.Locator;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Topic;
import org.corroborate.model.json.CorpusJson;

/**
 * Builds the deep and long structures a corpus may hold — a chain of contained places, a chain of
 * entailments, a chain of relayed reports, a gazetteer full of cycles — and times reading each
 * from JSON, checking it and analysing it, with the peak heap. A plain main, not a JMH benchmark:
 * it shows whether cost grows near-linearly with the structure, by running each at two sizes ten
 * times apart in the same run (the ratio is the figure to read; about 10 is linear).
 *
 * <p>Arguments: the sizes (default 10000 and 100000). Run as {@code java -Xmx2500m -cp
 * coi-bench/target/benchmarks.jar org.corroborate.bench.HeavyInputs}.
 */
public final class HeavyInputs {

  private HeavyInputs() {}

  /** One heavy structure, by size. */
  private record Shape(String name, IntFunction<EvidenceBase.Builder> build) {}

  /** Runs every shape at every size and prints a table. */
  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    for (String arg : args) {
      sizes.add(Integer.parseInt(arg.replace("_", "")));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10_000, 100_000);
    }
    List<Shape> shapes = List.of(
        new Shape("place chain", HeavyInputs::placeChain),
        new Shape("place cycles", HeavyInputs::placeCycles),
        new Shape("entailment chain", HeavyInputs::entailmentChain),
        new Shape("relay chain", HeavyInputs::relayChain));
    System.out.printf(Locale.ROOT, "%-18s %9s %10s %10s %10s  %s%n", "structure", "size", "read ms",
        "analyse ms", "peak MB", "outcome");
    for (Shape shape : shapes) {
      for (int n : sizes) {
        System.gc();
        resetPeaks();
        String json;
        try {
          json = CorpusJson.toJson(shape.build().apply(n).build());
        } catch (RuntimeException e) {
          json = null;
        }
        long start = System.nanoTime();
        String outcome;
        long analyse = 0;
        try {
          EvidenceBase evidence = json != null ? CorpusJson.fromJson(json) : shape.build().apply(n).build();
          long read = System.nanoTime();
          AnalysisReport report = Analysis.of(evidence);
          analyse = System.nanoTime() - read;
          outcome = report.corroborations().size() + " findings, " + report.disputes().size()
              + " disputes";
        } catch (EvidenceBaseException | org.corroborate.model.json.CorpusFormatException e) {
          String m = e.getMessage();
          outcome = "rejected, message of " + m.length() + " characters: "
              + m.substring(0, Math.min(90, m.length())).replace('\n', ' ');
        }
        long total = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%-18s %9d %10d %10d %10d  %s%n", shape.name(), n,
            (total - analyse) / 1_000_000, analyse / 1_000_000, peakMegabytes(), outcome);
      }
    }
  }

  private static EvidenceBase.Builder base(int sources) {
    EvidenceBase.Builder b = EvidenceBase.builder().addTopic(Topic.root("t", "Topic"));
    for (int s = 0; s < sources; s++) {
      b.addSource(Source.of("s" + s, "Source " + s, SourceKind.NGO));
      b.addDocument(Document.minutes("minutes-s" + s, "s" + s, "Meeting with Source " + s));
      b.addPassage(Passage.of("s" + s + "-1", "minutes-s" + s, Locator.paragraph("1")));
    }
    return b;
  }

  /** Place i contains place i + 1; one proposition at the innermost place, one assertion. */
  static EvidenceBase.Builder placeChain(int n) {
    EvidenceBase.Builder b = base(1);
    b.addPlace(Place.of("p0", "Place 0"));
    for (int i = 1; i < n; i++) {
      b.addPlace(Place.of("p" + i, "Place " + i, "p" + (i - 1)));
    }
    b.addProposition(Proposition.of("q", "t", "Question").at("p" + (n - 1)));
    b.addAssertion(Assertion.affirms("a", "s0", "q", "s0-1"));
    return b;
  }

  /** Place i contains place i + 1, and every second place also contains the first: cycles. */
  static EvidenceBase.Builder placeCycles(int n) {
    EvidenceBase.Builder b = base(1);
    for (int i = 0; i < n; i++) {
      List<String> parents = new ArrayList<>();
      if (i > 0) {
        parents.add("p" + (i - 1));
      }
      if (i == 0) {
        for (int j = 1; j < n; j += 2) {
          parents.add("p" + j);
        }
      }
      b.addPlace(Place.of("p" + i, "Place " + i, parents.toArray(String[]::new)));
    }
    return b;
  }

  /** Proposition i entails proposition i + 1; one assertion on the first. */
  static EvidenceBase.Builder entailmentChain(int n) {
    EvidenceBase.Builder b = base(1);
    for (int i = 0; i < n; i++) {
      b.addProposition(Proposition.of("q" + i, "t", "Question " + i));
      if (i > 0) {
        b.addRelation(PropositionRelation.entails("q" + (i - 1), "q" + i, "step " + i));
      }
    }
    b.addAssertion(Assertion.affirms("a", "s0", "q0", "s0-1"));
    return b;
  }

  /** Source i relays what source i + 1 reported, each on one proposition. */
  static EvidenceBase.Builder relayChain(int n) {
    EvidenceBase.Builder b = base(n);
    b.addProposition(Proposition.of("q", "t", "Question"));
    for (int i = 0; i < n; i++) {
      Assertion a = Assertion.affirms("a" + i, "s" + i, "q", "s" + i + "-1");
      b.addAssertion(i + 1 < n ? a.basedOn(Basis.reportedBy("s" + (i + 1))) : a);
    }
    return b;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
