package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.ProblemKind;
import org.corroborate.model.Proposition;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantity;
import org.corroborate.model.Reliability;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.Topic;
import org.corroborate.model.Category;
import java.nio.file.Path;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Reading and writing the JSON format corroborate/1, with data from the DIS/SMA report "Russia –
 * Conscription" (January 2025).
 */
final class CorpusJsonTest {

  /** A small valid corpus; tests break it in one place each. */
  private static final String VALID = """
      {
        "format": "corroborate/1",
        "sources": [
          {"id": "huseyn-aliyev", "name": "Huseyn Aliyev", "kind": "academic"},
          {"id": "irina-novik", "name": "Irina Novik", "kind": "journalist"}
        ],
        "documents": [
          {"id": "minutes-aliyev", "kind": "minutes", "source": "huseyn-aliyev", "title": "Meeting with Huseyn Aliyev", "date": "2024-06"},
          {"id": "novik-article", "kind": "written", "source": "irina-novik", "title": "Conscripts in Crimea"}
        ],
        "passages": [
          {"id": "aliyev-82", "document": "minutes-aliyev", "locator": {"kind": "paragraph", "value": "82"}},
          {"id": "novik-article-whole", "document": "novik-article", "locator": {"kind": "whole-document"}}
        ],
        "topics": [{"id": "places-of-posting", "label": "Places of posting"}],
        "places": [{"id": "ukraine", "name": "Ukraine"}, {"id": "crimea", "name": "Crimea", "parents": ["ukraine"]}],
        "propositions": [
          {"id": "posted-crimea", "topic": "places-of-posting", "text": "Conscripts are posted in Crimea", "place": "crimea", "time": {"from": "2022"}}
        ],
        "assertions": [
          {"id": "aliyev-crimea", "source": "huseyn-aliyev", "proposition": "posted-crimea", "stance": "affirms", "credibility": 3, "passages": ["aliyev-82"]}
        ]
      }
      """;

