package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.PartialDate;

/**
 * Reads one written-source reference into outlet (or authors), title, URL, locator and date.
 *
 * <p>Three families of style are read: the CPIN footnote ({@code Outlet, Title <url> (locator),
 * date}), the EUAA/ACCORD footnote ({@code Outlet: Title, date, url}) and the DIS footnote
 * ({@code Outlet, *Title*, date, [url](#), p. 4}). The reference is cut at its link (or, without
 * one, at its first date, "undated" or locator part): before it stand the outlet and the title,
 * after it the locator and the date.
 *
 * <ul>
 *   <li>Outlet: an author list in the bibliographic form {@code Surname, A and Surname, B} (the
 *       title may follow without a comma); else the words before the first colon when it comes
 *       before any comma ({@code ACCORD: Title}); else the words before the first comma, extended
 *       over further parts that other references of the same report share with different titles
 *       ({@code IRI, Consular Affairs, Mumbai, Buying …}); else, with no comma at all, an outlet the
 *       report uses elsewhere that starts the text ({@code Forum 18 About Forum 18}).</li>
 *   <li>Locator: every parenthesised part after the link that is neither a date nor a note on
 *       translation or subscription, kept whole ({@code (section 1.2.)}, {@code (page 16, footnote
 *       92)}, {@code (Overview)}, {@code (Articles 12 to 15)}), and every part that starts with a
 *       locator word ({@code p. 4}, {@code Статья 3}); several are joined with {@code ", "}.</li>
 *   <li>Date: the first date after the link outside parentheses, as precisely as written (day,
 *       month or year alone; {@code updated}, {@code amended} and the like are read through);
 *       a date in parentheses only when no other is given; none for "no date" and "undated".</li>
 * </ul>
 *
 * <p>Every reading that could have gone another way is returned as a doubt naming the
 * alternative, for the caller to report. Immutable and thread-safe once built; {@link #read} runs
 * in time linear in the reference's length.
 */
public final class WrittenReferenceReader {

  /**
   * A reference read and what was uncertain about it.
   *
   * @param reference the reference
   * @param doubts one sentence per uncertain split, naming the reading taken and the alternative
   */
  public record Reading(WrittenReference reference, ImmutableList<String> doubts) {
    /** Validates and copies. */
    public Reading {
      Objects.requireNonNull(reference, "reference");
      doubts = ImmutableList.copyOf(doubts);
    }
  }

