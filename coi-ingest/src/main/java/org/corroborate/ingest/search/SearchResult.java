package org.corroborate.ingest.search;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.corroborate.model.Proposition;

/**
 * A proposition that answers a query, with its score and the quotes that match.
 *
 * @param proposition the proposition
 * @param score its BM25 score for the query, with the boosts of {@link EvidenceSearch}; positive,
 *     comparable only between the results of one query
 * @param matches the assertions on it whose quote matches some word of the query, best matching
 *     first (ties by assertion id); empty when only the proposition's text, topics or ids match
 */
public record SearchResult(Proposition proposition, double score, ImmutableList<QuoteMatch> matches) {

  /** Validates every part; see the parameter descriptions. */
  public SearchResult {
    Objects.requireNonNull(proposition, "proposition");
    checkArgument(score > 0 && Double.isFinite(score), "a result's score is positive: %s", score);
    matches = ImmutableList.copyOf(matches);
    for (QuoteMatch m : matches) {
      checkArgument(m.assertion().proposition().equals(proposition.id()),
          "the match '%s' is about '%s', not '%s'", m.assertion().id(), m.assertion().proposition(),
          proposition.id());
    }
  }
}
