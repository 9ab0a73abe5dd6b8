package org.corroborate.analysis.statement;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.corroboration.PassageReference;
import org.corroborate.analysis.scope.BearingDerivation;
import org.corroborate.model.Assertion;
import org.corroborate.model.Basis;
import org.corroborate.model.BasisKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.Passage;
import org.corroborate.model.Quantifier;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.TimeSpan;
import org.corroborate.model.words.InWords;

/**
 * One line of evidence as a reader checks it: an assertion with the source that makes it, the
 * passages where it is written, the words that carry it, and the time it is about.
 *
 * <p>This is the <em>evidence line</em> of every JSON output (dispute camps, findings, search
 * results, case assessments): one object per assertion with the keys {@code assertion}, {@code
 * source}, {@code passages}, {@code quote}, {@code hedge}, {@code quantifier}, {@code basis},
 * {@code value}, {@code time} and {@code selector} (a W3C Web Annotation selector, <a
 * href="https://www.w3.org/TR/annotation-model/#selectors">Web Annotation Data Model</a>, 2017,
 * §4.2: a {@code FragmentSelector} naming the first passage, refined by a {@code
 * TextQuoteSelector} whose {@code exact} is the quote).
 *
 * <p>The time is the one the analysis weighs the statement at ({@link BearingDerivation#timeOf}):
 * the assertion's own as-of span; else the date of the document it is written in; else its
 * proposition's time; else all of time (both ends open).
 *
 * @param assertion the assertion
 * @param source the source that makes it
 * @param passages where it is written, in the assertion's order
 * @param quote the words that carry the claim: the assertion's quote; else the held text of its
 *     first passage that has one; else empty (a report's licence may forbid holding the text)
 * @param time the time the statement is about, as the analysis reads it
 */
