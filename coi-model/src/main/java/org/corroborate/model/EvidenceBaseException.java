package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Thrown when an {@link EvidenceBase} cannot be built: it lists every problem found, not just the
 * first, in a stable order. No partial evidence base is ever returned.
 */
public final class EvidenceBaseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; the rest are counted. {@link #problems()} holds all. */
  public static final int MAX_LISTED = 100;

  private final ImmutableList<Problem> problems;

  /**
   * An exception listing {@code problems}, sorted.
   *
   * @throws IllegalArgumentException if there are no problems
   */
  public EvidenceBaseException(Collection<Problem> problems) {
    super(message(problems));
    checkArgument(!problems.isEmpty(), "an evidence base exception needs at least one problem");
    this.problems = ImmutableList.sortedCopyOf(problems);
  }

  /** Every problem found, sorted by element kind, id and field. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  private static String message(Collection<Problem> problems) {
    String list =
        problems.stream()
            .sorted()
            .limit(MAX_LISTED)
            .map(p -> "  - " + p)
            .collect(Collectors.joining("\n"));
    return problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in the evidence base:\n" + list
        + (problems.size() > MAX_LISTED ? "\n  … and " + (problems.size() - MAX_LISTED) + " more" : "");
  }
}
