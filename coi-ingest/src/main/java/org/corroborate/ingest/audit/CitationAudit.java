package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.ingest.citation.CitedParagraph;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.citation.RegisteredSource;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.report.FootnoteMarker;
import org.corroborate.ingest.report.MinutesParagraph;
import org.corroborate.ingest.report.ParsedReport;
import org.corroborate.model.EvidenceBase;

/**
 * Audits every interview citation of a report: does it point at a paragraph, and does that
 * paragraph say what the statement says?
 *
 * <p><b>Pointing.</b> A citation whose source is not registered ({@link
 * FindingCode#UNRESOLVED_SOURCE}, error), a paragraph the minutes do not have ({@link
 * FindingCode#NONEXISTENT_PARAGRAPH}, error), a repeated number the statement does not resolve
 * ({@link FindingCode#AMBIGUOUS_PARAGRAPH}, warning), a source without paragraph ({@link
 * FindingCode#SOURCE_WITHOUT_PARAGRAPH}, warning), the same paragraph twice in one footnote ({@link
 * FindingCode#DUPLICATE_CITATION}, info). Quirks the reading resolved (aliases, typos, separators,
 * spacing) are not findings.
 *
 * <p><b>Content.</b> The statement is the body text the footnote's marker closes (see {@link
 * FootnoteMarker#statement()}; a marker right after another one shares its statement). Its {@link
 * Terms} are compared with those of the cited paragraphs:
 * <ul>
 *   <li><i>Support</i> of a statement by a text is the weighted share of the statement's content
 *       stems that the text holds. A stem weighs its inverse document frequency over all minutes
 *       paragraphs of the report, {@code ln(N / df)}, so that "conscript" counts little in a report
 *       on conscription and "Kursk" much; a name weighs {@link #NAME_WEIGHT} times as much. Stems
 *       that occur in no minutes paragraph cannot be supported by any and are left out, as are the
 *       words of the sources' proper names ("Mediazona corroborates this picture"); a statement
 *       with fewer than {@link #MIN_STATEMENT_STEMS} remaining stems is not content-checked.
 *   <li>{@link FindingCode#PROBABLY_SHIFTED_CITATION} (warning): a paragraph of the same source
 *       within {@link #NEIGHBOURHOOD} places of a cited one, not itself cited, supports the
 *       statement at least {@link #SHIFT_MIN_NEIGHBOUR_SUPPORT}, exceeds the support of the
 *       citation's paragraphs by at least {@link #SHIFT_MIN_LEAD} and by a factor of {@link
 *       #SHIFT_MIN_RATIO}. The better paragraph is suggested.
 *   <li>{@link FindingCode#CONTENT_NOT_IN_CITED_PARAGRAPH} (warning): no shift found, and the
 *       citation's paragraphs together support the statement less than {@link
 *       #CONTENT_MAX_SUPPORT} while the footnote cites this source alone and no written source
 *       (when it cites several, each may give only part of the statement, and low support proves
 *       nothing), and the statement has at least {@link #CONTENT_MIN_STATEMENT_STEMS} stems (a
 *       short statement is too easily paraphrased), and some paragraph of the report, of any
 *       source, supports the statement far better by the conditions of a shift (else the
 *       statement is more likely a paraphrase than a misplaced citation). The paragraph of the
 *       same source that supports the statement best is suggested when it is far better; the
 *       evidence names the best-supporting paragraph of the whole report.
 *   <li>{@link FindingCode#NUMBER_NOT_IN_CITED_PARAGRAPH}: a number of the statement occurs in no
 *       paragraph the footnote cites (any source; number words count). An error when the footnote
 *       cites interview sources only; info when it also gives a written source or a note, which
 *       may be where the number comes from, and for years. A paragraph within {@link
 *       #NEIGHBOURHOOD} places of a cited one that gives the number is suggested.
 * </ul>
 *
 * <p>Stateless; O(footnotes × cited paragraphs × neighbourhood × statement length) after one pass
 * over the minutes for the document frequencies.
 */
public final class CitationAudit {

  /** How many paragraphs before and after a cited one are looked at for a better one. */
  public static final int NEIGHBOURHOOD = 2;

  /** The weight of a name or place relative to another content word of the same frequency. */
  public static final double NAME_WEIGHT = 2.0;

  /** The fewest weighted content stems a statement needs to be content-checked. */
  public static final int MIN_STATEMENT_STEMS = 3;

