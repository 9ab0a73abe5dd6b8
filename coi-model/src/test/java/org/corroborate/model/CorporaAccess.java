package org.corroborate.model;

import org.quicktheories.core.Gen;

/** Opens the generators of this package to the tests of {@code org.corroborate.model.json}. */
public final class CorporaAccess {

  private CorporaAccess() {}

  /** Valid evidence bases with up to {@code maxSources} sources. */
  public static Gen<EvidenceBase> valid(int maxSources) {
    return Corpora.valid(maxSources).map(Corpora.Parts::build);
  }
}
