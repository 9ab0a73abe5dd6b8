package org.corroborate.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.ProblemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of bad inputs: each is rejected whole — no partial evidence base — with a typed
 * problem at a located place. Corpora are built from a small valid one (Huseyn Aliyev's paragraph
 * 82 in DIS/SMA, Russia – Conscription, January 2025) broken in one place each.
 */
final class BadInputCatalogueTest {

  private static final String SOURCES =
      "\"sources\": [{\"id\": \"huseyn-aliyev\", \"name\": \"Huseyn Aliyev\", \"kind\": \"academic\"}]";
  private static final String DOCUMENTS = "\"documents\": [{\"id\": \"m\", \"kind\": \"minutes\","
      + " \"source\": \"huseyn-aliyev\", \"title\": \"Meeting with Huseyn Aliyev\"}]";
  private static final String PASSAGES = "\"passages\": [{\"id\": \"p82\", \"document\": \"m\","
      + " \"locator\": {\"kind\": \"paragraph\", \"value\": \"82\"}}]";
  private static final String TOPICS = "\"topics\": [{\"id\": \"tasks\", \"label\": \"Tasks\"}]";
  private static final String PLACES = "\"places\": [{\"id\": \"ukraine\", \"name\": \"Ukraine\"},"
      + " {\"id\": \"crimea\", \"name\": \"Crimea\", \"parents\": [\"ukraine\"]}]";
  private static final String PROPOSITIONS = "\"propositions\": [{\"id\": \"q\", \"topic\": \"tasks\","
      + " \"text\": \"Conscripts are posted in Crimea\", \"place\": \"crimea\"},"
      + " {\"id\": \"n\", \"topic\": \"tasks\", \"text\": \"Conscripts killed\", \"unit\": \"person\"}]";
  private static final String ASSERTIONS = "\"assertions\": [{\"id\": \"a\", \"source\": \"huseyn-aliyev\","
      + " \"proposition\": \"q\", \"stance\": \"affirms\", \"passages\": [\"p82\"]}]";

  private static String corpus(String... parts) {
    return "{\"format\": \"corroborate/1\", " + String.join(", ", parts) + "}";
  }

  private static String valid() {
    return corpus(SOURCES, DOCUMENTS, PASSAGES, TOPICS, PLACES, PROPOSITIONS, ASSERTIONS);
  }

  private static String with(String from, String to) {
    String v = valid();
    assertTrue(v.contains(from), "the base corpus contains " + from);
    return v.replace(from, to);
  }

  private static String nested(int depth) {
    return "{\"format\": \"corroborate/1\", \"sources\": [{\"id\": \"x\", \"name\": \"X\", \"kind\": \"ngo\","
        + " \"aliases\": " + "[".repeat(depth) + "]".repeat(depth) + "}]}";
  }

