package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/**
 * The Jupyter notebook of {@code examples/notebooks/java-kernel.ipynb} keeps working: it is nbformat 4 with the
 * expected cells, and its Java cells, evaluated with JShell against the test class path as a Java
 * kernel would, compile, run and show the annexed-regions question. No kernel is needed.
 */
final class NotebookExampleTest {

  private static final Path NOTEBOOK = Path.of("..", "examples", "notebooks", "java-kernel.ipynb");

  @Test
  void notebook_isNbformat4WithTheExpectedCells() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertEquals(4, nb.get("nbformat").asInt());
    assertEquals("java", nb.get("metadata").get("kernelspec").get("language").asText());
    List<String> code = new ArrayList<>();
    for (JsonNode cell : nb.get("cells")) {
      String type = cell.get("cell_type").asText();
      assertTrue(type.equals("markdown") || type.equals("code"), "a known cell type: " + type);
      assertTrue(cell.get("source").isArray() && cell.get("metadata").isObject(), "source and metadata");
      if (type.equals("code")) {
        assertTrue(cell.get("outputs").isArray() && cell.get("execution_count").isNull(),
            "code cells are stored without outputs");
        code.add(source(cell));
      }
    }
    assertTrue(code.get(0).startsWith("%jars ../../coi-cli/target/coi.jar"), "the first cell loads the library");
    assertTrue(String.join("\n", code).contains("ReferenceCorpora.russiaConscription2025()"), "loads the corpus");
    assertTrue(String.join("\n", code).contains("\"posted-in-annexed-2022\""), "shows the annexed-regions question");
  }

  @Test
  void notebook_javaCellsRunInJShell() throws Exception {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    // the local engine runs snippets in this JVM: what they print goes to System.out
    String printed = JBangExamplesTest.captured(() -> {
      try (JShell shell = JShell.builder().executionEngine("local").build()) {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
          shell.addToClasspath(entry);
        }
        for (JsonNode cell : nb.get("cells")) {
          if (cell.get("cell_type").asText().equals("code")) {
            evaluate(shell, source(cell).lines().filter(l -> !l.startsWith("%"))
                .reduce("", (a, b) -> a + b + "\n"));
          }
        }
      }
    });
    assertTrue(printed.contains("Pskovskaya Gubernia: 7"), "the dispute table cites the minutes: " + printed);
    assertTrue(printed.contains("DISPUTED"), "the verdicts of the topic: " + printed);
    assertTrue(printed.contains("digraph"), "the graph is printed as DOT");
  }

  /** Evaluates a cell snippet by snippet, as a Java kernel does; fails on any error. */
  private static void evaluate(JShell shell, String cell) {
    String remaining = cell;
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
      for (SnippetEvent event : shell.eval(info.source())) {
        assertFalse(event.status() == Snippet.Status.REJECTED, "the snippet compiles: "
            + event.snippet().source() + " "
            + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
        assertTrue(event.exception() == null, "the snippet runs: " + event.snippet().source()
            + " " + event.exception());
      }
      remaining = info.remaining();
    }
  }

  private static String source(JsonNode cell) {
    StringBuilder s = new StringBuilder();
    cell.get("source").forEach(line -> s.append(line.asText()));
    return s.toString();
  }
}
