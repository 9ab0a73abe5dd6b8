package org.corroborate.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An addressable piece of a document: the unit every assertion is traced to.
 *
 * @param id the passage's slug, for example {@code aliyev-82}
 * @param document the id of the document it lies in
 * @param locator where in the document
 * @param text the passage's text when it may be held (a report's licence may forbid holding whole
 *     paragraphs); empty otherwise
 */
public record Passage(String id, String document, Locator locator, Optional<String> text) {

  /** Validates every part; see the parameter descriptions. */
  public Passage {
    Slug.require(id, "passage id");
    Slug.require(document, "passage document");
    Objects.requireNonNull(locator, "passage locator");
    text = Wording.optional(text, "passage text");
  }

  /** A passage without text. */
  public static Passage of(String id, String document, Locator locator) {
    return new Passage(id, document, locator, Optional.empty());
  }

  /** This passage holding {@code newText}. */
  public Passage withText(String newText) {
    return new Passage(id, document, locator, Optional.of(newText));
  }
}
