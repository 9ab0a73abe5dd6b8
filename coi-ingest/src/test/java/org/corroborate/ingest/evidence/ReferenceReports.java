package org.corroborate.ingest.evidence;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    return org.corroborate.model.ReferenceReports.text(RUSSIA_CONSCRIPTION);
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
