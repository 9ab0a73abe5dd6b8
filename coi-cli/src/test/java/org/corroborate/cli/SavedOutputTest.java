package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outputs are a contract: `coi analyze` on the reference corpus and on every example corpus of
 * docs/examples, in every format, byte for byte as saved in {@code
 * src/test/resources/org/corroborate/cli/saved/}. A change to what users see changes these files in
 * a commit of its own, deliberately; a change for speed changes none of them. To save new outputs
 * after a deliberate change, run the test with {@code COI_SAVE_OUTPUTS=1} (it then writes the files
 * and fails, so that a save is never mistaken for a pass), and review the diff.
 */
class SavedOutputTest {

  private static final Path SAVED = Path.of("src/test/resources/org/corroborate/cli/saved");

  static Stream<Arguments> outputs() throws IOException {
    List<Arguments> all = new ArrayList<>();
    List<String> corpora = new ArrayList<>(List.of("reference"));
    try (Stream<Path> files = Files.list(Path.of("../docs/examples"))) {
      files.filter(p -> p.toString().endsWith(".json")).map(p -> p.getFileName().toString())
          .sorted().forEach(corpora::add);
    }
    for (String corpus : corpora) {
      for (String format : List.of("text", "json", "markdown", "html")) {
        all.add(Arguments.of(corpus, format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("outputs")
  void analyze_isByteForByteTheSavedOutput(String corpus, String format) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze", "-q", "--format", format));
    if (!corpus.equals("reference")) {
      args.addAll(List.of("--corpus", "../docs/examples/" + corpus));
    }
    Run r = Run.coi(args.toArray(String[]::new));
    assertEquals(Coi.OK, r.code(), r.err());
    String extension = switch (format) {
      case "markdown" -> "md";
      case "text" -> "txt";
      default -> format;
    };
    Path saved = SAVED.resolve(corpus.replace(".json", "") + "." + extension);
    if (System.getenv("COI_SAVE_OUTPUTS") != null) {
      Files.createDirectories(SAVED);
      Files.writeString(saved, r.out(), StandardCharsets.UTF_8);
      throw new AssertionError("saved " + saved + "; run again without COI_SAVE_OUTPUTS to check");
    }
    assertEquals(Files.readString(saved, StandardCharsets.UTF_8), r.out(),
        "the output of `coi " + String.join(" ", args) + "` differs from " + saved
            + "; if the change is deliberate, save it with COI_SAVE_OUTPUTS=1 and commit it alone");
  }
}
