///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17
//DEPS org.corroborate:coi-analysis:0.1.0-SNAPSHOT
//DEPS org.corroborate:coi-fixtures:0.1.0-SNAPSHOT
//DEPS org.corroborate:coi-case:0.1.0-SNAPSHOT

import java.nio.file.Path;
import org.corroborate.casework.Case;
import org.corroborate.casework.consistency.Assessment;
import org.corroborate.casework.consistency.ExternalConsistency;
import org.corroborate.casework.consistency.FactAssessment;
import org.corroborate.casework.json.CaseJson;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.model.EvidenceBase;

/**
 * An applicant's material facts against the COI of the reference corpus available on the decision
 * date: one line per fact with its outcome and pivotal sources, then the reason. Run with {@code
 * jbang examples/jbang/Assess.java [CASE.json]}; the default is {@code
 * docs/examples/cases/conscript-left-after-summons.json}.
 */
public class Assess {

  public static void main(String... args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0]
        : "docs/examples/cases/conscript-left-after-summons.json");
    EvidenceBase evidence = ReferenceCorpora.russiaConscription2025();
    Case c = CaseJson.read(file, evidence);
    Assessment assessment = ExternalConsistency.over(evidence).assess(c);
    System.out.println("Case " + assessment.caseId() + ", decided " + assessment.decisionDate()
        + ": " + assessment.facts().size() + " facts");
    for (FactAssessment f : assessment.facts()) {
      System.out.println("- " + f.fact().id() + ": " + f.outcome()
          + (f.pivotal().isEmpty() ? "" : " (pivotal: " + String.join(", ", f.pivotal()) + ")"));
      System.out.println("  " + f.reason());
    }
  }
}
