package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Python notebook {@code examples/notebooks/annexed-regions.ipynb} asks the command line, through
 * the JBang alias {@code coi}, for what it shows. Its Python cells run only under Jupyter (the
 * examples check executes them); this test runs the very command lines the notebook passes to the
 * alias, in this JVM, and checks that the JSON and DOT they print have every field the notebook
 * reads, so a change of the command line or of the JSON report cannot break the notebook unseen.
 */
final class AnnexedRegionsNotebookTest {

  private static final Path NOTEBOOK = Path.of("..", "examples", "notebooks", "annexed-regions.ipynb");
  private static final Pattern CALL = Pattern.compile("\\bcoi\\(((?:\"[^\"]*\"|[A-Za-z_]+)(?:,\\s*(?:\"[^\"]*\"|[A-Za-z_]+))*)\\)");
  private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|([A-Za-z_]+)");

  private static String code() throws IOException {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertEquals(4, nb.get("nbformat").asInt());
    assertEquals("python3", nb.get("metadata").get("kernelspec").get("name").asText());
    StringBuilder code = new StringBuilder();
    for (JsonNode cell : nb.get("cells")) {
      if (cell.get("cell_type").asText().equals("code")) {
        assertTrue(cell.get("outputs").isArray() && cell.get("outputs").isEmpty(), "stored without outputs");
        JsonNode source = cell.get("source");
        if (source.isArray()) {
          source.forEach(line -> code.append(line.asText()));
        } else {
          code.append(source.asText());
        }
        code.append('\n');
      }
    }
    return code.toString();
  }

  /** The argument lists of the notebook's {@code coi(...)} calls, its two variables substituted. */
  private static List<List<String>> calls(String code) {
    List<List<String>> calls = new ArrayList<>();
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      List<String> args = new ArrayList<>();
      Matcher arg = ARGUMENT.matcher(call.group(1));
      while (arg.find()) {
        args.add(arg.group(1) != null ? arg.group(1) : switch (arg.group(2)) {
          case "QUESTION" -> "posted-in-annexed-2022";
          case "topic" -> "posting";
          default -> throw new AssertionError("an unknown variable in a coi call: " + arg.group(2));
        });
      }
      calls.add(args);
    }
    return calls;
  }

  private static String coi(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Coi.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(0, code, "coi " + args + " succeeds: " + err);
    return out.toString();
  }

  @Test
  void notebook_asksTheAliasForTheQuestionItsTopicAndTheGraph() throws IOException {
    String code = code();
    assertTrue(code.contains("QUESTION = \"posted-in-annexed-2022\""), "the annexed-regions question");
    assertTrue(code.contains("[JBANG, \"coi\", *args]"), "runs the JBang alias coi");
    assertEquals(List.of(
        List.of("analyze", "--format", "json", "--proposition", "posted-in-annexed-2022"),
        List.of("analyze", "--format", "json", "--topic", "posting"),
        List.of("trust", "--format", "json"),
        List.of("graph", "--format", "dot", "--topic", "posting")), calls(code));
  }

  @Test
  void notebookCommands_printEveryFieldTheNotebookReads() throws IOException {
    List<List<String>> calls = calls(code());
    ObjectMapper json = new ObjectMapper();

    JsonNode question = json.readTree(coi(calls.get(0)));
    assertFalse(question.get("sources").isEmpty());
    question.get("sources").forEach(s -> assertTrue(s.get("id").isTextual() && s.get("name").isTextual()));
    JsonNode dispute = question.get("disputes").get(0);
    assertEquals("posted-in-annexed-2022", dispute.get("proposition").get("id").asText());
    assertTrue(dispute.get("proposition").get("text").isTextual() && dispute.get("weight").isNumber());
    assertTrue(dispute.get("reason").asText().contains("Pskovskaya Gubernia: 7"), dispute.toString());
    assertEquals(2, dispute.get("camps").size(), "affirming and denying camps");
    for (JsonNode camp : dispute.get("camps")) {
      assertTrue(camp.get("stance").isTextual() && camp.has("value") && camp.get("independentLines").isInt());
      assertFalse(camp.get("sources").isEmpty());
      camp.get("passages").forEach(p -> assertTrue(p.get("source").isTextual() && p.get("locator").isTextual()));
    }
    assertEquals("posting", question.get("propositions").get(0).get("topic").asText());

    JsonNode topic = json.readTree(coi(calls.get(1)));
    assertTrue(topic.get("propositions").size() > 1, "the questions of the topic");
    for (JsonNode p : topic.get("propositions")) {
      assertTrue(p.get("id").isTextual() && p.get("text").isTextual() && p.get("verdict").isTextual()
          && p.get("independentSupport").isInt() && p.get("independentOpposition").isInt()
          && p.get("weight").isNumber(), p.toString());
    }

    JsonNode trust = json.readTree(coi(calls.get(2)));
    assertTrue(trust.get("method").isTextual(), "the method that estimated the trust");
    java.util.Set<String> inDispute = new java.util.TreeSet<>();
    dispute.get("camps").forEach(c -> c.get("sources").forEach(s -> inDispute.add(s.asText())));
    java.util.Set<String> trusted = new java.util.TreeSet<>();
    for (JsonNode s : trust.get("sources")) {
      assertTrue(s.get("id").isTextual() && s.get("name").isTextual() && s.get("trust").isNumber()
          && s.get("answers").isInt() && s.get("contested").isInt(), s.toString());
      trusted.add(s.get("id").asText());
    }
    assertTrue(trusted.containsAll(inDispute), "every source of the dispute has a trust: " + inDispute);
    JsonNode decided = null;
    for (JsonNode q : trust.get("questions")) {
      if (q.get("proposition").asText().equals("posted-in-annexed-2022")) {
        decided = q;
      }
    }
    assertTrue(decided != null && decided.get("answer").isTextual()
        && decided.get("confidence").isNumber() && decided.get("reason").isTextual(),
        "the question is among those with rival answers: " + decided);

    String dot = coi(calls.get(3));
    assertTrue(dot.startsWith("digraph"), "Graphviz DOT for the picture");
    assertTrue(dot.contains("Pskovskaya Gubernia"), "the graph of the topic names its sources");
  }
}