  /** The least support a neighbouring paragraph must give to be suggested instead. */
  public static final double SHIFT_MIN_NEIGHBOUR_SUPPORT = 0.45;

  /** How much more support (absolute) the neighbour must give than the cited paragraphs. */
  public static final double SHIFT_MIN_LEAD = 0.25;

  /** How many times the cited paragraphs' support the neighbour must give. */
  public static final double SHIFT_MIN_RATIO = 2.0;

  /** The fewest weighted content stems a statement needs for a content-mismatch finding. */
  public static final int CONTENT_MIN_STATEMENT_STEMS = 6;

  /** Below this support, a source cited alone is reported as not giving the statement. */
  public static final double CONTENT_MAX_SUPPORT = 0.15;

  private final IngestedReport read;
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int paragraphCount;
  private final Map<String, Terms> paragraphTerms = new HashMap<>();
  private final ImmutableSet<String> sourceNameWords;

  private CitationAudit(IngestedReport read) {
    this.read = read;
    int n = 0;
    for (RegisteredSource s : read.registry().sources()) {
      for (MinutesParagraph p : s.minutes().paragraphs()) {
        Terms t = Terms.of(p.text(), true);
        paragraphTerms.put(key(s.id(), p), t);
        t.stems().forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
        n++;
      }
    }
    this.paragraphCount = n;
    this.sourceNameWords = sourceNameWords(read);
  }

