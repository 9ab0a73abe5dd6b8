package org.corroborate.casework.consistency;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;

/**
 * One independent line of COI on one side of a fact: statements whose sources share an origin,
 * relay one another or rest on one document, and so count once (as {@link
 * org.corroborate.analysis.corroboration.IndependentLines} groups them).
 *
 * @param id the line's stable name, as the analysis names it ({@code origin:ovd-info})
 * @param statements the statements of the line, each assertion once, in assertion-id order
 */
public record CoiLine(String id, ImmutableList<CoiStatement> statements) {

  /** Rejects an empty line. */
  public CoiLine {
    Objects.requireNonNull(id, "id");
    statements = ImmutableList.copyOf(statements);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("a line of evidence holds at least one statement");
    }
  }

  /** The ids of the sources that speak in the line, sorted. */
  public ImmutableSortedSet<String> sources() {
    return statements.stream().map(CoiStatement::source)
        .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
  }
}