public record Statement(
    Assertion assertion,
    Source source,
    ImmutableList<PassageReference> passages,
    String quote,
    TimeSpan time) {

  /**
   * The order a reader expects: by the reading order of the first passage (source, paragraph,
   * occurrence), then by assertion id.
   */
  public static final Comparator<Statement> READING_ORDER =
      Comparator.comparing((Statement s) -> s.passages().get(0), PassageReference.READING_ORDER)
          .thenComparing(s -> s.assertion().id());

  /** Rejects null parts, an empty list of passages, and a source that is not the assertion's. */
  public Statement {
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(source, "source");
    passages = ImmutableList.copyOf(passages);
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(time, "time");
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("a statement is written somewhere: no passage given");
    }
    if (!source.id().equals(assertion.source())) {
      throw new IllegalArgumentException("assertion '" + assertion.id() + "' is made by '"
          + assertion.source() + "', not by '" + source.id() + "'");
    }
  }

  /**
   * The statement of an assertion held by {@code evidence}. O(p) for p passages.
   *
   * @throws IllegalArgumentException if the assertion's source or a passage is not in the
   *     evidence base
   */
  public static Statement of(Assertion assertion, EvidenceBase evidence) {
    Objects.requireNonNull(assertion, "assertion");
    Source source = evidence.source(assertion.source()).orElseThrow(() ->
        new IllegalArgumentException("unknown source '" + assertion.source() + "'"));
    ImmutableList<PassageReference> passages = assertion.passages().stream()
        .map(p -> PassageReference.of(p, evidence))
        .collect(ImmutableList.toImmutableList());
    String quote = assertion.quote().orElseGet(() -> assertion.passages().stream()
        .map(evidence::passage)
        .flatMap(Optional::stream)
        .map(Passage::text)
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(""));
    return new Statement(assertion, source, passages, quote,
        BearingDerivation.timeOf(assertion, evidence));
  }

  /** The statements of {@code assertions}, each once, in {@link #READING_ORDER}. */
  public static ImmutableList<Statement> of(
      java.util.Collection<Assertion> assertions, EvidenceBase evidence) {
    return assertions.stream().distinct()
        .map(a -> of(a, evidence))
        .sorted(READING_ORDER)
        .collect(ImmutableList.toImmutableList());
  }

  /** How firmly the source commits. */
  public Hedge hedge() {
    return assertion.hedge();
  }

  /** How general the statement is, when the source says. */
  public Optional<Quantifier> quantifier() {
    return assertion.quantifier();
  }

  /** How the source knows, when the passage says; empty for an unstated basis. */
  public Optional<Basis> basis() {
    Basis basis = assertion.basis();
    return basis.kind() == BasisKind.UNSTATED && basis.document().isEmpty()
        ? Optional.empty() : Optional.of(basis);
  }

  /** The figure the source gives, for a numeric proposition. */
  public Optional<Quantity> value() {
    return assertion.value();
  }

  /**
   * The value of a W3C Web Annotation {@code FragmentSelector} naming the statement's first
   * passage: {@code document=D&passage=P}, with the document and passage ids of the corpus.
   */
  public String fragment() {
    PassageReference first = passages.get(0);
    return "document=" + first.document() + "&passage=" + first.passage();
  }

  /**
   * Where the statement is written, in words, passage by passage: "minutes of the meeting with
   * Huseyn Aliyev, 12 March 2024, ¶82", "“Title”, 14 November 2024, p. 4"; a repeated paragraph
   * number says which occurrence. O(p).
   */
  public String where(EvidenceBase evidence) {
    return where(evidence, assertion.passages());
  }

  /**
   * Where this source said something, in words, for the given passages (of this statement or of
   * other statements of the same source that say the same thing), grouped by document in their
   * order. O(p).
   *
   * @throws java.util.NoSuchElementException if a passage is not in the evidence base
   */
  public String where(EvidenceBase evidence, java.util.Collection<String> passageIds) {
    Objects.requireNonNull(evidence, "evidence");
    java.util.Map<String, java.util.List<String>> byDocument = new java.util.LinkedHashMap<>();
    for (String passageId : passageIds) {
      Passage passage = evidence.passage(passageId).orElseThrow();
      org.corroborate.model.Locator at = passage.locator();
      String locator = switch (at.kind()) {
        case PARAGRAPH -> "¶" + at.value();
        case PAGE -> "p. " + at.value();
        case FOOTNOTE -> "footnote " + at.value();
        case SECTION -> "section " + at.value();
        case WHOLE_DOCUMENT -> "";
        case PARAGRAPH_ORDINAL -> "paragraph #" + at.value();
      };
      String occurrence = at.occurrence() > 1
          ? " (the paragraph numbered " + at.value() + " for the " + ordinal(at.occurrence()) + " time)"
          : "";
      byDocument.computeIfAbsent(passage.document(), d -> new java.util.ArrayList<>())
          .add(locator + occurrence);
    }
    java.util.List<String> places = new java.util.ArrayList<>();
    byDocument.forEach((documentId, locators) -> {
      org.corroborate.model.Document document = evidence.document(documentId).orElseThrow();
      String speaker = evidence.source(document.source()).map(Source::name).orElse(document.source());
      String in = document.kind() == org.corroborate.model.DocumentKind.MINUTES
          ? "minutes of the meeting with " + speaker
              + document.date().map(d -> ", " + InWords.date(d)).orElse("")
          : (document.source().equals(source.id()) ? "" : speaker + ", ") + InWords.document(document);
      java.util.List<String> named = locators.stream().filter(l -> !l.isEmpty()).toList();
      places.add(named.isEmpty() ? in : in + ", " + InWords.list(named));
    });
    return String.join("; ", places);
  }

  /**
   * What qualifies the statement, in words and in this order: how firmly the source commits, how
   * general it is (when the source says), the time it is about, how the source knows (when the
   * passage says), and the figure or answer it gives. O(1).
   */
  public ImmutableList<String> particulars(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence");
    ImmutableList.Builder<String> out = ImmutableList.builder();
    out.add(InWords.hedge(hedge()));
    quantifier().ifPresent(q -> out.add(InWords.quantifier(q)));
    out.add("time: " + InWords.time(time));
    basis().ifPresent(b -> out.add("basis: " + InWords.basis(b, evidence)));
    value().ifPresent(v -> out.add("figure: " + InWords.value(v)));
    assertion.category().ifPresent(c -> out.add("answer: " + String.join(", ", c.members())));
    return out.build();
  }

  /** The source as a reader meets it: its name and kind, "Huseyn Aliyev (academic)". */
  public String speaker() {
    return source.name() + " (" + InWords.kind(source.kind()) + ")";
  }

  private static String ordinal(int n) {
    return switch (n) {
      case 2 -> "second";
      case 3 -> "third";
      case 4 -> "fourth";
      case 5 -> "fifth";
      default -> n + "th";
    };
  }
}
