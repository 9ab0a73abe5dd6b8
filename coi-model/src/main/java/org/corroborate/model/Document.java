package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;

/**
 * A record in which sources speak: the minutes of a meeting with an interview source, a written
 * source (article, report, post, law), or a COI report itself.
 *
 * @param id the document's slug
 * @param kind minutes, written document or report
 * @param source for minutes, the interviewed source; for a written document or report, its
 *     publisher or author, itself a {@link Source}
 * @param title the minutes' heading ({@code "Meeting with Huseyn Aliyev"}) or the document's title,
 *     verbatim
 * @param date the meeting date or publication date, as precisely as known; empty when not known
 * @param url where the document can be read, when known
 * @param published when the document became available to readers, when it differs from {@code
 *     date} or {@code date} is the date of a meeting: minutes are available from the publication of
 *     the report that holds them. What counts as COI on a decision date is what was published on
 *     or before it ({@link #availableFrom()})
 */
public record Document(
    String id,
    DocumentKind kind,
    String source,
    String title,
    Optional<PartialDate> date,
    Optional<String> url,
    Optional<PartialDate> published) {

  /** Validates every part; see the parameter descriptions. */
  public Document {
    Slug.require(id, "document id");
    Objects.requireNonNull(kind, "document kind");
    Slug.require(source, "document source");
    title = Wording.require(title, "document title");
    Objects.requireNonNull(date, "document date");
    url = Wording.optional(url, "document url");
    Objects.requireNonNull(published, "document published");
    if (date.isPresent() && published.isPresent()) {
      checkArgument(!published.get().end().isBefore(date.get().start()),
          "document '%s' is published (%s) before its date (%s)", id, published.get(), date.get());
    }
  }

  /** A document with no separate publication date. */
  public Document(String id, DocumentKind kind, String source, String title,
      Optional<PartialDate> date, Optional<String> url) {
    this(id, kind, source, title, date, url, Optional.empty());
  }

  /**
   * When the document became available: its publication date, else its date for a written
   * document or report; empty for undated minutes with no publication date.
   */
  public Optional<PartialDate> availableFrom() {
    if (published.isPresent()) {
      return published;
    }
    return kind == DocumentKind.MINUTES ? Optional.empty() : date;
  }

  /** The minutes of a meeting with {@code source}, undated. */
  public static Document minutes(String id, String source, String title) {
    return new Document(id, DocumentKind.MINUTES, source, title, Optional.empty(), Optional.empty());
  }

  /** A written document published by {@code publisher}, undated. */
  public static Document written(String id, String publisher, String title) {
    return new Document(id, DocumentKind.WRITTEN, publisher, title, Optional.empty(), Optional.empty());
  }

  /** A COI report published by {@code publisher}, undated. */
  public static Document report(String id, String publisher, String title) {
    return new Document(id, DocumentKind.REPORT, publisher, title, Optional.empty(), Optional.empty());
  }

  /** This document dated {@code newDate}. */
  public Document dated(PartialDate newDate) {
    return new Document(id, kind, source, title, Optional.of(newDate), url, published);
  }

  /** This document readable at {@code newUrl}. */
  public Document withUrl(String newUrl) {
    return new Document(id, kind, source, title, date, Optional.of(newUrl), published);
  }

  /** This document published on {@code newPublished} (for minutes, the report's publication). */
  public Document publishedOn(PartialDate newPublished) {
    return new Document(id, kind, source, title, date, url, Optional.of(newPublished));
  }
}
