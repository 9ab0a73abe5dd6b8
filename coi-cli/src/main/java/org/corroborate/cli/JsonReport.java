package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.cluster.Outlier;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.statement.Statement;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;

/**
 * The analysis as JSON for other tools. Names and types are a contract: fields may be added, none
 * renamed or retyped. Enum-like values are UPPER_SNAKE tokens; weights are rounded to four decimals.
 */
final class JsonReport {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final EvidenceBase evidence;

  private JsonReport(EvidenceBase evidence) {
    this.evidence = evidence;
  }

  /**
   * Writes the analysis to {@code out} as one JSON document, element by element: each finding,
   * dispute and near-miss is built as a small tree and written at once, so memory holds one
   * element's tree, never the whole document's.
   */
  static void write(AnalysisReport report, Selection selection, Weighting weighting,
      java.io.Writer out) throws java.io.IOException {
    try (com.fasterxml.jackson.core.JsonGenerator gen = MAPPER.createGenerator(out)) {
      gen.configure(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      gen.useDefaultPrettyPrinter();
      new JsonReport(report.evidence()).write(report, selection, gen);
      ObjectNode holder = MAPPER.createObjectNode();
      weighting.json(holder);
      gen.writeFieldName("weighting");
      gen.writeTree(holder.get("weighting"));
      gen.writeEndObject();
    }
  }

  /** The whole document as a string, for tests and small corpora. */
  static String of(AnalysisReport report, Selection selection, Weighting weighting) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(report, selection, weighting, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("writing to memory failed", e);
    }
    return out.toString();
  }

