package org.corroborate.model.json;

import com.google.common.collect.ImmutableList;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.corroborate.model.EvidenceBase;

/**
 * Reads and writes an {@link EvidenceBase} in the JSON format {@value #FORMAT}.
 *
 * <p>A corpus is one JSON object: {@code "format": "corroborate/3"} and one array per kind of
 * element ({@code sources}, {@code documents}, {@code passages}, {@code topics}, {@code places},
 * {@code propositions}, {@code assertions}, {@code relations}, {@code conversions}), each optional
 * when empty. The JSON Schema {@code corroborate-3.schema.json}, a resource beside this class
 * ({@link #SCHEMA_RESOURCE}), defines every field.
 *
 * <p>Versions: {@code corroborate/2} adds categorical propositions ({@code "categorical": true})
 * and their answers ({@code "category": ["name", …]}, a {@link org.corroborate.model.Category}).
 * {@code corroborate/3} adds an assertion's {@code quantifier} ({@code all}, {@code generally},
 * {@code some}: a {@link org.corroborate.model.Quantifier}), a document's {@code published} date
 * (when it became available), a proposition's {@code aliases} (former ids), the corpus's unit
 * {@code conversions} ({@code from}, {@code to}, {@code rate}, {@code date}, and {@code passage}
 * or {@code note} for where the rate comes from: a {@link org.corroborate.model.UnitConversion}),
 * with which an assertion may give a value in another currency than its proposition's; and the
 * text rules of {@link org.corroborate.model.Source} names and every other text: no unpaired
 * surrogate, no bidirectional control, no invisible zero-width space, word joiner or byte-order
 * mark, and text kept in Unicode normalisation form C. Files of {@code corroborate/1} and {@code
 * /2} are read unchanged ({@link #FORMATS_READ}), and a field new in {@code /3} in such a file is
 * reported, located, instead of being read; writing always gives {@value #FORMAT}, so an older
 * reader refuses a newer file by its format instead of misreading it.
 *
 * <p>Reading is strict and reports every problem it can at once, located, in a {@link
 * CorpusFormatException}: first the text must be well-formed JSON within the limits below, with no
 * unknown field and every value of its type (the first such problem stops reading, as the text
 * after it cannot be trusted); then every element is converted to its model value, collecting
 * every invalid value; then the evidence base's integrity rules are checked, collecting every
 * problem. Limits ({@link StreamReadConstraints}): nesting depth {@value #MAX_NESTING_DEPTH},
 * strings {@value #MAX_STRING_LENGTH} characters, numbers {@value #MAX_NUMBER_LENGTH} digits,
 * field names {@value #MAX_NAME_LENGTH} characters. Duplicate keys are rejected. No polymorphic
 * typing is used. Reading and writing take time linear in the size of the corpus, plus the
 * evidence base's O(n log n) build.
 *
 * <p>Writing gives the same text for equal evidence bases: elements in id order, fields in a fixed
 * order, two-space indentation, {@code \n} line ends, absent values and the defaults reliability
 * {@code F}, credibility 6, an unstated basis and occurrence 1 omitted (stance and hedge are always
 * written, so a reader sees them without knowing the defaults). Reading what was written gives an equal evidence base.
 */
public final class CorpusJson {

  /** The format this class writes, and the newest it reads. */
  public static final String FORMAT = "corroborate/3";

  /** The formats this class reads: {@value #FORMAT} and its predecessors. */
  public static final ImmutableList<String> FORMATS_READ =
      ImmutableList.of("corroborate/1", "corroborate/2", FORMAT);

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the format. */
  public static final String SCHEMA_RESOURCE = "/org/corroborate/model/json/corroborate-3.schema.json";

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 64;

  static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private CorpusJson() {}

