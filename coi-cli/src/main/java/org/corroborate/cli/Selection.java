package org.corroborate.cli;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import org.corroborate.model.Proposition;

/**
 * The propositions a report shows.
 *
 * @param propositions the ids of the propositions shown
 */
record Selection(ImmutableSet<String> propositions) {

  Selection {
    Objects.requireNonNull(propositions, "propositions");
  }

  boolean shows(Proposition p) {
    return propositions.contains(p.id());
  }
}
