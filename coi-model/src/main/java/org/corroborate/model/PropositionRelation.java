package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.Objects;

/**
 * A declared relation between two propositions, with the reason it holds.
 *
 * <p>{@link RelationKind#CONTRADICTS} is symmetric, so a contradiction is stored with its ends in
 * id order: {@code contradicts(b, a)} equals {@code contradicts(a, b)}.
 *
 * @param kind entails or contradicts
 * @param from the entailing proposition's id (for a contradiction, the smaller id)
 * @param to the entailed proposition's id (for a contradiction, the larger id)
 * @param reason why the relation holds, in words
 */
public record PropositionRelation(RelationKind kind, String from, String to, String reason)
    implements Comparable<PropositionRelation> {

  private static final Comparator<PropositionRelation> ORDER =
      Comparator.comparing(PropositionRelation::from)
          .thenComparing(PropositionRelation::to)
          .thenComparing(PropositionRelation::kind)
          .thenComparing(PropositionRelation::reason);

  /** Validates every part and orders a contradiction's ends. */
  public PropositionRelation {
    Objects.requireNonNull(kind, "relation kind");
    Slug.require(from, "relation from");
    Slug.require(to, "relation to");
    checkArgument(!from.equals(to), "a proposition cannot be related to itself: '%s'", from);
    reason = Wording.require(reason, "relation reason");
    if (kind == RelationKind.CONTRADICTS && from.compareTo(to) > 0) {
      String swap = from;
      from = to;
      to = swap;
    }
  }

  /** {@code premise} entails {@code conclusion}, because of {@code reason}. */
  public static PropositionRelation entails(String premise, String conclusion, String reason) {
    return new PropositionRelation(RelationKind.ENTAILS, premise, conclusion, reason);
  }

  /** {@code a} and {@code b} cannot both hold, because of {@code reason}. */
  public static PropositionRelation contradicts(String a, String b, String reason) {
    return new PropositionRelation(RelationKind.CONTRADICTS, a, b, reason);
  }

  /** Ordered by {@code from}, then {@code to}, then kind, then reason. */
  @Override
  public int compareTo(PropositionRelation other) {
    return ORDER.compare(this, other);
  }
}
