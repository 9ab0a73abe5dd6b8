package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the command line's argument handling: argument arrays built from the real subcommands,
 * options and typical values, with fuzzed strings for values and fuzzed content in some of the
 * files named. In the normal test run it replays the inputs under {@code CoiFuzzTestInputs/}
 * (seeds and every crash ever found); with {@code JAZZER_FUZZ=1} it searches for new ones,
 * coverage-guided.
 *
 * <p>Every file a command may read or write lies in a directory the test creates: fuzzed strings
 * never name a file directly. A path-valued option is always followed by one of the test's file
 * names (some existing with fixed content, some with fuzzed content, some missing, one a
 * directory) or by a fuzzed name made a plain file name inside that directory; an option that
 * takes a path is left without its value only as the last argument; once {@code validate}, whose
 * parameter is a path, is named, no further command name or unknown option is given (either could
 * be taken for its parameter).
 */
final class CoiFuzzTest {

  @TempDir static Path dir;

  private static final List<String> COMMANDS =
      List.of("analyze", "graph", "validate", "citations", "audit", "ingest", "trust", "topics",
          "find");

  private static final List<String> FLAGS = List.of("--verbose", "--quiet", "-q", "--help", "-h",
      "--version", "-V", "-qh", "-hV", "-Vq", "--all");

  private static final List<String> PATH_OPTIONS =
      List.of("--corpus", "-c", "--report", "-r", "--aliases", "-a", "--out", "-o");

  private static final List<String> VALUE_OPTIONS =
      List.of("--format", "-f", "--topic", "--proposition", "--as-of", "--unknown-kind",
          "--method", "-m", "--trust", "--trust-strength", "--limit", "-n");

  private static final List<String> VALUES = List.of("text", "json", "markdown", "html", "dot",
      "graphml", "JSON", "Markdown", "2025-01-31", "2024-02-29", "2023-02-29", "0000-01-01",
      "+999999999-12-31", "NGO", "JOURNALIST", "media outlet", "ngo", "war-effort",
      "posted-in-annexed-2022", "conscripts-posted-in-donetsk", "", " ", "accucopy", "MISTAKE-LCA",
      "guess-lca", "pooled-investment", "0.5", "1", "NaN", "-0.0", "1e-300", "AWOL", "the", "0");

  /** Files the test keeps in its directory; the last five never exist before a run. */
  private static final List<String> FILES = List.of("corpus.json", "report.md", "aliases.txt",
      "fuzzed.json", "fuzzed.md", "fuzzed.txt", "subdir", "missing.json", "missing.md",
      "out.json", "subdir/out.json", "subdir/nested/out.json");