  /**
   * The words of the sources' proper names ("Claus", "Mediazona"): a statement that names its
   * source ("Mediazona corroborates this picture") is not supported by the name.
   */
  private static ImmutableSet<String> sourceNameWords(IngestedReport read) {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (RegisteredSource s : read.registry().sources()) {
      List<String> names = new ArrayList<>(s.aliases());
      names.add(s.name());
      for (String name : names) {
        String[] words = name.split("[^\\p{L}]+");
        boolean proper = Arrays.stream(words).filter(w -> !w.isEmpty())
            .allMatch(w -> Character.isUpperCase(w.charAt(0)));
        if (proper) {
          Arrays.stream(words).filter(w -> !w.isEmpty())
              .forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out.build();
  }

  /** Audits every interview citation of {@code read}. */
  public static AuditReport audit(IngestedReport read) {
    Objects.requireNonNull(read, "report read");
    CitationAudit audit = new CitationAudit(read);
    List<Finding> findings = new ArrayList<>();
    for (FootnoteCitations f : read.citations().footnotes().values()) {
      audit.footnote(f, findings);
    }
    return new AuditReport(ImmutableList.copyOf(findings));
  }

  /**
   * Audits every interview citation of {@code read}, and reads every footnoted statement against
   * {@code evidence}, the evidence base encoded from the cited passages (see {@link
   * CitedEvidenceReading}); the findings of both, by footnote.
   */
  public static AuditReport audit(IngestedReport read, EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence base");
    return audit(read, CitedEvidenceReading.over(evidence));
  }

  /** As {@link #audit(IngestedReport, EvidenceBase)}, with a reading built already. */
  public static AuditReport audit(IngestedReport read, CitedEvidenceReading reading) {
    Objects.requireNonNull(reading, "reading");
    List<Finding> findings = new ArrayList<>(audit(read).findings());
    findings.addAll(reading.audit(read).findings());
    return new AuditReport(ImmutableList.copyOf(findings));
  }

  private static String key(String source, MinutesParagraph p) {
    return source + "#" + p.number() + "#" + p.occurrence();
  }

  /** The statement the footnote supports; a marker right after another shares its statement. */
  static String statement(ParsedReport report, int footnote) {
    Optional<FootnoteMarker> marker = report.markerOf(footnote);
    if (marker.isEmpty()) {
      return "";
    }
    FootnoteMarker m = marker.get();
    if (!m.statement().isBlank()) {
      return m.statement();
    }
    FootnoteMarker before = null;
    for (FootnoteMarker other : report.markers()) {
      if (other.line() == m.line() && other.number() < m.number() && !other.statement().isBlank()
          && (before == null || other.number() > before.number())) {
        before = other;
      }
    }
    return before == null ? "" : before.statement();
  }

  private void footnote(FootnoteCitations f, List<Finding> out) {
    String statement = statement(read.report(), f.number());
    Set<String> seen = new HashSet<>();
    for (InterviewCitation c : f.citations()) {
      pointing(f, c, statement, seen, out);
    }
    Terms terms = Terms.of(statement, false, sourceNameWords);
    Map<String, Double> weights = weights(terms);
    if (weights.size() >= MIN_STATEMENT_STEMS) {
      long sources = f.citations().stream().map(InterviewCitation::source)
          .filter(Optional::isPresent).distinct().count();
      for (InterviewCitation c : f.citations()) {
        content(f, c, statement, weights,
            sources == 1 && f.written().isEmpty() && weights.size() >= CONTENT_MIN_STATEMENT_STEMS, out);
      }
    }
    numbers(f, statement, terms, out);
  }

  private void pointing(FootnoteCitations f, InterviewCitation c, String statement, Set<String> seen,
      List<Finding> out) {
    if (c.source().isEmpty()) {
      out.add(finding(f, FindingCode.UNRESOLVED_SOURCE, Severity.ERROR, statement, c, c.numbers(),
          List.of(), "'" + c.surface() + "' is the name of no source with minutes in this report",
          "registered sources: " + read.registry().sources().stream().map(RegisteredSource::name)
              .collect(Collectors.joining(", "))));
      return;
    }
    RegisteredSource source = read.registry().source(c.source().get()).orElseThrow();
    if (c.paragraphs().isEmpty()) {
      out.add(finding(f, FindingCode.SOURCE_WITHOUT_PARAGRAPH, Severity.WARNING, statement, c,
          List.of(), List.of(), source.name() + " is cited without a paragraph",
          "footnote: " + f.text()));
    }
    for (CitedParagraph p : c.paragraphs()) {
      if (!seen.add(source.id() + ":" + p.number())) {
        out.add(finding(f, FindingCode.DUPLICATE_CITATION, Severity.INFO, statement, c,
            List.of(p.number()), List.of(), source.name() + " paragraph " + p.number()
                + " is cited twice in this footnote", "footnote: " + f.text()));
        continue;
      }
      switch (p.resolution()) {
        case NONEXISTENT -> out.add(finding(f, FindingCode.NONEXISTENT_PARAGRAPH, Severity.ERROR,
            statement, c, List.of(p.number()), List.of(), "the minutes of " + source.name()
                + " have no paragraph " + p.number(), "paragraphs of the minutes: "
                + range(source)));
        case AMBIGUOUS -> out.add(finding(f, FindingCode.AMBIGUOUS_PARAGRAPH, Severity.WARNING,
            statement, c, List.of(p.number()), List.of(), "paragraph " + p.number() + " occurs "
                + p.occurrences().size() + " times in the minutes of " + source.name()
                + " and the statement does not tell which is meant", "occurrences at lines "
                + source.minutes().paragraphs(p.number()).stream()
                    .map(mp -> Integer.toString(mp.line())).collect(Collectors.joining(", "))));
        case UNIQUE, BY_CONTENT, UNCHECKED -> { }
      }
    }
  }

  private static String range(RegisteredSource source) {
    List<Integer> numbers = source.minutes().numbers();
    return numbers.isEmpty() ? "none"
        : numbers.get(0) + "–" + numbers.get(numbers.size() - 1) + " (" + numbers.size() + ")";
  }

  /** The weight of each of the statement's stems that some minutes paragraph holds. */
  private Map<String, Double> weights(Terms statement) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String stem : statement.stems()) {
      int df = documentFrequency.getOrDefault(stem, 0);
      if (df == 0) {
        continue;
      }
      double idf = Math.log((double) paragraphCount / df);
      out.put(stem, idf * (statement.names().contains(stem) ? NAME_WEIGHT : 1.0));
    }
    return out;
  }

  /** The weighted share of the statement's stems found in any of {@code texts}; 0 for none. */
  static double support(Map<String, Double> weights, List<Terms> texts) {
    double total = 0;
    double held = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      total += e.getValue();
      if (texts.stream().anyMatch(t -> t.stems().contains(e.getKey()))) {
        held += e.getValue();
      }
    }
    return total == 0 ? 0 : held / total;
  }

  /** The paragraphs a citation points at: every candidate occurrence of an ambiguous number. */
  private static List<MinutesParagraph> cited(RegisteredSource source, InterviewCitation c) {
    List<MinutesParagraph> out = new ArrayList<>();
    for (CitedParagraph p : c.paragraphs()) {
      for (MinutesParagraph mp : source.minutes().paragraphs(p.number())) {
        if (p.occurrences().contains(mp.occurrence())) {
          out.add(mp);
        }
      }
    }
    return out;
  }

