package org.corroborate.model;

/** What kind of speaker a {@link Source} is. The kinds are those COI reports distinguish. */
public enum SourceKind {
  /** A researcher at a university or research institute. */
  ACADEMIC,
  /** A policy research organisation (for example the Institute for the Study of War). */
  THINK_TANK,
  /** A non-governmental organisation. */
  NGO,
  /** A person or group defending human rights, such as a human-rights group's director. */
  HUMAN_RIGHTS_DEFENDER,
  /** An individual journalist. */
  JOURNALIST,
  /** A media outlet: newspaper, broadcaster, online medium, news agency. */
  MEDIA_OUTLET,
  /** A practising lawyer. */
  LAWYER,
  /** A government body or official. */
  GOVERNMENT,
  /** An international or intergovernmental organisation. */
  INTERNATIONAL_ORGANISATION,
  /** A law, decree or other legal text, cited as a source of what the law says. */
  LEGAL_TEXT,
  /** A social-media account or channel (for example a Telegram channel). */
  SOCIAL_MEDIA,
  /** A source whose identity is withheld. */
  ANONYMOUS
}
