package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code coi} command line.
 *
 * <p>Exit codes: {@value #OK} done; {@value #INVALID_INPUT} the corpus (or another input) is
 * invalid, every problem reported with its location; {@value #USAGE} the command line is wrong;
 * {@value #IO_ERROR} a file could not be read or written; {@value #UNEXPECTED_ERROR} an unexpected
 * error (a defect), reported in one sentence, with its stack trace under {@code --verbose};
 * {@value #FINDINGS} {@code audit --fail-on warning|error} found a finding of that severity or worse.
 *
 * <p>{@code --verbose} and {@code --quiet} (no progress on standard error) are accepted by every
 * command.
 */
@Command(
    name = "coi",
    mixinStandardHelpOptions = true,
    versionProvider = Coi.Version.class,
    description = "Source corroboration and contradiction analysis of Country-of-Origin Information.",
    subcommands = {AnalyzeCommand.class, GraphCommand.class, ValidateCommand.class,
      CitationsCommand.class, AuditCommand.class, IngestCommand.class, TrustCommand.class,
      TopicsCommand.class, FindCommand.class, AssessCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the input is invalid; every problem is reported with its location",
      "2:the command line is wrong",
      "3:a file could not be read or written",
      "4:an unexpected error (a defect; --verbose prints its stack trace)",
      "5:audit --fail-on warning|error found a finding of that severity or worse"
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

  /** An unexpected error: a defect of this program. */
  public static final int UNEXPECTED_ERROR = 4;

  /** {@code audit --fail-on SEVERITY}: a finding of that severity or worse exists. */
  public static final int FINDINGS = 5;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an unexpected error.")
  boolean verbose;

  @CommandLine.Option(names = {"--quiet", "-q"}, scope = CommandLine.ScopeType.INHERIT,
      description = "Do not report progress on standard error.")
  boolean quiet;

  /** Whether {@code --verbose} was given, to any command. */
  static boolean verbose(CommandLine.Model.CommandSpec spec) {
    return ((Coi) spec.root().userObject()).verbose;
  }

  /** Whether {@code --quiet} was given, to any command. */
  static boolean quiet(CommandLine.Model.CommandSpec spec) {
    return ((Coi) spec.root().userObject()).quiet;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // what a reader cannot see, or that would turn a line round, is shown as its code point
    out = new PrintWriter(new VisibleWriter(out), true);
    err = new PrintWriter(new VisibleWriter(err), true);
    CommandLine cli = new CommandLine(new Coi());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(Path.class, Coi::path);
    cli.registerConverter(LocalDate.class, Coi::date);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : IO_ERROR);
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter errors = command.getErr();
      errors.println("coi: unexpected error in '" + command.getCommandSpec().qualifiedName() + "': "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + (verbose(command.getCommandSpec()) ? "" : " (run again with --verbose for the stack trace)"));
      if (verbose(command.getCommandSpec())) {
        e.printStackTrace(errors);
      }
      errors.flush();
      return UNEXPECTED_ERROR;
    });
    cli.setParameterExceptionHandler((e, arguments) -> {
      e.getCommandLine().getErr().println("coi: " + e.getMessage());
      e.getCommandLine().getErr().println("Try 'coi --help' or '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return USAGE;
    });
    try {
      return runGuarded(cli, err, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int runGuarded(CommandLine cli, PrintWriter err, String... args) {
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // the work that filled the heap has unwound: there is room again to say so
      err.println("coi: out of memory: the input is too large for the Java heap; give Java more"
          + " memory, for example java -Xmx4g -jar coi.jar " + String.join(" ", commandName(args)));
      err.flush();
      return UNEXPECTED_ERROR;
    } catch (StackOverflowError e) {
      err.println("coi: unexpected error: the input nests too deeply for the stack (a defect; please"
          + " report it with the input)");
      err.flush();
      return UNEXPECTED_ERROR;
    }
  }

  /** The command named in {@code args}, for a message: the first argument not an option. */
  private static java.util.List<String> commandName(String... args) {
    return java.util.Arrays.stream(args).filter(a -> !a.startsWith("-")).limit(1).toList();
  }

  /** A file name from the command line; one that cannot name a file is a usage error. */
  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + name + "' cannot name a file: " + e.getReason());
    }
  }

  /** A date from the command line, {@code YYYY-MM-DD}; anything else is a usage error. */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date YYYY-MM-DD");
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: analyze, graph, validate, citations, audit, ingest, trust, topics, find or assess");
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
