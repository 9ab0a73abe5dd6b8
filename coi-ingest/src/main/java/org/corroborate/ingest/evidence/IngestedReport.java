package org.corroborate.ingest.evidence;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.citation.Citations;
import org.corroborate.ingest.citation.InterviewCitation;
import org.corroborate.ingest.citation.RegisteredSource;
import org.corroborate.ingest.citation.SourceRegistry;
import org.corroborate.ingest.report.MinutesParagraph;
import org.corroborate.ingest.report.ParagraphNumbering;
import org.corroborate.ingest.report.ParsedReport;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Locator;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Passage;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;

/**
 * A report read by {@link ReportIngest}: its structure, its sources and its citations.
 *
 * @param report the structure
 * @param registry the interview sources
 * @param citations every footnote read
 */
public record IngestedReport(ParsedReport report, SourceRegistry registry, Citations citations) {

  /** Requires every part. */
  public IngestedReport {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(citations, "citations");
  }

  /** Every diagnostic of the three steps, by line. */
  public ImmutableList<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(report.diagnostics());
    all.addAll(registry.diagnostics());
    all.addAll(citations.diagnostics());
    return ImmutableList.sortedCopyOf(Comparator.comparingInt(Diagnostic::line), all);
  }

  /**
   * The evidence skeleton: one {@link Source} per minutes section (its aliases: those of the alias
   * file, then the other names under which footnotes cite it, except corrected typos), one
   * minutes {@link Document} per source, id {@code minutes-<source>}, titled with the heading
   * verbatim (dated with the meeting date when the minutes give one in words), and one {@link
   * Passage} per paragraph, id {@code <source>-<number>} (with {@code -<occurrence>} appended for
   * the second and later paragraphs with the same number), holding the paragraph's text; its
   * locator is the printed paragraph number, or for notes that number no paragraph ({@link
   * ParagraphNumbering#ORDINAL}) the paragraph's ordinal ({@link Locator#paragraphOrdinal}).
   * O(paragraphs + citations).
   *
   * @param whenKindUnknown the kind given to a source whose kind neither the report nor the alias
   *     file tells (each such source has a {@code SOURCE_KIND_UNKNOWN} diagnostic)
   * @throws org.corroborate.model.EvidenceBaseException if the skeleton breaks an integrity rule
   *     (two sources sharing a name or alias)
   */
  public EvidenceBase evidence(SourceKind whenKindUnknown) {
    Objects.requireNonNull(whenKindUnknown, "kind for sources of unknown kind");
    EvidenceBase.Builder builder = EvidenceBase.builder();
    for (RegisteredSource s : registry.sources()) {
      Set<String> aliases = new LinkedHashSet<>(s.aliases());
      for (InterviewCitation c : citations.interviewCitations()) {
        if (c.source().equals(Optional.of(s.id())) && !c.surface().equals(s.name())
            && isAlias(c.surface(), s)) {
          aliases.add(c.surface());
        }
      }
      aliases.removeIf(a -> a.equalsIgnoreCase(s.name()));
      Source source = Source.of(s.id(), s.name(), s.kind().orElse(whenKindUnknown))
          .withAliases(aliases.toArray(String[]::new));
      if (s.minutes().description().isPresent()) {
        source = source.describedAs(s.minutes().description().get());
      }
      builder.addSource(source);
      String document = "minutes-" + s.id();
      Document minutes = Document.minutes(document, s.id(), s.heading());
      Optional<PartialDate> date = s.minutes().date().flatMap(IngestedReport::meetingDate);
      builder.addDocument(date.isPresent() ? minutes.dated(date.get()) : minutes);
      boolean ordinal = s.minutes().numbering() == ParagraphNumbering.ORDINAL;
      for (MinutesParagraph p : s.minutes().paragraphs()) {
        String number = Integer.toString(p.number());
        String id = s.id() + "-" + number + (p.occurrence() > 1 ? "-" + p.occurrence() : "");
        Passage passage = Passage.of(id, document, ordinal
            ? Locator.paragraphOrdinal(p.number()) : Locator.paragraph(number, p.occurrence()));
        builder.addPassage(p.text().isBlank() ? passage : passage.withText(p.text()));
      }
    }
    return builder.build();
  }

  /**
   * A meeting date as minutes write it ({@code 21 November 2022}, English month names); empty when
   * it is written otherwise (a range of days, another language): the date then stays in the
   * minutes' text only.
   */
  static Optional<PartialDate> meetingDate(String written) {
    try {
      return Optional.of(PartialDate.of(LocalDate.parse(written.strip(), MEETING_DATE)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static final DateTimeFormatter MEETING_DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private boolean isAlias(String surface, RegisteredSource s) {
    return registry.match(surface)
        .filter(m -> m.source().id().equals(s.id()))
        .map(m -> switch (m.how()) {
          case EXACT, TYPO -> false;
          case USER_ALIAS, DESCRIBED, SHORTENED -> true;
        })
        .orElse(false)
        && !surface.toLowerCase(Locale.ROOT).equals(s.name().toLowerCase(Locale.ROOT));
  }
}
