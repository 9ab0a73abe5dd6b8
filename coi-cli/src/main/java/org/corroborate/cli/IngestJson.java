package org.corroborate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.audit.AuditReport;
import org.corroborate.ingest.audit.Finding;
import org.corroborate.ingest.citation.CitedParagraph;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.citation.RegisteredSource;
import org.corroborate.ingest.citation.WrittenReference;
import org.corroborate.ingest.evidence.IngestedReport;

/**
 * A report's citations and its audit as JSON for other tools. Names and types are a contract: fields
 * may be added, none renamed or retyped. Enum-like values are UPPER_SNAKE tokens; a value that is
 * not known is {@code null}, never left out.
 *
 * <p>{@code citations}: {@code sources} ({@code id}, {@code name}, {@code heading}), {@code
 * footnotes} ({@code number}, {@code text}, {@code citations} with {@code source} (null when
 * unresolved), {@code surface}, {@code paragraphs} (ints) and {@code occurrences} (one int per
 * paragraph: the occurrence meant of a repeated number, null when it is ambiguous or the paragraph
 * does not exist); {@code written} with {@code text}, {@code outlet}, {@code title}, {@code date},
 * {@code locator}, {@code url}; {@code diagnostics} with {@code code}, {@code message}, {@code
 * line}), and {@code diagnostics} of the whole report ({@code code}, {@code message}, {@code line},
 * {@code footnote}); {@code paragraphs}: every numbered body paragraph ({@code number} as
 * printed, {@code line}, {@code occurrence} of a number used again).
 *
 * <p>{@code audit}: {@code findings} ({@code footnote}, {@code code}, {@code severity}, {@code
 * message}, {@code excerpt}, {@code evidence}, {@code source}, {@code surface}, {@code paragraphs},
 * {@code suggested}, {@code line}).
 */
final class IngestJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private IngestJson() {}

  static String citations(IngestedReport read) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode sources = root.putArray("sources");
    for (RegisteredSource s : read.registry().sources()) {
      sources.addObject().put("id", s.id()).put("name", s.name()).put("heading", s.heading())
          .put("kind", s.kind().map(Enum::name).orElse(null));
    }
    ArrayNode numbered = root.putArray("paragraphs");
    read.report().numberedParagraphs().forEach(p -> numbered.addObject()
        .put("number", p.number().orElseThrow()).put("line", p.line()).put("occurrence", p.occurrence()));
    ArrayNode footnotes = root.putArray("footnotes");
    for (FootnoteCitations f : read.citations().footnotes().values()) {
      ObjectNode footnote = footnotes.addObject().put("number", f.number()).put("text", f.text())
          .put("line", f.line());
      ArrayNode citations = footnote.putArray("citations");
      for (InterviewCitation c : f.citations()) {
        ObjectNode citation = citations.addObject().put("source", c.source().orElse(null))
            .put("surface", c.surface());
        ArrayNode paragraphs = citation.putArray("paragraphs");
        ArrayNode occurrences = citation.putArray("occurrences");
        for (CitedParagraph p : c.paragraphs()) {
          paragraphs.add(p.number());
          if (p.occurrences().size() == 1) {
            occurrences.add(p.occurrences().get(0));
          } else {
            occurrences.addNull();
          }
        }
      }
      ArrayNode written = footnote.putArray("written");
      for (WrittenReference w : f.written()) {
        written.addObject().put("text", w.text()).put("outlet", w.outlet().orElse(null))
            .put("title", w.title().orElse(null))
            .put("date", w.date().map(Object::toString).orElse(null))
            .put("locator", w.locator().orElse(null)).put("url", w.url().orElse(null));
      }
      ArrayNode diagnostics = footnote.putArray("diagnostics");
      f.diagnostics().forEach(d -> diagnostic(diagnostics.addObject(), d));
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    read.diagnostics().forEach(d -> diagnostic(diagnostics.addObject(), d));
    return write(root);
  }

  private static void diagnostic(ObjectNode node, Diagnostic d) {
    node.put("code", d.code().name()).put("message", d.message()).put("line", d.line());
    if (d.footnote().isPresent()) {
      node.put("footnote", d.footnote().getAsInt());
    } else {
      node.putNull("footnote");
    }
    node.put("excerpt", d.excerpt());
  }

  static String audit(AuditReport audit) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode findings = root.putArray("findings");
    for (Finding f : audit.findings()) {
      ObjectNode node = findings.addObject().put("footnote", f.footnote())
          .put("code", f.code().name()).put("severity", f.severity().name())
          .put("message", f.message()).put("excerpt", f.excerpt()).put("evidence", f.evidence())
          .put("source", f.source().orElse(null)).put("surface", f.surface());
      ArrayNode paragraphs = node.putArray("paragraphs");
      f.paragraphs().forEach(paragraphs::add);
      ArrayNode suggested = node.putArray("suggested");
      f.suggested().forEach(suggested::add);
      node.put("line", f.line());
    }
    return write(root);
  }

  private static String write(JsonNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain nodes always serialises", e);
    }
  }

}
