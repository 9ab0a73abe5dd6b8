package org.corroborate.bench;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.corroboration.Corroboration;
import org.corroborate.analysis.corroboration.EvidenceLine;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.analysis.dispute.NonDispute;
import org.corroborate.analysis.scope.Bearing;

/**
 * A SHA-256 digest of everything an analysis found, written out line by line in a fixed order:
 * every bearing, every corroboration with its verdict, weights and lines, every dispute with its
 * camps, reason, covers and differs-at, every near-miss with its reason and bearings, the
 * clusters, the outliers and the acceptance of every assertion. Two analyses with equal digests
 * found the same things.
 */
final class AnalysisDigest {

  private AnalysisDigest() {}

  static String of(AnalysisReport report) {
    Hasher h = Hashing.sha256().newHasher();
    for (Corroboration c : report.corroborations()) {
      String id = c.proposition().id();
      for (Bearing b : report.derivation().bearingsOn(id)) {
        line(h, "bearing " + id + " " + bearing(b));
      }
      line(h, String.format(Locale.ROOT, "corroboration %s %s %.9f %.9f %.9f %.9f %b", id,
          c.verdict(), c.support(), c.opposition(), c.absenceWeight(), c.weight(), c.overlapping()));
      for (EvidenceLine l : c.supporting()) {
        line(h, "supporting " + lineText(l));
      }
      for (EvidenceLine l : c.opposing()) {
        line(h, "opposing " + lineText(l));
      }
      for (EvidenceLine l : c.absence()) {
        line(h, "absence " + lineText(l));
      }
      c.values().forEach(v -> {
        line(h, "camp " + v.common() + " " + v.span() + " " + v.category() + " "
            + String.format(Locale.ROOT, "%.9f", v.weight()));
        v.lines().forEach(l -> line(h, "  " + lineText(l)));
      });
    }
    for (Dispute d : report.disputes()) {
      line(h, String.format(Locale.ROOT, "dispute %s %.9f %s %s %s", d.id(), d.weight(),
          d.reason(), d.covers(), d.differsAt()));
      for (Camp c : d.camps()) {
        line(h, "  " + c.kind() + " " + c.label() + String.format(Locale.ROOT, " %.9f", c.weight()));
        c.lines().forEach(l -> line(h, "    " + lineText(l)));
      }
    }
    for (NonDispute n : report.nonDisputes()) {
      line(h, "near-miss " + n.proposition().id() + " " + n.kind() + " " + n.reason());
      n.bearings().forEach(b -> line(h, "  " + bearing(b)));
    }
    report.clusters().forEach(c -> line(h, "cluster " + c));
    report.outliers().forEach(o -> line(h, "outlier " + o));
    line(h, "in " + report.acceptance().in());
    line(h, "out " + report.acceptance().out());
    line(h, "undecided " + report.acceptance().undecided());
    return h.hash().toString();
  }

  private static String bearing(Bearing b) {
    return b.assertion().id() + " " + b.direction() + " " + b.why() + " " + b.via().orElse("-")
        + " " + b.time();
  }

  private static String lineText(EvidenceLine l) {
    StringBuilder out = new StringBuilder(l.id())
        .append(String.format(Locale.ROOT, " %.9f", l.weight()));
    l.bearings().forEach(b -> out.append(' ').append(bearing(b)));
    return out.toString();
  }

  private static void line(Hasher h, String text) {
    h.putString(text, StandardCharsets.UTF_8).putByte((byte) '\n');
  }
}
