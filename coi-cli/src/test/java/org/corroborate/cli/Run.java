package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * What one in-process run of the command line printed and returned.
 *
 * @param code the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record Run(int code, String out, String err) {

  /** Runs {@code coi} with {@code args} in this JVM, capturing both streams. */
  static Run coi(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Coi.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
