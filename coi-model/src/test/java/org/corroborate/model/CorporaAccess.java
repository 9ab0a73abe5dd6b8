package org.corroborate.model;

import org.quicktheories.core.Gen;

/** Opens the generators of this package to the tests of {@code org.corroborate.model.json}. */
public final class CorporaAccess {

  private CorporaAccess() {}

  /** Valid evidence bases with up to {@code maxSources} sources. */
  public static Gen<EvidenceBase> valid(int maxSources) {
    return Corpora.valid(maxSources).map(Corpora.Parts::build);
  }

  /**
   * Pairs of one valid evidence base built twice: from its parts in generation order, and from the
   * same parts shuffled with a generated seed and added kind by kind in reverse.
   */
  public static Gen<java.util.List<EvidenceBase>> inTwoOrders(int maxSources) {
    return Corpora.valid(maxSources).zip(org.quicktheories.generators.SourceDSL.longs().all(),
        (parts, seed) -> java.util.List.of(parts.build(), parts.buildShuffled(seed)));
  }
}
