package org.corroborate.ingest.citation;

import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.PartialDate;

/**
 * A reference to a written source, as a footnote gives it: {@code BBC News, *Их там есть…*, 9 August
 * 2024, [url](#)} or {@code DIS, Ukraine; Exit rules … <https://…>, (Annex 1, page 72), June 2023}.
 *
 * @param text the reference as written
 * @param outlet the outlet, publisher or author: the words before the first comma
 * @param title the title, when it is set off (emphasis, quotes) or followed by a link
 * @param date the publication date, as precisely as given
 * @param url the link, when the reference gives a real one
 * @param locator the place in the document: page, pages, paragraph, section, annex
 */
public record WrittenReference(
    String text,
    Optional<String> outlet,
    Optional<String> title,
    Optional<PartialDate> date,
    Optional<String> url,
    Optional<String> locator) {

  /** Validates every part; see the parameter descriptions. */
  public WrittenReference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(locator, "locator");
  }
}
