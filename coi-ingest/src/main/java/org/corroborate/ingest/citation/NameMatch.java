package org.corroborate.ingest.citation;

import java.util.Objects;

/**
 * How a name written in a footnote was matched to a registered source.
 *
 * @param source the source it names
 * @param how by which rule
 * @param registered the registered name or alias it was matched to
 */
public record NameMatch(RegisteredSource source, How how, String registered) {

  /** The rules by which a name is matched, tried in this order. */
  public enum How {
    /** The registered name, ignoring case, spacing and emphasis. */
    EXACT,
    /** An alias from the alias file. */
    USER_ALIAS,
    /** The name with words of its own heading or description around it ("Journalist Irina Novik"). */
    DESCRIBED,
    /** The first words of the name, at least two ("Novaya Gazeta" for "Novaya Gazeta Europe"). */
    SHORTENED,
    /** A misspelling within {@link SourceRegistry#TYPO_MAX_DISTANCE_RATIO}. */
    TYPO
  }

  /** Validates every part. */
  public NameMatch {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(how, "how");
    Objects.requireNonNull(registered, "registered name");
  }
}