  /** Where {@code token} first occurs in {@code json}: {line, column}, both 1-based. */
  private static int[] position(String json, String token) {
    int index = json.indexOf(token);
    assertTrue(index >= 0, "test data should contain " + token);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (json.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** {@code VALID} with {@code from}, which must occur in it, replaced by {@code to}. */
  private static String valid(String from, String to) {
    assertTrue(VALID.contains(from), "test data should contain " + from);
    return VALID.replace(from, to);
  }

  private static List<JsonProblem> problems(String json) {
    return assertThrows(CorpusFormatException.class, () -> CorpusJson.fromJson(json),
        "the corpus should be rejected").problems();
  }

  private static List<JsonProblem> problems(byte[] json) {
    return assertThrows(CorpusFormatException.class,
        () -> CorpusJson.read(new ByteArrayInputStream(json), "conscription.json"),
        "the corpus should be rejected").problems();
  }

  /** The only problem found in {@code json}. */
  private static JsonProblem onlyProblem(String json) {
    List<JsonProblem> found = problems(json);
    assertEquals(1, found.size(), () -> "exactly one problem was expected, found " + found);
    return found.get(0);
  }

  private static void assertLocated(
      JsonProblem p, JsonProblem.Kind kind, String pointer, int[] lineColumn, String id) {
    assertAll(
        () -> assertEquals(kind, p.kind(), () -> "kind of " + p),
        () -> assertEquals(pointer, p.pointer(), () -> "JSON pointer of " + p),
        () -> assertEquals(lineColumn[0], p.line(), () -> "line of " + p),
        () -> assertEquals(lineColumn[1], p.column(), () -> "column of " + p),
        () -> assertEquals(id, p.id(), () -> "id of " + p));
  }

  /** A corpus using every optional part of the format. */
  private static EvidenceBase richCorpus() {
    return EvidenceBase.builder()
        .addSource(Source.of("huseyn-aliyev", "Huseyn Aliyev", SourceKind.ACADEMIC)
            .describedAs("Senior lecturer, University of Glasgow"))
        .addSource(Source.of("novaya-gazeta-europe", "Novaya Gazeta Europe", SourceKind.MEDIA_OUTLET)
            .withAliases("Novaya Gazeta")
            .withReliability(Reliability.B))
        .addSource(Source.of("novaya-gazeta-telegram", "Novaya Gazeta Europe Telegram", SourceKind.SOCIAL_MEDIA)
            .withOrigin("novaya-gazeta-europe"))
        .addSource(Source.of("pskovskaya-gubernia", "Pskovskaya Gubernia", SourceKind.MEDIA_OUTLET))
        .addSource(Source.of("dis", "Danish Immigration Service", SourceKind.GOVERNMENT))
        .addDocument(Document.minutes("minutes-aliyev", "huseyn-aliyev", "Meeting with Huseyn Aliyev")
            .dated(PartialDate.of(2024, 6, 12)))
        .addDocument(Document.written("pskov-article", "pskovskaya-gubernia", "Conscripts in Kursk oblast")
            .dated(PartialDate.of(2024, 8))
            .withUrl("https://pskovgubernia.example/conscripts-kursk"))
        .addDocument(Document.report("dis-conscription", "dis", "Russia – Conscription").dated(PartialDate.of(2025, 1)))
        .addPassage(Passage.of("aliyev-82", "minutes-aliyev", Locator.paragraph("82"))
            .withText("Conscripts are not sent to fight in Ukraine."))
        .addPassage(Passage.of("aliyev-82-second", "minutes-aliyev", Locator.paragraph("82", 2)))
        .addPassage(Passage.of("pskov-article-whole", "pskov-article", Locator.wholeDocument()))
        .addPassage(Passage.of("report-fn-485", "dis-conscription", Locator.footnote("485")))
        .addTopic(Topic.root("recruitment", "Recruitment of conscripts"))
        .addTopic(Topic.within("places-of-posting", "Places of posting", "recruitment"))
        .addPlace(Place.of("ukraine", "Ukraine"))
        .addPlace(Place.of("russia-claimed", "Territory Russia claims"))
        .addPlace(Place.of("crimea", "Crimea", "ukraine", "russia-claimed"))
        .addPlace(Place.of("kursk", "Kursk oblast"))
        .addProposition(Proposition.of("posted-crimea", "places-of-posting", "Conscripts are posted in Crimea")
            .about("conscripts", "posted-in")
            .at("crimea")
            .during(TimeSpan.since(PartialDate.of(2022, 9))))
        .addProposition(Proposition.of("killed-kursk", "recruitment", "Number of conscripts killed in Kursk oblast")
            .at("kursk")
            .during(TimeSpan.between(PartialDate.of(2024, 8), PartialDate.of(2024)))
            .measuredIn("person"))
        .addAssertion(Assertion.affirms("aliyev-crimea", "huseyn-aliyev", "posted-crimea", "aliyev-82",
                "aliyev-82-second")
            .hedged(Hedge.PROBABLE)
            .basedOn(Basis.of(BasisKind.ASSESSMENT))
            .withCredibility(Credibility.POSSIBLY_TRUE)
            .asOf(TimeSpan.at(PartialDate.of(2024, 6)))
            .quoting("conscripts could be posted in Crimea"))
        .addAssertion(Assertion.value("pskov-killed-kursk", "pskovskaya-gubernia", "killed-kursk",
                new Quantity(Range.openClosed(new BigDecimal("12.5"), new BigDecimal("40")),
                    true, "person"),
                "pskov-article-whole"))
        .addAssertion(Assertion.value("dis-killed-kursk", "dis", "killed-kursk", Quantity.atLeast(13, "person"),
                "report-fn-485")
            .basedOn(Basis.reportedBy("pskovskaya-gubernia").citing("pskov-article")))
        .addAssertion(Assertion.noEvidenceOf("novaya-crimea", "novaya-gazeta-europe", "posted-crimea",
            "report-fn-485"))
        .addRelation(PropositionRelation.entails("killed-kursk", "posted-crimea", "illustrative relation"))
        .build();
  }

  // ---------------------------------------------------------------------------------- writing

  @Test
  void fromJson_readsWhatToJsonWrote() {
    EvidenceBase original = richCorpus();
    assertEquals(original, CorpusJson.fromJson(CorpusJson.toJson(original)),
        "every part of every element survives a round trip");
  }

  @Test
  void read_readsWhatWriteWroteToAStream() throws IOException {
    EvidenceBase original = richCorpus();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CorpusJson.write(original, out);
    assertEquals(original, CorpusJson.read(new ByteArrayInputStream(out.toByteArray()), "memory"),
        "the stream forms round-trip too");
  }

  @Test
  void toJson_givesIdenticalTextTwice() {
    assertEquals(CorpusJson.toJson(richCorpus()), CorpusJson.toJson(richCorpus()),
        "equal evidence bases are written identically");
  }

  @Test
  void toJson_writingWhatWasReadGivesTheSameText() {
    String written = CorpusJson.toJson(richCorpus());
    assertEquals(written, CorpusJson.toJson(CorpusJson.fromJson(written)), "write, read, write is stable");
  }

  @Test
  void toJson_usesNewlinesAndTwoSpaceIndentation() {
    String json = CorpusJson.toJson(richCorpus());
    assertFalse(json.contains("\r"), "line ends are \\n on every platform");
    assertTrue(json.endsWith("}\n"), "the text ends with a line end");
    List<String> lines = json.lines().toList();
    assertEquals("{", lines.get(0), "the corpus object opens alone on the first line");
    assertEquals("  \"format\": \"" + CorpusJson.FORMAT + "\",", lines.get(1), "two spaces, then the format");
    assertEquals("    {", lines.get(3), "elements are indented by four spaces");
    assertEquals("      \"id\": \"dis\",", lines.get(4), "their fields by six, sources in id order");
    assertTrue(lines.stream().allMatch(l -> (l.length() - l.stripLeading().length()) % 2 == 0),
        "every indentation is a multiple of two spaces");
    assertFalse(json.contains("\t"), "no tabs");
  }

  @Test
  void toJson_omitsDefaultReliabilityAndCredibility() {
    EvidenceBase e = EvidenceBase.builder()
        .addSource(Source.of("irina-novik", "Irina Novik", SourceKind.JOURNALIST))
        .addDocument(Document.minutes("minutes-novik", "irina-novik", "Meeting with Irina Novik"))
        .addPassage(Passage.of("novik-14", "minutes-novik", Locator.paragraph("14")))
        .addTopic(Topic.root("places-of-posting", "Places of posting"))
        .addProposition(Proposition.of("posted-kursk", "places-of-posting", "Conscripts are posted in Kursk"))
        .addAssertion(Assertion.affirms("novik-kursk", "irina-novik", "posted-kursk", "novik-14"))
        .build();
    String json = CorpusJson.toJson(e);
    assertFalse(json.contains("\"reliability\""), "reliability F is the default and is omitted:\n" + json);
    assertFalse(json.contains("\"credibility\""), "credibility 6 is the default and is omitted:\n" + json);
    assertFalse(json.contains("\"origin\""), "a source that is its own origin omits it:\n" + json);
    assertFalse(json.contains("\"occurrence\""), "occurrence 1 is omitted:\n" + json);
  }

  @Test
  void toJson_writesNonDefaultReliabilityAndCredibility() {
    String json = CorpusJson.toJson(richCorpus());
    assertTrue(json.contains("\"reliability\": \"B\""), "reliability B is written");
    assertTrue(json.contains("\"credibility\": 3"), "credibility 3 is written as its digit");
    assertTrue(json.contains("\"exclusiveMinimum\": 12.5"), "an open lower end is exclusiveMinimum");
  }

  // -------------------------------------------------------------------------- reading, valid

  @Test
  void fromJson_readsTheValidExample() {
    EvidenceBase e = CorpusJson.fromJson(VALID);
    assertEquals(Credibility.POSSIBLY_TRUE, e.assertion("aliyev-crimea").orElseThrow().credibility(),
        "credibility 3 is read");
    assertEquals(Reliability.F, e.source("irina-novik").orElseThrow().reliability(),
        "an absent reliability is F");
    assertEquals(Optional.of(TimeSpan.since(PartialDate.of(2022))),
        e.proposition("posted-crimea").orElseThrow().time(), "a time span open to the future");
  }

  @Test
  void read_acceptsAUtf8ByteOrderMark() throws IOException {
    byte[] text = VALID.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertEquals(CorpusJson.fromJson(VALID), CorpusJson.read(new ByteArrayInputStream(withBom), "bom.json"),
        "a byte-order mark some editors write is skipped");
  }

  // --------------------------------------------------------------------------- reading, syntax

  @Test
  void fromJson_rejectsTruncatedText() {
    String json = "{\"format\": \"corroborate/1\", \"sources\": [";
    assertLocated(onlyProblem(json), JsonProblem.Kind.SYNTAX, "/sources", new int[] {1, json.length() + 1}, "");
  }

  @Test
  void fromJson_rejectsTextTruncatedInsideAString() {
    String json = "{\"format\": \"corroborate/1\", \"sources\": [{\"id\": \"huseyn-ali";
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.SYNTAX, p.kind(), "an unterminated string is a syntax error: " + p);
    assertEquals("/sources/0/id", p.pointer(), "located at the string: " + p);
  }

  @Test
  void fromJson_rejectsTrailingContent() {
    String json = "{\"format\": \"corroborate/1\"} {}";
    assertLocated(onlyProblem(json), JsonProblem.Kind.SYNTAX, "", position(json, "{}"), "");
  }

  @Test
  void fromJson_rejectsAnArrayAsTheCorpus() {
    JsonProblem p = onlyProblem("[]");
    assertLocated(p, JsonProblem.Kind.WRONG_TYPE, "", new int[] {1, 1}, "");
    assertTrue(p.message().contains("object"), "the message says a corpus is an object: " + p.message());
  }

  @Test
  void fromJson_rejectsADuplicateTopLevelKey() {
    String json = "{\"format\": \"corroborate/1\",\n \"format\": \"corroborate/1\"}";
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.SYNTAX, p.kind(), "a duplicate key is malformed JSON: " + p);
    assertEquals("/format", p.pointer(), "at the repeated key: " + p);
    assertEquals(2, p.line(), "on the line of the second key: " + p);
  }

