package org.corroborate.casework.json;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.corroborate.model.json.JsonProblem;

/**
 * Thrown when a case cannot be read: lists every problem found, each located by JSON pointer, line
 * and column, with the id of the fact at fault. No partial case is returned.
 */
public final class CaseFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final ImmutableList<JsonProblem> problems;

  /** An exception for the case read from {@code origin} (a file name, or {@code "<string>"}). */
  public CaseFormatException(String origin, Collection<JsonProblem> problems) {
    super(message(origin, problems));
    this.origin = Objects.requireNonNull(origin, "origin");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a case format exception needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Where the case was read from. */
  public String origin() {
    return origin;
  }

  /** Every problem found, in document order. */
  public ImmutableList<JsonProblem> problems() {
    return problems;
  }

  private static String message(String origin, Collection<JsonProblem> problems) {
    if (problems.size() == 1) {
      return origin + ":" + problems.iterator().next();
    }
    return problems.size() + " problems in " + origin + ":\n"
        + problems.stream().map(p -> "  " + origin + ":" + p).collect(Collectors.joining("\n"));
  }
}
