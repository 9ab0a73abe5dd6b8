package org.corroborate.ingest.evidence;

import java.util.Objects;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.ingest.citation.AliasFile;
import org.corroborate.ingest.citation.CitationParser;
import org.corroborate.ingest.citation.Citations;
import org.corroborate.ingest.citation.SourceRegistry;
import org.corroborate.ingest.report.ParsedReport;
import org.corroborate.ingest.report.ReportParser;

/**
 * Reads a report in one call: structure, source registry, citations.
 *
 * <pre>{@code
 * IngestedReport read = ReportIngest.read(markdown, AliasFile.empty());
 * EvidenceBase skeleton = read.evidence(SourceKind.NGO);
 * }</pre>
 *
 * <p>Stateless; runs in time linear in the report's length (times the number of sources for the
 * footnotes).
 */
public final class ReportIngest {

  private ReportIngest() {}

  /**
   * Reads {@code text} with the sources' aliases and kinds from {@code aliases}.
   *
   * @throws ReportParseException if the text is not text (see {@link ReportParser#parse}) or the
   *     alias file names a source the report has no minutes for
   */
  public static IngestedReport read(String text, AliasFile aliases) throws ReportParseException {
    Objects.requireNonNull(text, "report text");
    Objects.requireNonNull(aliases, "alias file");
    ParsedReport report = new ReportParser().parse(text);
    SourceRegistry registry = SourceRegistry.of(report, aliases);
    Citations citations = new CitationParser().parse(report, registry);
    return new IngestedReport(report, registry, citations);
  }
}
