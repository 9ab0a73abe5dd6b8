package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README: its Quick start stays two one-line commands, its Java snippet compiles and runs. */
final class ReadmeTest {

  private static final Path README = Path.of("..", "README.md");

  @TempDir Path dir;

  private static String readme() throws Exception {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  /** The first fenced block of {@code language} after {@code heading}. */
  private static String block(String text, String heading, String language) {
    int at = text.indexOf("\n" + heading + "\n");
    assertTrue(at >= 0, "the README has the section " + heading);
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertTrue(m.find(at), "a " + language + " block follows " + heading);
    return m.group(1);
  }

  @Test
  void quickStart_isTheMainJobThenAllTests() throws Exception {
    String text = readme();
    int start = text.indexOf("\n## Quick start\n");
    String section = text.substring(start, text.indexOf("\n## ", start + 1));
    Matcher blocks = Pattern.compile("```\n(.*?)```", Pattern.DOTALL).matcher(section);
    assertTrue(blocks.find(), "the main job");
    assertEquals("mvn -B -ntp -q -DskipTests package && java -jar coi-cli/target/coi.jar analyze\n",
        blocks.group(1));
    assertTrue(blocks.find(), "all tests");
    assertEquals("mvn -B -ntp verify\n", blocks.group(1));
    assertTrue(text.indexOf("\n## A short tour\n") > start, "the tour follows the Quick start");
  }

  @Test
  void embeddingSnippet_compilesAndRuns() throws Exception {
    String snippet = block(readme(), "### Embedding in Java", "java");
    String source = String.join("\n",
        "import org.corroborate.analysis.Analysis;",
        "import org.corroborate.analysis.AnalysisReport;",
        "import org.corroborate.analysis.dispute.Dispute;",
        "import org.corroborate.fixtures.ReferenceCorpora;",
        "import org.corroborate.model.EvidenceBase;",
        "public class Embedding {",
        "  public static void main(String[] args) {",
        snippet,
        "  }",
        "}",
        "");
    String out = compileAndRun("Embedding", source);
    assertTrue(out.startsWith("Conscripts are posted in the regions annexed in 2022"), out);
    assertTrue(out.contains("Pskovskaya Gubernia"), "the explanation names the sources: " + out);
  }

  @Test
  void trustPriorSnippet_compilesAndWeighsTheReferenceCorpus() throws Exception {
    String snippet = block(readme(), "## Truth discovery", "java");
    String source = String.join("\n",
        "import org.corroborate.analysis.Analysis;",
        "import org.corroborate.analysis.AnalysisReport;",
        "import org.corroborate.analysis.trust.EvidenceClaims;",
        "import org.corroborate.analysis.trust.TruthEstimate;",
        "import org.corroborate.analysis.trust.TruthFinder;",
        "import org.corroborate.analysis.weight.AdmiraltyWeightPolicy;",
        "import org.corroborate.analysis.weight.TrustWeightPolicy;",
        "import org.corroborate.analysis.weight.WeightPolicy;",
        "import org.corroborate.fixtures.ReferenceCorpora;",
        "import org.corroborate.model.EvidenceBase;",
        "public class TrustPrior {",
        "  public static void main(String[] args) {",
        "    EvidenceBase evidence = ReferenceCorpora.russiaConscription2025();",
        snippet,
        "    System.out.println(report.corroborations().size() + \" \" + report.disputes().size());",
        "  }",
        "}",
        "");
    org.corroborate.analysis.AnalysisReport plain =
        org.corroborate.analysis.Analysis.of(org.corroborate.fixtures.ReferenceCorpora.russiaConscription2025());
    assertEquals(plain.corroborations().size() + " " + plain.disputes().size() + "\n",
        compileAndRun("TrustPrior", source), "every proposition is still weighed, every dispute found");
  }

  /** Compiles {@code source} (class {@code name}) with the build's lint settings, runs its main, returns its output. */
  private String compileAndRun(String name, String source) throws Exception {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes-" + name));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-classpath",
            System.getProperty("java.class.path"), "-d", classes.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(file.toFile())).call();
    assertTrue(compiled, "the README snippet compiles: " + diagnostics + "\n" + source);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      return JBangExamplesTest.captured(() -> main.invoke(null, (Object) new String[0]));
    }
  }
}
