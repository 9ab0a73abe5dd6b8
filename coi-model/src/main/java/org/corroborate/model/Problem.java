package org.corroborate.model;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One integrity problem found while building an {@link EvidenceBase}: which rule, which element,
 * which of its fields, and why.
 *
 * @param kind the rule broken
 * @param element the kind of element at fault: {@code source}, {@code document}, {@code passage},
 *     {@code topic}, {@code place}, {@code proposition}, {@code assertion} or {@code relation}
 * @param id the id of the element at fault (for a relation, {@code from->to})
 * @param field the field at fault, for example {@code source} or {@code passages[1]}; empty when
 *     the element as a whole is at fault
 * @param message what is wrong, in one sentence naming the offending values
 */
public record Problem(ProblemKind kind, String element, String id, String field, String message)
    implements Comparable<Problem>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::element)
          .thenComparing(Problem::id)
          .thenComparing(Problem::field)
          .thenComparing(Problem::kind)
          .thenComparing(Problem::message);

  /** Rejects null parts. */
  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** Ordered by element kind, id, field, rule, then message. */
  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }

  /** {@code assertion 'x' (source): message [UNKNOWN_REFERENCE]}. */
  @Override
  public String toString() {
    String where = element + " '" + id + "'" + (field.isEmpty() ? "" : " (" + field + ")");
    return where + ": " + message + " [" + kind + "]";
  }
}
