package org.corroborate.model;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access to the reference COI reports for tests that need a whole report. The DIS/SMA report may
 * be quoted but not redistributed, so it is not in the repository: tests read it from the
 * directory named by the {@code COI_REPORTS_DIR} environment variable or the {@code
 * coi.reports.dir} system property, and are skipped, saying how to get it, when it is absent —
 * except under CI ({@code CI=true}), where a missing report fails the test.
 */
public final class ReferenceReports {

  /** The DIS/SMA report's file name. */
  public static final String RUSSIA_CONSCRIPTION = "dis-sma-russia-conscription-2025.md";

  private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)\\.\\s+(.*)$");
  private static final Pattern MARKUP = Pattern.compile("<sup>[^<]*</sup>|\\*");

  private ReferenceReports() {}

  /**
   * The report's file; skips the calling test (or fails it under CI) when it is not available. The
   * one place the project's tests look for a whole report.
   */
  public static Path path(String fileName) {
    Optional<Path> dir = Optional.ofNullable(System.getProperty("coi.reports.dir"))
        .or(() -> Optional.ofNullable(System.getenv("COI_REPORTS_DIR")))
        .filter(d -> !d.isBlank())
        .map(Path::of);
    Optional<Path> file = dir.map(d -> d.resolve(fileName)).filter(Files::isRegularFile);
    String how = "the reference report " + fileName + " is not available: set COI_REPORTS_DIR (or"
        + " -Dcoi.reports.dir) to a directory holding it (the Markdown rendering of DIS/SMA, Russia –"
        + " Conscription, January 2025, published by the Danish Immigration Service at us.dk)";
    if (file.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail(how + "; under CI the reports must be present");
      }
      assumeTrue(false, how);
    }
    return file.get();
  }

  /** The report's text; skips the calling test (or fails it under CI) when it is not available. */
  public static String text(String fileName) throws IOException {
    return Files.readString(path(fileName), StandardCharsets.UTF_8);
  }

  /**
   * The text of minutes paragraph {@code number} of the meeting whose heading starts with
   * "Meeting with {@code who}", markup removed and white space collapsed; the paragraph runs to
   * the next numbered line or heading of the minutes.
   */
  public static String minutesParagraph(String report, String who, int number) {
    String[] lines = report.split("\\R");
    int i = 0;
    while (i < lines.length && !lines[i].matches("^#+\\s*Meeting with " + Pattern.quote(who) + ".*")) {
      i++;
    }
    if (i == lines.length) {
      throw new AssertionError("no minutes headed 'Meeting with " + who + "'");
    }
    StringBuilder paragraph = null;
    for (i++; i < lines.length && !lines[i].matches("^#+\\s*Meeting with .*"); i++) {
      Matcher m = NUMBERED.matcher(lines[i]);
      if (m.matches()) {
        if (paragraph != null) {
          break;
        }
        if (Integer.parseInt(m.group(1)) == number) {
          paragraph = new StringBuilder(m.group(2));
        }
      } else if (paragraph != null && !lines[i].startsWith("#") && !lines[i].startsWith("<sup>")
          && !lines[i].equals("---")) {
        paragraph.append(' ').append(lines[i]);
      }
    }
    if (paragraph == null) {
      throw new AssertionError("the minutes of " + who + " have no paragraph " + number);
    }
    return normalised(paragraph.toString());
  }

  /** Markup removed, white space collapsed. */
  public static String normalised(String text) {
    return MARKUP.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