  /** A valid corpus: the annexed-regions example of the documentation. */
  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "annexed-regions.json");

  /** A short report in the DIS manner: footnotes, a minutes annex, one source. */
  private static final String REPORT = """
      # 1. Legal framework

      A statement.<sup>1</sup> Another.<sup>2</sup>

      <sup>1</sup> Claus Mathiesen: 2; Novaya Gazeta; 31
      <sup>2</sup> Mediazona, *Title*, 12 November 2024, [url](#)

      ## Annex 2: Meeting minutes

      ### Meeting with Claus Mathiesen

      1. One.
      2. Two.
      """;

  private static final String ALIASES = "alias Claus Mathiesen = Mathiesen\nkind Claus Mathiesen = ACADEMIC\n";

  /** A stack trace line, or a Java exception or error named by its class. */
  private static final Pattern STACK_TRACE = Pattern.compile(
      "(?m)^\\s*at [\\w$.]+\\(|\\b(?:java|javax|com|org|picocli)\\.[\\w$.]*(?:Exception|Error)\\b"
          + "|Exception\\b");

  /** Text the command quotes from its input: '…' and "…" spans. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

  @FuzzTest(maxDuration = "5m")
  void run_exitsWithDocumentedCodeAndShortMessage(FuzzedDataProvider data) throws IOException {
    prepareFiles(data);
    List<String> args = arguments(data);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Coi.run(new PrintWriter(out, true), new PrintWriter(err, true),
        args.toArray(String[]::new));
    String stderr = err.toString();
    String context = "coi " + args + " exited " + code + " with stderr:\n" + stderr;

    assertTrue(Set.of(Coi.OK, Coi.INVALID_INPUT, Coi.USAGE, Coi.IO_ERROR).contains(code),
        "a documented exit code: " + context);
    if (!args.contains("--verbose")) {
      String ownWords = stderr;
      for (String arg : args) {
        if (!arg.isEmpty()) {
          ownWords = ownWords.replace(arg, "");
        }
      }
      ownWords = QUOTED.matcher(ownWords).replaceAll("");
      assertFalse(STACK_TRACE.matcher(ownWords).find(), "no stack trace without --verbose: " + context);
    }
    List<String> lines = stderr.lines().filter(l -> !l.startsWith("coi ingest: ")).toList();
    if (code == Coi.OK) {
      assertTrue(lines.stream().allMatch(String::isBlank),
          "success prints nothing but progress on standard error: " + context);
      return;
    }
    assertFalse(lines.isEmpty(), "a failure says why: " + context);
    assertTrue(lines.get(0).startsWith("coi: "), "a failure starts with 'coi: ': " + context);
    assertFalse(lines.get(0).matches("coi: cannot read (.+): \\1: .*"), "the file is named once: " + context);
    if ((code == Coi.USAGE || code == Coi.IO_ERROR) && !args.contains("--verbose")) {
      long breaks = args.stream().mapToLong(CoiFuzzTest::lineBreaks).sum();
      assertTrue(lines.size() <= 2 + breaks,
          "a usage or file error is one sentence and a hint: " + context);
    }
  }

  /** Resets the test's files: fixed ones rewritten, fuzzed ones filled, output ones removed. */
  private static void prepareFiles(FuzzedDataProvider data) throws IOException {
    Files.createDirectories(dir.resolve("subdir"));
    try (var listing = Files.list(dir)) {
      for (Path p : (Iterable<Path>) listing::iterator) {
        if (Files.isRegularFile(p)) {
          Files.delete(p);
        }
      }
    }
    Files.deleteIfExists(dir.resolve("subdir").resolve("out.json"));
    Files.copy(EXAMPLE, dir.resolve("corpus.json"));
    Files.writeString(dir.resolve("report.md"), REPORT, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("aliases.txt"), ALIASES, StandardCharsets.UTF_8);
    for (String fuzzed : List.of("fuzzed.json", "fuzzed.md", "fuzzed.txt")) {
      Files.write(dir.resolve(fuzzed), data.consumeBytes(data.consumeInt(0, 2_000)));
    }
  }

  /** An argument array: a command, then options, values and names of files in the test's directory. */
  private static List<String> arguments(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>();
    switch (data.consumeInt(0, 9)) {
      case 0 -> { }
      case 1 -> args.add(strayName(data));
      default -> args.add(data.pickValue(COMMANDS));
    }
    int units = data.consumeInt(0, 8);
    for (int i = 0; i < units; i++) {
      switch (data.consumeInt(0, 9)) {
        case 0 -> args.add(data.pickValue(FLAGS));
        case 1, 2 -> {
          String option = data.pickValue(PATH_OPTIONS);
          String path = path(data);
          switch (data.consumeInt(0, 2)) {
            case 0 -> args.add(option + (option.startsWith("--") ? "=" : "") + path);
            default -> {
              args.add(option);
              args.add(path);
            }
          }
        }
        case 3, 4 -> {
          String option = data.pickValue(VALUE_OPTIONS);
          String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(80);
          if (data.consumeBoolean() || value.startsWith("@") || value.startsWith("-")) {
            args.add(option + "=" + value);
          } else {
            args.add(option);
            args.add(value);
          }
        }
        case 5 -> args.add(path(data));
        case 6 -> args.add(args.contains("validate")
            ? data.pickValue(FLAGS)
            : "--x-" + data.consumeString(20).replace('=', '_'));
        case 7 -> {
          args.add("--");
          int more = data.consumeInt(0, 2);
          for (int j = 0; j < more; j++) {
            args.add(path(data));
          }
          return args;
        }
        case 8 -> {
          args.add(data.consumeBoolean() ? data.pickValue(PATH_OPTIONS) : data.pickValue(VALUE_OPTIONS));
          return args;
        }
        default -> args.add(args.contains("validate") ? path(data) : data.pickValue(COMMANDS));
      }
    }
    return args;
  }

  /** One of the test's files, or a fuzzed plain file name, as an absolute path in the directory. */
  private static String path(FuzzedDataProvider data) {
    return data.consumeBoolean()
        ? dir.resolve(data.pickValue(FILES)).toString()
        : strayName(data);
  }

  /** A fuzzed string made a plain, never existing file name inside the test's directory. */
  private static String strayName(FuzzedDataProvider data) {
    String name = data.consumeString(40).replace('/', '_').replace('\\', '_')
        .replace('\n', '_').replace('\r', '_');
    return dir + "/stray-" + name;
  }

  private static long lineBreaks(String s) {
    return s.chars().filter(c -> c == '\n' || c == '\r').count();
  }
}
