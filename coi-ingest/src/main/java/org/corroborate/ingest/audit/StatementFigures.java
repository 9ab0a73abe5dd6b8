package org.corroborate.ingest.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.model.Quantity;

/**
 * The figures of a statement that can be compared with an encoded value: its numbers (as {@link
 * Terms} reads them, references and list items left out) other than years, dates ("1 April", "November
 * 16"), and the numbers of laws and decrees ("№ 127-FZ", "No. 53", "§ 3", "law 328"); each with the
 * unit written next to it, if it is one the audit knows, and the range it closes or opens ("10 000 to
 * 30 000 roubles", "6-12 months", "between 40 and 50 percent"), the unit of a range being written
 * once, after its upper end.
 *
 * <p>A unit is read from the word after the figure (or a currency sign or code before it) and
 * brought to the name the encoding uses: rub, eur, day, week, month, year, percent, case, sentence,
 * person (persons, people, men, conscripts, soldiers …), times. An encoded unit is compared by its
 * part before "/" ("eur/month" is eur), "%" being percent.
 *
 * <p>Immutable. Reading a statement costs O(length).
 *
 * @param value the figure, normalised as {@link Terms} does ({@code 10 000} is {@code 10000})
 * @param written the figure as written
 * @param unit the unit written with it, if known
 * @param low the lower end of the range it belongs to, itself when it stands alone
 * @param high the upper end of the range it belongs to, itself when it stands alone
 */
record StatementFigures(String value, String written, Optional<String> unit, BigDecimal low, BigDecimal high) {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?![\\d])|\\d+(?:\\.\\d+)?)"
          + "(\\s*(?:%|per ?cent))?");
  private static final String MONTHS = "(?:january|february|march|april|may|june|july|august|september"
      + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
  private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])" + MONTHS + "\\.?\\s*$");
  private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^\\s*" + MONTHS + "(?![\\p{L}])");
  private static final Pattern LAW_BEFORE = Pattern.compile(
      "(?i)(?:№|no\\.|nr\\.|§|article|art\\.|law|decree|order|resolution)\\s*$");
  private static final Pattern LAW_AFTER = Pattern.compile("^\\s*[-‐‑–]?\\s*(?:FZ|ФЗ|KZ)(?![\\p{L}])");
  private static final Pattern RANGE_JOIN = Pattern.compile("(?i)^\\s*(?:-|–|—|to|and)\\s*$");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)between\\s*$");
  private static final Pattern UNIT_AFTER = Pattern.compile("^\\s*-?\\s*(%|[\\p{L}]+)");
  private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?i)(€|₽|eur|euros?|rub|roubles?|rubles?)\\s*$");
  private static final ImmutableMap<String, String> UNITS = ImmutableMap.<String, String>builder()
      .put("rouble", "rub").put("roubles", "rub").put("ruble", "rub").put("rubles", "rub")
      .put("rub", "rub").put("₽", "rub").put("euro", "eur").put("euros", "eur").put("eur", "eur")
      .put("€", "eur").put("day", "day").put("days", "day").put("week", "week").put("weeks", "week")
      .put("month", "month").put("months", "month").put("year", "year").put("years", "year")
      .put("%", "percent").put("percent", "percent").put("per", "percent").put("case", "case")
      .put("cases", "case").put("sentence", "sentence").put("sentences", "sentence")
      .put("person", "person").put("persons", "person").put("people", "person").put("men", "person")
      .put("conscripts", "person").put("soldiers", "person").put("recruits", "person")
      .put("draftees", "person").put("citizens", "person").put("individuals", "person")
      .put("evaders", "person").put("times", "times").build();

  /** The comparable figures of {@code statement}, in order; see the class description. O(length). */
  static ImmutableList<StatementFigures> of(String statement) {
    String text = statement.replaceAll("<[^>]{1,20}>", " ");
    Set<String> counted = Terms.of(text, false).numbers().keySet();
    List<MatchResult> found = NUMBER.matcher(text).results().toList();
    List<StatementFigures> out = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      MatchResult n = found.get(i);
      String value = n.group(1).replaceAll("[,\\u00a0\\u202f ]", "");
      String before = text.substring(Math.max(0, n.start() - 16), n.start());
      String after = text.substring(n.end(), Math.min(text.length(), n.end() + 16));
      if (!counted.contains(value) || Terms.isYear(value) || LAW_BEFORE.matcher(before).find()
          || LAW_AFTER.matcher(after).find() || MONTH_BEFORE.matcher(before).find()
          || MONTH_AFTER.matcher(after).find()) {
        continue;
      }
      BigDecimal low = new BigDecimal(value);
      BigDecimal high = low;
      MatchResult unitEnd = n;
      if (i + 1 < found.size() && RANGE_JOIN.matcher(text.substring(n.end(), found.get(i + 1).start())).matches()
          && (!text.substring(n.end(), found.get(i + 1).start()).strip().equalsIgnoreCase("and")
              || BETWEEN_BEFORE.matcher(before).find())) {
        unitEnd = found.get(i + 1);
        high = new BigDecimal(unitEnd.group(1).replaceAll("[,\\u00a0\\u202f ]", ""));
      } else if (i > 0 && RANGE_JOIN.matcher(text.substring(found.get(i - 1).end(), n.start())).matches()) {
        low = new BigDecimal(found.get(i - 1).group(1).replaceAll("[,\\u00a0\\u202f ]", ""));
      }
      out.add(new StatementFigures(value, n.group().strip(), unit(text, n, unitEnd),
          low.min(high), low.max(high)));
    }
    return ImmutableList.copyOf(out);
  }

  private static Optional<String> unit(String text, MatchResult figure, MatchResult rangeEnd) {
    if (figure.group(2) != null) {
      return Optional.of("percent");
    }
    Matcher after = UNIT_AFTER.matcher(text.substring(rangeEnd.end(), Math.min(text.length(), rangeEnd.end() + 20)));
    if (after.find() && UNITS.containsKey(after.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.of(UNITS.get(after.group(1).toLowerCase(Locale.ROOT)));
    }
    Matcher before = CURRENCY_BEFORE.matcher(text.substring(Math.max(0, figure.start() - 10), figure.start()));
    if (before.find()) {
      return Optional.ofNullable(UNITS.get(before.group(1).toLowerCase(Locale.ROOT)));
    }
    return Optional.empty();
  }

  /** The unit of an encoded value as compared: its part before "/", "%" being percent. */
  static String unitOf(Quantity q) {
    String u = q.unit().split("/")[0].strip().toLowerCase(Locale.ROOT);
    return u.equals("%") ? "percent" : u;
  }

  /** Whether this figure's unit is known and differs from {@code q}'s. */
  boolean otherUnitThan(Quantity q) {
    String encoded = unitOf(q);
    return unit.isPresent() && UNITS.containsValue(encoded) && !unit.get().equals(encoded);
  }
}
