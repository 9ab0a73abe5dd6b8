package org.corroborate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.corroborate.analysis.Analysis;
import org.corroborate.model.EvidenceBase;
import org.junit.jupiter.api.Test;

/**
 * The analysis of synthetic corpora large enough to have big question families, many disputes
 * and repeats finds exactly what it found before it was reworked for scale: the saved outputs of
 * the reference corpus cover small families only.
 */
final class AnalysisDigestTest {

  private static String expected(String key) throws IOException {
    Properties digests = new Properties();
    try (InputStream in = AnalysisDigestTest.class.getResourceAsStream("analysis-digests.properties")) {
      digests.load(in);
    }
    return digests.getProperty(key);
  }

  @Test
  void realisticCorpus_analysis_isUnchanged() throws IOException {
    EvidenceBase evidence = RealisticCorpus.generate(42, 20_000);
    assertEquals(expected("realistic.20000"), AnalysisDigest.of(Analysis.of(evidence)),
        "the analysis of the realistic corpus changed; a performance change must not change it");
  }

  @Test
  void uniformCorpus_analysis_isUnchanged() throws IOException {
    EvidenceBase evidence = SyntheticCorpus.generate(42, 20_000);
    assertEquals(expected("uniform.20000"), AnalysisDigest.of(Analysis.of(evidence)),
        "the analysis of the uniform corpus changed; a performance change must not change it");
  }
}
