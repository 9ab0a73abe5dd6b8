package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.corroborate.ingest.citation.CitedParagraph;
import org.corroborate.ingest.citation.FootnoteCitations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.citation.RegisteredSource;
import org.corroborate.ingest.evidence.IngestedReport;
import org.corroborate.ingest.text.CoiTextAnalyzer;
import org.corroborate.model.Assertion;
import org.corroborate.model.DocumentKind;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.LocatorKind;
import org.corroborate.model.Passage;
import org.corroborate.model.Proposition;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.Stance;

/**
 * Reads what each footnoted statement of a report claims against the evidence base encoded from
 * the cited minutes: the statement is linked to the assertions on the cited passages, and compared
 * with their stance and value.
 *
 * <p><b>Linking.</b> A report's source is the evidence base's source with the same id, else the one
 * whose name or an alias is the report's name for it (case ignored); a cited paragraph is the
 * passage of that source's minutes with the paragraph's number and occurrence. Every assertion of
 * the evidence base is a Lucene document with two fields, its proposition's text and its quote, read
 * by {@link CoiTextAnalyzer}. The statement's content stems (those the audit compares, see {@link
 * Terms}; the sources' own names left out) are a query of optional terms on each field, scored by
 * BM25 (Robertson and Zaragoza 2009, doi:10.1561/1500000019; Lucene's k1 = 1.2, b = 0.75). The
 * <i>similarity</i> of the statement to an assertion is, per field, that score divided by the score
 * the field's own content stems get as a query against it — the BM25-weighted share of the field's
 * words the statement holds, from 0 to 1 — averaged over the two fields (the proposition's text
 * alone when there is no quote). Rare words weigh much ("Kursk"), the report's common words little
 * ("conscript").
 *
 * <p><b>Polarity and figures.</b> A statement's polarity is read in its last sentence (the one
 * the marker closes) by {@link NegationScope}, on the key terms the sentence shares with an
 * assertion's proposition text or quote: the sentence claims the stance "affirms" when the key terms
 * are under a negation in it as in the proposition's text, "denies" when not; the quote is read the
 * same way. A statement's figures are those {@link StatementFigures} keeps (no years, dates or law
 * numbers; unit and range read); an encoded value allows its interval, the finite ends of an
 * approximate one widened by a tenth of their magnitude, as the corroboration analysis does.
 *
 * <p><b>Findings</b>, each with the assertion, its stance or value and its quote as evidence:
 * <ul>
 *   <li>{@link FindingCode#CONTRADICTS_CITED}: of the assertions on the cited passages the
 *       statement matches ({@link #MATCH} or more) and its last sentence matches too, none takes
 *       the stance the sentence claims and one takes the other. A warning when the statement is
 *       confidently linked to it ({@link #CONFIDENT_LINK}) and its quote reads as its encoded
 *       stance (so the encoding and the source's words both say the opposite); else info.
 *       Uncertain stances, values and categories are not read for polarity.
 *   <li>{@link FindingCode#NUMBER_DIFFERS}: the statement gives figures, an assertion with a value
 *       on the cited passages matches it, at least one figure is in the value's unit or in no unit
 *       known, and none of those figures (or the ranges they make) meets the value allowed by any
 *       matching assertion nor is written in their quotes or propositions. A warning when the link
 *       is confident, else info.
 *   <li>{@link FindingCode#NOT_ABOUT_CITED}: no assertion on the cited passages reaches {@link
 *       #MATCH}, while an assertion of the same source on another passage reaches {@link
 *       #OTHER_MATCH} and {@link #OTHER_RATIO} times the best cited one: that paragraph is
 *       suggested. A warning when the footnote cites this source alone and no written source, and
 *       the cited passages' best similarity is under {@link #NOT_ABOUT_MAX_CITED}; else info.
 * </ul>
 * A citation whose source or paragraphs the evidence base does not hold, or whose cited passages
 * carry no assertion, is not read: there is nothing encoded to read it against.
 *
 * <p>Immutable and safe for concurrent use once built. Building indexes the evidence base in
 * O(total length of propositions and quotes) and scores each assertion against itself; reading a
 * report costs, per interview citation, two BM25 searches over the cited source's assertions, so
 * O(citations × (postings of the statement's stems + assertions of the source)).
 */
public final class CitedEvidenceReading {

