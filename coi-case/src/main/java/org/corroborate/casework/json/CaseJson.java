package org.corroborate.casework.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.casework.Case;
import org.corroborate.casework.Fact;
import org.corroborate.casework.FactStance;
import org.corroborate.casework.consistency.ExternalConsistency;
import org.corroborate.model.Category;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.json.CorpusJson;
import org.corroborate.model.json.JsonProblem;

/**
 * Reads a {@link Case} in the JSON format {@value #FORMAT}, validated against the corpus it will be
 * assessed with.
 *
 * <p>A case is one JSON object: {@code "format": "corroborate-case/1"}, {@code id} (a slug), {@code
 * decisionDate} ({@code YYYY-MM-DD}) and {@code facts}, an array of at least one fact, each with
 * {@code id}, {@code statement}, {@code record}, {@code proposition} and {@code stance} ({@code
 * affirms} or {@code denies}), and optionally {@code time} ({@code {"from": ..., "to": ...}},
 * partial dates, either end null or absent for an open end), {@code value} (the corpus's value
 * form, {@code {"minimum": ..., "maximum": ..., "unit": ...}}) and {@code category} (an array of
 * names); optional fields may be null. The JSON Schema {@code corroborate-case-1.schema.json}
 * ({@link #SCHEMA_RESOURCE}) defines every field.
 *
 * <p>Reading is strict and reports every problem it can at once, located, in a {@link
 * CaseFormatException}, as corpus files are read: the text must be well-formed JSON within the
 * corpus reader's limits, with no duplicate key (the first such problem stops reading); then every
 * fact is converted, collecting every problem: an unknown or missing field, a value of the wrong
 * type or invalid, two facts with one id, a proposition the corpus does not hold (the message names
 * the {@value #SUGGESTED} nearest ids, by optimal-string-alignment distance, ties by id; a former
 * id kept as an alias is accepted), and a fact that does not fit its proposition ({@link
 * ExternalConsistency#requireFits}). Each problem carries the JSON pointer of the field, the line
 * and column of the fact and its id. Linear in the size of the text, plus O(f · P · L²) for the
 * nearest ids of f unknown propositions among P ids of length at most L.
 */
public final class CaseJson {

  /** The format this class reads. */
  public static final String FORMAT = "corroborate-case/1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE =
      "/org/corroborate/casework/json/corroborate-case-1.schema.json";

  /** How many known ids a message suggests for an unknown proposition. */
  public static final int SUGGESTED = org.corroborate.model.NearestIds.SUGGESTED;

  private static final ImmutableSet<String> CASE_FIELDS =
      ImmutableSet.of("format", "id", "decisionDate", "facts");
  private static final ImmutableSet<String> FACT_FIELDS = ImmutableSet.of(
      "id", "statement", "record", "proposition", "stance", "time", "value", "category");

  private static final ObjectMapper MAPPER = mapper();

  private CaseJson() {}

