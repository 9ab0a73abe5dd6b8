package org.corroborate.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.RussiaConscriptionExcerpt;
import org.junit.jupiter.api.Test;

/** One immutable evidence base analysed from eight threads at once gives eight equal reports. */
final class ConcurrencyTest {

  @Test
  void analysis_fromEightThreadsAtOnce_givesIdenticalResults() throws Exception {
    EvidenceBase evidence = RussiaConscriptionExcerpt.evidenceBase();
    AnalysisReport alone = Analysis.of(evidence);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<AnalysisReport>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          start.await();
          List<AnalysisReport> reports = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            reports.add(Analysis.of(evidence));
          }
          return reports;
        }));
      }
      start.countDown();
      for (Future<List<AnalysisReport>> run : runs) {
        for (AnalysisReport r : run.get(2, TimeUnit.MINUTES)) {
          assertEquals(alone.corroborations(), r.corroborations());
          assertEquals(alone.disputes(), r.disputes());
          assertEquals(alone.nonDisputes(), r.nonDisputes());
          assertEquals(alone.clusters(), r.clusters());
          assertEquals(alone.outliers(), r.outliers());
          assertEquals(alone.acceptance(), r.acceptance());
          assertEquals(alone.explain("posted-in-kherson"), r.explain("posted-in-kherson"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
