package org.corroborate.model;

/** How two propositions are related, as declared by whoever encodes the evidence. */
public enum RelationKind {
  /** If the first proposition holds, the second holds. Directed. */
  ENTAILS,
  /** The two propositions cannot both hold. Symmetric. */
  CONTRADICTS
}
