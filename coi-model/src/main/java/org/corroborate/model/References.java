package org.corroborate.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Every reference of an evidence base resolved to a number: an element's number is its position
 * in the evidence base's id-ordered list of its kind ({@link EvidenceBase#assertions()}, {@link
 * EvidenceBase#propositions()}, {@link EvidenceBase#sources()}, {@link EvidenceBase#passages()},
 * {@link EvidenceBase#documents()}). An analysis over a large evidence base reads these numbers
 * from primitive arrays instead of hashing an id for every reference it follows.
 *
 * <p>Built once, when the evidence base is built, which checks that every reference resolves: O(n)
 * hashed lookups for n references, held in int arrays (about 16 bytes per assertion naming one
 * passage, and 4 per passage). Each accessor is O(1). Immutable and thread-safe.
 */
public final class References {

  /** The assertions and the propositions, found by id. */
  private final ById<Assertion> assertionsById;
  private final ById<Proposition> propositions;
  /** Per assertion number, the number of its proposition. */
  private final int[] propositionOf;
  /** Per assertion number, the number of its source. */
  private final int[] sourceOf;
  /**
   * Per assertion number, where its passages start in {@link #passages}; one more entry than there
   * are assertions.
   */
  private final int[] passageStart;
  /** The numbers of every assertion's passages, assertion after assertion, each in its order. */
  private final int[] passages;
  /** Per passage number, the number of its document. */
  private final int[] documentOf;

  private References(ById<Assertion> assertionsById, ById<Proposition> propositions,
      int[] propositionOf, int[] sourceOf, int[] passageStart, int[] passages, int[] documentOf) {
    this.assertionsById = assertionsById;
    this.propositions = propositions;
    this.propositionOf = propositionOf;
    this.sourceOf = sourceOf;
    this.passageStart = passageStart;
    this.passages = passages;
    this.documentOf = documentOf;
  }

  /**
   * Resolves the references of elements that an integrity check has passed: every id they name is
   * held. The assertions are read in parallel, each into its own slots.
   *
   * @throws IllegalStateException if a reference does not resolve, which the integrity check
   *     rules out
   */
  static References resolve(ById<Assertion> assertionTable, ById<Proposition> propositions,
      ById<Source> sources, ById<Passage> passageTable, ById<Document> documents) {
    List<Assertion> assertions = assertionTable.values();
    int n = assertions.size();
    int[] propositionOf = new int[n];
    int[] sourceOf = new int[n];
    int[] passageStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      passageStart[i + 1] = passageStart[i] + assertions.get(i).passages().size();
    }
    int[] passages = new int[passageStart[n]];
    // passages are many and seldom looked up by id afterwards: their table serves this pass only
    IdPositions<Passage> passageNumbers = passageTable.passingPositions();
    IntStream.range(0, n).parallel().forEach(i -> {
      Assertion a = assertions.get(i);
      propositionOf[i] = number(propositions, a.proposition(), "proposition", a.id());
      sourceOf[i] = number(sources, a.source(), "source", a.id());
      List<String> ps = a.passages();
      for (int k = 0; k < ps.size(); k++) {
        passages[passageStart[i] + k] =
            held(passageNumbers.positionOf(ps.get(k)), ps.get(k), "passage", a.id());
      }
    });
    List<Passage> passageList = passageTable.values();
    int[] documentOf = new int[passageList.size()];
    IntStream.range(0, documentOf.length).parallel().forEach(p -> {
      Passage at = passageList.get(p);
      documentOf[p] = number(documents, at.document(), "document", at.id());
    });
    return new References(assertionTable, propositions, propositionOf, sourceOf, passageStart,
        passages, documentOf);
  }

  private static int number(ById<?> numbers, String id, String kind, String from) {
    return held(numbers.positionOf(id), id, kind, from);
  }

  /** {@code number}, the position found for {@code id}, unless none was (-1). */
  private static int held(int number, String id, String kind, String from) {
    if (number < 0) {
      throw new IllegalStateException(from + " names " + kind + " '" + id + "', which is not held");
    }
    return number;
  }

  /**
   * The number of the assertion with id {@code id}, or -1 if the evidence base holds none: a
   * hashed lookup, for a caller that starts from an id. O(1) expected, after the first lookup of
   * an assertion by id has built the table (O(n), once).
   */
  public int assertionNumber(String id) {
    return assertionsById.positionOf(Objects.requireNonNull(id, "id"));
  }

  /**
   * The number of the proposition with id {@code id}, or -1 if the evidence base holds none: a
   * hashed lookup, for a caller that starts from an id. O(1) expected.
   */
  public int propositionNumber(String id) {
    return propositions.positionOf(Objects.requireNonNull(id, "id"));
  }

  /** The number of assertions, the range of the assertion numbers taken here. */
  public int assertions() {
    return propositionOf.length;
  }

  /** The number of the proposition of assertion number {@code assertion}. */
  public int propositionOf(int assertion) {
    return propositionOf[assertion];
  }

  /** The number of the source of assertion number {@code assertion}. */
  public int sourceOf(int assertion) {
    return sourceOf[assertion];
  }

  /** How many passages assertion number {@code assertion} names. */
  public int passageCount(int assertion) {
    return passageStart[assertion + 1] - passageStart[assertion];
  }

  /**
   * The number of the {@code k}-th passage assertion number {@code assertion} names, in the order
   * it names them.
   *
   * @throws IndexOutOfBoundsException if {@code k} is not below {@link #passageCount}
   */
  public int passageOf(int assertion, int k) {
    if (k < 0 || k >= passageCount(assertion)) {
      throw new IndexOutOfBoundsException("assertion " + assertion + " names "
          + passageCount(assertion) + " passages, not " + (k + 1));
    }
    return passages[passageStart[assertion] + k];
  }

  /** The number of the document of passage number {@code passage}. */
  public int documentOf(int passage) {
    return documentOf[passage];
  }
}
