package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.corroborate.model.EvidenceBase;

/**
 * Fuzzes the corpus reader. In the normal test run it replays the inputs under {@code
 * CorpusJsonFuzzTestInputs/} (seeds and every crash ever found); with {@code JAZZER_FUZZ=1} it
 * searches for new ones, coverage-guided.
 */
final class CorpusJsonFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void read_failsOnlyWithLocatedProblems(byte[] data) {
    EvidenceBase read;
    try {
      read = CorpusJson.read(new ByteArrayInputStream(data), "<fuzz>");
    } catch (CorpusFormatException e) {
      assertFalse(e.problems().isEmpty(), "a rejection names at least one problem");
      for (JsonProblem p : e.problems()) {
        assertTrue(p.line() >= 1 && p.column() >= 1, "every problem is located: " + p);
        assertFalse(p.message().isBlank(), "every problem says why: " + p);
        String ownWords = p.message().replaceAll("'[^']*'", "''");
        assertFalse(ownWords.contains("com.fasterxml") || ownWords.contains("java.lang"),
            "no library internals outside the quoted input: " + p);
      }
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    assertEquals(read, CorpusJson.fromJson(CorpusJson.toJson(read)),
        "whatever is accepted survives writing and reading again");
  }
}
