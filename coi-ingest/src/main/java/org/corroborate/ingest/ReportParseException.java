package org.corroborate.ingest;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Thrown when input cannot be read as a report or an alias file at all: it is not text (it holds
 * control characters other than tab, line and page breaks), it is longer than the reader accepts,
 * or a line of an alias file does not follow that file's grammar. Quirks of readable reports are
 * never thrown; they are {@link Diagnostic diagnostics}.
 */
public final class ReportParseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * @param line the 1-based line at fault
   * @param message what is wrong with it
   */
  public ReportParseException(int line, String message) {
    super("line " + line + ": " + message);
    checkArgument(line >= 1, "line must be at least 1: %s", line);
    this.line = line;
  }

  /** The 1-based line at fault. */
  public int line() {
    return line;
  }
}
