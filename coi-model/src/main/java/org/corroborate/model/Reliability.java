package org.corroborate.model;

/**
 * The reliability of a source on the NATO Admiralty scale (STANAG 2511, AJP-2.1): a letter from A
 * (completely reliable) to F (reliability cannot be judged).
 *
 * <p>A source whose reliability is not given is graded {@link #F}: on the Admiralty scale "cannot
 * be judged" is itself a grade, and it is what EUAA-methodology reports such as DIS/SMA's give for
 * every interview source.
 */
public enum Reliability {
  /** Completely reliable: no doubt of authenticity, trustworthiness or competency. */
  A("completely reliable"),
  /** Usually reliable: minor doubt; a history of valid information most of the time. */
  B("usually reliable"),
  /** Fairly reliable: doubt; has provided valid information in the past. */
  C("fairly reliable"),
  /** Not usually reliable: significant doubt; has provided valid information in the past. */
  D("not usually reliable"),
  /** Unreliable: lacking in authenticity, trustworthiness and competency. */
  E("unreliable"),
  /** Reliability cannot be judged: no basis for evaluating the source. */
  F("reliability cannot be judged");

  private final String description;

  Reliability(String description) {
    this.description = description;
  }

  /** The grade's meaning in words, as the Admiralty scale gives it. */
  public String description() {
    return description;
  }
}