  /** The least similarity at which the statement is read as being about an assertion. */
  public static final double MATCH = 0.25;

  /** The least similarity of a link the reading is confident of. */
  public static final double CONFIDENT_LINK = 0.45;

  /** The least similarity of an assertion on another paragraph for {@code NOT_ABOUT_CITED}. */
  public static final double OTHER_MATCH = 0.45;

  /** How many times the best cited similarity the other paragraph's must be. */
  public static final double OTHER_RATIO = 3.0;

  /** Under this best cited similarity, a source cited alone gives a {@code NOT_ABOUT_CITED} warning. */
  public static final double NOT_ABOUT_MAX_CITED = 0.12;

  /** The tolerance of an approximate value: a tenth of the magnitude of its finite ends. */
  public static final BigDecimal APPROXIMATE_TOLERANCE = new BigDecimal("0.1");

  private static final String ID = "id";
  private static final String SOURCE = "source";
  private static final String TEXT = "text";
  private static final String QUOTE = "quote";

  private static final Pattern SENTENCES = Pattern.compile("(?<=[a-z\\p{Ll}\\d)][.!?])\\s+(?=\\p{Lu})");
  private final EvidenceBase evidence;
  private final IndexSearcher searcher;
  private final ImmutableMap<String, Double> textSelf;
  private final ImmutableMap<String, Double> quoteSelf;
  /** Passage id by source id, then by "number#occurrence". */
  private final ImmutableMap<String, ImmutableMap<String, String>> paragraphPassages;
  /** Paragraph number of each minutes passage. */
  private final ImmutableMap<String, Integer> passageNumbers;

  private CitedEvidenceReading(EvidenceBase evidence, IndexSearcher searcher,
      Map<String, Double> textSelf, Map<String, Double> quoteSelf,
      Map<String, ImmutableMap<String, String>> paragraphPassages, Map<String, Integer> passageNumbers) {
    this.evidence = evidence;
    this.searcher = searcher;
    this.textSelf = ImmutableMap.copyOf(textSelf);
    this.quoteSelf = ImmutableMap.copyOf(quoteSelf);
    this.paragraphPassages = ImmutableMap.copyOf(paragraphPassages);
    this.passageNumbers = ImmutableMap.copyOf(passageNumbers);
  }

