package org.corroborate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Passage;
import org.corroborate.model.json.CorpusJson;

/**
 * The evidence line, the one JSON shape of a statement in every output (dispute camps, findings,
 * search results): exactly the keys {@code assertion}, {@code source}, {@code passages}, {@code
 * quote}, {@code hedge}, {@code quantifier}, {@code basis}, {@code value}, {@code time} and {@code
 * selector}, in that order. Hedge, quantifier, basis and value are written as the corpus format
 * writes them; {@code quantifier}, {@code basis} and {@code value} are null when the statement has
 * none; {@code time} always has both keys {@code from} and {@code to}, null for an open end.
 */
final class EvidenceLineJson {

  private EvidenceLineJson() {}

  /** Adds one evidence line per statement to {@code array}, in the given order. */
  static void addAll(ArrayNode array, Collection<Statement> statements, EvidenceBase evidence) {
    statements.forEach(s -> add(array.addObject(), s, evidence));
  }

  /** Fills {@code line} with the evidence line of {@code statement}. */
  static void add(ObjectNode line, Statement statement, EvidenceBase evidence) {
    line.put("assertion", statement.assertion().id());
    line.put("source", statement.source().id());
    ArrayNode passages = line.putArray("passages");
    for (PassageReference r : statement.passages()) {
      Passage p = evidence.passage(r.passage()).orElseThrow();
      ObjectNode o = passages.addObject();
      o.put("document", r.document());
      o.put("paragraph", r.paragraph().orElse(null));
      o.put("occurrence", p.locator().occurrence());
      o.put("locator", p.locator().toString());
    }
    line.put("quote", statement.quote());
    line.put("hedge", CorpusJson.token(statement.hedge()));
    line.put("quantifier", statement.quantifier().map(CorpusJson::token).orElse(null));
    if (statement.basis().isPresent()) {
      line.set("basis", CorpusJson.tree(statement.basis().get()));
    } else {
      line.putNull("basis");
    }
    if (statement.value().isPresent()) {
      line.set("value", CorpusJson.tree(statement.value().get()));
    } else {
      line.putNull("value");
    }
    line.set("time", CorpusJson.tree(statement.time()));
    ObjectNode selector = line.putObject("selector");
    selector.put("type", "FragmentSelector");
    selector.put("value", statement.fragment());
    ObjectNode quote = selector.putObject("refinedBy");
    quote.put("type", "TextQuoteSelector");
    quote.put("exact", statement.quote());
  }
}
