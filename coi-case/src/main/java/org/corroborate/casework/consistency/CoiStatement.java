package org.corroborate.casework.consistency;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.analysis.statement.Statement;

/**
 * One statement of COI as it bears on a fact: the statement as the analysis reports it (source,
 * passages, quote, hedge, time), why it bears on the fact's proposition, and, when it has no time
 * of its own, the recency window through which it covers the fact.
 *
 * @param statement the statement
 * @param bearing why it bears on the fact's proposition, in words ("Claus Mathiesen denies it of
 *     the regions annexed in 2022, which contains Kherson oblast")
 * @param gap the recency window and gap, when the statement covers the fact through it; empty when
 *     the statement has a time of its own or the fact has none
 */
public record CoiStatement(Statement statement, String bearing, Optional<RecencyGap> gap) {

  /** Rejects null parts and an empty reason. */
  public CoiStatement {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(bearing, "bearing");
    Objects.requireNonNull(gap, "gap");
    if (bearing.isBlank()) {
      throw new IllegalArgumentException("a statement's bearing is said in words");
    }
  }

  /** The id of the source that makes the statement. */
  public String source() {
    return statement.source().id();
  }
}
