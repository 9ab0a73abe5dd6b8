package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JBang scripts of {@code examples/jbang} and the catalog at the repository root keep working.
 * JBang is not needed: each script is compiled with the JDK's compiler, with the build's lint
 * settings, and run against the test class path, which holds the artifacts its {@code //DEPS}
 * name.
 */
final class JBangExamplesTest {

  private static final Path ROOT = Path.of("..");
  private static final Path JBANG = ROOT.resolve("examples/jbang");

  @TempDir Path dir;

  /** The project version, from the root POM. */
  private static String version() throws IOException {
    Matcher m = Pattern.compile("<artifactId>corroborate-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8));
    assertTrue(m.find(), "the root POM names its version");
    return m.group(1);
  }

  private static List<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(JBANG)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Test
  void jbangCatalog_aliasesNameScriptsThatExist() throws IOException {
    JsonNode catalog = new ObjectMapper().readTree(ROOT.resolve("jbang-catalog.json").toFile());
    assertEquals("examples/jbang/Disputes.java",
        catalog.get("aliases").get("corroborate").get("script-ref").asText());
    String cli = "org.corroborate:coi-cli:" + version();
    catalog.get("aliases").forEach(alias -> {
      String ref = alias.get("script-ref").asText();
      if (ref.equals(cli)) {
        assertEquals(Coi.class.getName(), alias.path("main").asText(),
            "the command-line alias names the command line's main class: " + alias);
      } else {
        assertTrue(Files.isRegularFile(ROOT.resolve(ref)),
            "every other alias runs a script of the repository: " + alias);
      }
    });
    assertEquals(cli, catalog.get("aliases").get("coi").get("script-ref").asText(),
        "the alias coi runs the installed command line");
  }

  /**
   * The output the examples check ({@code examples/check.sh}) expects from JBang is what the
   * scripts print: the expected files are kept true here, without JBang.
   */
  @Test
  void jbangExpectedOutput_isWhatTheScriptsPrint() throws Exception {
    assertEquals(expected("jbang-corroborate-3.txt"), run(JBANG.resolve("Disputes.java"), "Disputes", "3"));
    assertEquals(expected("jbang-explain-posted-in-annexed-2022.txt"),
        run(JBANG.resolve("Explain.java"), "Explain", "posted-in-annexed-2022"));
    assertEquals(expected("jbang-assess-conscript-left-after-summons.txt"),
        run(JBANG.resolve("Assess.java"), "Assess",
            "../docs/examples/cases/conscript-left-after-summons.json"));
  }

  private static String expected(String name) throws IOException {
    return Files.readString(ROOT.resolve("examples/expected").resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void jbangScripts_declareJava17AndTheInstalledArtifacts() throws IOException {
    String version = version();
    assertFalse(scripts().isEmpty(), "there are scripts");
    for (Path script : scripts()) {
      List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
      assertTrue(lines.contains("//JAVA 17"), script + " asks for Java 17");
      assertTrue(lines.contains("//DEPS org.corroborate:coi-analysis:" + version), script + " depends on the analysis");
      assertTrue(lines.contains("//DEPS org.corroborate:coi-fixtures:" + version), script + " depends on the fixtures");
    }
  }

  @Test
  void jbangDisputes_compilesAndPrintsTheAnnexedRegionsDisputeFirst() throws Exception {
    String out = run(JBANG.resolve("Disputes.java"), "Disputes", "3");
    List<String> lines = out.lines().toList();
    assertEquals(4, lines.size(), "a count and three disputes: " + out);
    assertTrue(lines.get(0).matches("\\d+ disputes in DIS/SMA, Russia - Conscription \\(January 2025\\)"), out);
    assertTrue(lines.get(1).startsWith(" 1. Conscripts are posted in the regions annexed in 2022"), out);
    assertTrue(lines.get(1).contains("[affirms 4 vs denies 3, weight 0."), out);
  }

  @Test
  void jbangExplain_compilesAndExplainsTheAnnexedRegionsQuestion() throws Exception {
    String out = run(JBANG.resolve("Explain.java"), "Explain");
    assertTrue(out.contains("Pskovskaya Gubernia"), "names the sources: " + out);
  }

  /** Compiles a script as the JBang build would (with our lint settings) and runs its main. */
  private String run(Path script, String className, String... args) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none", "-classpath",
            System.getProperty("java.class.path"), "-d", classes.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjects(script.toFile())).call();
    assertTrue(compiled, script + " compiles: " + diagnostics);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      return captured(() -> main.invoke(null, (Object) args));
    }
  }

  interface Action {
    void run() throws Exception;
  }

  static String captured(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
