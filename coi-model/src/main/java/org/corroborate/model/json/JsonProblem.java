package org.corroborate.model.json;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.ProblemKind;

/**
 * One problem found while reading a corpus, located in the JSON text.
 *
 * @param kind what sort of problem
 * @param rule for an {@link Kind#INTEGRITY} problem, the integrity rule broken; otherwise empty
 * @param pointer where, as a JSON pointer (RFC 6901), for example {@code /assertions/12/source};
 *     the empty string is the whole document
 * @param line the 1-based line of the element or token at fault
 * @param column the 1-based column of the element or token at fault
 * @param id the id of the element at fault, or the empty string when it has none or it could not be
 *     read
 * @param message what is wrong, in one sentence naming the offending values
 */
public record JsonProblem(
    Kind kind,
    Optional<ProblemKind> rule,
    String pointer,
    int line,
    int column,
    String id,
    String message)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What sort of problem a {@link JsonProblem} is. */
  public enum Kind {
    /** The text is not well-formed JSON: truncated, bad token, invalid UTF-8, duplicate key. */
    SYNTAX,
    /** A size limit was exceeded: string length, number length, nesting depth, name length. */
    LIMIT_EXCEEDED,
    /** The {@code format} field is missing or names a format this reader does not read. */
    UNSUPPORTED_FORMAT,
    /** A field the format does not define. */
    UNKNOWN_FIELD,
    /** A required field is absent or null. */
    MISSING_FIELD,
    /** A value of the wrong JSON type: a string where a number belongs, an object for a list. */
    WRONG_TYPE,
    /** A value of the right type that the model rejects: an invalid id, date, interval or enum. */
    INVALID_VALUE,
    /** The elements are each valid but do not fit together: see {@link JsonProblem#rule()}. */
    INTEGRITY
  }

  /** Rejects null parts and impossible positions. */
  public JsonProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(message, "message");
    if ((kind == Kind.INTEGRITY) != rule.isPresent()) {
      throw new IllegalArgumentException("an integrity problem, and only one, names its rule");
    }
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@code 12:5 /assertions/3/source (id 'x'): message}. */
  @Override
  public String toString() {
    String where = line + ":" + column + " " + (pointer.isEmpty() ? "/" : pointer);
    return where + (id.isEmpty() ? "" : " (id '" + id + "')") + ": " + message;
  }
}
