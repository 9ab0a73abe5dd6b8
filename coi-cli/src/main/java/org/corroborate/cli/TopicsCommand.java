package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableListMultimap;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Topic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code coi topics}: the topic tree of a corpus with the propositions filed under each topic, so
 * a reader finds the ids that {@code --topic} and {@code --proposition} take.
 *
 * <p>Topics and propositions are listed in the corpus's order. Text: one topic a line, indented
 * two spaces a level, its id and label, then its propositions' ids and texts. JSON (a contract:
 * fields may be added, none renamed or retyped): {@code corpus} and {@code topics}, each {@code
 * id}, {@code label}, {@code propositions} ({@code id}, {@code text}) and {@code topics} (its
 * subtopics, alike). O(topics + propositions).
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "List the topic tree with the id and text of every proposition under its topic.")
final class TopicsCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin CorpusOption corpus;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).", converter = TextOrJson.class)
  Format format = Format.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** A topic tree: subtopics and propositions of each topic, in the corpus's order. */
  private record Tree(ImmutableListMultimap<Optional<String>, Topic> children,
      ImmutableListMultimap<String, Proposition> propositions) {

    static Tree of(EvidenceBase evidence) {
      ImmutableListMultimap.Builder<Optional<String>, Topic> children = ImmutableListMultimap.builder();
      evidence.topics().forEach(t -> children.put(t.parent(), t));
      ImmutableListMultimap.Builder<String, Proposition> propositions = ImmutableListMultimap.builder();
      evidence.propositions().forEach(p -> propositions.put(p.topic(), p));
      return new Tree(children.build(), propositions.build());
    }
  }

  @Override
  public Integer call() {
    CorpusOption.Loaded loaded = corpus.load(spec, corpus.progress(spec));
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    Tree tree = Tree.of(evidence);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      ObjectNode root = MAPPER.createObjectNode().put("corpus", corpus.name());
      json(root.putArray("topics"), tree, Optional.empty());
      try {
        out.println(MAPPER.writeValueAsString(root));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("a tree of plain values did not serialise", e);
      }
    } else {
      TextReport.wrap(out, "", "Topics of " + corpus.name() + ": " + evidence.topics().size()
          + " topics, " + evidence.propositions().size() + " propositions.", "  ");
      text(out, tree, Optional.empty(), "");
    }
    out.flush();
    return Coi.OK;
  }

  private static void text(PrintWriter out, Tree tree, Optional<String> parent, String indent) {
    for (Topic t : tree.children().get(parent)) {
      out.println();
      TextReport.wrap(out, indent, t.id() + " — " + t.label(), indent + "    ");
      for (Proposition p : tree.propositions().get(t.id())) {
        TextReport.wrap(out, indent + "  · ", p.id() + ": " + p.text(), indent + "      ");
      }
      text(out, tree, Optional.of(t.id()), indent + "  ");
    }
  }

  private static void json(ArrayNode array, Tree tree, Optional<String> parent) {
    for (Topic t : tree.children().get(parent)) {
      ObjectNode node = array.addObject().put("id", t.id()).put("label", t.label());
      ArrayNode propositions = node.putArray("propositions");
      tree.propositions().get(t.id())
          .forEach(p -> propositions.addObject().put("id", p.id()).put("text", p.text()));
      json(node.putArray("topics"), tree, Optional.of(t.id()));
    }
  }
}