  @Test
  void fromJson_rejectsADuplicateKeyInAnElement() {
    String json = valid("{\"id\": \"irina-novik\", \"name\": \"Irina Novik\"",
        "{\"id\": \"irina-novik\", \"name\": \"Irina Novik\", \"name\": \"I. Novik\"");
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.SYNTAX, p.kind(), "a duplicate key is malformed JSON: " + p);
    assertEquals("/sources/1/name", p.pointer(), "at the repeated key: " + p);
    assertEquals(position(json, "\"I. Novik\"")[0], p.line(), "on its line: " + p);
  }

  @Test
  void read_rejectsInvalidUtf8InAName() {
    byte[] before = "{\"format\": \"corroborate/1\", \"sources\": [{\"id\": \"pskovskaya-gubernia\", \"name\": \"Pskov"
        .getBytes(StandardCharsets.US_ASCII);
    byte[] after = "skaya Gubernia\", \"kind\": \"media-outlet\"}]}".getBytes(StandardCharsets.US_ASCII);
    byte[] text = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, text, 0, before.length);
    text[before.length] = (byte) 0xE9; // 'é' in Latin-1: not valid UTF-8 here
    System.arraycopy(after, 0, text, before.length + 1, after.length);
    List<JsonProblem> found = problems(text);
    assertEquals(1, found.size(), "one problem: " + found);
    assertEquals(JsonProblem.Kind.SYNTAX, found.get(0).kind(), "invalid UTF-8 is a syntax error: " + found);
    assertEquals("/sources/0/name", found.get(0).pointer(), "located at the string: " + found);
  }

  @Test
  void read_rejectsInvalidUtf8AtTopLevel() {
    byte[] text = "{\"format\": \"corroborate/1?\"}".getBytes(StandardCharsets.US_ASCII);
    text[text.length - 3] = (byte) 0xFF;
    List<JsonProblem> found = problems(text);
    assertEquals(JsonProblem.Kind.SYNTAX, found.get(0).kind(), "0xFF is never valid UTF-8: " + found);
  }

  @Test
  void read_namesTheOriginInTheMessage() {
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> CorpusJson.read(new ByteArrayInputStream("[]".getBytes(StandardCharsets.UTF_8)), "conscription.json"));
    assertEquals("conscription.json", e.origin(), "the origin is kept");
    assertTrue(e.getMessage().startsWith("conscription.json:1:1"), "the message starts file:line:column: "
        + e.getMessage());
  }

  // -------------------------------------------------------------------- reading, unknown fields

  @Test
  void fromJson_rejectsAnUnknownTopLevelField() {
    String json = valid("\"format\": \"corroborate/1\",", "\"format\": \"corroborate/1\", \"colour\": \"red\",");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.UNKNOWN_FIELD, "/colour", position(json, "\"red\""), "");
    assertTrue(p.message().contains("'colour'"), "the message names the field: " + p.message());
  }

  @Test
  void fromJson_rejectsAnUnknownFieldInAnElement() {
    String json = valid("{\"id\": \"huseyn-aliyev\", \"name\": \"Huseyn Aliyev\", \"kind\": \"academic\"}",
        "{\n      \"id\": \"huseyn-aliyev\",\n      \"colour\": \"red\",\n      \"name\": \"Huseyn Aliyev\",\n"
            + "      \"kind\": \"academic\"\n    }");
    JsonProblem p = onlyProblem(json);
    // Located at the element that has the field, not at the end of the element.
    assertLocated(p, JsonProblem.Kind.UNKNOWN_FIELD, "/sources/0/colour",
        position(json, "{\n      \"id\": \"huseyn-aliyev\""), "");
    assertTrue(p.message().contains("name") && p.message().contains("reliability"),
        "the message lists the fields a source has: " + p.message());
  }

  @Test
  void fromJson_rejectsAnUnknownFieldInANestedObject() {
    String json = valid("\"value\": \"82\"}", "\"value\": \"82\", \"colour\": \"red\"}");
    assertLocated(onlyProblem(json), JsonProblem.Kind.UNKNOWN_FIELD, "/passages/0/locator/colour",
        position(json, "{\"id\": \"aliyev-82\""), "");
  }

  // --------------------------------------------------------------------------- reading, format

  @Test
  void fromJson_rejectsACorpusWithoutFormat() {
    String json = valid("\"format\": \"corroborate/1\",", "");
    assertLocated(onlyProblem(json), JsonProblem.Kind.UNSUPPORTED_FORMAT, "", new int[] {1, 1}, "");
  }

  @Test
  void fromJson_rejectsAnotherFormat() {
    String json = valid("\"corroborate/1\"", "\"corroborate/4\"");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.UNSUPPORTED_FORMAT, "/format", position(json, "\"corroborate/4\""), "");
    assertTrue(p.message().contains("corroborate/4"), "the message names the format found: " + p.message());
  }

  // ------------------------------------------------------------- version 2: categorical answers

  private static final Path CATEGORICAL = Path.of("..", "docs", "examples", "categorical.json");

  private static String categorical(String from, String to) throws IOException {
    String json = Files.readString(CATEGORICAL, StandardCharsets.UTF_8);
    assertTrue(json.contains(from), "the example should contain " + from);
    return json.replace(from, to);
  }

  @Test
  void fromJson_readsACategoricalQuestionAndItsAnswer() throws IOException {
    EvidenceBase e = CorpusJson.read(CATEGORICAL);
    assertTrue(e.proposition("arms-of-service-with-conscripts").orElseThrow().categorical());
    assertEquals(Optional.of(Category.of("Army", "Air Force", "Navy", "National Guard")),
        e.assertion("hrlawyer-35-arms-of-service").orElseThrow().category());
  }

  @Test
  void fromJson_readsVersion1_writesVersion3() {
    EvidenceBase e = CorpusJson.fromJson(VALID);
    assertTrue(VALID.contains("\"format\": \"corroborate/1\""), "the test corpus is of version 1");
    assertTrue(CorpusJson.toJson(e).contains("\"format\": \"corroborate/3\""));
    assertEquals(e, CorpusJson.fromJson(CorpusJson.toJson(e)), "version 3 holds all version 1 held");
  }

  @Test
  void fromJson_categoryHoldingNull_isAWrongTypeAtItsIndex() throws IOException {
    String json = categorical("\"army\",", "null,");
    assertLocated(onlyProblem(json), JsonProblem.Kind.WRONG_TYPE, "/assertions/0/category/1",
        position(json, "{\n      \"id\": \"hrlawyer-35-arms-of-service\""), "hrlawyer-35-arms-of-service");
  }

  @Test
  void fromJson_emptyCategory_isAnInvalidValue() throws IOException {
    String json = Files.readString(CATEGORICAL, StandardCharsets.UTF_8)
        .replaceFirst("\"category\": \\[[^\\]]*\\]", "\"category\": []");
    assertTrue(json.contains("\"category\": [],"), "the category is emptied");
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind(), p.toString());
    assertEquals("/assertions/0/category", p.pointer());
    assertTrue(p.message().contains("at least one member"), p.message());
  }

  @Test
  void fromJson_categoryOnADenial_isAnInvalidAssertion() throws IOException {
    JsonProblem p = onlyProblem(categorical("\"stance\": \"affirms\"", "\"stance\": \"denies\""));
    assertEquals(JsonProblem.Kind.INVALID_VALUE, p.kind(), p.toString());
    assertEquals("hrlawyer-35-arms-of-service", p.id());
    assertTrue(p.message().contains("gives a category"), p.message());
  }

  @Test
  void fromJson_categoryOnAPropositionThatIsNotCategorical_isAValueMismatch() throws IOException {
    JsonProblem p = onlyProblem(categorical(",\n      \"categorical\": true", ""));
    assertEquals(JsonProblem.Kind.INTEGRITY, p.kind(), p.toString());
    assertTrue(p.message().contains("not categorical"), p.message());
  }

  // ---------------------------------------------------------------------- reading, wrong types

  @Test
  void fromJson_rejectsAStringForCredibility() {
    String json = valid("\"credibility\": 3", "\"credibility\": \"3\"");
    assertLocated(onlyProblem(json), JsonProblem.Kind.WRONG_TYPE, "/assertions/0/credibility",
        position(json, "\"3\""), "");
  }

  @Test
  void fromJson_rejectsANumberForAnId() {
    String json = valid("{\"id\": \"irina-novik\"", "{\"id\": 14");
    assertLocated(onlyProblem(json), JsonProblem.Kind.WRONG_TYPE, "/sources/1/id", position(json, "14,"), "");
  }

  @Test
  void fromJson_rejectsAStringForAQuantityMinimum() {
    String json = valid("\"stance\": \"affirms\",",
        "\"stance\": \"affirms\", \"value\": {\"minimum\": \"13\", \"unit\": \"person\"},");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.WRONG_TYPE, "/assertions/0/value/minimum", position(json, "\"13\""), "");
    assertTrue(p.message().contains("number"), "the message says a number is expected: " + p.message());
  }

  @Test
  void fromJson_rejectsAStringForAList() {
    String json = valid("\"passages\": [\"aliyev-82\"]", "\"passages\": \"aliyev-82\"");
    assertLocated(onlyProblem(json), JsonProblem.Kind.WRONG_TYPE, "/assertions/0/passages",
        position(json, "\"aliyev-82\"}"), "");
  }

  @Test
  void fromJson_rejectsDeepNestingAtTheFirstMisplacedArray() {
    String deep = "[".repeat(CorpusJson.MAX_NESTING_DEPTH + 1) + "]".repeat(CorpusJson.MAX_NESTING_DEPTH + 1);
    String json = valid("\"name\": \"Irina Novik\"", "\"name\": \"Irina Novik\", \"aliases\": " + deep);
    JsonProblem p = onlyProblem(json);
    // Every value deeper than the format's own nesting is of a wrong type, so the reader stops there,
    // long before the nesting limit.
    int[] outer = position(json, "[[");
    assertLocated(p, JsonProblem.Kind.WRONG_TYPE, "/sources/1/aliases/0", new int[] {outer[0], outer[1] + 1}, "");
  }

  // -------------------------------------------------------------------------- reading, limits

  @Test
  void fromJson_rejectsAStringLongerThanTheLimit() {
    String json = valid("\"Irina Novik\"", "\"" + "x".repeat(CorpusJson.MAX_STRING_LENGTH + 1) + "\"");
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.LIMIT_EXCEEDED, p.kind(), "a 1 MiB name is refused: " + p.kind());
    assertEquals("/sources/1/name", p.pointer(), "located at the string");
    assertEquals(position(json, "\"xxx")[0], p.line(), "on its line");
    assertTrue(p.message().contains(String.valueOf(CorpusJson.MAX_STRING_LENGTH)),
        "the message names the limit: " + p.message().substring(0, Math.min(300, p.message().length())));
  }

  @Test
  void fromJson_acceptsAStringOfExactlyTheLimit() {
    String json = valid("\"Irina Novik\"", "\"" + "x".repeat(CorpusJson.MAX_STRING_LENGTH) + "\"");
    assertEquals(CorpusJson.MAX_STRING_LENGTH,
        CorpusJson.fromJson(json).source("irina-novik").orElseThrow().name().length(), "the limit itself is read");
  }

  @Test
  void fromJson_rejectsANumberLongerThanTheLimit() {
    String digits = "9".repeat(CorpusJson.MAX_NUMBER_LENGTH + 1);
    String json = valid("\"credibility\": 3", "\"credibility\": " + digits);
    JsonProblem p = onlyProblem(json);
    assertEquals(JsonProblem.Kind.LIMIT_EXCEEDED, p.kind(), "a 41-digit number is refused: " + p);
    assertEquals("/assertions/0/credibility", p.pointer(), "located at the number: " + p);
  }

  // ----------------------------------------------------------------- reading, invalid values

  @Test
  void fromJson_rejectsAMissingRequiredField() {
    String json = valid("\"source\": \"huseyn-aliyev\", \"proposition\"", "\"proposition\"");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.MISSING_FIELD, "/assertions/0/source",
        position(json, "{\"id\": \"aliyev-crimea\""), "aliyev-crimea");
    assertTrue(p.message().contains("'source'"), "the message names the field: " + p.message());
  }

  @Test
  void fromJson_rejectsNullInAListOfPassages_atItsIndex() {
    String json = valid("\"passages\": [\"aliyev-82\"]", "\"passages\": [\"aliyev-82\", null]");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.WRONG_TYPE, "/assertions/0/passages/1",
        position(json, "{\"id\": \"aliyev-crimea\""), "aliyev-crimea");
    assertTrue(p.message().contains("null at index 1"), "the message says what is null: " + p.message());
  }

  @Test
  void fromJson_rejectsAnUnknownStanceListingTheValidOnes() {
    String json = valid("\"stance\": \"affirms\"", "\"stance\": \"confirms\"");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INVALID_VALUE, "/assertions/0/stance",
        position(json, "{\"id\": \"aliyev-crimea\""), "aliyev-crimea");
    assertTrue(p.message().contains("'confirms'") && p.message().contains("affirms, denies, uncertain"),
        "the message names the bad value and lists the valid ones: " + p.message());
  }

  @Test
  void fromJson_rejectsFebruary30() {
    String json = valid("\"date\": \"2024-06\"", "\"date\": \"2023-02-30\"");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INVALID_VALUE, "/documents/0/date",
        position(json, "{\"id\": \"minutes-aliyev\""), "minutes-aliyev");
    assertTrue(p.message().contains("2023-02") && p.message().contains("28"),
        "the message says February 2023 has 28 days: " + p.message());
  }

  @Test
  void fromJson_rejectsAnInvertedTimeSpan() {
    String json = valid("\"time\": {\"from\": \"2022\"}", "\"time\": {\"from\": \"2024-08\", \"to\": \"2022\"}");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INVALID_VALUE, "/propositions/0/time",
        position(json, "{\"id\": \"posted-crimea\""), "posted-crimea");
    assertTrue(p.message().contains("inverted"), "the message says why: " + p.message());
  }

  @Test
  void fromJson_rejectsAnInvalidIdWithTheModelsMessage() {
    String json = valid("{\"id\": \"irina-novik\"", "{\"id\": \"Irina Novik\"");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INVALID_VALUE, "/sources/1",
        position(json, "{\"id\": \"Irina Novik\""), "Irina Novik");
    assertTrue(p.message().contains("'Irina Novik'"), "the message names the bad id: " + p.message());
  }

  @Test
  void fromJson_reportsSeveralElementProblemsInDocumentOrder() {
    String json = """
        {
          "format": "corroborate/1",
          "assertions": [
            {"id": "aliyev-crimea", "source": "huseyn-aliyev", "proposition": "posted-crimea", "stance": "confirms", "passages": ["aliyev-82"]}
          ],
          "documents": [
            {"id": "minutes-aliyev", "kind": "minutes", "source": "huseyn-aliyev", "title": "Meeting", "date": "2023-02-30"},
            {"id": "minutes-novik", "kind": "transcript", "source": "irina-novik", "title": "Meeting"}
          ]
        }
        """;
    List<JsonProblem> found = problems(json);
    assertEquals(List.of("/assertions/0/stance", "/documents/0/date", "/documents/1/kind"),
        found.stream().map(JsonProblem::pointer).toList(),
        "every invalid element is reported, in the order it appears in the text: " + found);
    assertEquals(List.of(4, 7, 8), found.stream().map(JsonProblem::line).toList(), "each on its own line");
  }

  // ------------------------------------------------------------------ reading, integrity rules

  @Test
  void fromJson_locatesAnUnknownSourceAtTheAssertion() {
    String json = valid("\"passages\": [\"aliyev-82\"]}",
        "\"passages\": [\"aliyev-82\"]},\n    {\"id\": \"novik-crimea\", \"source\": \"irina-novk\","
            + " \"proposition\": \"posted-crimea\", \"stance\": \"affirms\", \"passages\": [\"novik-article-whole\"]}");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INTEGRITY, "/assertions/1/source",
        position(json, "{\"id\": \"novik-crimea\""), "novik-crimea");
    assertEquals(Optional.of(ProblemKind.UNKNOWN_REFERENCE), p.rule(), "the integrity rule broken");
    assertTrue(p.message().contains("'irina-novk'"), "the message names the unknown id: " + p.message());
  }

  @Test
  void fromJson_locatesADuplicateIdAtTheSecondOccurrence() {
    String json = valid("{\"id\": \"irina-novik\", \"name\": \"Irina Novik\", \"kind\": \"journalist\"}",
        "{\"id\": \"irina-novik\", \"name\": \"Irina Novik\", \"kind\": \"journalist\"},\n"
            + "    {\"id\": \"huseyn-aliyev\", \"name\": \"H. Aliyev\", \"kind\": \"academic\"}");
    JsonProblem p = onlyProblem(json);
    assertLocated(p, JsonProblem.Kind.INTEGRITY, "/sources/2/id",
        position(json, "{\"id\": \"huseyn-aliyev\", \"name\": \"H. Aliyev\""), "huseyn-aliyev");
    assertEquals(Optional.of(ProblemKind.DUPLICATE_ID), p.rule(), "the integrity rule broken");
  }

  @Test
  void fromJson_locatesAPassageIndexInsideTheAssertion() {
    String json = valid("\"passages\": [\"aliyev-82\"]", "\"passages\": [\"aliyev-82\", \"aliyev-83\"]");
    JsonProblem p = onlyProblem(json);
    assertEquals("/assertions/0/passages/1", p.pointer(), "passages[1] becomes the pointer .../passages/1");
    assertEquals(Optional.of(ProblemKind.UNKNOWN_REFERENCE), p.rule(), "an unknown passage");
  }

  @Test
  void fromJson_reportsIntegrityProblemsInDocumentOrder() {
    String json = valid("{\"id\": \"irina-novik\", \"name\": \"Irina Novik\", \"kind\": \"journalist\"}",
            "{\"id\": \"irina-novik\", \"name\": \"Irina Novik\", \"kind\": \"journalist\"},\n"
                + "    {\"id\": \"huseyn-aliyev\", \"name\": \"H. Aliyev\", \"kind\": \"academic\"}")
        .replace("\"passages\": [\"aliyev-82\"]}", "\"passages\": [\"aliyev-82\", \"aliyev-83\"]}");
    List<JsonProblem> found = problems(json);
    // The model lists the assertion's problem first (by element kind); the reader lists by position.
    assertEquals(List.of("/sources/2/id", "/assertions/0/passages/1"),
        found.stream().map(JsonProblem::pointer).toList(),
        "the duplicate source comes first in the text, so first in the list: " + found);
    assertTrue(found.stream().allMatch(p -> p.kind() == JsonProblem.Kind.INTEGRITY), "both are integrity problems");
  }

  @Test
  void fromJson_locatesAContradictionWrittenInReverseOrder() {
    String json = valid("\n  ]\n}", "\n  ],\n  \"relations\": [{\"kind\": \"contradicts\", \"from\": \"posted-kherson\","
        + " \"to\": \"posted-crimea\", \"reason\": \"one posting at a time\"}]\n}");
    JsonProblem p = onlyProblem(json);
    assertEquals(Optional.of(ProblemKind.UNKNOWN_REFERENCE), p.rule(), "posted-kherson is not in the corpus: " + p);
    assertEquals("/relations/0/from", p.pointer(),
        "the contradiction is stored with its ends in id order, but the unknown id was written as 'from': " + p);
    assertEquals(position(json, "{\"kind\": \"contradicts\"")[0], p.line(), "on the relation's line");
  }

  // ------------------------------------------------------------------------------- messages

  private static final Pattern JAVA_NAME =
      Pattern.compile("com\\.fasterxml|java\\.[a-z]+\\.|jackson|StreamRead|JsonParser|Exception", Pattern.CASE_INSENSITIVE);

  @Test
  void exceptionMessage_namesNoJavaClass() {
    List<String> bad = List.of(
        "{\"format\": \"corroborate/1\", \"sources\": [",
        "{\"format\": \"corroborate/1\", \"sources\": [}",
        "{\"format\": \"corroborate/1\", \"format\": \"x\"}",
        valid("\"credibility\": 3", "\"credibility\": \"3\""),
        valid("\"credibility\": 3", "\"credibility\": 3.5"),
        valid("\"credibility\": 3", "\"credibility\": " + "9".repeat(CorpusJson.MAX_NUMBER_LENGTH + 1)),
        valid("\"Irina Novik\"", "\"" + "x".repeat(CorpusJson.MAX_STRING_LENGTH + 1) + "\""),
        valid("\"kind\": \"academic\"}", "\"kind\": \"academic\", \"colour\": \"red\"}"),
        valid("\"parents\": [\"ukraine\"]", "\"parents\": {\"ukraine\": true}"),
        valid("\"passages\": [\"aliyev-82\"]", "\"passages\": [null]"),
        valid("\"stance\": \"affirms\"", "\"stance\": null"),
        "{\"format\": \"corroborate/1\"} x");
    for (String json : bad) {
      CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusJson.fromJson(json));
      String message = e.getMessage();
      assertFalse(JAVA_NAME.matcher(message).find(),
          () -> "the message should speak of the corpus, not of Java classes: "
              + message.substring(0, Math.min(400, message.length())));
    }
  }
}