  private void content(FootnoteCitations f, InterviewCitation c, String statement,
      Map<String, Double> weights, boolean alone, List<Finding> out) {
    if (c.source().isEmpty()) {
      return;
    }
    RegisteredSource source = read.registry().source(c.source().get()).orElseThrow();
    List<MinutesParagraph> cited = cited(source, c);
    if (cited.isEmpty()) {
      return;
    }
    List<Terms> citedTerms = cited.stream().map(p -> paragraphTerms.get(key(source.id(), p)))
        .collect(Collectors.toList());
    double support = support(weights, citedTerms);
    Set<Integer> citedNumbers = new HashSet<>();
    f.citations().stream().filter(o -> o.source().equals(c.source()))
        .forEach(o -> citedNumbers.addAll(o.numbers()));
    MinutesParagraph better = null;
    double betterSupport = 0;
    for (MinutesParagraph near : neighbours(source, cited)) {
      if (citedNumbers.contains(near.number())) {
        continue;
      }
      double s = support(weights, List.of(paragraphTerms.get(key(source.id(), near))));
      if (s > betterSupport) {
        better = near;
        betterSupport = s;
      }
    }
    String scores = String.format(Locale.ROOT, "support of the cited paragraph%s %.2f",
        cited.size() > 1 ? "s" : "", support);
    if (better != null && shifted(support, betterSupport)) {
      Terms nearTerms = paragraphTerms.get(key(source.id(), better));
      List<String> onlyThere = weights.keySet().stream()
          .filter(w -> nearTerms.stems().contains(w) && citedTerms.stream().noneMatch(t -> t.stems().contains(w)))
          .collect(Collectors.toList());
      out.add(finding(f, FindingCode.PROBABLY_SHIFTED_CITATION, Severity.WARNING, statement, c,
          c.numbers(), List.of(better.number()), source.name() + " paragraph " + better.number()
              + " supports the statement far better than the cited paragraph"
              + (c.numbers().size() > 1 ? "s " : " ") + join(c.numbers()),
          String.format(Locale.ROOT, "%s, of paragraph %d %.2f; words only in paragraph %d: %s",
              scores, better.number(), betterSupport, better.number(), String.join(", ", onlyThere))));
      return;
    }
    if (alone && support < CONTENT_MAX_SUPPORT) {
      contentMismatch(f, c, statement, weights, source, citedTerms, support, scores, out);
    }
  }

  private void contentMismatch(FootnoteCitations f, InterviewCitation c, String statement,
      Map<String, Double> weights, RegisteredSource source, List<Terms> citedTerms, double support,
      String scores, List<Finding> out) {
    List<Integer> suggested = new ArrayList<>();
    String best = "";
    double bestSupport = 0;
    for (RegisteredSource other : read.registry().sources()) {
      for (MinutesParagraph p : other.minutes().paragraphs()) {
        double s = support(weights, List.of(paragraphTerms.get(key(other.id(), p))));
        if (other.id().equals(source.id()) && shifted(support, s)
            && (suggested.isEmpty() || s > bestOwn(weights, source, suggested.get(0)))) {
          suggested.clear();
          suggested.add(p.number());
        }
        if (s > bestSupport) {
          bestSupport = s;
          best = String.format(Locale.ROOT, "%s: %d (%.2f)", other.name(), p.number(), s);
        }
      }
    }
    if (!shifted(support, bestSupport)) {
      return;
    }
    List<String> missing = weights.keySet().stream()
        .filter(w -> citedTerms.stream().noneMatch(t -> t.stems().contains(w)))
        .collect(Collectors.toList());
    out.add(finding(f, FindingCode.CONTENT_NOT_IN_CITED_PARAGRAPH, Severity.WARNING, statement, c,
        c.numbers(), suggested, source.name() + " paragraph" + (c.numbers().size() > 1 ? "s " : " ")
            + join(c.numbers()) + " share" + (c.numbers().size() > 1 ? "" : "s")
            + " almost none of the statement's content words",
        scores + "; statement words not in them: " + String.join(", ", missing)
            + "; best-supporting paragraph of the report: " + best));
  }

  /** Whether a paragraph with support {@code other} is far better than the cited {@code cited}. */
  static boolean shifted(double cited, double other) {
    return other >= SHIFT_MIN_NEIGHBOUR_SUPPORT && other - cited >= SHIFT_MIN_LEAD
        && other >= SHIFT_MIN_RATIO * cited;
  }

