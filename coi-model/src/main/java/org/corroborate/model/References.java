package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Every reference of an evidence base resolved to a number: an element's number is its position
 * in the evidence base's id-ordered list of its kind ({@link EvidenceBase#assertions()}, {@link
 * EvidenceBase#propositions()}, {@link EvidenceBase#sources()}, {@link EvidenceBase#passages()},
 * {@link EvidenceBase#documents()}). An analysis over a large evidence base reads these numbers
 * from primitive arrays instead of hashing an id for every reference it follows.
 *
 * <p>Built once, when the evidence base is built, which checks that every reference resolves: O(n)
 * hashed lookups for n references, held in int arrays (about 12 bytes per assertion and 4 per
 * passage). Each accessor is O(1). Immutable and thread-safe.
 */
public final class References {

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

  private References(int[] propositionOf, int[] sourceOf, int[] passageStart, int[] passages,
      int[] documentOf) {
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
  static References resolve(ImmutableList<Assertion> assertions,
      ImmutableList<Proposition> propositions, ImmutableList<Source> sources,
      ImmutableList<Passage> passageList, ImmutableList<Document> documents) {
    Map<String, Integer> proposition = numbers(propositions, Proposition::id);
    Map<String, Integer> source = numbers(sources, Source::id);
    Map<String, Integer> passage = numbers(passageList, Passage::id);
    Map<String, Integer> document = numbers(documents, Document::id);
    int n = assertions.size();
    int[] propositionOf = new int[n];
    int[] sourceOf = new int[n];
    int[] passageStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      passageStart[i + 1] = passageStart[i] + assertions.get(i).passages().size();
    }
    int[] passages = new int[passageStart[n]];
    IntStream.range(0, n).parallel().forEach(i -> {
      Assertion a = assertions.get(i);
      propositionOf[i] = number(proposition, a.proposition(), "proposition", a.id());
      sourceOf[i] = number(source, a.source(), "source", a.id());
      List<String> ps = a.passages();
      for (int k = 0; k < ps.size(); k++) {
        passages[passageStart[i] + k] = number(passage, ps.get(k), "passage", a.id());
      }
    });
    int[] documentOf = new int[passageList.size()];
    IntStream.range(0, documentOf.length).parallel().forEach(p -> {
      Passage at = passageList.get(p);
      documentOf[p] = number(document, at.document(), "document", at.id());
    });
    return new References(propositionOf, sourceOf, passageStart, passages, documentOf);
  }

  private static <T> Map<String, Integer> numbers(List<T> elements, Function<T, String> id) {
    Map<String, Integer> numbers = new HashMap<>(2 * elements.size());
    for (int i = 0; i < elements.size(); i++) {
      numbers.put(id.apply(elements.get(i)), i);
    }
    return numbers;
  }

  private static int number(Map<String, Integer> numbers, String id, String kind, String from) {
    Integer number = numbers.get(id);
    if (number == null) {
      throw new IllegalStateException(from + " names " + kind + " '" + id + "', which is not held");
    }
    return number;
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
