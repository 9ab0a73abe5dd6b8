package org.corroborate.ingest.evidence;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Access to the reference COI reports. The DIS/SMA report may be quoted but not redistributed, so
 * it is read from the directory named by the {@code COI_REPORTS_DIR} environment variable or the
 * {@code coi.reports.dir} system property; a test needing it is skipped, saying how to get it, when
 * it is absent — except under CI ({@code CI=true}), where it fails. The UK CPIN (Open Government
 * Licence v3.0) is bundled with the tests.
 */
final class ReferenceReports {

  static final String RUSSIA_CONSCRIPTION = "dis-sma-russia-conscription-2025.md";
  static final String UKRAINE_CPIN = "uk-cpin-ukraine-military-service-2025.md";

  private ReferenceReports() {}

  /** The DIS/SMA report's text; skips the calling test (or fails it under CI) when absent. */
  static String russiaConscription() throws IOException {
    Optional<Path> dir = Optional.ofNullable(System.getProperty("coi.reports.dir"))
        .or(() -> Optional.ofNullable(System.getenv("COI_REPORTS_DIR")))
        .filter(d -> !d.isBlank())
        .map(Path::of);
    Optional<Path> file = dir.map(d -> d.resolve(RUSSIA_CONSCRIPTION)).filter(Files::isRegularFile);
    String how = "the reference report " + RUSSIA_CONSCRIPTION + " is not available: set"
        + " COI_REPORTS_DIR (or -Dcoi.reports.dir) to a directory holding it (the Markdown rendering"
        + " of DIS/SMA, Russia – Conscription, January 2025, published by the Danish Immigration"
        + " Service at us.dk)";
    if (file.isEmpty()) {
      if ("true".equals(System.getenv("CI"))) {
        fail(how + "; under CI the reports must be present");
      }
      assumeTrue(false, how);
    }
    return Files.readString(file.get(), StandardCharsets.UTF_8);
  }

  /** The bundled UK CPIN's text. */
  static String ukraineCpin() {
    try (InputStream in = ReferenceReports.class.getResourceAsStream(UKRAINE_CPIN)) {
      if (in == null) {
        throw new IllegalStateException("the bundled report " + UKRAINE_CPIN + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