  private double bestOwn(Map<String, Double> weights, RegisteredSource source, int number) {
    return source.minutes().paragraphs(number).stream()
        .mapToDouble(p -> support(weights, List.of(paragraphTerms.get(key(source.id(), p)))))
        .max().orElse(0);
  }

  /** Paragraphs within {@link #NEIGHBOURHOOD} print positions of a cited one, not cited. */
  private static List<MinutesParagraph> neighbours(RegisteredSource source, List<MinutesParagraph> cited) {
    ImmutableList<MinutesParagraph> all = source.minutes().paragraphs();
    Set<MinutesParagraph> out = new LinkedHashSet<>();
    for (MinutesParagraph p : cited) {
      int i = all.indexOf(p);
      for (int d = -NEIGHBOURHOOD; d <= NEIGHBOURHOOD; d++) {
        if (d != 0 && i + d >= 0 && i + d < all.size() && !cited.contains(all.get(i + d))) {
          out.add(all.get(i + d));
        }
      }
    }
    return new ArrayList<>(out);
  }

  private void numbers(FootnoteCitations f, String statement, Terms terms, List<Finding> out) {
    List<InterviewCitation> resolved = f.citations().stream()
        .filter(c -> c.source().isPresent() && !c.paragraphs().isEmpty())
        .collect(Collectors.toList());
    if (resolved.isEmpty() || terms.numbers().isEmpty()) {
      return;
    }
    Map<InterviewCitation, List<MinutesParagraph>> cited = new LinkedHashMap<>();
    for (InterviewCitation c : resolved) {
      cited.put(c, cited(read.registry().source(c.source().get()).orElseThrow(), c));
    }
    if (cited.values().stream().allMatch(List::isEmpty)) {
      return;
    }
    boolean writtenToo = !f.written().isEmpty() || !f.notes().isEmpty();
    for (Map.Entry<String, String> number : terms.numbers().entrySet()) {
      boolean found = cited.entrySet().stream().anyMatch(e -> e.getValue().stream().anyMatch(p ->
          paragraphTerms.get(key(e.getKey().source().get(), p)).numbers().containsKey(number.getKey())));
      if (found) {
        continue;
      }
      InterviewCitation at = resolved.get(0);
      List<Integer> suggested = new ArrayList<>();
      for (Map.Entry<InterviewCitation, List<MinutesParagraph>> e : cited.entrySet()) {
        RegisteredSource source = read.registry().source(e.getKey().source().get()).orElseThrow();
        for (MinutesParagraph near : neighbours(source, e.getValue())) {
          if (paragraphTerms.get(key(source.id(), near)).numbers().containsKey(number.getKey())) {
            if (suggested.isEmpty()) {
              at = e.getKey();
            }
            if (e.getKey() == at && !suggested.contains(near.number())) {
              suggested.add(near.number());
            }
          }
        }
      }
      boolean year = Terms.isYear(number.getKey());
      Severity severity = writtenToo || year ? Severity.INFO : Severity.ERROR;
      String checked = cited.entrySet().stream().map(e -> e.getKey().surface() + ": "
          + join(e.getKey().numbers())).collect(Collectors.joining("; "));
      out.add(finding(f, FindingCode.NUMBER_NOT_IN_CITED_PARAGRAPH, severity, statement, at,
          at.numbers(), suggested, "the statement gives '" + number.getValue()
              + "', which no cited paragraph gives"
              + (suggested.isEmpty() ? "" : "; paragraph " + join(suggested) + " of "
                  + read.registry().source(at.source().get()).orElseThrow().name() + " does")
              + (year ? " (a year)" : "") + (writtenToo ? " (the footnote also cites a written"
                  + " source or adds a note)" : ""),
          "number " + number.getValue() + " looked for in " + checked));
    }
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private Finding finding(FootnoteCitations f, FindingCode code, Severity severity, String statement,
      InterviewCitation c, List<Integer> paragraphs, List<Integer> suggested, String message,
      String evidence) {
    return new Finding(f.number(), f.line(), code, severity, message, statement, evidence,
        c.source(), c.surface(), ImmutableList.copyOf(paragraphs), ImmutableList.copyOf(suggested));
  }

  /** The document frequency of each stem over the report's minutes paragraphs; for tests. */
  ImmutableMap<String, Integer> documentFrequencies() {
    return ImmutableMap.copyOf(documentFrequency);
  }
}
