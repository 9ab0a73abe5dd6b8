package org.corroborate.model.json;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a corpus cannot be read: lists every problem found, each located by JSON pointer,
 * line and column. No partial evidence base is returned.
 */
public final class CorpusFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final ImmutableList<JsonProblem> problems;

  /**
   * An exception for the corpus read from {@code origin} (a file name, or a description such as
   * {@code "<string>"}).
   */
  public CorpusFormatException(String origin, Collection<JsonProblem> problems) {
    super(message(origin, problems));
    this.origin = Objects.requireNonNull(origin, "origin");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a corpus format exception needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Where the corpus was read from. */
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
    int listed = org.corroborate.model.EvidenceBaseException.MAX_LISTED;
    return problems.size() + " problems in " + origin + ":\n"
        + problems.stream().limit(listed).map(p -> "  " + origin + ":" + p)
            .collect(Collectors.joining("\n"))
        + (problems.size() > listed ? "\n  … and " + (problems.size() - listed) + " more" : "");
  }
}
