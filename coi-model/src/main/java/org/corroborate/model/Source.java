package org.corroborate.model;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Who speaks: a person, organisation, outlet, law or channel.
 *
 * <p>Sources that share an {@link #origin()} are one line of evidence, not independent
 * corroboration: an outlet's interview, its articles and its Telegram channel, or two departments
 * of one organisation. A new source's origin is its own id.
 *
 * @param id the source's slug
 * @param name the name as a report prints it, for example {@code "Huseyn Aliyev"}
 * @param aliases other names the source goes by in citations ({@code "Novaya Gazeta"} for
 *     {@code "Novaya Gazeta Europe"}), distinct, in the order given
 * @param kind what kind of speaker it is
 * @param description what the report says the source is, if it says
 * @param reliability the Admiralty grade, {@link Reliability#F} when it cannot be judged
 * @param origin the slug of the line of evidence the source belongs to
 */
public record Source(
    String id,
    String name,
    ImmutableList<String> aliases,
    SourceKind kind,
    Optional<String> description,
    Reliability reliability,
    String origin) {

  /** Validates every part; see the parameter descriptions. */
  public Source {
    Slug.require(id, "source id");
    name = Wording.require(name, "source name");
    aliases = Wording.distinct(aliases, "source alias");
    Objects.requireNonNull(kind, "source kind");
    description = Wording.optional(description, "source description");
    Objects.requireNonNull(reliability, "source reliability");
    Slug.require(origin, "source origin");
  }

  /** A source with no aliases or description, reliability F, and its own id as origin. */
  public static Source of(String id, String name, SourceKind kind) {
    return new Source(id, name, ImmutableList.of(), kind, Optional.empty(), Reliability.F, id);
  }

  /** This source with the given aliases instead of its own. */
  public Source withAliases(String... newAliases) {
    return new Source(
        id, name, ImmutableList.copyOf(Arrays.asList(newAliases)), kind, description, reliability,
        origin);
  }

  /** This source with the given description. */
  public Source describedAs(String newDescription) {
    return new Source(
        id, name, aliases, kind, Optional.of(newDescription), reliability, origin);
  }

  /** This source with the given Admiralty reliability. */
  public Source withReliability(Reliability newReliability) {
    return new Source(id, name, aliases, kind, description, newReliability, origin);
  }

  /** This source as part of the line of evidence {@code newOrigin}. */
  public Source withOrigin(String newOrigin) {
    return new Source(id, name, aliases, kind, description, reliability, newOrigin);
  }
}
