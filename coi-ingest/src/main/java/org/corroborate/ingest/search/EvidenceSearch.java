package org.corroborate.ingest.search;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.corroborate.ingest.text.CoiQueryAnalyzer;
import org.corroborate.ingest.text.CoiTextAnalyzer;
import org.corroborate.model.Assertion;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Proposition;
import org.corroborate.model.Topic;

/**
 * Full-text search of an evidence base: the propositions that answer a caseworker's words, best
 * first, each with the quotes that match, highlighted.
 *
 * <p>The index, built once in memory (Lucene's {@code ByteBuffersDirectory}), holds one document
 * per proposition with four fields: its text, the labels of its topic and of the topics above it,
 * its id and former ids (as words: {@code abroad-not-summoned} is "abroad not summoned"), and the
 * quotes of the assertions on it; and one document per quote, to find and highlight the matching
 * assertions. Texts are read by {@link CoiTextAnalyzer}; queries by {@link CoiQueryAnalyzer}, so
 * the COI synonyms apply ("call-up papers" finds "summons").
 *
 * <p>Ranking: every word of the query (with its synonyms; a multi-word synonym needs all its
 * words) is optional — OR semantics — and each field is scored by BM25 (Robertson and Zaragoza
 * 2009, <i>The Probabilistic Relevance Framework: BM25 and Beyond</i>, doi:10.1561/1500000019;
 * Lucene's defaults k1 = 1.2, b = 0.75), boosted {@value #TEXT_BOOST} for the proposition's text,
 * {@value #QUOTES_BOOST} for the quotes, {@value #TOPICS_BOOST} for the topic labels and
 * {@value #IDS_BOOST} for the ids; a proposition's score is the sum. Results are ordered by score,
 * ties by proposition id, so they do not depend on the order of the evidence base. A quote matches
 * when it contains a word of the query or a synonym (all the words of a multi-word one); the
 * matching words are marked {@value QuoteMatch#OPEN}…{@value QuoteMatch#CLOSE} by Lucene's {@code
 * UnifiedHighlighter}, the whole quote kept.
 *
 * <p>Immutable and safe for concurrent use. Building takes O(total length of the texts and quotes);
 * a search O(postings of the query's terms + h log h) for h propositions hit, plus O(m log m + length
 * of the m quotes matched) for each of the at most {@code limit} results returned.
 */
public final class EvidenceSearch {

  /** The boost of a match in the proposition's text. */
  public static final float TEXT_BOOST = 3f;

  /** The boost of a match in the quotes of the assertions on the proposition. */
  public static final float QUOTES_BOOST = 1.5f;

  /** The boost of a match in the labels of the proposition's topic and the topics above it. */
  public static final float TOPICS_BOOST = 1f;

  /** The boost of a match in the proposition's id and former ids. */
  public static final float IDS_BOOST = 1f;

  private static final String KIND = "kind";
  private static final String PROPOSITION_KIND = "proposition";
  private static final String QUOTE_KIND = "quote";
  private static final String PROPOSITION = "proposition";
  private static final String ASSERTION = "assertion";
  private static final String TEXT = "text";
  private static final String TOPICS = "topics";
  private static final String IDS = "ids";
  private static final String QUOTES = "quotes";
  private static final String QUOTE = "quote";

  /** A quote as stored and indexed with its offsets, which the highlighter reads. */
  private static final FieldType QUOTE_TYPE = quoteType();

  private final EvidenceBase evidence;
  private final CoiQueryAnalyzer queryAnalyzer;
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  private EvidenceSearch(EvidenceBase evidence, CoiQueryAnalyzer queryAnalyzer, IndexSearcher searcher,
      UnifiedHighlighter highlighter) {
    this.evidence = evidence;
    this.queryAnalyzer = queryAnalyzer;
    this.searcher = searcher;
    this.highlighter = highlighter;
  }

  /** Indexes {@code evidence} with the bundled COI synonyms. O(total length of its texts). */
  public static EvidenceSearch over(EvidenceBase evidence) {
    return over(evidence, CoiQueryAnalyzer.create());
  }

