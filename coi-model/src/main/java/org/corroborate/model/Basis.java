package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * On what an assertion rests. A journalist repeating a BBC count is not independent of the BBC:
 * {@code Basis.reportedBy("bbc-news")} says so, and the analysis counts the two as one line of
 * evidence.
 *
 * @param kind how the source knows
 * @param reportedBy the source whose report is relayed; present exactly when the kind is {@link
 *     BasisKind#REPORTED_BY}
 * @param document the document the statement rests on (the article a journalist cites, the law a
 *     lawyer quotes), when named
 */
public record Basis(BasisKind kind, Optional<String> reportedBy, Optional<String> document) {

  private static final Basis UNSTATED =
      new Basis(BasisKind.UNSTATED, Optional.empty(), Optional.empty());

  /** Validates that a relayed report names its source, and only then. */
  public Basis {
    Objects.requireNonNull(kind, "basis kind");
    Wording.optionalSlug(reportedBy, "basis reportedBy");
    Wording.optionalSlug(document, "basis document");
    checkArgument(
        (kind == BasisKind.REPORTED_BY) == reportedBy.isPresent(),
        "a basis names the source it relays exactly when its kind is REPORTED_BY: %s with %s",
        kind,
        reportedBy.map(s -> "source '" + s + "'").orElse("no source"));
  }

  /** The passage does not say how the source knows. */
  public static Basis unstated() {
    return UNSTATED;
  }

  /** A basis of the given kind, naming no document; not for {@link BasisKind#REPORTED_BY}. */
  public static Basis of(BasisKind kind) {
    return new Basis(kind, Optional.empty(), Optional.empty());
  }

  /** The source relays what {@code source} reported. */
  public static Basis reportedBy(String source) {
    return new Basis(BasisKind.REPORTED_BY, Optional.of(source), Optional.empty());
  }

  /** This basis resting on the document {@code documentId}. */
  public Basis citing(String documentId) {
    return new Basis(kind, reportedBy, Optional.of(documentId));
  }
}
