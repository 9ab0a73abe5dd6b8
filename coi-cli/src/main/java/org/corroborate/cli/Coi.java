package org.corroborate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coi} command line.
 *
 * <p>Exit codes: {@value #OK} done; {@value #INVALID_INPUT} the corpus (or another input) is
 * invalid, every problem reported with its location; {@value #USAGE} the command line is wrong;
 * {@value #IO_ERROR} a file could not be read or written.
 */
@Command(
    name = "coi",
    mixinStandardHelpOptions = true,
    versionProvider = Coi.Version.class,
    description = "Source corroboration and contradiction analysis of Country-of-Origin Information.",
    subcommands = {AnalyzeCommand.class, GraphCommand.class, ValidateCommand.class,
      CitationsCommand.class, AuditCommand.class, IngestCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the input is invalid; every problem is reported with its location",
      "2:the command line is wrong",
      "3:a file could not be read or written"
    })
public final class Coi implements Runnable {

  /** Done. */
  public static final int OK = 0;

  /** The input is invalid. */
  public static final int INVALID_INPUT = 1;

  /** The command line is wrong. */
  public static final int USAGE = 2;

  /** A file could not be read or written. */
  public static final int IO_ERROR = 3;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Coi());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : IO_ERROR);
    cli.setParameterExceptionHandler((e, arguments) -> {
      e.getCommandLine().getErr().println("coi: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'coi --help' or '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: analyze, graph, validate, citations, audit or ingest");
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Coi.class.getPackage().getImplementationVersion();
      return new String[] {"coi " + (v == null ? "development" : v)};
    }
  }
}
