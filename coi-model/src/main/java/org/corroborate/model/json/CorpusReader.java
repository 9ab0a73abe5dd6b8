package org.corroborate.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Range;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.Category;
import org.corroborate.model.BasisKind;
import org.corroborate.model.Credibility;
import org.corroborate.model.Document;
import org.corroborate.model.DocumentKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.EvidenceBaseException;
import org.corroborate.model.Hedge;
import org.corroborate.model.Locator;
import org.corroborate.model.LocatorKind;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Place;
import org.corroborate.model.Problem;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantifier;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Quantity;
import org.corroborate.model.RelationKind;
import org.corroborate.model.Reliability;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.Stance;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.UnitConversion;
import org.corroborate.model.Topic;
import org.corroborate.model.json.Forms.AssertionForm;
import org.corroborate.model.json.Forms.BasisForm;
import org.corroborate.model.json.Forms.ConversionForm;
import org.corroborate.model.json.Forms.DocumentForm;
import org.corroborate.model.json.Forms.LocatorForm;
import org.corroborate.model.json.Forms.PassageForm;
import org.corroborate.model.json.Forms.PlaceForm;
import org.corroborate.model.json.Forms.PropositionForm;
import org.corroborate.model.json.Forms.QuantityForm;
import org.corroborate.model.json.Forms.RelationForm;
import org.corroborate.model.json.Forms.SourceForm;
import org.corroborate.model.json.Forms.TimeSpanForm;
import org.corroborate.model.json.Forms.TopicForm;

/** One reading of one corpus text; see {@link CorpusJson} for the three stages. Not reusable. */
final class CorpusReader {

  /** An element of an array as read, with where it starts. */
  private record Located<F>(F form, String pointer, int line, int column, String id) {}

  /** Ends the conversion of one element after its problem has been recorded. */
  private static final class Skip extends Exception {
    private static final long serialVersionUID = 1L;

    Skip() {
      super(null, null, false, false);
    }
  }

  /** Ends reading after a problem that makes the rest of the text untrustworthy. */
  private static final class Fatal extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient JsonProblem problem;

