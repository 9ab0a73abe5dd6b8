package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corroborate.model.Assertion;
import org.corroborate.model.BasisKind;
import org.corroborate.model.DocumentKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.LocatorKind;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Quantity;
import org.corroborate.model.RelationKind;
import org.corroborate.model.Reliability;
import org.corroborate.model.Slug;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Stance;
import org.corroborate.model.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema of the format agrees with the reader: every example corpus is valid under both,
 * what the writer writes is valid under the schema, and documents that break a rule the schema can
 * express are rejected by both.
 */
final class CorpusSchemaTest {

  /** The example corpora, relative to the module directory (the tests' working directory). */
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = CorpusJson.class.getResourceAsStream(CorpusJson.SCHEMA_RESOURCE)) {
      assertNotNull(in, "the schema resource " + CorpusJson.SCHEMA_RESOURCE + " is missing");
      schemaNode = JSON.readTree(in);
    }
    schema = factory().getSchema(schemaNode, config());
  }

  private static JsonSchemaFactory factory() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  }

  private static SchemaValidatorsConfig config() {
    return SchemaValidatorsConfig.builder()
        .locale(Locale.ROOT)
        .pathType(PathType.JSON_POINTER)
        .build();
  }

  private static Set<ValidationMessage> validate(String json) {
    try {
      return schema.validate(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("the test document is not JSON", e);
    }
  }

  private static String describe(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::toString).sorted()
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  // --------------------------------------------------------------------------- the schema itself

  @Test
  void schema_isValidAgainstTheDraft202012MetaSchema() {
    JsonSchema metaSchema = factory().getSchema(SchemaLocation.of(SchemaId.V202012), config());
    Set<ValidationMessage> messages = metaSchema.validate(schemaNode);
    assertTrue(messages.isEmpty(),
        "the schema is not a valid draft 2020-12 schema:" + describe(messages));
  }

  @Test
  void schema_declaresDraft202012AndItsId() {
    assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.path("$schema").asText());
    assertEquals("https://corroborate.org/schema/corroborate-3.schema.json",
        schemaNode.path("$id").asText());
    java.util.List<String> formats = new java.util.ArrayList<>();
    schemaNode.at("/properties/format/enum").forEach(f -> formats.add(f.asText()));
    assertEquals(CorpusJson.FORMATS_READ.reverse(), formats,
        "the schema's formats must be the formats the reader reads, the written one first");
  }

  /** The documentation lives in the schema: every property of every object says what it means. */
  @Test
  void schema_describesEveryProperty() {
    List<String> undescribed = new ArrayList<>();
    List<String> open = new ArrayList<>();
    walk(schemaNode, "", undescribed, open);
    assertTrue(undescribed.isEmpty(), "properties without a description: " + undescribed);
    assertTrue(open.isEmpty(), "objects that allow unknown properties: " + open);
  }

  private static void walk(JsonNode node, String pointer, List<String> undescribed, List<String> open) {
    if (!node.isObject()) {
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), pointer + "/" + i, undescribed, open);
        }
      }
      return;
    }
    JsonNode properties = node.get("properties");
    boolean declaresObject = "object".equals(node.path("type").asText());
    if (declaresObject && !node.path("additionalProperties").isBoolean()) {
      open.add(pointer.isEmpty() ? "/" : pointer);
    }
    if (properties != null && declaresObject) {
      properties.properties().forEach(field -> {
        if (!field.getValue().path("description").isTextual()) {
          undescribed.add(pointer + "/properties/" + field.getKey());
        }
      });
    }
    node.properties().forEach(
        field -> walk(field.getValue(), pointer + "/" + field.getKey(), undescribed, open));
  }

  /** Every enumeration of the schema lists the JSON names of the model's constants, in order. */
  @Test
  void schema_enumsAreTheModelsConstants() {
    assertEnum("/$defs/source/properties/kind", SourceKind.values());
    assertEnum("/$defs/document/properties/kind", DocumentKind.values());
    assertEnum("/$defs/locator/properties/kind", LocatorKind.values());
    assertEnum("/$defs/basis/properties/kind", BasisKind.values());
    assertEnum("/$defs/assertion/properties/stance", Stance.values());
    assertEnum("/$defs/assertion/properties/hedge", Hedge.values());
    assertEnum("/$defs/relation/properties/kind", RelationKind.values());
    assertEquals(
        Arrays.stream(Reliability.values()).map(Enum::name).toList(),
        texts(schemaNode.at("/$defs/source/properties/reliability/enum")),
        "reliability grades");
    JsonNode credibility = schemaNode.at("/$defs/assertion/properties/credibility");
    assertEquals(1, credibility.path("minimum").asInt(), "lowest credibility grade");
    assertEquals(6, credibility.path("maximum").asInt(), "highest credibility grade");
    assertEquals(Assertion.MAX_QUOTE_LENGTH,
        schemaNode.at("/$defs/assertion/properties/quote/maxLength").asInt(), "longest quote");
    assertEquals(Slug.MAX_LENGTH, schemaNode.at("/$defs/id/maxLength").asInt(), "longest id");
  }

  private static void assertEnum(String pointer, Enum<?>[] constants) {
    assertEquals(
        Arrays.stream(constants).map(CorpusWriter::name).toList(),
        texts(schemaNode.at(pointer + "/enum")),
        "the enumeration at " + pointer + " must list the model's constants as the writer names them");
  }

  private static List<String> texts(JsonNode array) {
    assertTrue(array.isArray(), "expected an enumeration");
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  // ------------------------------------------------------------ patterns against the model's rules

  /**
   * The schema's patterns accept exactly what the model accepts on a set of samples. Patterns are
   * applied as a validator applies them: searched for, not matched whole.
   */
  @Test
  void schema_idPatternAgreesWithSlug() {
    List<String> samples = new ArrayList<>(List.of(
        "a", "aliyev-82", "0", "a-b-c", "x1-2y", "", "-a", "a-", "a--b", "A", "aliyev_82",
        "ä", "a b", "ı", "a.b", "a/b", "a".repeat(Slug.MAX_LENGTH), "a".repeat(Slug.MAX_LENGTH + 1)));
    assertPatternAgrees("/$defs/id", samples, Slug::isValid);
  }

  @Test
  void schema_datePatternAgreesWithPartialDate() {
    List<String> samples = new ArrayList<>(List.of(
        "", "24", "024", "20245", "2024-1", "2024-001", "2024/11", "2024-11-7", "2024-11-07T00",
        " 2024", "２０２４", "-2024", "+2024"));
    for (String year : List.of("0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023",
        "2024", "2100", "9996", "9999")) {
      samples.add(year);
      for (int month = 0; month <= 13; month++) {
        String ym = year + "-" + String.format(Locale.ROOT, "%02d", month);
        samples.add(ym);
        for (int day = 0; day <= 32; day++) {
          samples.add(ym + "-" + String.format(Locale.ROOT, "%02d", day));
        }
      }
    }
    assertPatternAgrees("/$defs/date", samples, text -> accepts(() -> PartialDate.parse(text)));
  }

  @Test
  void schema_locatorValuePatternAgreesWithLocator() {
    List<String> samples = List.of(
        "82", "7.2.5", "iv", "A-1", "7.2-b", "", ".", "7.", ".7", "7..2", "7--2", "7 2", "7_2",
        "٣", "é", "1".repeat(32), "1".repeat(33));
    JsonNode valueRule = schemaNode.at("/$defs/locator/else/properties/value");
    assertPatternAgrees(valueRule, "the locator value rule", samples,
        text -> accepts(() -> new Locator(LocatorKind.PARAGRAPH, text, 1)));
  }

  @Test
  void schema_unitPatternAgreesWithQuantity() {
    List<String> samples = List.of(
        "person", "rub/month", "%", "€", "£", "$", "km.h", "person_year", "a-b", "день", "人",
        "m2", "²", "", "a b", "a\tb", "a+b", "a,b", "a:b", "u".repeat(64), "u".repeat(65));
    assertPatternAgrees("/$defs/unit", samples, text -> accepts(() -> Quantity.exactly(0, text)));
  }

  /**
   * Text: the schema's "not blank" and "no control character" rules accept what the model accepts,
   * bidirectional controls and invisible characters included (the zero-width non-joiner and joiner
   * of Persian and Indic text are accepted by both).
   * The schema is stricter in one respect, left out here: it rejects the control characters that
   * are also white space (U+000B, U+000C, U+001C to U+001F) even where the reader would strip them.
   */
  @Test
  void schema_textRuleAgreesWithTheModel() {
    List<String> samples = List.of(
        "a", " a ", "Meeting with Huseyn Aliyev", "Новая газета", "line one\n\tline two\r\n", "",
        " ", "\t\n\r", "\u2003", "\u3000\u2028", "\u00a0", "\u2007", "\u202f", "a\u0000b",
        "a\u0007", "\u0085", "a\u009fb", "a\u007f", "\u200b", "\ud83d\ude00", "a\u200bb",
        "a\u202eb", "a\u2066b", "a\ufeffb", "a\u2060b", "\u0645\u200c\u06cc", "a\u200db");
    JsonNode rule = schemaNode.at("/$defs/text");
    Pattern notBlank = Pattern.compile(rule.path("pattern").asText());
    Pattern control = Pattern.compile(rule.at("/not/pattern").asText());
    List<String> disagreements = new ArrayList<>();
    for (String sample : samples) {
      boolean bySchema = notBlank.matcher(sample).find() && !control.matcher(sample).find();
      boolean byModel = accepts(() -> Topic.root("t", sample));
      if (bySchema != byModel) {
        disagreements.add(sample.codePoints().mapToObj(c -> String.format(Locale.ROOT, "U+%04X", c))
            .collect(Collectors.joining(" ", "[", "]")) + (bySchema ? " accepted" : " rejected")
            + " by the schema");
      }
    }
    assertTrue(disagreements.isEmpty(), "the text rule disagrees with the model: " + disagreements);
  }

  private static boolean accepts(Runnable construction) {
    try {
      construction.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void assertPatternAgrees(String pointer, List<String> samples, Predicate<String> model) {
    assertPatternAgrees(schemaNode.at(pointer), pointer, samples, model);
  }

  private static void assertPatternAgrees(
      JsonNode rule, String what, List<String> samples, Predicate<String> model) {
    Pattern pattern = Pattern.compile(rule.path("pattern").asText());
    int maxLength = rule.path("maxLength").asInt(Integer.MAX_VALUE);
    int minLength = rule.path("minLength").asInt(0);
    List<String> disagreements = new ArrayList<>();
    for (String sample : samples) {
      int length = sample.codePointCount(0, sample.length());
      boolean bySchema = pattern.matcher(sample).find() && length <= maxLength && length >= minLength;
      if (bySchema != model.test(sample)) {
        disagreements.add("'" + sample + "' is " + (bySchema ? "accepted" : "rejected")
            + " by the schema but " + (bySchema ? "rejected" : "accepted") + " by the model");
      }
    }
    assertTrue(disagreements.isEmpty(), what + " disagrees with the model:\n  "
        + String.join("\n  ", disagreements));
  }

  // ------------------------------------------------------------------------------------ examples

  private static List<Path> examples() throws IOException {
    assertTrue(Files.isDirectory(EXAMPLES),
        "the examples directory " + EXAMPLES.toAbsolutePath().normalize() + " is missing");
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private static String exampleName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  @Test
  void examples_includeTheDocumentedCorpora() throws IOException {
    List<String> names = examples().stream().map(CorpusSchemaTest::exampleName).toList();
    assertTrue(names.containsAll(List.of("minimal", "annexed-regions", "categorical")),
        "the examples described in docs/examples/README.md are missing; found " + names);
  }

  @TestFactory
  Stream<DynamicTest> schema_acceptsExample() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(
        "schema_acceptsExample_" + exampleName(file), () -> {
          Set<ValidationMessage> messages = validate(Files.readString(file, StandardCharsets.UTF_8));
          assertTrue(messages.isEmpty(),
              "the example " + file.getFileName() + " is invalid under the schema:" + describe(messages));
        }));
  }

  @TestFactory
  Stream<DynamicTest> reader_readsExample() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(
        "reader_readsExample_" + exampleName(file), () -> {
          EvidenceBase evidence;
          try {
            evidence = CorpusJson.read(file);
          } catch (CorpusFormatException e) {
            throw new AssertionError("the reader rejects the example " + file.getFileName() + ": "
                + e.getMessage(), e);
          }
          assertEquals(evidence, CorpusJson.fromJson(CorpusJson.toJson(evidence)),
              "reading what was written from the example " + file.getFileName()
                  + " gives another evidence base");
        }));
  }

  @TestFactory
  Stream<DynamicTest> schema_acceptsWrittenExample() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(
        "schema_acceptsWrittenExample_" + exampleName(file), () -> {
          String written = CorpusJson.toJson(CorpusJson.read(file));
          Set<ValidationMessage> messages = validate(written);
          assertTrue(messages.isEmpty(), "the writer's form of the example " + file.getFileName()
              + " is invalid under the schema:" + describe(messages) + "\n" + written);
        }));
  }

  /** The examples show the format as a writer writes it: order, layout, omitted defaults. */
  @TestFactory
  Stream<DynamicTest> example_isInWrittenForm() throws IOException {
    return examples().stream().map(file -> DynamicTest.dynamicTest(
        "example_isInWrittenForm_" + exampleName(file), () -> {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          assertEquals(text, CorpusJson.toJson(CorpusJson.fromJson(text)),
              "the example " + file.getFileName() + " differs from what the writer writes for it");
        }));
  }

  // --------------------------------------------------------- documents both schema and reader judge

  /**
   * A small valid corpus that the cases below change: two sources, minutes with one paragraph, a
   * stance proposition and a numeric one, and an assertion on each.
   */
  private static final String BASE = """
      {
        "format": "corroborate/1",
        "sources": [
          {"id": "huseyn-aliyev", "name": "Huseyn Aliyev", "kind": "academic"},
          {"id": "irina-novik", "name": "Irina Novik", "kind": "journalist"}
        ],
        "documents": [
          {"id": "minutes-huseyn-aliyev", "kind": "minutes", "source": "huseyn-aliyev",
           "title": "Meeting with Huseyn Aliyev", "date": "2024-11"}
        ],
        "passages": [
          {"id": "aliyev-82", "document": "minutes-huseyn-aliyev",
           "locator": {"kind": "paragraph", "value": "82"}}
        ],
        "topics": [
          {"id": "recruitment", "label": "Recruitment of conscripts"},
          {"id": "places-of-posting", "label": "Places of posting", "parent": "recruitment"}
        ],
        "places": [
          {"id": "ukraine", "name": "Ukraine"},
          {"id": "crimea", "name": "Crimea", "parents": ["ukraine"]}
        ],
        "propositions": [
          {"id": "conscripts-posted-in-crimea", "topic": "places-of-posting",
           "text": "Conscripts are posted in Crimea", "subject": "conscripts",
           "relation": "posted-in", "place": "crimea"},
          {"id": "conscripts-in-crimea", "topic": "places-of-posting",
           "text": "Number of conscripts posted in Crimea", "unit": "person"}
        ],
        "assertions": [
          {"id": "aliyev-82-crimea", "source": "huseyn-aliyev",
           "proposition": "conscripts-posted-in-crimea", "stance": "affirms",
           "basis": {"kind": "assessment"}, "passages": ["aliyev-82"],
           "quote": "They serve in Crimea"},
          {"id": "aliyev-82-crimea-count", "source": "huseyn-aliyev",
           "proposition": "conscripts-in-crimea", "stance": "affirms",
           "value": {"minimum": 1, "unit": "person"}, "passages": ["aliyev-82"]}
        ]
      }
      """;

  /** A change to the base corpus, named for the test report. */
  record Change(String name, Consumer<ObjectNode> change) {
    String apply() {
      try {
        ObjectNode corpus = (ObjectNode) JSON.readTree(BASE);
        change.accept(corpus);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(corpus);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** An invalid change and the kind of problem the reader must report for it. */
  record Invalid(Change change, JsonProblem.Kind readerKind) {
    @Override
    public String toString() {
      return change.name();
    }
  }

  private static ObjectNode element(ObjectNode corpus, String array, int index) {
    return (ObjectNode) corpus.get(array).get(index);
  }

  private static ObjectNode source(ObjectNode c) {
    return element(c, "sources", 0);
  }

  private static ObjectNode document(ObjectNode c) {
    return element(c, "documents", 0);
  }

  private static ObjectNode locator(ObjectNode c) {
    return (ObjectNode) element(c, "passages", 0).get("locator");
  }

  private static ObjectNode stanceAssertion(ObjectNode c) {
    return element(c, "assertions", 0);
  }

  private static ObjectNode valueAssertion(ObjectNode c) {
    return element(c, "assertions", 1);
  }

  private static ObjectNode value(ObjectNode c) {
    return (ObjectNode) valueAssertion(c).get("value");
  }

  private static ObjectNode basis(ObjectNode c) {
    return (ObjectNode) stanceAssertion(c).get("basis");
  }

  private static Invalid invalid(String name, JsonProblem.Kind kind, Consumer<ObjectNode> change) {
    return new Invalid(new Change(name, change), kind);
  }

  static Stream<Invalid> invalidDocuments() {
    JsonProblem.Kind unknown = JsonProblem.Kind.UNKNOWN_FIELD;
    JsonProblem.Kind missing = JsonProblem.Kind.MISSING_FIELD;
    JsonProblem.Kind bad = JsonProblem.Kind.INVALID_VALUE;
    JsonProblem.Kind format = JsonProblem.Kind.UNSUPPORTED_FORMAT;
    JsonProblem.Kind type = JsonProblem.Kind.WRONG_TYPE;
    return Stream.of(
        invalid("unknownField_inCorpus", unknown, c -> c.put("comment", "not a field")),
        invalid("unknownField_inSource", unknown, c -> source(c).put("country", "Russia")),
        invalid("unknownField_inLocator", unknown, c -> locator(c).put("line", 3)),
        invalid("unknownField_inValue", unknown, c -> value(c).put("median", 3)),
        invalid("badId_upperCase", bad, c -> source(c).put("id", "Huseyn-Aliyev")),
        invalid("badId_doubleHyphen", bad, c -> element(c, "passages", 0).put("id", "aliyev--82")),
        invalid("badId_underscore", bad, c -> element(c, "places", 0).put("id", "ukraine_1991")),
        invalid("badId_tooLong", bad, c -> element(c, "topics", 0).put("id", "t".repeat(201))),
        invalid("badId_reference", bad, c -> document(c).put("source", "Huseyn Aliyev")),
        invalid("badDate_slashes", bad, c -> document(c).put("date", "2024/11")),
        invalid("badDate_dayOfMonth", bad, c -> document(c).put("date", "2024-11-7")),
        invalid("badDate_monthZero", bad, c -> document(c).put("date", "2024-00")),
        invalid("badDate_noSuchDay", bad, c -> document(c).put("date", "2023-02-29")),
        invalid("badDate_inTimeSpan", bad,
            c -> stanceAssertion(c).putObject("asOf").put("from", "November 2024")),
        invalid("missingFormat", format, c -> c.remove("format")),
        invalid("wrongFormat", format, c -> c.put("format", "corroborate/4")),
        invalid("bidiOverrideInName", bad, c -> source(c).put("name", "Huseyn \u202eAliyev")),
        invalid("quantifierOnAbsenceOfEvidence", bad,
            c -> stanceAssertion(c).put("hedge", "no-evidence-of").put("quantifier", "some")),
        invalid("unknownQuantifier", bad, c -> stanceAssertion(c).put("quantifier", "most")),
        invalid("missingField_sourceName", missing, c -> source(c).remove("name")),
        invalid("missingField_assertionStance", missing, c -> stanceAssertion(c).remove("stance")),
        invalid("blankName", bad, c -> source(c).put("name", "  ")),
        invalid("controlCharacterInTitle", bad,
            c -> document(c).put("title", "Meeting with\u0007Huseyn Aliyev")),
        invalid("unknownSourceKind", bad, c -> source(c).put("kind", "blogger")),
        invalid("enumNotInKebabCase", bad, c -> source(c).put("kind", "MEDIA_OUTLET")),
        invalid("unknownReliability", bad, c -> source(c).put("reliability", "G")),
        invalid("lowerCaseReliability", bad, c -> source(c).put("reliability", "b")),
        invalid("credibilityAboveSix", bad, c -> stanceAssertion(c).put("credibility", 7)),
        invalid("credibilityAsString", type, c -> stanceAssertion(c).put("credibility", "3")),
        invalid("repeatedAlias", bad,
            c -> source(c).putArray("aliases").add("Aliyev").add("Aliyev")),
        invalid("repeatedParent", bad,
            c -> element(c, "places", 1).putArray("parents").add("ukraine").add("ukraine")),
        invalid("locatorWithoutValue", missing, c -> locator(c).remove("value")),
        invalid("locatorBadValue", bad, c -> locator(c).put("value", "82a b")),
        invalid("locatorOccurrenceZero", bad, c -> locator(c).put("occurrence", 0)),
        invalid("wholeDocumentLocatorWithValue", bad,
            c -> locator(c).put("kind", "whole-document")),
        invalid("valueWithoutUnit", missing, c -> value(c).remove("unit")),
        invalid("valueWithoutEnd", bad, c -> value(c).remove("minimum")),
        invalid("valueWithMinimumAndExclusiveMinimum", bad, c -> value(c).put("exclusiveMinimum", 0)),
        invalid("valueWithMaximumAndExclusiveMaximum", bad,
            c -> value(c).put("maximum", 5).put("exclusiveMaximum", 6)),
        invalid("valueBeyondMagnitude", bad, c -> value(c).put("minimum", 1e19)),
        invalid("valueUnitWithSpace", bad, c -> value(c).put("unit", "per son")),
        invalid("valueDenied", bad, c -> valueAssertion(c).put("stance", "denies")),
        invalid("propositionUnitWithSpace", bad,
            c -> element(c, "propositions", 1).put("unit", "rub per month")),
        invalid("reportedByBasisWithoutReportedBy", bad, c -> basis(c).put("kind", "reported-by")),
        invalid("reportedByWithOtherBasis", bad, c -> basis(c).put("reportedBy", "irina-novik")),
        invalid("basisWithoutKind", missing, c -> basis(c).remove("kind")),
        invalid("noEvidenceOfAffirming", bad, c -> stanceAssertion(c).put("hedge", "no-evidence-of")),
        invalid("noEvidenceOfWithValue", bad, c -> valueAssertion(c).put("hedge", "no-evidence-of")),
        invalid("emptyPassages", bad, c -> stanceAssertion(c).putArray("passages")),
        invalid("missingPassages", missing, c -> stanceAssertion(c).remove("passages")),
        invalid("repeatedPassage", bad,
            c -> ((ArrayNode) stanceAssertion(c).get("passages")).add("aliyev-82")),
        invalid("quoteTooLong", bad, c -> stanceAssertion(c).put("quote", "q".repeat(1001))),
        invalid("relationWithoutReason", missing, c -> c.putArray("relations").addObject()
            .put("kind", "entails").put("from", "conscripts-posted-in-crimea")
            .put("to", "conscripts-in-crimea")),
        invalid("sourcesNotAnArray", type, c -> c.putObject("sources")));
  }

  @Test
  void schemaAndReader_acceptTheBaseOfTheInvalidDocuments() {
    Set<ValidationMessage> messages = validate(BASE);
    assertTrue(messages.isEmpty(), "the base corpus is invalid under the schema:" + describe(messages));
    CorpusJson.fromJson(BASE);
  }

  @ParameterizedTest(name = "schemaAndReader_reject_{0}")
  @MethodSource("invalidDocuments")
  void schemaAndReader_reject(Invalid invalid) {
    String json = invalid.change().apply();
    Set<ValidationMessage> messages = validate(json);
    assertFalse(messages.isEmpty(),
        "the schema accepts a document the reader must reject (" + invalid + "):\n" + json);
    try {
      EvidenceBase read = CorpusJson.fromJson(json);
      fail("the reader accepts a document the schema rejects (" + invalid + "), giving " + read
          + "; the schema says:" + describe(messages) + "\n" + json);
    } catch (CorpusFormatException e) {
      List<JsonProblem.Kind> kinds = e.problems().stream().map(JsonProblem::kind).toList();
      assertTrue(kinds.contains(invalid.readerKind()),
          "the reader rejects " + invalid + " but with " + kinds + ", not " + invalid.readerKind()
              + ": " + e.getMessage());
    }
  }

  private static Change valid(String name, Consumer<ObjectNode> change) {
    return new Change(name, change);
  }

  /** Documents at the edges of the rules, which neither may reject. */
  static Stream<Change> validDocuments() {
    return Stream.of(
        valid("everyOptionalSourceField", c -> source(c)
            .put("description", "Senior Lecturer in Security Studies at University of Glasgow")
            .put("reliability", "B").put("origin", "university-of-glasgow")
            .putArray("aliases").add("Dr Aliyev")),
        valid("defaultsWrittenOut", c -> {
          source(c).put("reliability", "F");
          locator(c).put("occurrence", 1);
          stanceAssertion(c).put("hedge", "certain").put("credibility", 6);
          value(c).put("approximate", false);
        }),
        valid("emptyArrays", c -> {
          source(c).putArray("aliases");
          element(c, "places", 0).putArray("parents");
          c.putArray("relations");
        }),
        valid("wholeDocumentLocatorWithoutValue",
            c -> locator(c).put("kind", "whole-document").remove("value")),
        valid("wholeDocumentLocatorWithEmptyValue",
            c -> locator(c).put("kind", "whole-document").put("value", "")),
        valid("locatorSectionNumber",
            c -> locator(c).put("kind", "section").put("value", "7.2-b").put("occurrence", 2)),
        valid("leapDay", c -> document(c).put("date", "2024-02-29")),
        valid("yearOnly", c -> document(c).put("date", "2024").put("url", "https://example.org/m")),
        valid("timeSpans", c -> {
          stanceAssertion(c).putObject("asOf").put("from", "2024-08").put("to", "2024");
          element(c, "propositions", 0).putObject("time");
        }),
        valid("exclusiveEndsApproximate", c -> {
          value(c).remove("minimum");
          value(c).put("exclusiveMinimum", 1000).put("exclusiveMaximum", 2000.5)
              .put("approximate", true);
        }),
        valid("upperEndOnly", c -> {
          value(c).remove("minimum");
          value(c).put("maximum", 15);
        }),
        valid("unitWithSymbols", c -> {
          element(c, "propositions", 1).put("unit", "€/month");
          value(c).put("unit", "€/month");
        }),
        valid("reportedBy", c -> basis(c).put("kind", "reported-by").put("reportedBy", "irina-novik")),
        valid("basisDocumentOnly", c -> basis(c).put("kind", "unstated")
            .put("document", "minutes-huseyn-aliyev")),
        valid("noEvidenceOf", c -> stanceAssertion(c).put("stance", "denies")
            .put("hedge", "no-evidence-of")),
        valid("uncertainOnNumeric", c -> valueAssertion(c).put("stance", "uncertain").remove("value")),
        valid("relations", c -> c.putArray("relations").addObject()
            .put("kind", "contradicts").put("from", "conscripts-posted-in-crimea")
            .put("to", "conscripts-in-crimea").put("reason", "for the sake of the test")),
        valid("quoteOfMaximumLength", c -> stanceAssertion(c).put("quote", "q".repeat(1000))),
        valid("multiLineText", c -> source(c).put("description", "line one\n\tline two\r\n")));
  }

  @ParameterizedTest(name = "schemaAndReader_accept_{0}")
  @MethodSource("validDocuments")
  void schemaAndReader_accept(Change change) {
    String json = change.apply();
    Set<ValidationMessage> messages = validate(json);
    assertTrue(messages.isEmpty(),
        "the schema rejects a document the reader accepts (" + change + "):" + describe(messages)
            + "\n" + json);
    try {
      CorpusJson.fromJson(json);
    } catch (CorpusFormatException e) {
      fail("the reader rejects a document the schema accepts (" + change + "): " + e.getMessage()
          + "\n" + json, e);
    }
  }
}
