package org.corroborate.ingest.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Comparator;
import java.util.Optional;
import org.corroborate.ingest.Diagnostic;

/**
 * The structure of one report, as found by {@link ReportParser}.
 *
 * @param sections the numbered headings of the body, in order
 * @param body the body's paragraphs, in order
 * @param footnotes every footnote by number
 * @param minutes the minutes sections, in order
 * @param markers every footnote marker found anywhere in the text (body, minutes, headings,
 *     footnotes), by line
 * @param diagnostics the structural quirks met, by line
 * @param lineCount the number of lines read
 */
public record ParsedReport(
    ImmutableList<Section> sections,
    ImmutableList<BodyParagraph> body,
    ImmutableSortedMap<Integer, Footnote> footnotes,
    ImmutableList<Minutes> minutes,
    ImmutableList<FootnoteMarker> markers,
    ImmutableList<Diagnostic> diagnostics,
    int lineCount) {

  /** Copies every collection, sorting markers and diagnostics by line. */
  public ParsedReport {
    sections = ImmutableList.copyOf(sections);
    body = ImmutableList.copyOf(body);
    footnotes = ImmutableSortedMap.copyOf(footnotes);
    minutes = ImmutableList.copyOf(minutes);
    markers = ImmutableList.sortedCopyOf(Comparator.comparingInt(FootnoteMarker::line), markers);
    diagnostics = ImmutableList.sortedCopyOf(Comparator.comparingInt(Diagnostic::line), diagnostics);
    checkArgument(lineCount >= 0, "line count must not be negative: %s", lineCount);
  }

  /** The footnote numbered {@code number}, if the report gives it. */
  public Optional<Footnote> footnote(int number) {
    return Optional.ofNullable(footnotes.get(number));
  }

  /**
   * The first marker pointing at footnote {@code number}, if any: the statement that footnote
   * supports. O(markers).
   */
  public Optional<FootnoteMarker> markerOf(int number) {
    return markers.stream().filter(m -> m.number() == number).findFirst();
  }

  /** The paragraphs of the body that carry a number ({@code 7.2.5}), in order. */
  public ImmutableList<BodyParagraph> numberedParagraphs() {
    return body.stream().filter(p -> p.number().isPresent()).collect(ImmutableList.toImmutableList());
  }
}
