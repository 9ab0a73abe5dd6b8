package org.corroborate.casework.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.corroborate.casework.Case;
import org.corroborate.casework.FactStance;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.json.JsonProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading {@code corroborate-case/1}: the examples, every located problem, and the schema. */
final class CaseJsonTest {

  private static final EvidenceBase EVIDENCE = ReferenceCorpora.russiaConscription2025();
  private static final Path CASES = Path.of("..", "docs", "examples", "cases");

  private static String caseWith(String fact) {
    return "{\"format\": \"corroborate-case/1\", \"id\": \"c\", \"decisionDate\": \"2025-03-01\",\n"
        + " \"facts\": [\n  " + fact + "]}";
  }

  private static final String GOOD_FACT = "{\"id\": \"posted\", \"statement\": \"My unit was sent to"
      + " Kherson.\", \"record\": \"p. 4\", \"proposition\": \"posted-in-kherson\", \"stance\":"
      + " \"affirms\", \"time\": {\"from\": \"2024-09\", \"to\": \"2024-11\"}, \"value\": null}";

  static Stream<Path> examples() throws IOException {
    return Files.list(CASES).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void read_example_validUnderReaderAndSchema(Path file) throws IOException {
    Case c = CaseJson.read(file, EVIDENCE);
    assertTrue(!c.facts().isEmpty());
    assertTrue(schema().validate(new ObjectMapper().readTree(file.toFile())).isEmpty(),
        file + " breaks the schema");
  }

  @Test
  void read_issueExample_givesTheFact() {
    Case c = CaseJson.fromJson(caseWith(GOOD_FACT), EVIDENCE);
    assertEquals(FactStance.AFFIRMS, c.facts().get(0).stance());
    assertEquals("2024-09/2024-11", c.facts().get(0).time().orElseThrow().toString());
  }

  @Test
  void read_unknownProposition_namesTheThreeNearestIds() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.fromJson(
        caseWith(GOOD_FACT.replace("posted-in-kherson", "posted-in-kersn")), EVIDENCE));
    JsonProblem p = e.problems().get(0);
    assertEquals("/facts/0/proposition", p.pointer());
    assertEquals("posted", p.id());
    assertEquals(3, p.line(), "the fact starts on line 3");
    assertTrue(p.message().contains("nearest: posted-in-kherson, "), p.message());
  }

  @Test
  void read_everyProblem_locatedAtOnce() {
    String bad = caseWith(GOOD_FACT.replace("\"affirms\"", "\"maybe\"") + ",\n  "
        + GOOD_FACT.replace("\"p. 4\"", "4").replace("\"id\": \"posted\"", "\"id\": \"two\"")
            .replace("\"value\": null", "\"colour\": 1"));
    CaseFormatException e = assertThrows(CaseFormatException.class,
        () -> CaseJson.fromJson(bad, EVIDENCE));
    List<String> pointers = e.problems().stream().map(JsonProblem::pointer).toList();
    assertEquals(List.of("/facts/0/stance", "/facts/1/colour", "/facts/1/record"), pointers,
        e.getMessage());
    assertEquals(4, e.problems().get(1).line());
  }

  @Test
  void read_valueForAYesNoQuestion_rejectedAtTheValue() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.fromJson(
        caseWith(GOOD_FACT.replace("\"value\": null", "\"value\": {\"minimum\": 1, \"unit\": \"day\"}")),
        EVIDENCE));
    assertEquals("/facts/0/value", e.problems().get(0).pointer(), e.getMessage());
  }

  @Test
  void read_valueInEuros_acceptedThroughTheDeclaredConversion() {
    Case c = CaseJson.fromJson(caseWith(GOOD_FACT.replace("posted-in-kherson", "evasion-fine-rub")
        .replace("\"value\": null", "\"value\": {\"minimum\": 150, \"maximum\": 150, \"unit\": \"eur\"}")),
        EVIDENCE);
    assertEquals("eur", c.facts().get(0).value().orElseThrow().unit());
  }

  @Test
  void read_duplicateFactId_rejected() {
    CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.fromJson(
        caseWith(GOOD_FACT + ", " + GOOD_FACT), EVIDENCE));
    assertTrue(e.getMessage().contains("already used at /facts/0"), e.getMessage());
  }

  @Test
  void read_wrongFormatOrNotJson_oneLocatedProblem() {
    assertEquals(JsonProblem.Kind.UNSUPPORTED_FORMAT, assertThrows(CaseFormatException.class,
        () -> CaseJson.fromJson(caseWith(GOOD_FACT).replace("case/1", "case/9"), EVIDENCE))
        .problems().get(0).kind());
    assertEquals(JsonProblem.Kind.SYNTAX, assertThrows(CaseFormatException.class,
        () -> CaseJson.fromJson("{\"format\": ", EVIDENCE)).problems().get(0).kind());
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = CaseJson.class.getResourceAsStream(CaseJson.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
          new ObjectMapper().readTree(in), SchemaValidatorsConfig.builder().locale(Locale.ROOT)
              .pathType(PathType.JSON_POINTER).build());
    }
  }
}
