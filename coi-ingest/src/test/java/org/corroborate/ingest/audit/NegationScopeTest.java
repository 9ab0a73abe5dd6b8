package org.corroborate.ingest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.corroborate.ingest.text.CoiTextAnalyzer;
import org.junit.jupiter.api.Test;

/** The negation scope on short sentences: cues, pseudo-negations, terminations, side clauses. */
final class NegationScopeTest {

  private static Set<String> stems(String words) {
    return Set.copyOf(CoiTextAnalyzer.create().stems(words));
  }

  private static boolean negates(String sentence, String words) {
    return NegationScope.of(sentence).negates(stems(words));
  }

  @Test
  void aVerbalNegationGovernsItsClauseSubjectIncluded() {
    assertTrue(negates("Conscripts are not posted in the annexed regions.", "posted regions"));
    assertTrue(negates("That number has not decreased, according to officials.", "number"));
    assertTrue(negates("Conscripts can't leave the country.", "leave country"));
    assertFalse(negates("That number has not decreased, according to officials.", "officials"));
  }

  @Test
  void aNominalNegationGovernsThePhraseAfterIt() {
    assertTrue(negates("The authorities have no interest in searching for evaders.", "searching"));
    assertFalse(negates("The authorities have no interest in searching for evaders.", "authorities"));
    assertTrue(negates("The quota is filled rather than searching for the draft evaders.", "evaders"));
  }

  @Test
  void pseudoNegationsNegateNothing() {
    assertFalse(NegationScope.of("Conscripts are not only posted in Kursk.").any());
    assertFalse(NegationScope.of("He would not necessarily be given a summons.").any());
    assertFalse(NegationScope.of("There is no doubt that evasion has increased.").any());
    assertFalse(NegationScope.of("Asking for help would more likely than not make it worse.").any());
    assertFalse(NegationScope.of("Whether or not he signs, the summons counts.").any());
  }

  @Test
  void litotesAndDoubleNegationAffirm() {
    assertFalse(NegationScope.of("Dedovshchina is not an uncommon practice.").any());
    assertFalse(NegationScope.of("LGBT members are not generally reluctant to reveal it.").any());
    assertFalse(NegationScope.of("Physical violence is not rare.").any());
  }

  @Test
  void neitherAndNorBothNegate() {
    assertTrue(negates("Neither the police nor the Voenkomat searched for him.", "police"));
    assertTrue(negates("Neither the police nor the Voenkomat searched for him.", "Voenkomat"));
  }

  @Test
  void aScopeEndsAtPunctuationAndAtAConjunction() {
    String side = "Family members pressure him to appear at the Voenkomat, as they do not want him to break"
        + " the law.";
    assertFalse(negates(side, "pressure Voenkomat family"));
    assertTrue(negates(side, "law"));
    String contrast = "He was not summoned but the police came to his home.";
    assertTrue(negates(contrast, "summoned"));
    assertFalse(negates(contrast, "police home"));
    assertFalse(negates("He has no account, and the summons counts as delivered.", "summons delivered"));
  }

  @Test
  void aScopeRunsOverAWindowOfWords() {
    String longClause = "It is not the case that the military authorities of the region will summon"
        + " conscripts";
    assertTrue(negates(longClause, "military"));
    assertFalse(negates(longClause, "conscripts"));
  }

  @Test
  void inabilityAndRefusalNegateTheVerbAfterThem() {
    assertTrue(negates("LGBT members are reluctant to reveal their orientation.", "reveal"));
    assertTrue(negates("Soldiers are unable to obtain assistance.", "assistance"));
    assertTrue(negates("He refused to sign the summons.", "sign"));
    assertTrue(negates("Men can no longer be drafted at 30.", "drafted"));
  }

  @Test
  void explainsTheWordsUnderANegation() {
    assertEquals("[Conscripts are not posted in the annexed regions]",
        NegationScope.of("Conscripts are not posted in the annexed regions.").explain());
  }
}
