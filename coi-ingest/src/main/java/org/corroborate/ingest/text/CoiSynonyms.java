package org.corroborate.ingest.text;

import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The COI synonym list: general vocabulary of reports on military service, conscription and
 * persecution ("summons", "call-up papers", "povestka"; "desertion", "AWOL"; "voenkomat",
 * "military commissariat", "enlistment office"), in both British and American spelling.
 *
 * <p>The list is a resource in the Solr synonym format ({@code a, b, c} are equivalent; {@code a
 * => b} rewrites), {@value #RESOURCE} beside this class. Each word and phrase is read with the
 * index-time chain of {@link CoiTextAnalyzer}, stop words left out, so that an entry matches the
 * query's terms whatever their inflection; multi-word entries ("military registration and
 * enlistment office") stay phrases. The parsed map is immutable; {@link #bundled()} parses the
 * resource once, O(size of the list).
 */
public final class CoiSynonyms {

  /** The name of the bundled synonym list, a resource of this package. */
  public static final String RESOURCE = "coi-synonyms.txt";

  private static final Supplier<SynonymMap> BUNDLED = Suppliers.memoize(CoiSynonyms::readBundled);

  private CoiSynonyms() {}

  /** The bundled synonym list, parsed once. */
  public static SynonymMap bundled() {
    return BUNDLED.get();
  }

  /**
   * Parses a synonym list in the Solr format.
   *
   * @throws IllegalArgumentException naming the line when the list is malformed, or an entry has
   *     no words once stop words are left out
   */
  public static SynonymMap parse(String list) {
    Objects.requireNonNull(list, "synonym list");
    return parse(new StringReader(list));
  }

  private static SynonymMap readBundled() {
    try (InputStream in = CoiSynonyms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the synonym list " + RESOURCE + " is not on the class path");
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synonym list " + RESOURCE, e);
    }
  }

  private static SynonymMap parse(Reader list) {
    Analyzer analyzer = CoiTextAnalyzer.create();
    SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer) {
      /** Joins the entry's terms; stop words leave no hole, as they leave none in a query path. */
      @Override
      public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
        reuse.clear();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            if (reuse.length() > 0) {
              reuse.append(SynonymMap.WORD_SEPARATOR);
            }
            reuse.append(term.buffer(), 0, term.length());
          }
          tokens.end();
        }
        if (reuse.length() == 0) {
          throw new IllegalArgumentException("the synonym '" + text + "' has no words but stop words");
        }
        return reuse.get();
      }
    };
    try {
      parser.parse(list);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException("the synonym list is malformed: " + e.getMessage()
          + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synonym list", e);
    }
  }
}