  private static final Pattern ANGLE_URL = Pattern.compile("<\\s*(https?://[^>\\s]+)\\s*>");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s<>\\]]+");
  private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August"
      + "|September|October|November|December";
  private static final String MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  private static final String MONTH = "(" + MONTH_NAMES + "|(?:" + MONTH_SHORT + ")\\.?)";
  private static final String YEAR = "((?:1[89]|20)\\d{2})";
  private static final String DATE_PREFIX =
      "(?i:(?:last\\s+)?updated|amended|published|accessed|as\\s+of|dated|issued|last\\s+modified)"
          + ":?\\s*";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})(?:\\s*[/–-]\\s*(\\d{1,2}))?(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+"
          + YEAR + "(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "(?!\\d)");
  private static final Pattern ISO = Pattern.compile("(?<!\\d)" + YEAR + "-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{2})\\.(\\d{2})\\." + YEAR + "(?!\\d)");
  private static final Pattern YEAR_ONLY = Pattern.compile("^" + YEAR + "$");
  private static final Pattern UNDATED = Pattern.compile(
      "(?i)^\\[?(?:no\\s+date|undated|n\\.\\s?d\\.?|date\\s+unknown)\\]?\\.?$");
  private static final Pattern LOCATOR_WORD = Pattern.compile(
      "(?iu)^(?:pp?\\.|pages?|paras?\\.?|paragraphs?|sections?|s\\.|chapters?|ch\\.|articles?|arts?\\."
          + "|annex(?:es)?|appendix|appendices|footnotes?|fn\\.?|tables?|figures?|fig\\.|parts?|books?"
          + "|volumes?|vol\\.|points?|items?|clauses?|rules?|abstract\\s+of|статья|статьи|глава|ст\\.)"
          + "(?:\\s|\\d|$)");
  private static final Pattern NOTE_IN_BRACKETS = Pattern.compile(
      "(?i)^(?:(?:english\\s+)?translat\\w*(?:\\s+(?:into|from)\\s+\\w+)?|\\w+\\s+translation"
          + "|machine\\s+translat\\w*|(?:via\\s+|by\\s+)?subscription|paywall(?:ed)?|pdf|archived"
          + "|archive|in\\s+\\w+|original\\s+in\\s+\\w+)$");
  private static final Pattern INITIALS =
      Pattern.compile("^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\\.?\\s+)?[A-Z]\\.?(?:\\s?[A-Z]\\.?){0,2}"
          + "(?=,\\s|\\s+(?:and|&)\\s|\\s+\\p{Lu}|$)");
  private static final Pattern HONORIFIC_NAME =
      Pattern.compile("^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\\.?\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?");
  private static final Pattern GIVEN_NAME_AND = Pattern.compile("^\\p{Lu}[\\p{Ll}'’-]+(?=\\s+(?:and|&)\\s)");
  private static final Pattern SURNAME = Pattern.compile("^\\p{Lu}\\p{Ll}[\\p{Ll}'’-]*(?:-\\p{Lu}\\p{Ll}+)?$");
  private static final Pattern AUTHOR_JOIN = Pattern.compile("^(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|,\\s+)");
  private static final Set<String> MONTH_WORDS = ImmutableSet.copyOf(
      (MONTH_NAMES + "|" + MONTH_SHORT).split("\\|"));

  private final Set<String> knownOutlets;
  private final Map<String, Set<String>> nextParts;

  private WrittenReferenceReader(Set<String> knownOutlets, Map<String, Set<String>> nextParts) {
    this.knownOutlets = knownOutlets;
    this.nextParts = nextParts;
  }

  /** A reader that knows nothing of the report the reference comes from. */
  public static WrittenReferenceReader standalone() {
    return new WrittenReferenceReader(Set.of(), Map.of());
  }

  /**
   * A reader that knows the outlets of {@code references}, the other references of the same
   * report: which first parts they use, and which further parts they share with different titles.
   * O(total length).
   */
  public static WrittenReferenceReader knowing(Collection<String> references) {
    Set<String> outlets = new TreeSet<>();
    Map<String, Set<String>> next = new HashMap<>();
    for (String r : references) {
      List<String> head = commaParts(beforeLink(r.strip()));
      if (head.size() >= 2) {
        outlets.add(head.get(0));
      }
      StringBuilder prefix = new StringBuilder();
      for (int k = 0; k + 1 < head.size(); k++) {
        prefix.append(k == 0 ? "" : ", ").append(head.get(k));
        next.computeIfAbsent(prefix.toString(), x -> new TreeSet<>()).add(head.get(k + 1));
      }
    }
    return new WrittenReferenceReader(Set.copyOf(outlets), Map.copyOf(next));
  }

  /** Reads {@code text}, one written reference. */
  public Reading read(String text) {
    String clean = text.strip();
    int close = clean.indexOf('*', 1);
    if (clean.startsWith("*") && close > 0 && clean.substring(1, close).contains(", ")
        && clean.substring(1, close).split(", ").length <= 3 && !clean.substring(1, close).contains("<")) {
      // emphasis over outlet and title together: "*Verstka, Title*, 13 November 2024"
      clean = clean.substring(1, close) + clean.substring(close + 1);
    }
    List<String> doubts = new ArrayList<>();
    Optional<String> url = Optional.empty();
    int cutStart = -1;
    int cutEnd = -1;
    Matcher angle = ANGLE_URL.matcher(clean);
    Matcher link = LINK.matcher(clean);
    Matcher bare = BARE_URL.matcher(clean);
    if (angle.find()) {
      url = Optional.of(angle.group(1));
      cutStart = angle.start();
      cutEnd = angle.end();
    }
    Optional<String> linkLocator = Optional.empty();
    while (link.find()) {
      boolean real = link.group(2).matches("https?://.+");
      if (!real && !link.group(1).matches("(?i)\\s*url\\b.*")) {
        continue; // a link inside a title, with no target
      }
      if (cutStart < 0 || link.start() < cutStart) {
        url = real ? Optional.of(link.group(2)) : Optional.empty();
        cutStart = link.start();
        cutEnd = link.end();
        Matcher inLink = Pattern.compile("(?i)^\\s*url\\s*,\\s*(.+)$").matcher(link.group(1));
        linkLocator = inLink.find() ? Optional.of(inLink.group(1).strip()) : Optional.empty();
      }
      break;
    }
    if (cutStart < 0 && bare.find()) {
      String u = bare.group().replaceAll("[.,;:)’”]+$", "");
      url = Optional.of(u);
      cutStart = bare.start();
      cutEnd = bare.start() + u.length();
    }
    String head;
    String tail;
    if (cutStart >= 0) {
      head = clean.substring(0, cutStart);
      tail = clean.substring(cutEnd);
    } else {
      head = head(clean);
      tail = clean.substring(head.length());
    }
    List<String> headParts = new ArrayList<>(commaParts(head));
    List<String> locators = new ArrayList<>();
    linkLocator.ifPresent(locators::add);
    List<PartialDate> headDates = new ArrayList<>();
    boolean undated = false;
    // trailing parts of the head that are locators or dates (DIS: "Title, Статья 3, [url](#)");
    // a title that runs into its link without a comma ends at the link
    boolean commaBeforeLink = cutStart < 0 || head.stripTrailing().endsWith(",");
    while (headParts.size() > 2) {
      String last = headParts.get(headParts.size() - 1);
      if (UNDATED.matcher(last).matches()) {
        undated = true;
      } else if (!commaBeforeLink) {
        break;
      } else if (LOCATOR_WORD.matcher(last).find() && last.matches("(?s).*[\\dIVXLC].*")) {
        locators.add(0, trimLocator(last));
      } else if (dateOf(last, doubts).isPresent()) {
        headDates.add(0, dateOf(last, new ArrayList<>()).get());
      } else if (UNDATED.matcher(last).matches()) {
        undated = true;
      } else {
        break;
      }
      headParts.remove(headParts.size() - 1);
    }
    String[] outletTitle = outletAndTitle(String.join(", ", headParts), doubts);
    Optional<PartialDate> date = Optional.empty();
    Optional<PartialDate> bracketDate = Optional.empty();
    for (Item item : items(tail)) {
      String t = item.text();
      if (t.isEmpty()) {
        continue;
      }
      Optional<PartialDate> d = dateOf(t, doubts);
      if (item.bracketed()) {
        if (d.isPresent()) {
          bracketDate = bracketDate.or(() -> d);
        } else if (!NOTE_IN_BRACKETS.matcher(t).matches() && !UNDATED.matcher(t).matches()) {
          locators.add(t);
        }
        continue;
      }
      if (d.isPresent()) {
        if (date.isEmpty()) {
          date = d;
        }
        String before = beforeDate(t);
        if (!before.isEmpty() && LOCATOR_WORD.matcher(before).find()) {
          locators.add(trimLocator(before));
        }
      } else if (UNDATED.matcher(t).matches()) {
        undated = true;
      } else if (t.matches("(?i)^url\\b.*") || t.matches("(?i)^" + DATE_PREFIX + ".*")) {
        continue; // a bare "url", or an amendment date without a year
      } else if (LOCATOR_WORD.matcher(t).find() || cutStart >= 0 && !t.matches("(?s)^\\W*$")) {
        locators.add(trimLocator(t));
      }
    }
    if (date.isEmpty() && !headDates.isEmpty()) {
      date = Optional.of(headDates.get(0));
    }
    if (date.isEmpty() && !undated) {
      date = bracketDate;
    }
    Optional<String> locator = locators.isEmpty()
        ? Optional.empty() : Optional.of(String.join(", ", locators));
    return new Reading(new WrittenReference(clean, nonEmpty(outletTitle[0]), nonEmpty(outletTitle[1]),
        date, url, locator.filter(l -> !l.isBlank())), ImmutableList.copyOf(doubts));
  }

  /** Outlet and title of the part before the link. */
  private String[] outletAndTitle(String head, List<String> doubts) {
    String h = head.strip().replaceAll("[,.\\s]+$", "");
    Matcher see = Pattern.compile("(?i)^.*?\\bsee(?: also)?:\\s+").matcher(h);
    if (see.find() && see.end() < h.length()) {
      doubts.add("the prose '" + see.group().strip() + "' before the reference is left out of its"
          + " outlet and title");
      h = h.substring(see.end());
    }
    if (h.isEmpty()) {
      return new String[] {"", ""};
    }
    Optional<String[]> authors = authors(h, doubts);
    if (authors.isPresent()) {
      return authors.get();
    }
    List<String> parts = commaParts(h);
    int colon = topLevel(h, ": ");
    int comma = topLevel(h, ", ");
    if (colon > 0 && (comma < 0 || colon < comma) && h.substring(0, colon).split("\\s+").length <= 8) {
      return new String[] {h.substring(0, colon), title(h.substring(colon + 2))};
    }
    if (parts.size() == 1) {
      String known = null;
      for (String o : knownOutlets) {
        if (h.startsWith(o + " ") && (known == null || o.length() > known.length())) {
          known = o;
        }
      }
      if (known != null) {
        doubts.add("no comma between source and title; '" + known + "' is read as the outlet since"
            + " other references of this report name it; the alternative is '" + h
            + "' as one title with no outlet");
        return new String[] {known, title(h.substring(known.length() + 1))};
      }
      if (h.split("\\s+").length > 3) {
        doubts.add("no comma between source and title in '" + h + "'; read as a title with no"
            + " outlet; the alternative is an outlet of the first words");
        return new String[] {"", title(h)};
      }
      return new String[] {h, ""};
    }
    int k = 1;
    StringBuilder prefix = new StringBuilder(parts.get(0));
    for (int i = 1; i + 1 < parts.size(); i++) {
      String p = parts.get(i);
      if (p.matches("(?s).*\\d.*")) {
        break;
      }
      String candidate = prefix + ", " + p;
      Set<String> next = nextParts.getOrDefault(candidate, Set.of());
      if (next.size() >= 2 && next.stream().noneMatch(n -> n.matches("^(?:\\d|" + MONTH_NAMES + ").*"))) {
        k = i + 1;
      }
      prefix.append(", ").append(p);
    }
    String outlet = String.join(", ", parts.subList(0, k));
    if (k > 1) {
      doubts.add("'" + outlet + "' is read as the outlet, since other references of this report"
          + " share it with different titles; the alternative is the outlet '" + parts.get(0) + "'");
    }
    return new String[] {outlet, title(String.join(", ", parts.subList(k, parts.size())))};
  }

  /** The author list at the start of {@code h} ({@code Surname, A and Surname, B}), if any. */
  private static Optional<String[]> authors(String h, List<String> doubts) {
    int pos = 0;
    int count = 0;
    int end = -1;
    boolean nameGiven = false;
    while (true) {
      int comma = h.indexOf(", ", pos);
      if (comma < 0 || !SURNAME.matcher(h.substring(pos, comma)).matches()) {
        break;
      }
      String rest = h.substring(comma + 2);
      Matcher m = HONORIFIC_NAME.matcher(rest);
      Matcher i = INITIALS.matcher(rest);
      Matcher g = GIVEN_NAME_AND.matcher(rest);
      int len;
      if (m.lookingAt()) {
        len = m.end();
      } else if (g.lookingAt()) {
        len = g.end();
        nameGiven = true;
      } else if (i.lookingAt()) {
        len = i.end();
      } else {
        break;
      }
      count++;
      end = comma + 2 + len;
      Matcher join = AUTHOR_JOIN.matcher(h.substring(end));
      if (join.lookingAt()) {
        int after = end + join.end();
        int nextComma = h.indexOf(", ", after);
        if (nextComma > 0 && SURNAME.matcher(h.substring(after, nextComma)).matches()) {
          pos = after;
          continue;
        }
        if (nameGiven && h.substring(end).matches("^\\s+(?:and|&)\\s+\\p{Ll}.*")) {
          // "Zeidan, Adam and fact-checked by Britannica Editors, 12-Day War"
          int c = h.indexOf(", ", after);
          if (c > 0) {
            end = c;
          }
        }
      }
      break;
    }
    if (count == 0) {
      return Optional.empty();
    }
    String outlet = h.substring(0, end).strip();
    String rest = h.substring(end);
    if (rest.startsWith(",")) {
      return Optional.of(new String[] {outlet, title(rest.substring(1))});
    }
    if (rest.isBlank()) {
      return Optional.of(new String[] {outlet, ""});
    }
    doubts.add("no comma between the authors '" + outlet + "' and the title '" + rest.strip()
        + "'; the title is read as starting after the last initial");
    return Optional.of(new String[] {outlet, title(rest)});
  }

  /** A title without the emphasis or quotes that wrap it whole. */
  private static String title(String t) {
    String s = t.strip().replaceAll("[,\\s]+$", "");
    for (String[] w : new String[][] {{"*", "*"}, {"“", "”"}, {"\"", "\""}, {"«", "»"}, {"‘", "’"}}) {
      if (s.length() > 2 && s.startsWith(w[0]) && s.endsWith(w[1])
          && s.indexOf(w[1], w[0].length()) == s.length() - w[1].length()) {
        s = s.substring(w[0].length(), s.length() - w[1].length()).strip().replaceAll(",$", "");
      }
    }
    return s;
  }

  private static Optional<String> nonEmpty(String s) {
    return Optional.of(s.strip()).filter(x -> !x.isEmpty());
  }

  private static String trimLocator(String t) {
    return t.strip().replaceAll("^[(\\[]+|[)\\].,;:\\s]+$", "").strip();
  }

  /** The text of an item before the date it ends with. */
  private static String beforeDate(String t) {
    for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR, ISO, DOTTED)) {
      Matcher m = p.matcher(t);
      if (m.find()) {
        return t.substring(0, m.start()).replaceAll("(?i)" + DATE_PREFIX + "$", "")
            .replaceAll("[.,\\s]+$", "").strip();
      }
    }
    return "";
  }

  /** The part of a reference before its link, or without one, before its first date. */
  static String beforeLink(String clean) {
    int cut = -1;
    for (Pattern p : List.of(ANGLE_URL, LINK, BARE_URL)) {
      Matcher m = p.matcher(clean);
      if (m.find() && (cut < 0 || m.start() < cut)) {
        cut = m.start();
      }
    }
    return cut >= 0 ? clean.substring(0, cut) : head(clean);
  }

  /** The part of a reference without a link that comes before its first date, undated or locator part. */
  private static String head(String clean) {
    List<int[]> spans = commaSpans(clean);
    for (int i = 1; i < spans.size(); i++) {
      String p = clean.substring(spans.get(i)[0], spans.get(i)[1]).strip();
      if (isDateItem(p) || UNDATED.matcher(p).matches()
          || LOCATOR_WORD.matcher(p).find() && p.matches("(?s).*\\d.*") && i >= 2) {
        return clean.substring(0, spans.get(i - 1)[1]);
      }
    }
    return clean;
  }

  private static boolean isDateItem(String p) {
    String s = p.replaceAll("^(?i)" + DATE_PREFIX, "").replaceAll("[.\\s]+$", "").strip();
    return YEAR_ONLY.matcher(s).matches() || dateOf(s, new ArrayList<>()).isPresent()
        && s.length() <= 24 && !s.matches("(?s).*\\p{L}{3,}.*\\p{L}{3,}.*\\p{L}{3,}.*");
  }

  /** The date an item gives, if it is one (prefixes such as "updated" read through). */
  static Optional<PartialDate> dateOf(String item, List<String> doubts) {
    String s = item.strip().replaceAll("^(?i)" + DATE_PREFIX, "").replaceAll("[.\\s]+$", "").strip();
    try {
      Matcher m = DAY_MONTH_YEAR.matcher(s);
      if (m.find()) {
        if (m.group(2) != null) {
          doubts.add("the date '" + m.group() + "' gives two days; read as the month "
              + m.group(3) + " " + m.group(4) + ", the alternative is day " + m.group(1));
          return Optional.of(PartialDate.of(Integer.parseInt(m.group(4)), month(m.group(3))));
        }
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(4)), month(m.group(3)),
            Integer.parseInt(m.group(1))));
      }
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.find()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
            Integer.parseInt(m.group(2))));
      }
      m = ISO.matcher(s);
      if (m.find()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3))));
      }
      m = DOTTED.matcher(s);
      if (m.find() && s.length() <= 12) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(1))));
      }
      m = MONTH_YEAR.matcher(s);
      if (m.find()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(2)), month(m.group(1))));
      }
      m = YEAR_ONLY.matcher(s);
      if (m.find()) {
        return Optional.of(PartialDate.of(Integer.parseInt(m.group(1))));
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String n = name.replace(".", "");
    String[] months = MONTH_NAMES.split("\\|");
    for (int i = 0; i < months.length; i++) {
      if (months[i].equals(n) || months[i].startsWith(n) && n.length() >= 3 && MONTH_WORDS.contains(n)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException(name);
  }

  /** A part of the text after the link: a bracketed group or a run between commas. */
  private record Item(String text, boolean bracketed) {}

  /** The parts after the link, in order: bracketed groups (nesting kept) and runs between commas. */
  private static List<Item> items(String tail) {
    List<Item> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < tail.length()) {
      char c = tail.charAt(i);
      if (c == '(') {
        int depth = 0;
        int j = i;
        for (; j < tail.length(); j++) {
          char d = tail.charAt(j);
          if (d == '(') {
            depth++;
          } else if (d == ')' && --depth == 0) {
            break;
          }
        }
        flush(run, out);
        String inner = tail.substring(i + 1, Math.min(j, tail.length())).strip();
        out.add(new Item(inner, true));
        i = j + 1;
        continue;
      }
      if (c == ',' && (i + 1 >= tail.length() || Character.isWhitespace(tail.charAt(i + 1)))
          || c == ';') {
        flush(run, out);
      } else {
        run.append(c);
      }
      i++;
    }
    flush(run, out);
    return out;
  }

  private static void flush(StringBuilder run, List<Item> out) {
    String t = run.toString().strip().replaceAll("^[\\p{Pd}.,:’'”\"\\s]+", "").replaceAll("[.,\\s]+$", "")
        .strip();
    run.setLength(0);
    if (!t.isEmpty()) {
      out.add(new Item(t, false));
    }
  }

  /** The parts of {@code text} between top-level {@code ", "}, stripped. */
  static List<String> commaParts(String text) {
    List<String> out = new ArrayList<>();
    for (int[] s : commaSpans(text)) {
      String p = text.substring(s[0], s[1]).strip();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Spans between commas followed by a space, outside brackets, emphasis and quotes. */
  private static List<int[]> commaSpans(String text) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    boolean emphasis = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '(', '[', '<', '«', '“' -> depth++;
        case ')', ']', '>', '»', '”' -> depth = Math.max(0, depth - 1);
        case '*' -> emphasis = !emphasis;
        case ',' -> {
          if (depth == 0 && !emphasis && i + 1 < text.length()
              && Character.isWhitespace(text.charAt(i + 1))) {
            out.add(new int[] {start, i});
            start = i + 1;
          }
        }
        default -> { }
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  /** The index of the first top-level {@code sep} in {@code text}, or -1. */
  private static int topLevel(String text, String sep) {
    int depth = 0;
    boolean emphasis = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '(', '[', '<', '«', '“' -> depth++;
        case ')', ']', '>', '»', '”' -> depth = Math.max(0, depth - 1);
        case '*' -> emphasis = !emphasis;
        default -> { }
      }
      if (depth == 0 && !emphasis && text.startsWith(sep, i)) {
        return i;
      }
    }
    return -1;
  }
}