  /**
   * Reads a case file and validates it against {@code evidence}.
   *
   * @throws CaseFormatException listing every problem, when the file is not a valid case
   * @throws IOException when the file cannot be read
   */
  public static Case read(Path file, EvidenceBase evidence) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), evidence);
    }
  }

  /**
   * Reads a case from a stream of UTF-8 bytes and validates it against {@code evidence}; does not
   * close the stream.
   *
   * @param origin names the stream in problem reports, for example a file name
   * @throws CaseFormatException listing every problem, when the text is not a valid case
   * @throws IOException when the stream cannot be read
   */
  public static Case read(InputStream in, String origin, EvidenceBase evidence) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(evidence, "evidence");
    return new Reading(origin, evidence).read(in);
  }

  /**
   * Reads a case from a string and validates it against {@code evidence}.
   *
   * @throws CaseFormatException listing every problem, when the text is not a valid case
   */
  public static Case fromJson(String json, EvidenceBase evidence) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<string>",
          evidence);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  private static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(CorpusJson.MAX_NESTING_DEPTH)
            .maxStringLength(CorpusJson.MAX_STRING_LENGTH)
            .maxNumberLength(CorpusJson.MAX_NUMBER_LENGTH)
            .maxNameLength(CorpusJson.MAX_NAME_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .build();
  }

  /** One reading of one case text. Not reusable. */
  private static final class Reading {

    /** Ends the conversion of one fact after its problem has been recorded. */
    private static final class Skip extends Exception {
      private static final long serialVersionUID = 1L;

      Skip() {
        super(null, null, false, false);
      }
    }

    private final String origin;
    private final EvidenceBase evidence;
    private final List<JsonProblem> problems = new ArrayList<>();

    Reading(String origin, EvidenceBase evidence) {
      this.origin = origin;
      this.evidence = evidence;
    }

    Case read(InputStream in) throws IOException {
      JsonNode root;
      List<int[]> factAt = new ArrayList<>();
      int[] rootAt = {1, 1};
      try (JsonParser p = MAPPER.createParser(in)) {
        root = parse(p, rootAt, factAt);
      } catch (JsonProcessingException | CharConversionException e) {
        JsonLocation at = e instanceof JsonProcessingException j && j.getLocation() != null
            ? j.getLocation() : JsonLocation.NA;
        JsonProblem.Kind kind = rootCause(e) instanceof StreamConstraintsException
            ? JsonProblem.Kind.LIMIT_EXCEEDED : JsonProblem.Kind.SYNTAX;
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        throw new CaseFormatException(origin, List.of(new JsonProblem(kind, Optional.empty(), "",
            Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "",
            (kind == JsonProblem.Kind.SYNTAX ? "the text is not well-formed JSON: " : "a size limit is exceeded: ")
                + firstLine(message))));
      }
      if (root == null || !root.isObject()) {
        throw new CaseFormatException(origin, List.of(problem(JsonProblem.Kind.WRONG_TYPE, "",
            rootAt, "", root == null ? "the text is empty: a case is a JSON object"
                : "a case is a JSON object, not " + describe(root))));
      }
      for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!CASE_FIELDS.contains(name)) {
          problems.add(problem(JsonProblem.Kind.UNKNOWN_FIELD, "/" + escape(name), rootAt, "",
              "unknown field '" + clip(name) + "'; a case has " + String.join(", ", CASE_FIELDS)));
        }
      }
      JsonNode format = root.get("format");
      if (format == null || !format.isTextual() || !format.asText().equals(FORMAT)) {
        throw new CaseFormatException(origin, List.of(problem(JsonProblem.Kind.UNSUPPORTED_FORMAT,
            "/format", rootAt, "", format == null
                ? "the case does not say its format: add \"format\": \"" + FORMAT + "\""
                : "this reader reads the format '" + FORMAT + "', not "
                    + (format.isTextual() ? "'" + clip(format.asText()) + "'" : describe(format)))));
      }
      String id = text(root, "id", "", rootAt, "");
      LocalDate decisionDate = date(root, rootAt);
      List<Fact> facts = new ArrayList<>();
      JsonNode array = root.get("facts");
      if (array == null || array.isNull()) {
        problems.add(problem(JsonProblem.Kind.MISSING_FIELD, "/facts", rootAt, "",
            "required field 'facts' is missing or null"));
      } else if (!array.isArray()) {
        problems.add(problem(JsonProblem.Kind.WRONG_TYPE, "/facts", rootAt, "",
            "'facts' must be an array, not " + describe(array)));
      } else if (array.isEmpty()) {
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, "/facts", rootAt, "",
            "a case has at least one fact"));
      } else {
        Map<String, String> seen = new java.util.HashMap<>();
        for (int i = 0; i < array.size(); i++) {
          int[] at = i < factAt.size() ? factAt.get(i) : rootAt;
          String pointer = "/facts/" + i;
          JsonNode node = array.get(i);
          try {
            Fact f = fact(node, pointer, at);
            String before = seen.putIfAbsent(f.id(), pointer);
            if (before != null) {
              problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer + "/id", at, f.id(),
                  "fact id '" + f.id() + "' is already used at " + before));
            } else {
              facts.add(f);
            }
          } catch (Skip recorded) {
            // recorded; the other facts are still checked
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new CaseFormatException(origin, sorted(problems));
      }
      try {
        return Case.of(id, decisionDate, facts);
      } catch (IllegalArgumentException e) {
        throw new CaseFormatException(origin, List.of(problem(JsonProblem.Kind.INVALID_VALUE, "",
            rootAt, id, e.getMessage())));
      }
    }

    /** Reads the text as a tree, noting where the root and each element of {@code facts} start. */
    private JsonNode parse(JsonParser p, int[] rootAt, List<int[]> factAt) throws IOException {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      JsonLocation start = p.currentTokenLocation();
      rootAt[0] = Math.max(1, start.getLineNr());
      rootAt[1] = Math.max(1, start.getColumnNr());
      if (first != JsonToken.START_OBJECT) {
        return (JsonNode) MAPPER.readTree(p);
      }
      com.fasterxml.jackson.databind.node.ObjectNode root = MAPPER.createObjectNode();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (root.has(name)) {
          throw new com.fasterxml.jackson.core.JsonParseException(p, "duplicate field '" + name + "'");
        }
        if (name.equals("facts") && value == JsonToken.START_ARRAY) {
          com.fasterxml.jackson.databind.node.ArrayNode facts = root.putArray("facts");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            factAt.add(new int[] {Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())});
            facts.add((JsonNode) MAPPER.readTree(p));
          }
        } else {
          root.set(name, (JsonNode) MAPPER.readTree(p));
        }
      }
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p,
            "the text goes on after the case object");
      }
      return root;
    }

    private Fact fact(JsonNode node, String pointer, int[] at) throws Skip {
      if (!node.isObject()) {
        problems.add(problem(JsonProblem.Kind.WRONG_TYPE, pointer, at, "",
            "each fact must be an object, not " + describe(node)));
        throw new Skip();
      }
      String id = node.path("id").isTextual() ? node.get("id").asText() : "";
      int before = problems.size();
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!FACT_FIELDS.contains(name)) {
          problems.add(problem(JsonProblem.Kind.UNKNOWN_FIELD, pointer + "/" + escape(name), at, id,
              "unknown field '" + clip(name) + "'; expected one of " + String.join(", ", FACT_FIELDS)));
        }
      }
      String factId = text(node, "id", pointer, at, id);
      String statement = text(node, "statement", pointer, at, id);
      String record = text(node, "record", pointer, at, id);
      String proposition = text(node, "proposition", pointer, at, id);
      String stanceText = text(node, "stance", pointer, at, id);
      FactStance stance = null;
      if (stanceText != null) {
        if (stanceText.equals("affirms") || stanceText.equals("denies")) {
          stance = FactStance.valueOf(stanceText.toUpperCase(Locale.ROOT));
        } else {
          problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer + "/stance", at, id,
              "unknown stance '" + clip(stanceText) + "'; expected affirms or denies"));
        }
      }
      Optional<TimeSpan> time = time(node.get("time"), pointer + "/time", at, id);
      Optional<Quantity> value = Optional.empty();
      JsonNode v = node.get("value");
      if (v != null && !v.isNull()) {
        try {
          value = Optional.of(CorpusJson.quantity(v));
        } catch (IllegalArgumentException e) {
          problems.add(problem(v.isObject() ? JsonProblem.Kind.INVALID_VALUE : JsonProblem.Kind.WRONG_TYPE,
              pointer + "/value", at, id, e.getMessage()));
        }
      }
      Optional<Category> category = Optional.empty();
      JsonNode c = node.get("category");
      if (c != null && !c.isNull()) {
        if (!c.isArray() || c.isEmpty()) {
          problems.add(problem(JsonProblem.Kind.WRONG_TYPE, pointer + "/category", at, id,
              "a category is a non-empty array of names, not " + describe(c)));
        } else {
          List<String> names = new ArrayList<>();
          boolean ok = true;
          for (JsonNode n : c) {
            ok &= n.isTextual();
            names.add(n.asText());
          }
          if (!ok) {
            problems.add(problem(JsonProblem.Kind.WRONG_TYPE, pointer + "/category", at, id,
                "a category is an array of strings"));
          } else {
            try {
              category = Optional.of(Category.of(names));
            } catch (IllegalArgumentException e) {
              problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer + "/category", at, id,
                  e.getMessage()));
            }
          }
        }
      }
      if (problems.size() > before) {
        throw new Skip();
      }
      Fact fact;
      try {
        fact = new Fact(factId, statement, record, proposition, stance, time, value, category);
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer, at, id, e.getMessage()));
        throw new Skip();
      }
      Optional<Proposition> p = evidence.resolveProposition(proposition);
      if (p.isEmpty()) {
        List<String> near = org.corroborate.model.NearestIds.nearest(proposition,
            evidence.propositions().stream().map(Proposition::id).toList(), SUGGESTED);
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer + "/proposition", at, id,
            "no proposition '" + clip(proposition) + "' in the corpus"
                + (near.isEmpty() ? "" : "; nearest: " + String.join(", ", near))));
        throw new Skip();
      }
      try {
        ExternalConsistency.requireFits(fact, p.get(), evidence);
      } catch (IllegalArgumentException e) {
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer + (fact.value().isPresent()
            ? "/value" : fact.category().isPresent() ? "/category" : "/proposition"), at, id,
            e.getMessage()));
        throw new Skip();
      }
      return fact;
    }

    private String text(JsonNode node, String field, String pointer, int[] at, String id) {
      JsonNode v = node.get(field);
      if (v == null || v.isNull()) {
        problems.add(problem(JsonProblem.Kind.MISSING_FIELD, pointer + "/" + field, at, id,
            "required field '" + field + "' is missing or null"));
        return null;
      }
      if (!v.isTextual()) {
        problems.add(problem(JsonProblem.Kind.WRONG_TYPE, pointer + "/" + field, at, id,
            "'" + field + "' must be a string, not " + describe(v)));
        return null;
      }
      return v.asText();
    }

    private LocalDate date(JsonNode root, int[] at) {
      String text = text(root, "decisionDate", "", at, "");
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, "/decisionDate", at, "",
            "'" + clip(text) + "' is not a date YYYY-MM-DD"));
        return null;
      }
    }

    private Optional<TimeSpan> time(JsonNode node, String pointer, int[] at, String id) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isObject()) {
        problems.add(problem(JsonProblem.Kind.WRONG_TYPE, pointer, at, id,
            "a time is an object {\"from\": ..., \"to\": ...}, not " + describe(node)));
        return Optional.empty();
      }
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!name.equals("from") && !name.equals("to")) {
          problems.add(problem(JsonProblem.Kind.UNKNOWN_FIELD, pointer + "/" + escape(name), at, id,
              "unknown field '" + clip(name) + "'; a time has from and to"));
        }
      }
      try {
        return Optional.of(new TimeSpan(end(node.get("from")), end(node.get("to"))));
      } catch (IllegalArgumentException e) {
        problems.add(problem(JsonProblem.Kind.INVALID_VALUE, pointer, at, id, e.getMessage()));
        return Optional.empty();
      }
    }

    private static Optional<PartialDate> end(JsonNode node) {
      if (node == null || node.isNull()) {
        return Optional.empty();
      }
      if (!node.isTextual()) {
        throw new IllegalArgumentException("a time's end is a date YYYY, YYYY-MM or YYYY-MM-DD, not "
            + describe(node));
      }
      return Optional.of(PartialDate.parse(node.asText()));
    }

    private static JsonProblem problem(JsonProblem.Kind kind, String pointer, int[] at, String id,
        String message) {
      return new JsonProblem(kind, Optional.empty(), pointer, at[0], at[1], id == null ? "" : id,
          message == null ? "invalid value" : clip(message));
    }

    private static List<JsonProblem> sorted(List<JsonProblem> found) {
      return found.stream().sorted(Comparator.comparingInt(JsonProblem::line)
          .thenComparingInt(JsonProblem::column).thenComparing(JsonProblem::pointer)
          .thenComparing(JsonProblem::message)).toList();
    }

    private static Throwable rootCause(Throwable t) {
      Throwable c = t;
      while (c.getCause() != null && c.getCause() != c) {
        if (c instanceof StreamConstraintsException) {
          return c;
        }
        c = c.getCause();
      }
      return c;
    }
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT, POJO -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      case BINARY -> "binary data";
    };
  }

  private static String firstLine(String message) {
    String m = message == null ? "unreadable" : message;
    int newline = m.indexOf('\n');
    return clip(newline < 0 ? m : m.substring(0, newline));
  }

  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