    Fatal(JsonProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final String origin;
  private final List<JsonProblem> problems = new ArrayList<>();
  private final Map<String, Map<String, List<Located<?>>>> located = new HashMap<>();

  private final List<Located<SourceForm>> sourceForms = new ArrayList<>();
  private final List<Located<DocumentForm>> documentForms = new ArrayList<>();
  private final List<Located<PassageForm>> passageForms = new ArrayList<>();
  private final List<Located<TopicForm>> topicForms = new ArrayList<>();
  private final List<Located<PlaceForm>> placeForms = new ArrayList<>();
  private final List<Located<PropositionForm>> propositionForms = new ArrayList<>();
  private final List<Located<AssertionForm>> assertionForms = new ArrayList<>();
  private final List<Located<RelationForm>> relationForms = new ArrayList<>();
  private final List<Located<ConversionForm>> conversionForms = new ArrayList<>();
  /** The fields met that need format {@code corroborate/3}, each with where it was met. */
  private final List<Located<?>> newerFields = new ArrayList<>();
  private final List<String> newerFieldNames = new ArrayList<>();
  private String format = CorpusJson.FORMAT;

  CorpusReader(String origin) {
    this.origin = origin;
  }

  EvidenceBase read(InputStream in) throws IOException {
    try {
      parse(in);
    } catch (Fatal fatal) {
      throw new CorpusFormatException(origin, List.of(fatal.problem));
    }
    EvidenceBase.Builder builder = EvidenceBase.builder();
    convert(sourceForms, "source", this::source, builder::addSource);
    convert(documentForms, "document", this::document, builder::addDocument);
    convert(passageForms, "passage", this::passage, builder::addPassage);
    convert(topicForms, "topic", this::topic, builder::addTopic);
    convert(placeForms, "place", this::place, builder::addPlace);
    convert(propositionForms, "proposition", this::proposition, builder::addProposition);
    convert(assertionForms, "assertion", this::assertion, builder::addAssertion);
    convert(relationForms, "relation", this::relation, builder::addRelation);
    convert(conversionForms, "conversion", this::conversion, builder::addConversion);
    if (!format.equals(CorpusJson.FORMAT)) {
      for (int i = 0; i < newerFields.size(); i++) {
        String name = newerFieldNames.get(i);
        problem(JsonProblem.Kind.UNSUPPORTED_FORMAT, newerFields.get(i),
            name.equals("conversions") ? "" : "/" + name,
            "'" + name + "' is new in " + CorpusJson.FORMAT
                + ": declare \"format\": \"" + CorpusJson.FORMAT + "\" to use it (this file says "
                + format + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new CorpusFormatException(origin, sorted(problems));
    }
    try {
      return builder.build();
    } catch (EvidenceBaseException e) {
      throw new CorpusFormatException(
          origin, sorted(e.problems().stream().map(this::locate).toList()));
    }
  }

  private static List<JsonProblem> sorted(Collection<JsonProblem> found) {
    return found.stream()
        .sorted(
            Comparator.comparingInt(JsonProblem::line)
                .thenComparingInt(JsonProblem::column)
                .thenComparing(JsonProblem::pointer)
                .thenComparing(JsonProblem::message))
        .toList();
  }

  // ---------------------------------------------------------------- stage 1: JSON text to forms

  private void parse(InputStream in) throws IOException, Fatal {
    JsonParser parser;
    try {
      parser = CorpusJson.MAPPER.createParser(in);
    } catch (JsonProcessingException | CharConversionException e) {
      throw new Fatal(new JsonProblem(JsonProblem.Kind.SYNTAX, Optional.empty(), "", 1, 1, "",
          "the text is not JSON in a Unicode encoding: " + originalMessage(e)));
    }
    try (JsonParser p = parser) {
      try {
        parseCorpus(p);
      } catch (JsonProcessingException | CharConversionException e) {
        throw new Fatal(fromJackson(e, p));
      }
    }
  }

  private void parseCorpus(JsonParser p) throws IOException, Fatal {
    JsonToken first = p.nextToken();
    if (first != JsonToken.START_OBJECT) {
      throw fatal(JsonProblem.Kind.WRONG_TYPE, "", p,
          first == null ? "the text is empty: a corpus is a JSON object"
                        : "a corpus is a JSON object, not " + describe(first));
    }
    JsonLocation start = p.currentTokenLocation();
    boolean formatSeen = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "format" -> {
          if (value != JsonToken.VALUE_STRING || !CorpusJson.FORMATS_READ.contains(p.getText())) {
            throw fatal(JsonProblem.Kind.UNSUPPORTED_FORMAT, "/format", p,
                "this reader reads the formats '" + String.join("' and '", CorpusJson.FORMATS_READ) + "', not "
                    + (value == JsonToken.VALUE_STRING ? "'" + clip(p.getText()) + "'" : describe(value)));
          }
          formatSeen = true;
          format = p.getText();
        }
        case "sources" -> readArray(p, field, SourceForm.class, SourceForm::id, sourceForms);
        case "documents" -> readArray(p, field, DocumentForm.class, DocumentForm::id, documentForms);
        case "passages" -> readArray(p, field, PassageForm.class, PassageForm::id, passageForms);
        case "topics" -> readArray(p, field, TopicForm.class, TopicForm::id, topicForms);
        case "places" -> readArray(p, field, PlaceForm.class, PlaceForm::id, placeForms);
        case "propositions" ->
            readArray(p, field, PropositionForm.class, PropositionForm::id, propositionForms);
        case "assertions" -> readArray(p, field, AssertionForm.class, AssertionForm::id, assertionForms);
        case "relations" ->
            readArray(p, field, RelationForm.class, r -> r.from() + "->" + r.to(), relationForms);
        case "conversions" -> readArray(p, field, ConversionForm.class,
            c -> c.from() + "->" + c.to() + "@" + c.date(), conversionForms);
        default -> throw fatal(JsonProblem.Kind.UNKNOWN_FIELD, "/" + escape(field), p,
            "unknown field '" + clip(field) + "'; a corpus has format, sources, documents, passages,"
                + " topics, places, propositions, assertions, relations and conversions");
      }
    }
    if (!formatSeen) {
      throw new Fatal(new JsonProblem(JsonProblem.Kind.UNSUPPORTED_FORMAT, Optional.empty(), "",
          line(start), column(start), "",
          "the corpus does not say its format: add \"format\": \"" + CorpusJson.FORMAT + "\""));
    }
    JsonToken trailing = p.nextToken();
    if (trailing != null) {
      throw fatal(JsonProblem.Kind.SYNTAX, "", p,
          "the text goes on after the corpus object with " + describe(trailing));
    }
  }

  private <F> void readArray(
      JsonParser p, String field, Class<F> type, Function<F, String> id, List<Located<F>> out)
      throws IOException, Fatal {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw fatal(JsonProblem.Kind.WRONG_TYPE, "/" + field, p,
          "'" + field + "' must be an array, not " + describe(p.currentToken()));
    }
    ObjectReader reader = CorpusJson.MAPPER.readerFor(type);
    int index = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String pointer = "/" + field + "/" + index;
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fatal(JsonProblem.Kind.WRONG_TYPE, pointer, p,
            "each of '" + field + "' must be an object, not " + describe(p.currentToken()));
      }
      JsonLocation at = p.currentTokenLocation();
      F form;
      try {
        form = reader.readValue(p);
      } catch (UnrecognizedPropertyException e) {
        // Jackson meets a record's unknown fields only at the end of its object, so its location
        // is the closing brace; locate the problem at the element instead.
        JsonProblem found = fromJackson(e, p);
        throw new Fatal(new JsonProblem(found.kind(), found.rule(), found.pointer(), line(at),
            column(at), "", found.message()));
      }
      String formId = Optional.ofNullable(id.apply(form)).orElse("");
      out.add(new Located<>(form, pointer, line(at), column(at), formId));
      index++;
    }
  }

  private Fatal fatal(JsonProblem.Kind kind, String pointer, JsonParser p, String message) {
    JsonLocation at = p.currentTokenLocation();
    return new Fatal(new JsonProblem(kind, Optional.empty(), pointer, line(at), column(at), "", message));
  }

  private static JsonProblem fromJackson(IOException e, JsonParser p) {
    JsonLocation at =
        e instanceof JsonProcessingException jpe && jpe.getLocation() != null
            ? jpe.getLocation()
            : p.currentLocation();
    String pointer = p.getParsingContext().pathAsPointer().toString();
    JsonProblem.Kind kind;
    String message;
    if (hasCause(e, StreamConstraintsException.class)) {
      kind = JsonProblem.Kind.LIMIT_EXCEEDED;
      message = "a size limit is exceeded: " + originalMessage(rootOf(e, StreamConstraintsException.class));
    } else if (e instanceof UnrecognizedPropertyException u) {
      kind = JsonProblem.Kind.UNKNOWN_FIELD;
      pointer = pointer.endsWith("/" + escape(u.getPropertyName()))
          ? pointer : pointer + "/" + escape(u.getPropertyName());
      message = "unknown field '" + clip(u.getPropertyName()) + "'; expected one of "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", "));
    } else if (e instanceof MismatchedInputException m) {
      kind = JsonProblem.Kind.WRONG_TYPE;
      message = "expected " + expected(m.getTargetType()) + ", found " + describe(p.currentToken());
    } else if (hasCause(e, JsonParseException.class) || hasCause(e, CharConversionException.class)) {
      // Jackson wraps a malformed string value (bad UTF-8, end of text) in a mapping exception
      // when it is met while binding an element, so look through the wrapping.
      Throwable cause = rootOf(e, JsonParseException.class);
      kind = JsonProblem.Kind.SYNTAX;
      message = "the text is not well-formed JSON: "
          + originalMessage(cause != null ? cause : rootOf(e, CharConversionException.class));
    } else if (e instanceof JsonMappingException) {
      kind = JsonProblem.Kind.INVALID_VALUE;
      message = originalMessage(e);
    } else {
      kind = JsonProblem.Kind.SYNTAX;
      message = originalMessage(e);
    }
    return new JsonProblem(kind, Optional.empty(), pointer, line(at), column(at), "", message);
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    return rootOf(t, type) != null;
  }

  private static Throwable rootOf(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return c;
      }
    }
    return null;
  }

  private static String originalMessage(Throwable t) {
    String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
    m = m == null ? t.getClass().getSimpleName() : m;
    int newline = m.indexOf('\n');
    m = newline < 0 ? m : m.substring(0, newline);
    m = JACKSON_LOCATION.matcher(m).replaceAll("line $1, column $2");
    m = JACKSON_LIMIT_SETTING.matcher(m).replaceAll("");
    m = JACKSON_NON_NUMERIC.matcher(m).replaceAll(
        "'$1' is not a number in JSON (JSON has no NaN or infinity)");
    m = JACKSON_OUT_OF_RANGE.matcher(m).replaceAll("the number $1 is out of range (from $3 to $4)");
    m = JACKSON_FEATURE_HINT.matcher(m).replaceAll("");
    return clip(m);
  }

  /** Jackson's words for NaN or Infinity, which name a reader feature to enable. */
  private static final Pattern JACKSON_NON_NUMERIC = Pattern.compile(
      "Non-standard token '([^']*)': enable `JsonReadFeature\\.ALLOW_NON_NUMERIC_NUMBERS` to allow");

  /** Jackson's words for an integer too large for its field. */
  private static final Pattern JACKSON_OUT_OF_RANGE = Pattern.compile(
      "Numeric value \\(([^)]*)\\) out of range of (int|long) \\((-?\\d+) - (\\d+)\\)");

  /** Any other hint to enable a Jackson feature: a setting of the library, not of the corpus. */
  private static final Pattern JACKSON_FEATURE_HINT =
      Pattern.compile(";?\\s*(?:\\(?\\s*)?enable `[A-Za-z.]+_?[A-Z_]*` to allow[^)]*\\)?");

  /** Jackson's location inside a message, which names its own configuration classes. */
  private static final Pattern JACKSON_LOCATION =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]");

  /** Jackson's pointer to the setting that holds a limit, after the limit's value. */
  private static final Pattern JACKSON_LIMIT_SETTING =
      Pattern.compile(", from `StreamReadConstraints\\.\\w+\\(\\)`");

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class) {
      return "an integer";
    }
    if (type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the text";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      case FIELD_NAME -> "a field name";
      case VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE -> "an unreadable value";
    };
  }

  private static int line(JsonLocation at) {
    return Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return Math.max(1, at.getColumnNr());
  }

  /** Keeps messages short when the offending text is huge. */
  private static String clip(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "… (" + text.length() + " characters)";
  }

  /** RFC 6901 escaping of one reference token. */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  // ------------------------------------------------------------------ stage 2: forms to model

  private interface Conversion<F, T> {
    T apply(Located<F> at) throws Skip;
  }

  private interface Sink<T> {
    void accept(T value);
  }

  private <F, T> void convert(
      List<Located<F>> forms, String element, Conversion<F, T> conversion, Sink<T> sink) {
    for (Located<F> at : forms) {
      located.computeIfAbsent(element, k -> new HashMap<>())
          .computeIfAbsent(at.id(), k -> new ArrayList<>())
          .add(at);
      try {
        sink.accept(conversion.apply(at));
      } catch (Skip recorded) {
        // the problem is recorded; the other elements are still checked
      } catch (IllegalArgumentException | NullPointerException e) {
        problem(JsonProblem.Kind.INVALID_VALUE, at, "", e.getMessage());
      }
    }
  }

  private void problem(JsonProblem.Kind kind, Located<?> at, String field, String message) {
    problems.add(new JsonProblem(kind, Optional.empty(), at.pointer() + field, at.line(),
        at.column(), at.id(), message == null ? "invalid value" : clip(message)));
  }

  private <V> V required(Located<?> at, String field, V value) throws Skip {
    if (value == null) {
      problem(JsonProblem.Kind.MISSING_FIELD, at, "/" + field,
          "required field '" + field + "' is missing or null");
      throw new Skip();
    }
    return value;
  }

  private <V> V valid(Located<?> at, String field, Supplier<V> value) throws Skip {
    try {
      return value.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(JsonProblem.Kind.INVALID_VALUE, at, "/" + field, e.getMessage());
      throw new Skip();
    }
  }

  private <E extends Enum<E>> E constant(Located<?> at, String field, String text, Class<E> type)
      throws Skip {
    required(at, field, text);
    for (E constant : type.getEnumConstants()) {
      if (CorpusWriter.name(constant).equals(text)) {
        return constant;
      }
    }
    problem(JsonProblem.Kind.INVALID_VALUE, at, "/" + field,
        "unknown " + field + " '" + clip(text) + "'; expected one of "
            + Arrays.stream(type.getEnumConstants()).map(CorpusWriter::name)
                .collect(Collectors.joining(", ")));
    throw new Skip();
  }

  private Optional<PartialDate> date(Located<?> at, String field, String text) throws Skip {
    return text == null ? Optional.empty() : Optional.of(valid(at, field, () -> PartialDate.parse(text)));
  }

  private Optional<TimeSpan> timeSpan(Located<?> at, String field, TimeSpanForm form) throws Skip {
    if (form == null) {
      return Optional.empty();
    }
    Optional<PartialDate> from = date(at, field + "/from", form.from());
    Optional<PartialDate> to = date(at, field + "/to", form.to());
    return Optional.of(valid(at, field, () -> new TimeSpan(from, to)));
  }

  /** The list, if it holds no null; a null is reported at its index. */
  private List<String> texts(Located<?> at, String field, List<String> list) throws Skip {
    for (int index = 0; index < list.size(); index++) {
      if (list.get(index) == null) {
        problem(JsonProblem.Kind.WRONG_TYPE, at, "/" + field + "/" + index,
            "'" + field + "' holds null at index " + index + "; expected a string");
        throw new Skip();
      }
    }
    return list;
  }

  private static <V> List<V> orEmpty(List<V> list) {
    return list == null ? List.of() : list;
  }

  private Source source(Located<SourceForm> at) throws Skip {
    SourceForm f = at.form();
    String id = required(at, "id", f.id());
    Reliability reliability =
        f.reliability() == null ? Reliability.F : reliability(at, f.reliability());
    return new Source(
        id,
        required(at, "name", f.name()),
        ImmutableList.copyOf(texts(at, "aliases", orEmpty(f.aliases()))),
        constant(at, "kind", f.kind(), SourceKind.class),
        Optional.ofNullable(f.description()),
        reliability,
        f.origin() == null ? id : f.origin());
  }

  private Reliability reliability(Located<?> at, String text) throws Skip {
    for (Reliability r : Reliability.values()) {
      if (r.name().equals(text)) {
        return r;
      }
    }
    problem(JsonProblem.Kind.INVALID_VALUE, at, "/reliability",
        "reliability must be an Admiralty grade A to F: '" + clip(text) + "'");
    throw new Skip();
  }

  private Document document(Located<DocumentForm> at) throws Skip {
    DocumentForm f = at.form();
    return new Document(
        required(at, "id", f.id()),
        constant(at, "kind", f.kind(), DocumentKind.class),
        required(at, "source", f.source()),
        required(at, "title", f.title()),
        date(at, "date", f.date()),
        Optional.ofNullable(f.url()),
        newer(at, "published", f.published()) == null ? Optional.empty()
            : date(at, "published", f.published()));
  }

  /** Notes a field new in the current format, to be reported if the file declares an older one. */
  private <V> V newer(Located<?> at, String field, V value) {
    if (value != null) {
      newerFields.add(at);
      newerFieldNames.add(field);
    }
    return value;
  }

  private Passage passage(Located<PassageForm> at) throws Skip {
    PassageForm f = at.form();
    LocatorForm l = required(at, "locator", f.locator());
    LocatorKind kind = constant(at, "locator/kind", l.kind(), LocatorKind.class);
    String value =
        kind == LocatorKind.WHOLE_DOCUMENT && l.value() == null
            ? ""
            : required(at, "locator/value", l.value());
    int occurrence = l.occurrence() == null ? 1 : l.occurrence();
    Locator locator = valid(at, "locator", () -> new Locator(kind, value, occurrence));
    return new Passage(
        required(at, "id", f.id()),
        required(at, "document", f.document()),
        locator,
        Optional.ofNullable(f.text()));
  }

  private Topic topic(Located<TopicForm> at) throws Skip {
    TopicForm f = at.form();
    return new Topic(
        required(at, "id", f.id()),
        required(at, "label", f.label()),
        Optional.ofNullable(f.parent()));
  }

  private Place place(Located<PlaceForm> at) throws Skip {
    PlaceForm f = at.form();
    List<String> parents = texts(at, "parents", orEmpty(f.parents()));
    valid(at, "parents", () -> {
      if (parents.size() != parents.stream().distinct().count()) {
        throw new IllegalArgumentException("a parent place is listed twice: " + parents);
      }
      return parents;
    });
    return new Place(
        required(at, "id", f.id()),
        required(at, "name", f.name()),
        valid(at, "parents", () -> ImmutableSortedSet.copyOf(parents)));
  }

  private Proposition proposition(Located<PropositionForm> at) throws Skip {
    PropositionForm f = at.form();
    return new Proposition(
        required(at, "id", f.id()),
        required(at, "topic", f.topic()),
        required(at, "text", f.text()),
        Optional.ofNullable(f.subject()),
        Optional.ofNullable(f.relation()),
        Optional.ofNullable(f.place()),
        timeSpan(at, "time", f.time()),
        Optional.ofNullable(f.unit()),
        f.categorical() != null && f.categorical(),
        ImmutableSortedSet.copyOf(texts(at, "aliases", orEmpty(newer(at, "aliases", f.aliases())))));
  }

  private Optional<Category> category(Located<?> at, List<String> names) throws Skip {
    if (names == null) {
      return Optional.empty();
    }
    List<String> checked = texts(at, "category", names);
    return Optional.of(valid(at, "category", () -> Category.of(checked)));
  }

  private Optional<Quantity> quantity(Located<?> at, QuantityForm q) throws Skip {
    if (q == null) {
      return Optional.empty();
    }
    String unit = required(at, "value/unit", q.unit());
    Range<BigDecimal> range = valid(at, "value", () -> range(q));
    boolean approximate = q.approximate() != null && q.approximate();
    return Optional.of(valid(at, "value", () -> new Quantity(range, approximate, unit)));
  }

  private static Range<BigDecimal> range(QuantityForm q) {
    if (q.minimum() != null && q.exclusiveMinimum() != null) {
      throw new IllegalArgumentException("give minimum or exclusiveMinimum, not both");
    }
    if (q.maximum() != null && q.exclusiveMaximum() != null) {
      throw new IllegalArgumentException("give maximum or exclusiveMaximum, not both");
    }
    BigDecimal low = q.minimum() != null ? q.minimum() : q.exclusiveMinimum();
    BigDecimal high = q.maximum() != null ? q.maximum() : q.exclusiveMaximum();
    BoundType lowType =
        q.minimum() != null ? BoundType.CLOSED
                            : BoundType.OPEN;
    BoundType highType =
        q.maximum() != null ? BoundType.CLOSED
                            : BoundType.OPEN;
    if (low != null && high != null) {
      if (low.compareTo(high) > 0) {
        throw new IllegalArgumentException("interval is inverted: lower end " + low.toPlainString()
            + " is above upper end " + high.toPlainString());
      }
      if (low.compareTo(high) == 0 && (lowType == BoundType.OPEN
          || highType == BoundType.OPEN)) {
        throw new IllegalArgumentException("interval is empty: an exclusive end equals the other end, "
            + low.toPlainString());
      }
      return Range.range(low, lowType, high, highType);
    }
    if (low != null) {
      return Range.downTo(low, lowType);
    }
    if (high != null) {
      return Range.upTo(high, highType);
    }
    throw new IllegalArgumentException(
        "a value needs at least one end: minimum, exclusiveMinimum, maximum or exclusiveMaximum");
  }

  private Basis basis(Located<?> at, BasisForm b) throws Skip {
    if (b == null) {
      return Basis.unstated();
    }
    BasisKind kind = constant(at, "basis/kind", b.kind(), BasisKind.class);
    return valid(at, "basis", () -> new Basis(
        kind, Optional.ofNullable(b.reportedBy()), Optional.ofNullable(b.document())));
  }

  private Assertion assertion(Located<AssertionForm> at) throws Skip {
    AssertionForm f = at.form();
    Credibility credibility =
        f.credibility() == null
            ? Credibility.CANNOT_BE_JUDGED
            : valid(at, "credibility", () -> Credibility.ofGrade(f.credibility()));
    List<String> passages = texts(at, "passages", required(at, "passages", f.passages()));
    return new Assertion(
        required(at, "id", f.id()),
        required(at, "source", f.source()),
        required(at, "proposition", f.proposition()),
        constant(at, "stance", f.stance(), Stance.class),
        quantity(at, f.value()),
        f.hedge() == null ? Hedge.CERTAIN : constant(at, "hedge", f.hedge(), Hedge.class),
        basis(at, f.basis()),
        credibility,
        timeSpan(at, "asOf", f.asOf()),
        valid(at, "passages", () -> ImmutableList.copyOf(passages)),
        Optional.ofNullable(f.quote()),
        category(at, f.category()),
        newer(at, "quantifier", f.quantifier()) == null ? Optional.empty()
            : Optional.of(constant(at, "quantifier", f.quantifier(), Quantifier.class)));
  }

  private UnitConversion conversion(Located<ConversionForm> at) throws Skip {
    ConversionForm f = newer(at, "conversions", at.form());
    PartialDate date = date(at, "date", required(at, "date", f.date())).orElseThrow();
    BigDecimal rate = required(at, "rate", f.rate());
    String from = required(at, "from", f.from());
    String to = required(at, "to", f.to());
    return valid(at, "", () -> new UnitConversion(from, to, rate, date,
        Optional.ofNullable(f.passage()), Optional.ofNullable(f.note())));
  }

  private PropositionRelation relation(Located<RelationForm> at) throws Skip {
    RelationForm f = at.form();
    return new PropositionRelation(
        constant(at, "kind", f.kind(), RelationKind.class),
        required(at, "from", f.from()),
        required(at, "to", f.to()),
        required(at, "reason", f.reason()));
  }

  // ------------------------------------------------------- stage 3: integrity problems located

  private JsonProblem locate(Problem p) {
    List<Located<?>> candidates = Optional.ofNullable(located.get(p.element()))
        .map(byId -> byId.get(p.id()))
        .orElse(List.of());
    String modelField = p.field();
    if (candidates.isEmpty() && p.element().equals("relation")) {
      candidates = relationCandidates(p.id());
      // written with its ends the other way round: the model's 'from' was written as 'to'
      modelField = switch (modelField) {
        case "from" -> "to";
        case "to" -> "from";
        default -> modelField;
      };
    }
    String field = modelField.isEmpty() ? ""
        : "/" + modelField.replace("]", "").replace('[', '/').replace('.', '/');
    if (candidates.isEmpty()) {
      return new JsonProblem(JsonProblem.Kind.INTEGRITY, Optional.of(p.kind()), "", 1, 1, p.id(),
          p.element() + " '" + p.id() + "': " + p.message());
    }
    Located<?> at = p.kind() == org.corroborate.model.ProblemKind.DUPLICATE_ID
        ? candidates.get(candidates.size() - 1)
        : candidates.get(0);
    return new JsonProblem(JsonProblem.Kind.INTEGRITY, Optional.of(p.kind()), at.pointer() + field,
        at.line(), at.column(), p.id(), p.message());
  }

  /** A contradiction is stored with its ends in id order; find it as it was written. */
  private List<Located<?>> relationCandidates(String id) {
    int arrow = id.indexOf("->");
    if (arrow < 0) {
      return List.of();
    }
    String swapped = id.substring(arrow + 2) + "->" + id.substring(0, arrow);
    return Optional.ofNullable(located.get("relation"))
        .map(byId -> byId.get(swapped))
        .orElse(List.of());
  }
}