  static Stream<Arguments> catalogue() {
    Optional<ProblemKind> none = Optional.empty();
    return Stream.of(
        Arguments.of("empty text", "", JsonProblem.Kind.WRONG_TYPE, none),
        Arguments.of("truncated", valid().substring(0, valid().length() / 2), JsonProblem.Kind.SYNTAX, none),
        Arguments.of("trailing garbage", valid() + " {}", JsonProblem.Kind.SYNTAX, none),
        Arguments.of("an array, not an object", "[" + valid() + "]", JsonProblem.Kind.WRONG_TYPE, none),
        Arguments.of("deeply nested", nested(200), JsonProblem.Kind.WRONG_TYPE, none),
        Arguments.of("duplicate key", with("\"name\": \"Huseyn Aliyev\"",
            "\"name\": \"Huseyn Aliyev\", \"name\": \"Aliyev\""), JsonProblem.Kind.SYNTAX, none),
        Arguments.of("missing format", valid().replace("\"format\": \"corroborate/1\", ", ""),
            JsonProblem.Kind.UNSUPPORTED_FORMAT, none),
        Arguments.of("unknown format version", with("corroborate/1", "corroborate/4"),
            JsonProblem.Kind.UNSUPPORTED_FORMAT, none),
        Arguments.of("unknown top-level field", valid().replace("{\"format\"", "{\"comment\": 1, \"format\""),
            JsonProblem.Kind.UNKNOWN_FIELD, none),
        Arguments.of("unknown element field", with("\"kind\": \"academic\"", "\"kind\": \"academic\", \"colour\": \"red\""),
            JsonProblem.Kind.UNKNOWN_FIELD, none),
        Arguments.of("number for a string", with("\"title\": \"Meeting with Huseyn Aliyev\"", "\"title\": 82"),
            JsonProblem.Kind.WRONG_TYPE, none),
        Arguments.of("string for a number", with("\"stance\": \"affirms\"", "\"stance\": \"affirms\", \"credibility\": \"2\""),
            JsonProblem.Kind.WRONG_TYPE, none),
        Arguments.of("missing required field", with("\"source\": \"huseyn-aliyev\", \"proposition\"", "\"proposition\""),
            JsonProblem.Kind.MISSING_FIELD, none),
        Arguments.of("invalid id", with("\"id\": \"a\"", "\"id\": \"Assertion A\""), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("unknown enum value", with("\"stance\": \"affirms\"", "\"stance\": \"confirms\""),
            JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("impossible date", with("\"title\": \"Meeting with Huseyn Aliyev\"",
            "\"title\": \"Meeting with Huseyn Aliyev\", \"date\": \"2023-02-29\""), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("date of another shape", with("\"title\": \"Meeting with Huseyn Aliyev\"",
            "\"title\": \"Meeting with Huseyn Aliyev\", \"date\": \"4 November 2024\""), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("impossible month", with("\"title\": \"Meeting with Huseyn Aliyev\"",
            "\"title\": \"Meeting with Huseyn Aliyev\", \"date\": \"2024-13-01\""), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("time span one day negative", with("\"place\": \"crimea\"}",
            "\"place\": \"crimea\", \"time\": {\"from\": \"2024-03-02\", \"to\": \"2024-03-01\"}}"),
            JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("inverted time span", with("\"place\": \"crimea\"}",
            "\"place\": \"crimea\", \"time\": {\"from\": \"2024\", \"to\": \"2022\"}}"), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("inverted interval", with("\"stance\": \"affirms\", \"passages\"",
            "\"stance\": \"affirms\", \"value\": {\"minimum\": 10, \"maximum\": 5, \"unit\": \"person\"}, \"passages\""),
            JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("empty interval", with("\"stance\": \"affirms\", \"passages\"",
            "\"stance\": \"affirms\", \"value\": {\"exclusiveMinimum\": 5, \"maximum\": 5, \"unit\": \"person\"}, \"passages\""),
            JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("interval beyond 10^18", with("\"stance\": \"affirms\", \"passages\"",
            "\"stance\": \"affirms\", \"value\": {\"minimum\": -1e30, \"unit\": \"person\"}, \"passages\""),
            JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("a number too long to read", with("\"stance\": \"affirms\", \"passages\"",
            "\"stance\": \"affirms\", \"value\": {\"minimum\": " + "9".repeat(100) + ", \"unit\": \"person\"}, \"passages\""),
            JsonProblem.Kind.LIMIT_EXCEEDED, none),
        Arguments.of("a 10 MB string", with("\"name\": \"Huseyn Aliyev\"", "\"name\": \"" + "x".repeat(10_000_000) + "\""),
            JsonProblem.Kind.LIMIT_EXCEEDED, none),
        Arguments.of("a 10 MB field name", with("\"kind\": \"academic\"}]",
            "\"kind\": \"academic\", \"" + "k".repeat(10_000_000) + "\": 1}]"), JsonProblem.Kind.LIMIT_EXCEEDED, none),
        Arguments.of("no passages", with("\"passages\": [\"p82\"]", "\"passages\": []"), JsonProblem.Kind.INVALID_VALUE, none),
        Arguments.of("duplicate id", with("{\"id\": \"q\", \"topic\"", "{\"id\": \"n\", \"topic\""),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.DUPLICATE_ID)),
        Arguments.of("dangling source", with("\"source\": \"huseyn-aliyev\", \"proposition\"",
            "\"source\": \"mark-galeotti\", \"proposition\""), JsonProblem.Kind.INTEGRITY,
            Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("dangling passage", with("[\"p82\"]", "[\"p83\"]"), JsonProblem.Kind.INTEGRITY,
            Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("dangling proposition", with("\"proposition\": \"q\"", "\"proposition\": \"z\""),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("dangling topic", with("{\"id\": \"q\", \"topic\": \"tasks\"", "{\"id\": \"q\", \"topic\": \"war\""),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("dangling place", with("\"place\": \"crimea\"}", "\"place\": \"kherson\"}"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("dangling parent place", with("\"parents\": [\"ukraine\"]", "\"parents\": [\"russia\"]"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.UNKNOWN_REFERENCE)),
        Arguments.of("duplicate source id", with("\"kind\": \"academic\"}]",
            "\"kind\": \"academic\"}, {\"id\": \"huseyn-aliyev\", \"name\": \"H. Aliyev\", \"kind\": \"academic\"}]"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.DUPLICATE_ID)),
        Arguments.of("cycle in places", with("{\"id\": \"ukraine\", \"name\": \"Ukraine\"}",
            "{\"id\": \"ukraine\", \"name\": \"Ukraine\", \"parents\": [\"crimea\"]}"), JsonProblem.Kind.INTEGRITY,
            Optional.of(ProblemKind.CYCLE)),
        Arguments.of("cycle in topics", corpus(
            "\"topics\": [{\"id\": \"a\", \"label\": \"A\", \"parent\": \"b\"}, {\"id\": \"b\", \"label\": \"B\", \"parent\": \"a\"}]"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.CYCLE)),
        Arguments.of("cycle in reported-by chains", corpus(
            "\"sources\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ngo\"}, {\"id\": \"b\", \"name\": \"B\", \"kind\": \"ngo\"}]",
            "\"documents\": [{\"id\": \"d\", \"kind\": \"written\", \"source\": \"a\", \"title\": \"T\"}]",
            "\"passages\": [{\"id\": \"p\", \"document\": \"d\", \"locator\": {\"kind\": \"whole-document\"}}]",
            TOPICS, "\"propositions\": [{\"id\": \"q\", \"topic\": \"tasks\", \"text\": \"Q\"}]",
            "\"assertions\": [{\"id\": \"x\", \"source\": \"a\", \"proposition\": \"q\", \"stance\": \"affirms\","
                + " \"basis\": {\"kind\": \"reported-by\", \"reportedBy\": \"b\"}, \"passages\": [\"p\"]},"
                + " {\"id\": \"y\", \"source\": \"b\", \"proposition\": \"q\", \"stance\": \"affirms\","
                + " \"basis\": {\"kind\": \"reported-by\", \"reportedBy\": \"a\"}, \"passages\": [\"p\"]}]"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.CYCLE)),
        Arguments.of("value on a yes/no question", with("\"stance\": \"affirms\", \"passages\"",
            "\"stance\": \"affirms\", \"value\": {\"minimum\": 5, \"unit\": \"person\"}, \"passages\""),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.VALUE_MISMATCH)),
        Arguments.of("contradiction at the ends of a chain of entailments", corpus(SOURCES, DOCUMENTS,
            PASSAGES, TOPICS, "\"propositions\": [{\"id\": \"p1\", \"topic\": \"tasks\", \"text\": \"P1\"},"
                + " {\"id\": \"p2\", \"topic\": \"tasks\", \"text\": \"P2\"},"
                + " {\"id\": \"p3\", \"topic\": \"tasks\", \"text\": \"P3\"}]",
            "\"relations\": [{\"kind\": \"entails\", \"from\": \"p1\", \"to\": \"p2\", \"reason\": \"r\"},"
                + " {\"kind\": \"entails\", \"from\": \"p2\", \"to\": \"p3\", \"reason\": \"r\"},"
                + " {\"kind\": \"contradicts\", \"from\": \"p1\", \"to\": \"p3\", \"reason\": \"r\"}]"),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.CONFLICTING_RELATIONS)),
        Arguments.of("a name with a Cyrillic look-alike letter", corpus(
            "\"sources\": [{\"id\": \"huseyn-aliyev\", \"name\": \"Huseyn Aliyev\", \"kind\": \"academic\"},"
                + " {\"id\": \"huseyn-aliyev-2\", \"name\": \"Huseyn Aliy\u0435v\", \"kind\": \"academic\"}]",
            DOCUMENTS, PASSAGES, TOPICS, PLACES, PROPOSITIONS, ASSERTIONS),
            JsonProblem.Kind.INTEGRITY, Optional.of(ProblemKind.AMBIGUOUS_ALIAS)));
  }

  /** Numbers JSON does not have, or too large for their field: said in the format's words. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "NaN|'NaN' is not a number in JSON",
      "-Infinity|'-Infinity' is not a number in JSON",
      "99999999999|99999999999 is too large for a whole number here (at most 2147483647)",
      "01|a number may not start with 0"})
  void read_saysWhatIsWrongWithANumberInItsOwnWords(String number, String expected) {
    String json = with("\"value\": \"82\"}", "\"value\": \"82\", \"occurrence\": " + number + "}");
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusJson.fromJson(json));
    String message = e.problems().get(0).message();
    assertTrue(message.contains(expected), message);
    assertFalse(message.contains("`") || message.contains("JsonReadFeature") || message.contains(" int "),
        "no setting or Java type of the JSON library: " + message);
    assertTrue(e.problems().get(0).pointer().endsWith("/locator/occurrence") || e.problems().get(0).line() >= 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void read_rejectsTheWholeCorpus_withALocatedProblem(
      String name, String json, JsonProblem.Kind kind, Optional<ProblemKind> rule) {
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusJson.fromJson(json),
        name + " must be rejected");
    assertFalse(e.problems().isEmpty());
    JsonProblem first = e.problems().get(0);
    assertTrue(e.problems().stream().anyMatch(p -> p.kind() == kind && p.rule().equals(rule)),
        name + ": expected " + kind + rule.map(r -> " " + r).orElse("") + ", got " + e.problems());
    assertTrue(first.line() >= 1 && first.column() >= 1, "located: " + first);
    assertTrue(first.message().length() < 2000, "the message stays short even for huge input");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bytes")
  void read_rejectsBytesThatAreNotUtf8Text(String name, byte[] bytes) {
    CorpusFormatException e = assertThrows(CorpusFormatException.class,
        () -> CorpusJson.read(new ByteArrayInputStream(bytes), name));
    assertEquals(JsonProblem.Kind.SYNTAX, e.problems().get(0).kind(), e.getMessage());
  }

  static Stream<Arguments> bytes() {
    byte[] latin1 = valid().replace("Huseyn Aliyev\", \"kind", "Hüseyn Aliyev\", \"kind")
        .getBytes(StandardCharsets.ISO_8859_1);
    return Stream.of(
        Arguments.of("ISO-8859-1 bytes", latin1),
        Arguments.of("a lone continuation byte", new byte[] {'{', '"', (byte) 0x80, '"', ':', '1', '}'}),
        Arguments.of("binary noise", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 1, 2, 3}),
        Arguments.of("an overlong encoding of '/'", withBytesInName(new byte[] {(byte) 0xC0, (byte) 0xAF})),
        Arguments.of("an encoded surrogate", withBytesInName(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})),
        Arguments.of("a sequence cut short", withBytesInName(new byte[] {(byte) 0xE2, (byte) 0x82})));
  }

  /** The valid corpus with {@code bytes} in the middle of the source's name. */
  private static byte[] withBytesInName(byte[] bytes) {
    String[] halves = valid().split("Huseyn Aliyev\", \"kind", 2);
    byte[] head = (halves[0] + "Huseyn").getBytes(StandardCharsets.UTF_8);
    byte[] tail = (" Aliyev\", \"kind" + halves[1]).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(bytes, 0, out, head.length, bytes.length);
    System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("awkward")
  void read_awkwardButValidBytes_giveTheSameCorpus(String name, byte[] bytes) throws Exception {
    EvidenceBase expected = CorpusJson.fromJson(valid());
    assertEquals(expected, CorpusJson.read(new ByteArrayInputStream(bytes), name), name);
  }

  static Stream<Arguments> awkward() {
    byte[] utf8 = valid().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    return Stream.of(
        Arguments.of("a UTF-8 byte-order mark", withBom),
        Arguments.of("CRLF line ends", valid().replace(", ", ",\r\n  ").getBytes(StandardCharsets.UTF_8)),
        // JSON readers detect UTF-16 by its byte-order mark; the text read is the same, nothing is lost.
        Arguments.of("UTF-16 with a byte-order mark", valid().getBytes(StandardCharsets.UTF_16)));
  }
}