  /** Indexes {@code evidence}; queries are read by {@code queryAnalyzer}. */
  public static EvidenceSearch over(EvidenceBase evidence, CoiQueryAnalyzer queryAnalyzer) {
    Objects.requireNonNull(evidence, "evidence base");
    Objects.requireNonNull(queryAnalyzer, "query analyzer");
    CoiTextAnalyzer analyzer = CoiTextAnalyzer.create();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Proposition p : evidence.propositions()) {
        writer.addDocument(propositionDocument(evidence, p));
        for (Assertion a : evidence.assertionsAbout(p.id())) {
          if (a.quote().isPresent()) {
            writer.addDocument(quoteDocument(a));
          }
        }
      }
      writer.commit();
      IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
          .withFormatter(new DefaultPassageFormatter(QuoteMatch.OPEN, QuoteMatch.CLOSE, " … ", false))
          .withMaxLength(Assertion.MAX_QUOTE_LENGTH + 1)
          .build();
      return new EvidenceSearch(evidence, queryAnalyzer, searcher, highlighter);
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory could not be written", e);
    }
  }

  private static Document propositionDocument(EvidenceBase evidence, Proposition p) {
    Document d = new Document();
    d.add(new StringField(KIND, PROPOSITION_KIND, Field.Store.NO));
    d.add(new StringField(PROPOSITION, p.id(), Field.Store.YES));
    d.add(new TextField(TEXT, p.text(), Field.Store.NO));
    for (Topic t : evidence.topicPath(p.topic())) {
      d.add(new TextField(TOPICS, t.label(), Field.Store.NO));
    }
    d.add(new TextField(IDS, p.id(), Field.Store.NO));
    p.aliases().forEach(alias -> d.add(new TextField(IDS, alias, Field.Store.NO)));
    for (Assertion a : evidence.assertionsAbout(p.id())) {
      a.quote().ifPresent(q -> d.add(new TextField(QUOTES, q, Field.Store.NO)));
    }
    return d;
  }

  private static Document quoteDocument(Assertion a) {
    Document d = new Document();
    d.add(new StringField(KIND, QUOTE_KIND, Field.Store.NO));
    d.add(new StringField(PROPOSITION, a.proposition(), Field.Store.NO));
    d.add(new StoredField(ASSERTION, a.id()));
    d.add(new Field(QUOTE, a.quote().orElseThrow(), QUOTE_TYPE));
    return d;
  }

  private static FieldType quoteType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The evidence base searched. */
  public EvidenceBase evidence() {
    return evidence;
  }

  /**
   * The at most {@code limit} propositions that best answer {@code words}, best first (ties by
   * proposition id), each with its matching quotes; empty when nothing matches.
   *
   * @param words the caseworker's words, read by the query-time analyzer (no query syntax: quotes,
   *     colons and operators are words like any other)
   * @param limit the most results returned, at least 1
   * @throws IllegalArgumentException when {@code words} is blank or has stop words only ("the
   *     of"), or {@code limit} is less than 1
   */
  public ImmutableList<SearchResult> search(String words, int limit) {
    Objects.requireNonNull(words, "words");
    checkArgument(!words.isBlank(), "the query is blank: give some words to search for");
    checkArgument(limit >= 1, "the limit must be at least 1: %s", limit);
    QueryBuilder parser = new QueryBuilder(queryAnalyzer);
    BooleanQuery.Builder fields = new BooleanQuery.Builder();
    boolean any = false;
    any |= addField(fields, parser, TEXT, words, TEXT_BOOST);
    any |= addField(fields, parser, QUOTES, words, QUOTES_BOOST);
    any |= addField(fields, parser, TOPICS, words, TOPICS_BOOST);
    any |= addField(fields, parser, IDS, words, IDS_BOOST);
    checkArgument(any, "the query '%s' has no words to search for, only stop words", words);
    fields.add(new TermQuery(new Term(KIND, PROPOSITION_KIND)), BooleanClause.Occur.FILTER);
    fields.setMinimumNumberShouldMatch(1);
    Query quoteQuery = parser.createBooleanQuery(QUOTE, words, BooleanClause.Occur.SHOULD);
    try {
      List<Hit> hits = hits(fields.build(), PROPOSITION);
      ImmutableList.Builder<SearchResult> out = ImmutableList.builder();
      for (Hit hit : hits.subList(0, Math.min(limit, hits.size()))) {
        Proposition p = evidence.proposition(hit.id()).orElseThrow();
        out.add(new SearchResult(p, hit.score(), matches(p, quoteQuery)));
      }
      return out.build();
    } catch (IOException e) {
      throw new UncheckedIOException("an index in memory could not be read", e);
    }
  }

  private static boolean addField(BooleanQuery.Builder fields, QueryBuilder parser, String field,
      String words, float boost) {
    Query q = parser.createBooleanQuery(field, words, BooleanClause.Occur.SHOULD);
    if (q == null) {
      return false;
    }
    fields.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    return true;
  }

  /** A document hit: the id stored in {@code idField}, its score and its document number. */
  private record Hit(String id, double score, int doc) {}

  /** Every document that matches {@code query}, by score (descending), ties by the stored id. */
  private List<Hit> hits(Query query, String idField) throws IOException {
    TopDocs top = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      hits.add(new Hit(stored.document(d.doc).get(idField), d.score, d.doc));
    }
    hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id));
    return hits;
  }

  /** The assertions on {@code p} whose quote matches {@code quoteQuery}, highlighted. */
  private ImmutableList<QuoteMatch> matches(Proposition p, Query quoteQuery) throws IOException {
    if (quoteQuery == null) {
      return ImmutableList.of();
    }
    Query query = new BooleanQuery.Builder()
        .add(quoteQuery, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, QUOTE_KIND)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(PROPOSITION, p.id())), BooleanClause.Occur.FILTER)
        .build();
    List<Hit> hits = hits(query, ASSERTION);
    if (hits.isEmpty()) {
      return ImmutableList.of();
    }
    ScoreDoc[] ordered = hits.stream().map(h -> new ScoreDoc(h.doc(), (float) h.score()))
        .toArray(ScoreDoc[]::new);
    String[] marked = highlighter.highlight(QUOTE, quoteQuery,
        new TopDocs(new TotalHits(ordered.length, TotalHits.Relation.EQUAL_TO), ordered), 1);
    ImmutableList.Builder<QuoteMatch> out = ImmutableList.builder();
    for (int i = 0; i < hits.size(); i++) {
      Assertion a = evidence.assertion(hits.get(i).id()).orElseThrow();
      out.add(new QuoteMatch(a, marked[i] == null ? a.quote().orElseThrow() : marked[i]));
    }
    return out.build();
  }
}
