package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.Optional;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;

/**
 * Every footnote of a report, read by {@link CitationParser}.
 *
 * @param footnotes the footnotes by number
 */
public record Citations(ImmutableSortedMap<Integer, FootnoteCitations> footnotes) {

  /** Copies the map. */
  public Citations {
    footnotes = ImmutableSortedMap.copyOf(footnotes);
  }

  /** Footnote {@code number}, if the report gives it. */
  public Optional<FootnoteCitations> footnote(int number) {
    return Optional.ofNullable(footnotes.get(number));
  }

  /** Every interview citation, by footnote then order written. */
  public ImmutableList<InterviewCitation> interviewCitations() {
    return footnotes.values().stream().flatMap(f -> f.citations().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Every diagnostic of every footnote, by footnote. */
  public ImmutableList<Diagnostic> diagnostics() {
    return footnotes.values().stream().flatMap(f -> f.diagnostics().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The diagnostics with code {@code code}, by footnote. */
  public ImmutableList<Diagnostic> diagnostics(DiagnosticCode code) {
    return diagnostics().stream().filter(d -> d.code() == code)
        .collect(ImmutableList.toImmutableList());
  }
}
