package org.corroborate.analysis.graph;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Assertion;
import org.corroborate.model.Hedge;
import org.corroborate.model.PropositionRelation;
import org.corroborate.model.Stance;

/**
 * An edge of an {@link EvidenceGraph}, typed by its {@link EdgeKind}, carrying the model element
 * it comes from: the {@link Assertion} for {@link EdgeKind#ASSERTS}, {@link EdgeKind#CITES} and
 * {@link EdgeKind#REPORTED_BY}; the {@link PropositionRelation} for {@link EdgeKind#ENTAILS} and
 * {@link EdgeKind#CONTRADICTS}.
 *
 * <p>Edge ids are stable and unique within a graph:
 *
 * <ul>
 *   <li>{@code asserts:<assertion>}
 *   <li>{@code cites:<assertion>:<passage>}
 *   <li>{@code reported-by:<assertion>}
 *   <li>{@code entails:<premise>:<conclusion>}, {@code contradicts:<smaller>:<larger>}
 * </ul>
 *
 * @param kind what the edge stands for
 * @param id the edge's id, as above
 * @param assertion the assertion the edge comes from; present exactly for the kinds that {@link
 *     EdgeKind#fromAssertion() come from an assertion}
 * @param relation the declared relation the edge comes from; present exactly for the others
 */
public record EvidenceEdge(
    EdgeKind kind, String id, Optional<Assertion> assertion, Optional<PropositionRelation> relation) {

  /** Validates that the edge carries the element its kind calls for, and an id of its kind. */
  public EvidenceEdge {
    Objects.requireNonNull(kind, "edge kind");
    Objects.requireNonNull(id, "edge id");
    Objects.requireNonNull(assertion, "edge assertion");
    Objects.requireNonNull(relation, "edge relation");
    checkArgument(id.startsWith(kind.prefix() + ":"), "%s edge id must start with '%s:': '%s'",
        kind, kind.prefix(), id);
    checkArgument(kind.fromAssertion() == assertion.isPresent(),
        "%s edge '%s' must %s an assertion", kind, id, kind.fromAssertion() ? "carry" : "not carry");
    checkArgument(kind.fromAssertion() != relation.isPresent(),
        "%s edge '%s' must %s a relation", kind, id, kind.fromAssertion() ? "not carry" : "carry");
    relation.ifPresent(r -> checkArgument(kind == kindOf(r),
        "%s edge '%s' carries a %s relation", kind, id, r.kind()));
    checkArgument(kind != EdgeKind.REPORTED_BY
            || assertion.orElseThrow().basis().reportedBy().isPresent(),
        "reported-by edge '%s' carries an assertion that relays no source", id);
  }

  /** The edge from a source to the proposition it takes {@code assertion} on. */
  public static EvidenceEdge asserts(Assertion assertion) {
    return new EvidenceEdge(EdgeKind.ASSERTS, EdgeKind.ASSERTS.prefix() + ":" + assertion.id(),
        Optional.of(assertion), Optional.empty());
  }

  /** The edge from the proposition of {@code assertion} to one of its passages. */
  public static EvidenceEdge cites(Assertion assertion, String passage) {
    checkArgument(assertion.passages().contains(passage),
        "assertion '%s' does not cite passage '%s'", assertion.id(), passage);
    return new EvidenceEdge(EdgeKind.CITES,
        EdgeKind.CITES.prefix() + ":" + assertion.id() + ":" + passage,
        Optional.of(assertion), Optional.empty());
  }

  /** The edge from the source of {@code assertion} to the source it relays. */
  public static EvidenceEdge reportedBy(Assertion assertion) {
    return new EvidenceEdge(EdgeKind.REPORTED_BY,
        EdgeKind.REPORTED_BY.prefix() + ":" + assertion.id(), Optional.of(assertion),
        Optional.empty());
  }

  /** The edge of a declared entailment or contradiction. */
  public static EvidenceEdge of(PropositionRelation relation) {
    EdgeKind kind = kindOf(relation);
    return new EvidenceEdge(kind, kind.prefix() + ":" + relation.from() + ":" + relation.to(),
        Optional.empty(), Optional.of(relation));
  }

  private static EdgeKind kindOf(PropositionRelation relation) {
    return switch (relation.kind()) {
      case ENTAILS -> EdgeKind.ENTAILS;
      case CONTRADICTS -> EdgeKind.CONTRADICTS;
    };
  }

  /** The id of the assertion the edge comes from, if it comes from one. */
  public Optional<String> assertionId() {
    return assertion.map(Assertion::id);
  }

  /** The stance of the assertion the edge comes from, if it comes from one. */
  public Optional<Stance> stance() {
    return assertion.map(Assertion::stance);
  }

  /** The hedge of the assertion the edge comes from, if it comes from one. */
  public Optional<Hedge> hedge() {
    return assertion.map(Assertion::hedge);
  }

  /**
   * What a person reads on the edge. For {@link EdgeKind#ASSERTS} the position: {@code affirms},
   * {@code denies}, {@code uncertain} or the value ({@code (1000, ∞) person}), followed by the
   * hedge unless certain ({@code affirms (possible)}); absence of evidence reads {@code no
   * evidence of}. For {@link EdgeKind#CITES} the assertion id; otherwise the relation in words.
   * Never depends on the default locale.
   */
  public String label() {
    return switch (kind) {
      case ASSERTS -> position(assertion.orElseThrow());
      case CITES -> assertion.orElseThrow().id();
      case REPORTED_BY -> "reported by";
      case ENTAILS -> "entails";
      case CONTRADICTS -> "contradicts";
    };
  }

  /** The position of an assertion in words, as {@link #label()} gives it for an assertion edge. */
  static String position(Assertion a) {
    String stated = a.value().map(Object::toString)
        .or(() -> a.category().map(Object::toString))
        .orElseGet(() -> switch (a.stance()) {
      case AFFIRMS -> "affirms";
      case DENIES -> "denies";
      case UNCERTAIN -> "uncertain";
    });
    return switch (a.hedge()) {
      case CERTAIN -> stated;
      case PROBABLE -> stated + " (probable)";
      case POSSIBLE -> stated + " (possible)";
      case NO_EVIDENCE_OF -> "no evidence of";
    };
  }

  /** The id and the label. */
  @Override
  public String toString() {
    return id + " (" + label() + ")";
  }
}
