package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.ingest.report.Minutes;
import org.corroborate.model.Slug;
import org.corroborate.model.SourceKind;

/**
 * An interview source of a report, as its minutes heading presents it.
 *
 * @param id the slug of the name part of the heading ({@code sergey-krivenko})
 * @param name the name part of the heading: what follows "Meeting with" up to the first comma,
 *     first letter in capitals ({@code "Sergey Krivenko"}, {@code "A human rights lawyer"})
 * @param heading the heading verbatim, emphasis removed
 * @param kind the kind inferred from the heading's words, else from its description, else from the
 *     alias file; empty when none tells
 * @param aliases names given to it in the alias file
 * @param minutes its minutes section
 */
public record RegisteredSource(
    String id,
    String name,
    String heading,
    Optional<SourceKind> kind,
    ImmutableList<String> aliases,
    Minutes minutes) {

  /** Validates every part; see the parameter descriptions. */
  public RegisteredSource {
    Slug.require(id, "source id");
    Objects.requireNonNull(name, "source name");
    Objects.requireNonNull(heading, "source heading");
    Objects.requireNonNull(kind, "source kind");
    aliases = ImmutableList.copyOf(aliases);
    Objects.requireNonNull(minutes, "source minutes");
  }
}
