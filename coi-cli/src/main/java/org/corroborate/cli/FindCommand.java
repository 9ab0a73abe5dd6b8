package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.ingest.search.EvidenceSearch;
import org.corroborate.ingest.search.QuoteMatch;
import org.corroborate.ingest.search.SearchResult;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Topic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coi find}: the propositions that answer a caseworker's words, best first, each with the
 * quotes that match ({@link EvidenceSearch}: BM25 over proposition texts, quotes and topic labels,
 * with the COI synonyms, so "draft dodger" finds "evasion").
 *
 * <p>Text: rank, proposition id and text, topic, score, then each matching quote with its source
 * and passage (document, paragraph), the matching words marked {@value QuoteMatch#OPEN}…{@value
 * QuoteMatch#CLOSE}. JSON, exactly: {@code query} and {@code results}, each {@code proposition},
 * {@code text}, {@code topic}, {@code score} and {@code matches}, the {@link EvidenceLineJson
 * evidence lines} of the matching assertions (no marks: the highlight is for reading).
 */
@Command(name = "find", mixinStandardHelpOptions = true,
    description = "Find the propositions that answer some words (synonyms of COI terms included),"
        + " best first, with the matching quotes and where they are written.")
final class FindCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin CorpusOption corpus;

  @Parameters(arity = "1..*", paramLabel = "WORDS", description = "The words to look for.")
  List<String> words = List.of();

  @Option(names = {"--limit", "-n"}, paramLabel = "N", defaultValue = "10",
      description = "The most propositions listed (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = {"--format", "-f"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).", converter = TextOrJson.class)
  Format format = Format.TEXT;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    String query = String.join(" ", words).strip();
    if (query.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give some words to find");
    }
    Progress progress = corpus.progress(spec);
    CorpusOption.Loaded loaded = corpus.load(spec, progress);
    if (loaded.evidence().isEmpty()) {
      return loaded.exitCode();
    }
    EvidenceBase evidence = loaded.evidence().get();
    progress.step("indexing");
    List<SearchResult> results;
    try {
      results = EvidenceSearch.over(evidence).search(query, limit);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(json(query, results, evidence));
    } else {
      text(out, query, results, evidence);
    }
    out.flush();
    return Coi.OK;
  }

  private void text(PrintWriter out, String query, List<SearchResult> results, EvidenceBase evidence) {
    TextReport.wrap(out, "", (results.isEmpty() ? "Nothing" : results.size()
        + (results.size() == 1 ? " proposition" : " propositions")) + " found for '" + query + "' in "
        + corpus.name() + (results.isEmpty() ? "." : ", best first:"), "  ");
    int rank = 0;
    for (SearchResult r : results) {
      rank++;
      out.println();
      TextReport.wrap(out, rank + ". ", r.proposition().id() + ": " + r.proposition().text(), "   ");
      Topic topic = evidence.topic(r.proposition().topic()).orElseThrow();
      TextReport.wrap(out, "   ", String.format(Locale.ROOT, "topic %s (%s); score %.2f; %d matching %s",
          topic.id(), topic.label(), r.score(), r.matches().size(),
          r.matches().size() == 1 ? "quote" : "quotes"), "     ");
      for (QuoteMatch m : r.matches()) {
        Statement s = Statement.of(m.assertion(), evidence);
        TextReport.wrap(out, "   - ", s.source().name() + ", " + where(s) + ":", "     ");
        TextReport.wrap(out, "       \"", m.highlightedQuote() + "\"", "        ");
      }
    }
  }

  /** Where a statement is written: each passage's document, and its paragraph when it has one. */
  private static String where(Statement s) {
    List<String> places = s.passages().stream().map(FindCommand::where).toList();
    return String.join("; ", places);
  }

  private static String where(PassageReference p) {
    return p.document() + p.paragraph().map(n -> " ¶" + n
        + (p.occurrence() > 1 ? " (occurrence " + p.occurrence() + ")" : "")).orElse("");
  }

  private static String json(String query, List<SearchResult> results, EvidenceBase evidence) {
    ObjectNode root = MAPPER.createObjectNode().put("query", query);
    ArrayNode array = root.putArray("results");
    for (SearchResult r : results) {
      ObjectNode node = array.addObject()
          .put("proposition", r.proposition().id())
          .put("text", r.proposition().text())
          .put("topic", r.proposition().topic())
          .put("score", Math.round(r.score() * 10_000.0) / 10_000.0);
      ArrayNode matches = node.putArray("matches");
      r.matches().forEach(m -> EvidenceLineJson.add(matches.addObject(), Statement.of(m.assertion(), evidence), evidence));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values did not serialise", e);
    }
  }
}
