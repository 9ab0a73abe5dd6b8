package org.corroborate.bench;

import java.util.Locale;
import org.corroborate.analysis.Analysis;
import org.corroborate.model.EvidenceBase;

/** A rough timing without JMH, to find gross problems before a proper run. Not a benchmark. */
final class QuickTiming {
  private QuickTiming() {}

  public static void main(String[] args) {
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      long t0 = System.nanoTime();
      EvidenceBase e = SyntheticCorpus.generate(42, n);
      long t1 = System.nanoTime();
      Analysis.of(e);
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%d assertions: generate+build %.2f s, analysis %.2f s%n", n,
          (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }
}
