package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A heap too small for the input ends in one clear sentence and exit 4, never a raw stack trace:
 * the command runs in a separate JVM with a few megabytes of heap, on the bundled corpus.
 */
class ResourceExhaustionTest {

  @Test
  void outOfMemory_endsInOneSentenceAndExit4() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx8m", "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), Coi.class.getName(), "analyze"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    assertEquals(Coi.UNEXPECTED_ERROR, code, err);
    assertTrue(err.startsWith("coi: out of memory: "), err);
    assertTrue(err.contains("-Xmx"), "says how to give Java more memory: " + err);
    assertFalse(err.contains("\tat ") || err.contains("java.lang.OutOfMemoryError"), "no stack trace: " + err);
  }
}
