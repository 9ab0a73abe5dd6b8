package org.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.corroborate.fixtures.ReferenceCorpora;
import org.corroborate.ingest.search.EvidenceSearch;
import org.corroborate.ingest.search.SearchResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Questions a caseworker asks of the reference corpus, in a caseworker's words — several in words
 * the corpus never uses ("draft dodger", "call-up papers", "AWOL" as a query, "kontraktnik") — each
 * with the propositions that truly answer it, chosen by reading the corpus; one of them must be
 * among the first five results.
 */
final class CaseworkerQueriesTest {

  private static final EvidenceSearch SEARCH =
      EvidenceSearch.over(ReferenceCorpora.russiaConscription2025());

  static Stream<Arguments> questions() {
    return Stream.of(
        Arguments.of("what happens to draft dodgers",
            Set.of("evaders-fined", "evaders-prosecuted", "evaders-imprisoned", "evasion-prison-rare")),
        Arguments.of("can he leave the country after getting call-up papers",
            Set.of("leave-after-summons", "leave-after-paper-summons", "exit-ban-in-law",
                "exit-ban-from-delivery")),
        Arguments.of("punishment for AWOL",
            Set.of("awol-punished-administratively", "awol-prison-term", "awol-statutory-prison-term",
                "desertion-prison-term", "awol-penalties-raised")),
        Arguments.of("are relatives of evaders harassed by the authorities",
            Set.of("family-pressured", "family-visited-by-police", "family-sanctioned")),
        Arguments.of("bullying in the army",
            Set.of("dedovshchina-prevalent", "dedovshchina-persists", "violence-in-ranks")),
        Arguments.of("are conscripts sent to the war zone in Ukraine",
            Set.of("front-line-ukraine", "posted-in-ukraine", "combat-ukraine", "front-line-war")),
        Arguments.of("conscientious objector",
            Set.of("acs-available", "acs-hard-to-obtain", "acs-unknown")),
        Arguments.of("military commissariat detains men in street raids",
            Set.of("raids-detain-conscripts", "raids-detain-conscripts-moscow")),
        Arguments.of("electronic call-up notice",
            Set.of("electronic-summons-in-use", "electronic-summons-law-in-place",
                "electronic-summons-via-gosuslugi")),
        Arguments.of("gay conscripts",
            Set.of("lgbt-hazing-risk", "lgbt-conscripts-bullied", "openly-gay-drafted", "lgbt-exemption")),
        Arguments.of("prosecution of deserters",
            Set.of("military-criminal-cases-2024", "desertion-prison-term", "awol-penalties-raised",
                "awol-desertion-in-custody")),
        Arguments.of("exit ban after a summons", Set.of("exit-ban-in-law", "exit-ban-from-delivery")),
        Arguments.of("draft dodger prison sentence",
            Set.of("evaders-imprisoned", "evasion-prison-rare", "evasion-prison-in-law")),
        Arguments.of("are conscripts deployed to Kursk",
            Set.of("posted-in-kursk", "transferred-to-kursk", "kursk-posting-lawful")),
        Arguments.of("mobilization evaders jailed", Set.of("mobilisation-evaders-imprisoned")),
        Arguments.of("are conscripts forced to sign contracts",
            Set.of("contract-pressure", "contract-coercion-widespread", "contract-physical-coercion")),
        Arguments.of("povestka handed to a family member", Set.of("summons-to-family-valid")),
        Arguments.of("how much is a kontraktnik paid", Set.of("contract-monthly-pay")),
        Arguments.of("are conscripts sent to fight in the occupied territories",
            Set.of("posted-in-annexed-2022", "posted-in-territory-russia-claims", "combat-annexed")),
        Arguments.of("is a draft evader who returns from abroad arrested",
            Set.of("evaders-charged-on-return")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void search_anAnswerInTheFirstFive(String words, Set<String> answers) {
    List<String> top = SEARCH.search(words, 5).stream().map(SearchResult::proposition)
        .map(p -> p.id()).toList();
    assertTrue(top.stream().anyMatch(answers::contains),
        "'" + words + "' should find one of " + answers + " in the first five: " + top);
  }
}
