package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command's output is byte-identical across runs — in separate JVMs, one of them giving every
 * object the same identity hash code, so that no order may depend on identity hashes — and across
 * orderings of the corpus file.
 */
final class DeterminismTest {

  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "annexed-regions.json");

  @TempDir Path dir;

  /** Prints, in a fresh JVM, what every analysis format and the graph give for the bundled corpus. */
  static final class Outputs {
    public static void main(String[] args) {
      StringWriter out = new StringWriter();
      PrintWriter w = new PrintWriter(out, true);
      PrintWriter err = new PrintWriter(System.err, true);
      for (String format : List.of("text", "json", "markdown", "html")) {
        w.println("== analyze " + format + " exit " + Coi.run(w, err, "analyze", "--format", format));
      }
      for (String format : List.of("dot", "graphml", "json")) {
        w.println("== graph " + format + " exit " + Coi.run(w, err, "graph", "--format", format));
      }
      System.out.print(out);
      System.out.flush();
    }
  }

  private static String inFreshJvm(String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Collections.addAll(command, jvmOptions);
    command.add("-Dfile.encoding=UTF-8");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Outputs.class.getName());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(bytes);
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the JVM ends");
    assertEquals(0, p.exitValue(), "the JVM ends normally");
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void output_isByteIdentical_inSeparateJvms_evenWithEqualIdentityHashCodes() throws Exception {
    String plain = inFreshJvm();
    assertTrue(plain.contains("== analyze html exit 0") && plain.contains("== graph json exit 0"),
        "every command ran: " + plain.substring(Math.max(0, plain.length() - 500)));
    assertEquals(plain, inFreshJvm(), "a second run prints the same bytes");
    assertEquals(plain, inFreshJvm("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"),
        "no order depends on identity hash codes");
  }

  @Test
  void output_isByteIdentical_whateverTheOrderOfTheCorpusFile() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode corpus = json.readTree(EXAMPLE.toFile());
    ObjectNode reversed = json.createObjectNode();
    List<String> fields = new ArrayList<>();
    corpus.fieldNames().forEachRemaining(fields::add);
    Collections.reverse(fields);
    for (String field : fields) {
      JsonNode value = corpus.get(field);
      if (value.isArray()) {
        ArrayNode items = json.createArrayNode();
        List<JsonNode> list = new ArrayList<>();
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
          list.add(it.next());
        }
        Collections.reverse(list);
        items.addAll(list);
        reversed.set(field, items);
      } else {
        reversed.set(field, value);
      }
    }
    Path original = dir.resolve("a.json");
    Path other = dir.resolve("b.json");
    Files.copy(EXAMPLE, original);
    Files.writeString(other, json.writerWithDefaultPrettyPrinter().writeValueAsString(reversed));
    assertTrue(!Files.readString(original).equals(Files.readString(other)), "the files differ");
    for (List<String> command : List.of(List.of("analyze", "--format", "json"),
        List.of("graph", "--format", "graphml"), List.of("graph", "--format", "dot"))) {
      assertEquals(run(command, original), run(command, other),
          command + " prints the same bytes for both orderings");
    }
  }

  private static String run(List<String> command, Path corpus) {
    List<String> args = new ArrayList<>(command);
    args.add("--corpus");
    args.add(corpus.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Coi.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(Coi.OK, code, err.toString());
    return out.toString();
  }
}
