package org.corroborate.ingest.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.corroborate.model.Assertion;

/**
 * An assertion whose quote matches some word of a query (or one of its synonyms), with that quote
 * highlighted: each matching word between {@value #OPEN} and {@value #CLOSE}, as in "summons are
 * sent by «post»".
 *
 * @param assertion the assertion, which has a quote
 * @param highlightedQuote its quote with the matching words marked; removing the marks gives the
 *     quote back
 */
public record QuoteMatch(Assertion assertion, String highlightedQuote) {

  /** The mark before a matching word. */
  public static final String OPEN = "«";

  /** The mark after a matching word. */
  public static final String CLOSE = "»";

  /** Validates every part; see the parameter descriptions. */
  public QuoteMatch {
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(highlightedQuote, "highlighted quote");
    checkArgument(assertion.quote().isPresent(), "assertion '%s' has no quote to match", assertion.id());
    checkArgument(highlightedQuote.replace(OPEN, "").replace(CLOSE, "").equals(assertion.quote().get()),
        "the highlighted quote of '%s' must be its quote with marks added: %s", assertion.id(),
        highlightedQuote);
  }

  /** The quote with its marks removed. */
  public String quote() {
    return assertion.quote().orElseThrow();
  }
}
