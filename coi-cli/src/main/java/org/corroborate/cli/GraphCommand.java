package org.corroborate.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.corroborate.analysis.graph.EvidenceGraph;
import org.corroborate.analysis.graph.GraphFormat;
import org.corroborate.model.EvidenceBase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code coi graph}: the evidence graph as DOT, GraphML or JSON. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Export the evidence graph: sources, propositions and passages with their"
        + " assertion, citation, entailment, contradiction and reported-by edges.")
final class GraphCommand implements Callable<Integer> {

  @Mixin CorpusOption corpus;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "dot",
      description = "dot, graphml or json (default: ${DEFAULT-VALUE}).")
  String format = "dot";

  @Option(names = "--proposition", paramLabel = "ID", description = "Only this proposition.")
  Optional<String> proposition = Optional.empty();

  @Option(names = "--topic", paramLabel = "ID", description = "Only this topic and its subtopics.")
  Optional<String> topic = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    GraphFormat graphFormat;
    try {
      graphFormat = GraphFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown format '" + format + "'; use dot, graphml or json");
    }
    if (proposition.isPresent() && topic.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give --proposition or --topic, not both");
    }
    Progress progress = corpus.progress(spec);
    long start = System.nanoTime();
    CorpusOption.Loaded loaded = corpus.load(spec, progress);
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    Optional<String> asked = proposition.map(id -> Selection.known(evidence, "proposition", id, spec, corpus.name()));
    topic.ifPresent(id -> Selection.known(evidence, "topic", id, spec, corpus.name()));
    progress.stepTimed("read; building the evidence graph", start);
    EvidenceGraph graph = EvidenceGraph.of(evidence);
    try {
      if (asked.isPresent()) {
        graph = graph.aboutProposition(asked.get());
      } else if (topic.isPresent()) {
        graph = graph.aboutTopic(topic.get());
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + " in " + corpus.name());
    }
    progress.stepTimed("built; writing " + graphFormat.name().toLowerCase(Locale.ROOT), start);
    spec.commandLine().getOut().print(graphFormat.export(graph));
    spec.commandLine().getOut().flush();
    return Coi.OK;
  }
}
