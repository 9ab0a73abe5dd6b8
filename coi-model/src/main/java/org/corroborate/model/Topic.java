package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/**
 * A subject heading in a tree, like a report's Terms of Reference: "Recruitment of conscripts ›
 * Places of posting".
 *
 * @param id the topic's slug
 * @param label the heading as a person reads it
 * @param parent the id of the enclosing topic; empty for a root
 */
public record Topic(String id, String label, Optional<String> parent) {

  /** Validates every part; a topic cannot be its own parent. */
  public Topic {
    Slug.require(id, "topic id");
    label = Wording.require(label, "topic label");
    Wording.optionalSlug(parent, "topic parent");
    checkArgument(!parent.equals(Optional.of(id)), "topic '%s' cannot be its own parent", id);
  }

  /** A root topic. */
  public static Topic root(String id, String label) {
    return new Topic(id, label, Optional.empty());
  }

  /** A topic inside {@code parent}. */
  public static Topic within(String id, String label, String parent) {
    return new Topic(id, label, Optional.of(parent));
  }
}
