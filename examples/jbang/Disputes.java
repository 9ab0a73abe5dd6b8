///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17
//DEPS org.corroborate:coi-analysis:0.1.0-SNAPSHOT
//DEPS org.corroborate:coi-fixtures:0.1.0-SNAPSHOT

import java.util.Locale;
import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.analysis.dispute.Camp;
import org.corroborate.analysis.dispute.Dispute;
import org.corroborate.fixtures.ReferenceCorpora;

/**
 * The disputes of the reference corpus, DIS/SMA, Russia – Conscription (January 2025), one line
 * each, heaviest first: the question and how many independent lines of evidence stand on each
 * side. Run with {@code jbang examples/jbang/Disputes.java [N]} (N: how many, default 10) after
 * {@code mvn install} from the repository root.
 */
public class Disputes {

  public static void main(String... args) {
    int limit = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    AnalysisReport report = Analysis.of(ReferenceCorpora.russiaConscription2025());
    System.out.printf(Locale.ROOT, "%d disputes in DIS/SMA, Russia - Conscription (January 2025)%n",
        report.disputes().size());
    int n = 0;
    for (Dispute d : report.disputes().subList(0, Math.min(limit, report.disputes().size()))) {
      StringBuilder sides = new StringBuilder();
      for (Camp c : d.camps()) {
        sides.append(sides.length() == 0 ? "" : " vs ").append(c.kind().name().toLowerCase(Locale.ROOT))
            .append(' ').append(c.independentLines());
      }
      System.out.printf(Locale.ROOT, "%2d. %s [%s, weight %.2f]%n", ++n, d.proposition().text(), sides,
          d.weight());
    }
  }
}
