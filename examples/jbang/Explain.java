///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17
//DEPS org.corroborate:coi-analysis:0.1.0-SNAPSHOT
//DEPS org.corroborate:coi-fixtures:0.1.0-SNAPSHOT

import org.corroborate.analysis.Analysis;
import org.corroborate.analysis.AnalysisReport;
import org.corroborate.fixtures.ReferenceCorpora;

/**
 * Why the reference corpus weighs a proposition as it does: every bearing, line and weight. Run
 * with {@code jbang examples/jbang/Explain.java [PROPOSITION-ID]}; the default is the
 * annexed-regions question, {@code posted-in-annexed-2022}.
 */
public class Explain {

  public static void main(String... args) {
    String proposition = args.length > 0 ? args[0] : "posted-in-annexed-2022";
    AnalysisReport report = Analysis.of(ReferenceCorpora.russiaConscription2025());
    report.explain(proposition).forEach(System.out::println);
  }
}