  /**
   * Reads a corpus file.
   *
   * @throws CorpusFormatException listing every problem, when the file is not a valid corpus
   * @throws IOException when the file cannot be read
   */
  public static EvidenceBase read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a corpus from a stream of UTF-8 bytes; does not close the stream.
   *
   * @param origin names the stream in problem reports, for example a file name
   * @throws CorpusFormatException listing every problem, when the text is not a valid corpus
   * @throws IOException when the stream cannot be read
   */
  public static EvidenceBase read(InputStream in, String origin) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    return new CorpusReader(origin).read(in);
  }

  /**
   * Reads a corpus from a string.
   *
   * @throws CorpusFormatException listing every problem, when the text is not a valid corpus
   */
  public static EvidenceBase fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "<string>");
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory failed", e);
    }
  }

  /** Writes the corpus as UTF-8 JSON to the stream; does not close it. */
  public static void write(EvidenceBase evidence, OutputStream out) throws IOException {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(out, "out");
    WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, CorpusWriter.corpus(evidence));
    out.write('\n');
  }

  /** Writes the corpus as UTF-8 JSON to a file, replacing it. */
  public static void write(EvidenceBase evidence, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(evidence, out);
    }
  }

  /** The corpus as JSON text. */
  public static String toJson(EvidenceBase evidence) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(evidence, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * A value as the corpus format writes it ({@code {"minimum": 13, "unit": "person"}}), for other
   * JSON outputs that show a statement's value in the corpus's own terms.
   */
  public static com.fasterxml.jackson.databind.JsonNode tree(org.corroborate.model.Quantity value) {
    return reread(CorpusWriter.quantity(Objects.requireNonNull(value, "value")));
  }

  /**
   * A value read from the corpus format's value form ({@code {"minimum": 13, "unit": "person"}},
   * with {@code exclusiveMinimum}, {@code maximum}, {@code exclusiveMaximum} and {@code
   * approximate}), for other formats that take a value in the corpus's own terms. Strict as the
   * corpus reader: an unknown field, a value of the wrong type, an empty or inverted interval or
   * an invalid unit is rejected. O(size of the node).
   *
   * @throws IllegalArgumentException saying what is wrong, when the node is not a valid value
   */
  public static org.corroborate.model.Quantity quantity(com.fasterxml.jackson.databind.JsonNode node) {
    Objects.requireNonNull(node, "node");
    if (!node.isObject()) {
      throw new IllegalArgumentException("a value is an object such as {\"minimum\": 13, \"unit\": \"person\"}");
    }
    Forms.QuantityForm form;
    try {
      form = MAPPER.treeToValue(node, Forms.QuantityForm.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage().lines().findFirst().orElse("invalid value"), e);
    }
    if (form.unit() == null) {
      throw new IllegalArgumentException("a value needs its unit");
    }
    return new org.corroborate.model.Quantity(CorpusReader.range(form),
        form.approximate() != null && form.approximate(), form.unit());
  }

  /**
   * A basis as the corpus format writes it ({@code {"kind": "reported-by", "reportedBy":
   * "verstka"}}).
   */
  public static com.fasterxml.jackson.databind.JsonNode tree(org.corroborate.model.Basis basis) {
    return reread(CorpusWriter.basis(Objects.requireNonNull(basis, "basis")));
  }

  /** A form as the JSON text the corpus writer makes of it, read back: numbers as written. */
  private static com.fasterxml.jackson.databind.JsonNode reread(Object form) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsBytes(form));
    } catch (IOException e) {
      throw new UncheckedIOException("a form of the model always writes and reads back", e);
    }
  }

  /**
   * A time span as the corpus format writes it ({@code {"from": "2024-09", "to": "2024-11"}}); an
   * open end is written as null here, so that both keys are always present.
   */
  public static com.fasterxml.jackson.databind.node.ObjectNode tree(org.corroborate.model.TimeSpan span) {
    Objects.requireNonNull(span, "span");
    com.fasterxml.jackson.databind.node.ObjectNode node = MAPPER.createObjectNode();
    node.put("from", span.from().map(Object::toString).orElse(null));
    node.put("to", span.to().map(Object::toString).orElse(null));
    return node;
  }

  /**
   * The corpus format's token for a constant of one of the model's enumerations: {@code
   * Hedge.NO_EVIDENCE_OF} is {@code no-evidence-of}.
   */
  public static String token(Enum<?> constant) {
    return CorpusWriter.name(Objects.requireNonNull(constant, "constant"));
  }

  private static ObjectMapper mapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    JsonMapper mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    for (CoercionInputShape shape :
        new CoercionInputShape[] {
          CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
        }) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    mapper.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return mapper;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