  private void write(AnalysisReport report, Selection selection,
      com.fasterxml.jackson.core.JsonGenerator gen) throws java.io.IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("sources");
    for (org.corroborate.model.Source s : evidence.sources()) {
      gen.writeTree(MAPPER.createObjectNode().put("id", s.id()).put("name", s.name())
          .put("kind", s.kind().name()).put("origin", s.origin()));
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("propositions");
    for (Corroboration c : report.corroborations()) {
      if (!selection.shows(c.proposition())) {
        continue;
      }
      ObjectNode p = MAPPER.createObjectNode();
      p.put("id", c.proposition().id()).put("text", c.proposition().text())
          .put("topic", c.proposition().topic()).put("verdict", c.verdict().name());
      strings(p.putArray("supporting"), c.supportingSources());
      strings(p.putArray("opposing"), c.opposingSources());
      p.put("independentSupport", c.independentSupport())
          .put("independentOpposition", c.independentOpposition())
          .put("weight", round(c.weight()))
          .put("support", round(c.support()))
          .put("opposition", round(c.opposition()))
          .put("absenceOfEvidence", round(c.absenceWeight()));
      strings(p.putArray("noEvidenceKnownTo"), c.absence().stream()
          .flatMap(l -> l.sources().stream()).distinct().sorted().toList());
      EvidenceLineJson.addAll(p.putArray("lines"), Statement.of(c.assertions(), evidence), evidence);
      gen.writeTree(p);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("disputes");
    for (Dispute d : report.disputes()) {
      if (!selection.shows(d)) {
        continue;
      }
      ObjectNode o = MAPPER.createObjectNode();
      o.put("id", d.id());
      proposition(o.putObject("proposition"), d.proposition());
      ArrayNode camps = o.putArray("camps");
      for (Camp camp : d.camps()) {
        ObjectNode c = camps.addObject();
        c.put("stance", camp.kind().name());
        if (camp.value().isPresent()) {
          value(c.putObject("value"), camp.value().get(), camp.unit().orElseThrow(), camp);
        } else {
          c.putNull("value");
        }
        if (camp.category().isPresent()) {
          strings(c.putArray("category"), camp.category().get().members());
        } else {
          c.putNull("category");
        }
        strings(c.putArray("sources"), camp.sources());
        c.put("independentLines", camp.independentLines());
        passages(c.putArray("passages"), camp.passages(evidence));
        EvidenceLineJson.addAll(c.putArray("lines"), Statement.of(camp.assertions(), evidence), evidence);
      }
      o.put("weight", round(d.weight())).put("reason", d.reason());
      strings(o.putArray("sourcesOnSeveralSides"), d.sourcesOnSeveralSides());
      strings(o.putArray("covers"), d.covers());
      strings(o.putArray("differsAt"), d.differsAt());
      gen.writeTree(o);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("nonDisputes");
    for (NonDispute n : report.nonDisputes()) {
      if (!selection.shows(n.proposition())) {
        continue;
      }
      ObjectNode o = MAPPER.createObjectNode();
      proposition(o.putObject("proposition"), n.proposition());
      o.put("kind", n.kind().name()).put("reason", n.reason());
      passages(o.putArray("passages"), n.bearings().stream()
          .flatMap(b -> b.assertion().passages().stream()).distinct()
          .map(p -> PassageReference.of(p, evidence)).toList());
      gen.writeTree(o);
    }
    gen.writeEndArray();
    ObjectNode rest = MAPPER.createObjectNode();
    ArrayNode clusters = rest.putArray("clusters");
    report.clusters().forEach(c -> strings(clusters.addObject().putArray("sources"), c));
    ArrayNode outliers = rest.putArray("outliers");
    for (Outlier o : report.outliers()) {
      ObjectNode node = outliers.addObject().put("source", o.source());
      strings(node.putArray("disputes"), o.disputes());
    }
    ObjectNode acceptance = rest.putObject("acceptance");
    strings(acceptance.putArray("accepted"), report.acceptance().in());
    strings(acceptance.putArray("rejected"), report.acceptance().out());
    strings(acceptance.putArray("undecided"), report.acceptance().undecided());
    for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> field : rest.properties()) {
      gen.writeFieldName(field.getKey());
      gen.writeTree(field.getValue());
    }
  }

  private static void proposition(ObjectNode node, Proposition p) {
    node.put("id", p.id()).put("text", p.text());
  }

  private static void value(ObjectNode node, Range<BigDecimal> range, String unit, Camp camp) {
    if (range.hasLowerBound()) {
      node.put("lower", range.lowerEndpoint());
    } else {
      node.putNull("lower");
    }
    if (range.hasUpperBound()) {
      node.put("upper", range.upperEndpoint());
    } else {
      node.putNull("upper");
    }
    node.put("lowerInclusive", range.hasLowerBound() && range.lowerBoundType() == com.google.common.collect.BoundType.CLOSED);
    node.put("upperInclusive", range.hasUpperBound() && range.upperBoundType() == com.google.common.collect.BoundType.CLOSED);
    node.put("unit", unit);
    node.put("approximate", camp.lines().stream().flatMap(l -> l.bearings().stream())
        .anyMatch(b -> b.assertion().value().map(q -> q.approximate()).orElse(false)));
  }

  private void passages(ArrayNode array, List<PassageReference> refs) {
    for (PassageReference r : refs) {
      ObjectNode p = array.addObject();
      p.put("source", speaker(r)).put("document", r.document());
      Integer paragraph = r.paragraph().filter(v -> v.matches("\\d{1,9}")).map(Integer::valueOf).orElse(null);
      if (paragraph == null) {
        p.putNull("paragraph");
      } else {
        p.put("paragraph", paragraph);
      }
      if (repeated(r)) {
        p.put("occurrence", r.occurrence());
      } else {
        p.putNull("occurrence");
      }
      p.put("locator", r.citation());
    }
  }

  /** The source that speaks in a passage: the minutes' source, or the document's publisher. */
  private static String speaker(PassageReference r) {
    return r.source();
  }

  /** Whether another passage of the same document has the same paragraph number. */
  private boolean repeated(PassageReference r) {
    if (r.paragraph().isEmpty()) {
      return false;
    }
    return evidence.passagesOf(r.document()).stream()
        .map(Passage::locator)
        .filter(l -> l.value().equals(r.paragraph().get()))
        .count() > 1;
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }

  private static double round(double weight) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.4f", weight));
  }
}