  /** Indexes the assertions of {@code evidence}. O(total length of propositions and quotes). */
  public static CitedEvidenceReading over(EvidenceBase evidence) {
    Objects.requireNonNull(evidence, "evidence base");
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CoiTextAnalyzer.create())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Assertion a : evidence.assertions()) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StringField(SOURCE, a.source(), Field.Store.NO));
        d.add(new TextField(TEXT, propositionText(evidence, a), Field.Store.NO));
        a.quote().ifPresent(q -> d.add(new TextField(QUOTE, q, Field.Store.NO)));
        writer.addDocument(d);
      }
      writer.commit();
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      Map<String, Double> textSelf = new HashMap<>();
      Map<String, Double> quoteSelf = new HashMap<>();
      for (Assertion a : evidence.assertions()) {
        textSelf.put(a.id(), selfScore(searcher, TEXT, a.id(), propositionText(evidence, a)));
        if (a.quote().isPresent()) {
          quoteSelf.put(a.id(), selfScore(searcher, QUOTE, a.id(), a.quote().get()));
        }
      }
      Map<String, Map<String, String>> byParagraph = new LinkedHashMap<>();
      Map<String, Integer> numbers = new HashMap<>();
      for (Passage p : evidence.passages()) {
        Optional<org.corroborate.model.Document> doc = evidence.document(p.document());
        if (doc.isEmpty() || doc.get().kind() != DocumentKind.MINUTES
            || p.locator().kind() != LocatorKind.PARAGRAPH || !p.locator().value().matches("\\d{1,9}")) {
          continue;
        }
        int number = Integer.parseInt(p.locator().value());
        byParagraph.computeIfAbsent(doc.get().source(), s -> new LinkedHashMap<>())
            .put(number + "#" + p.locator().occurrence(), p.id());
        numbers.put(p.id(), number);
      }
      Map<String, ImmutableMap<String, String>> frozen = new LinkedHashMap<>();
      byParagraph.forEach((s, m) -> frozen.put(s, ImmutableMap.copyOf(m)));
      return new CitedEvidenceReading(evidence, searcher, textSelf, quoteSelf, frozen, numbers);
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory could not be written", e);
    }
  }

  private static String propositionText(EvidenceBase evidence, Assertion a) {
    return evidence.proposition(a.proposition()).map(Proposition::text).orElse(a.proposition());
  }

  private static double selfScore(IndexSearcher searcher, String field, String id, String text)
      throws IOException {
    ImmutableSet<String> stems = Terms.of(text, false).stems();
    if (stems.isEmpty()) {
      return 0;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    stems.forEach(s -> q.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD));
    q.add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.FILTER);
    ScoreDoc[] hits = searcher.search(q.build(), 1).scoreDocs;
    return hits.length == 0 ? 0 : hits[0].score;
  }

  /** The evidence base read against. */
  public EvidenceBase evidence() {
    return evidence;
  }

  /** The findings of reading every footnoted statement of {@code read}, by footnote. */
  public AuditReport audit(IngestedReport read) {
    Objects.requireNonNull(read, "report read");
    List<Finding> findings = new ArrayList<>();
    new Reading(read).run(findings, new ArrayList<>());
    return new AuditReport(ImmutableList.copyOf(findings));
  }

  /** The link of every interview citation read, by footnote, then citation order. */
  public ImmutableList<StatementLink> links(IngestedReport read) {
    Objects.requireNonNull(read, "report read");
    List<StatementLink> links = new ArrayList<>();
    new Reading(read).run(new ArrayList<>(), links);
    return ImmutableList.copyOf(links);
  }

  /**
   * The similarity of {@code statement} to every assertion of source {@code source} that shares a
   * stem with it, by assertion id; see the class description. O(postings of the statement's stems).
   */
  ImmutableMap<String, Double> similarity(String statement, Set<String> ignoredWords, String source) {
    ImmutableSet<String> stems = Terms.of(statement, false, ignoredWords).stems();
    Map<String, Double> text = scores(stems, TEXT, source);
    Map<String, Double> quote = scores(stems, QUOTE, source);
    Map<String, Double> out = new HashMap<>();
    for (String id : new TreeSet<>(com.google.common.collect.Sets.union(text.keySet(), quote.keySet()))) {
      double t = ratio(text.getOrDefault(id, 0.0), textSelf.getOrDefault(id, 0.0));
      if (quoteSelf.containsKey(id)) {
        out.put(id, (t + ratio(quote.getOrDefault(id, 0.0), quoteSelf.get(id))) / 2);
      } else {
        out.put(id, t);
      }
    }
    return ImmutableMap.copyOf(out);
  }

  private static double ratio(double score, double self) {
    return self <= 0 ? 0 : Math.min(1, score / self);
  }

  private Map<String, Double> scores(Set<String> stems, String field, String source) {
    Map<String, Double> out = new HashMap<>();
    if (stems.isEmpty()) {
      return out;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    stems.stream().limit(IndexSearcher.getMaxClauseCount() - 1)
        .forEach(s -> q.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD));
    q.add(new TermQuery(new Term(SOURCE, source)), BooleanClause.Occur.FILTER);
    q.setMinimumNumberShouldMatch(1);
    try {
      ScoreDoc[] hits = searcher.search(q.build(), Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc d : hits) {
        out.put(stored.document(d.doc).get(ID), (double) d.score);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory could not be read", e);
    }
  }

  /** The last sentence of {@code statement}: the one the footnote marker closes. */
  static String lastSentence(String statement) {
    String[] sentences = SENTENCES.split(statement.strip());
    return sentences[sentences.length - 1];
  }

  /**
   * How the statement's last sentence reads an assertion, against its proposition's text and quote:
   * the stance the sentence claims, and the stance the quote reads as. The key terms are the stems
   * the sentence shares with the proposition's text or the quote; a text is negated on them when
   * one of them lies in a negation's scope ({@link NegationScope}). The sentence claims the stance
   * "affirms" when it is negated on them as the proposition's text is, "denies" when not; the quote
   * likewise. O(length of the three texts).
   *
   * @param claimed the stance the sentence claims
   * @param quoted the stance the quote reads as, if there is a quote
   */
  record Polarity(Stance claimed, Optional<Stance> quoted) {
    static Polarity read(NegationScope sentence, Set<String> sentenceStems, String proposition,
        Optional<String> quote) {
      Set<String> held = new LinkedHashSet<>(Terms.of(proposition, false).stems());
      quote.ifPresent(q -> held.addAll(Terms.of(q, false).stems()));
      Set<String> key = sentenceStems.stream().filter(held::contains)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      boolean propositionNegated = NegationScope.of(proposition).negates(key);
      Stance claimed = sentence.negates(key) != propositionNegated ? Stance.DENIES : Stance.AFFIRMS;
      Optional<Stance> quoted = quote.map(q -> NegationScope.of(q).negates(key) != propositionNegated
          ? Stance.DENIES : Stance.AFFIRMS);
      return new Polarity(claimed, quoted);
    }
  }

  /**
   * Whether the figures from {@code low} to {@code high} (one figure when they are equal) meet the
   * value {@code q} allows: one of the two ends lies in it, or it lies between them.
   */
  static boolean allows(Quantity q, BigDecimal low, BigDecimal high) {
    if (allows(q, low) || allows(q, high)) {
      return true;
    }
    return low.compareTo(high) < 0 && q.lower().map(l -> l.compareTo(high) <= 0).orElse(true)
        && q.upper().map(h -> h.compareTo(low) >= 0).orElse(true);
  }

  /** Whether {@code value} lies in {@code q}, an approximate one widened; see the class description. */
  static boolean allows(Quantity q, BigDecimal value) {
    if (q.contains(value)) {
      return true;
    }
    if (!q.approximate()) {
      return false;
    }
    BigDecimal low = q.lower().map(l -> l.subtract(l.abs().multiply(APPROXIMATE_TOLERANCE))).orElse(null);
    BigDecimal high = q.upper().map(h -> h.add(h.abs().multiply(APPROXIMATE_TOLERANCE))).orElse(null);
    return (low == null || value.compareTo(low) >= 0) && (high == null || value.compareTo(high) <= 0);
  }

  /** One pass over one report. */
  private final class Reading {
    private final IngestedReport read;
    private final ImmutableSet<String> nameWords;
    private final Map<String, Optional<String>> sources = new HashMap<>();

    Reading(IngestedReport read) {
      this.read = read;
      this.nameWords = nameWords(read);
    }

    private ImmutableSet<String> nameWords(IngestedReport read) {
      ImmutableSet.Builder<String> out = ImmutableSet.builder();
      for (RegisteredSource s : read.registry().sources()) {
        List<String> names = new ArrayList<>(s.aliases());
        names.add(s.name());
        for (String name : names) {
          for (String w : name.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
              out.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      for (Source s : evidence.sources()) {
        for (String w : s.name().split("[^\\p{L}]+")) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            out.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
      return out.build();
    }

    /** The evidence base's source for a report's source; see the class description. */
    private Optional<String> source(String registered) {
      return sources.computeIfAbsent(registered, id -> {
        if (evidence.source(id).isPresent()) {
          return Optional.of(id);
        }
        RegisteredSource r = read.registry().source(id).orElseThrow();
        Set<String> names = new LinkedHashSet<>();
        names.add(r.name().toLowerCase(Locale.ROOT));
        r.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
        return evidence.sources().stream()
            .filter(s -> names.contains(s.name().toLowerCase(Locale.ROOT))
                || s.aliases().stream().anyMatch(a -> names.contains(a.toLowerCase(Locale.ROOT))))
            .map(Source::id).findFirst();
      });
    }

    void run(List<Finding> findings, List<StatementLink> links) {
      for (FootnoteCitations f : read.citations().footnotes().values()) {
        String statement = CitationAudit.statement(read.report(), f.number());
        if (statement.isBlank()) {
          continue;
        }
        long sourcesCited = f.citations().stream().map(InterviewCitation::source)
            .filter(Optional::isPresent).distinct().count();
        boolean alone = sourcesCited == 1 && f.written().isEmpty();
        for (InterviewCitation c : f.citations()) {
          citation(f, c, statement, alone, findings, links);
        }
      }
    }

    private void citation(FootnoteCitations f, InterviewCitation c, String statement, boolean alone,
        List<Finding> findings, List<StatementLink> links) {
      if (c.source().isEmpty() || c.paragraphs().isEmpty()) {
        return;
      }
      Optional<String> source = source(c.source().get());
      if (source.isEmpty() || !paragraphPassages.containsKey(source.get())) {
        return;
      }
      ImmutableMap<String, String> passages = paragraphPassages.get(source.get());
      Set<String> cited = new LinkedHashSet<>();
      for (CitedParagraph p : c.paragraphs()) {
        for (int occurrence : p.occurrences()) {
          String passage = passages.get(p.number() + "#" + occurrence);
          if (passage != null) {
            cited.add(passage);
          }
        }
      }
      List<Assertion> candidates = evidence.assertionsBy(source.get()).stream()
          .filter(a -> a.passages().stream().anyMatch(cited::contains))
          .collect(Collectors.toList());
      if (candidates.isEmpty()) {
        return;
      }
      ImmutableMap<String, Double> sims = similarity(statement, nameWords, source.get());
      Comparator<Assertion> bySimilarity = Comparator.<Assertion>comparingDouble(
          a -> sims.getOrDefault(a.id(), 0.0)).reversed().thenComparing(Assertion::id);
      candidates.sort(bySimilarity);
      Assertion best = candidates.get(0);
      double bestSim = sims.getOrDefault(best.id(), 0.0);
      boolean confident = bestSim >= CONFIDENT_LINK;
      links.add(new StatementLink(f.number(), source.get(), c.numbers(), Optional.of(best.id()),
          Math.min(1, bestSim), confident));
      if (bestSim < MATCH) {
        notAbout(f, c, statement, alone, source.get(), cited, bestSim, sims, findings);
        return;
      }
      List<Assertion> matched = candidates.stream().filter(a -> sims.getOrDefault(a.id(), 0.0) >= MATCH)
          .collect(Collectors.toList());
      polarity(f, c, statement, matched, sims, findings);
      numbers(f, c, statement, matched, sims, findings);
    }

    private void notAbout(FootnoteCitations f, InterviewCitation c, String statement, boolean alone,
        String source, Set<String> cited, double bestCited, Map<String, Double> sims,
        List<Finding> findings) {
      Optional<Assertion> other = evidence.assertionsBy(source).stream()
          .filter(a -> a.passages().stream().noneMatch(cited::contains))
          .filter(a -> a.passages().stream().anyMatch(passageNumbers::containsKey))
          .max(Comparator.<Assertion>comparingDouble(a -> sims.getOrDefault(a.id(), 0.0))
              .thenComparing(Assertion::id, Comparator.reverseOrder()));
      if (other.isEmpty()) {
        return;
      }
      double otherSim = sims.getOrDefault(other.get().id(), 0.0);
      if (otherSim < OTHER_MATCH || otherSim < OTHER_RATIO * bestCited) {
        return;
      }
      List<Integer> suggested = other.get().passages().stream().filter(passageNumbers::containsKey)
          .map(passageNumbers::get).distinct().sorted().collect(Collectors.toList());
      Severity severity = bestCited < NOT_ABOUT_MAX_CITED && (alone || otherSim >= CONFIDENT_LINK)
          ? Severity.WARNING : Severity.INFO;
      findings.add(finding(f, c, FindingCode.NOT_ABOUT_CITED, severity, statement, suggested,
          "no assertion encoded from " + paragraphs(c) + " is about the statement; paragraph "
              + join(suggested) + " of the same source is",
          String.format(Locale.ROOT, "best similarity on the cited paragraphs %.2f, on paragraph %s"
              + " %.2f; ", bestCited, join(suggested), otherSim) + describe(other.get())));
    }

    private void polarity(FootnoteCitations f, InterviewCitation c, String statement,
        List<Assertion> matched, Map<String, Double> sims, List<Finding> findings) {
      String sentence = lastSentence(statement);
      NegationScope sentenceScope = NegationScope.of(sentence);
      ImmutableSet<String> sentenceStems = Terms.of(sentence, false).stems();
      Map<String, Double> sentenceSims = similarity(sentence, nameWords, matched.get(0).source());
      Assertion opposed = null;
      boolean quoteConfirms = false;
      boolean agreeing = false;
      for (Assertion a : matched) {
        if (a.stance() == Stance.UNCERTAIN || a.value().isPresent() || a.category().isPresent()
            || sentenceSims.getOrDefault(a.id(), 0.0) < MATCH) {
          continue;
        }
        Polarity p = Polarity.read(sentenceScope, sentenceStems, propositionText(evidence, a), a.quote());
        if (p.claimed() == a.stance()) {
          agreeing = true;
        } else if (opposed == null) {
          opposed = a;
          quoteConfirms = p.quoted().map(q -> q == a.stance()).orElse(false);
        }
      }
      if (opposed == null || agreeing) {
        return;
      }
      double sim = sims.getOrDefault(opposed.id(), 0.0);
      double sentenceSim = sentenceSims.getOrDefault(opposed.id(), 0.0);
      Severity severity = sim >= CONFIDENT_LINK && quoteConfirms ? Severity.WARNING
          : Severity.INFO;
      String scopes = sentenceScope.explain();
      findings.add(finding(f, c, FindingCode.CONTRADICTS_CITED, severity, statement, List.of(),
          "the statement " + (opposed.stance() == Stance.AFFIRMS ? "denies" : "affirms") + " what "
              + paragraphs(c) + " " + (opposed.stance() == Stance.AFFIRMS ? "affirms" : "denies")
              + (opposed.hedge() == Hedge.NO_EVIDENCE_OF ? " (absence of evidence)" : ""),
          String.format(Locale.ROOT, "similarity %.2f, of the last sentence %.2f, negated there: %s; ",
              sim, sentenceSim, scopes.isEmpty() ? "nothing" : scopes) + describe(opposed)));
    }

    private void numbers(FootnoteCitations f, InterviewCitation c, String statement,
        List<Assertion> matched, Map<String, Double> sims, List<Finding> findings) {
      List<Assertion> valued = matched.stream().filter(a -> a.value().isPresent())
          .collect(Collectors.toList());
      if (valued.isEmpty()) {
        return;
      }
      List<StatementFigures> figures = StatementFigures.of(statement);
      boolean comparable = false;
      for (Assertion a : valued) {
        Quantity value = a.value().get();
        Set<String> written = new LinkedHashSet<>(Terms.of(propositionText(evidence, a), true).numbers().keySet());
        a.quote().ifPresent(q -> written.addAll(Terms.of(q, true).numbers().keySet()));
        for (StatementFigures figure : figures) {
          if (figure.otherUnitThan(value)) {
            continue;
          }
          comparable = true;
          if (written.contains(figure.value()) || allows(value, figure.low(), figure.high())) {
            return;
          }
        }
      }
      if (!comparable) {
        return;
      }
      Assertion a = valued.get(0);
      double sim = sims.getOrDefault(a.id(), 0.0);
      Severity severity = sim >= CONFIDENT_LINK ? Severity.WARNING : Severity.INFO;
      findings.add(finding(f, c, FindingCode.NUMBER_DIFFERS, severity, statement, List.of(),
          "the statement gives " + figures.stream().map(StatementFigures::written).distinct()
              .collect(Collectors.joining(", ")) + ", " + paragraphs(c)
              + " give" + (c.numbers().size() > 1 ? "" : "s") + " " + a.value().get(),
          String.format(Locale.ROOT, "similarity %.2f; ", sim) + describe(a)));
    }

    private String paragraphs(InterviewCitation c) {
      return read.registry().source(c.source().get()).map(RegisteredSource::name).orElse(c.surface())
          + " paragraph" + (c.numbers().size() > 1 ? "s " : " ") + join(c.numbers());
    }
  }

  /** {@code assertion ID (STANCE|value) on PROPOSITION: "quote"}. */
  private String describe(Assertion a) {
    String position = a.value().map(Quantity::toString)
        .or(() -> a.category().map(Object::toString))
        .orElse(a.stance() + (a.hedge() == Hedge.CERTAIN ? "" : ", " + a.hedge()));
    return "assertion " + a.id() + " (" + position + ") on '" + propositionText(evidence, a) + "'"
        + a.quote().map(q -> ": \"" + q + "\"").orElse("");
  }

  private static String join(List<Integer> numbers) {
    return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static Finding finding(FootnoteCitations f, InterviewCitation c, FindingCode code,
      Severity severity, String statement, List<Integer> suggested, String message, String evidence) {
    return new Finding(f.number(), f.line(), code, severity, message, statement, evidence,
        c.source(), c.surface(), c.numbers(), ImmutableList.copyOf(suggested));
  }
}
