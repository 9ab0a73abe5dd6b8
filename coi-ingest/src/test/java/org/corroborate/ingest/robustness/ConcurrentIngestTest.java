package org.corroborate.ingest.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.CitationAudit;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.evidence.ReportIngest;
import org.corroborate.model.ReferenceReports;
import org.corroborate.model.SourceKind;
import org.corroborate.model.json.CorpusJson;
import org.junit.jupiter.api.Test;

/**
 * One report read, audited and turned into a skeleton from eight threads at once gives eight equal
 * results, equal to reading it alone. Data: the bundled UK CPIN (Crown copyright, Open Government
 * Licence v3.0).
 */
final class ConcurrentIngestTest {

  /** What one reading gives, in comparable form. */
  private record Reading(IngestedReport read, AuditReport audit, String skeleton) {
    static Reading of(String text) throws Exception {
      IngestedReport read = ReportIngest.read(text, AliasFile.empty());
      return new Reading(read, CitationAudit.audit(read), CorpusJson.toJson(read.evidence(SourceKind.NGO)));
    }
  }

  private static String cpin() throws IOException {
    try (InputStream in = ConcurrentIngestTest.class.getResourceAsStream(
        "/org/corroborate/ingest/evidence/uk-cpin-ukraine-military-service-2025.md")) {
      assertTrue(in != null, "the CPIN is bundled as test data");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void read_cpinFromEightThreadsAtOnce_givesIdenticalResults() throws Exception {
    String text = cpin();
    assertTrue(ReportIngest.read(text, AliasFile.empty()).citations().footnotes().size() > 10,
        "the report has footnotes to read");
    inEightThreads(text, 5);
  }

  @Test
  void read_disSmaReportFromEightThreadsAtOnce_givesIdenticalResults() throws Exception {
    String text = ReferenceReports.text(ReferenceReports.RUSSIA_CONSCRIPTION);
    IngestedReport read = ReportIngest.read(text, AliasFile.empty());
    assertTrue(read.registry().sources().size() > 10 && !CitationAudit.audit(read).findings().isEmpty(),
        "the report has sources, minutes and audit findings");
    inEightThreads(text, 2);
  }

  private static void inEightThreads(String text, int readsPerThread) throws Exception {
    Reading alone = Reading.of(text);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Reading>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          start.await();
          List<Reading> readings = new ArrayList<>();
          for (int i = 0; i < readsPerThread; i++) {
            readings.add(Reading.of(text));
          }
          return readings;
        }));
      }
      start.countDown();
      for (Future<List<Reading>> run : runs) {
        for (Reading r : run.get(5, TimeUnit.MINUTES)) {
          assertEquals(alone.read().report(), r.read().report(), "the same structure");
          assertEquals(alone.read().citations(), r.read().citations(), "the same citations");
          assertEquals(alone.read().registry().sources(), r.read().registry().sources());
          assertEquals(alone.read().diagnostics(), r.read().diagnostics(), "the same diagnostics");
          assertEquals(alone.audit(), r.audit(), "the same audit");
          assertEquals(alone.skeleton(), r.skeleton(), "the same skeleton, byte for byte");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
