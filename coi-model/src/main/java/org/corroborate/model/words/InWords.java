package org.corroborate.model.words;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.model.Basis;
import org.corroborate.model.Document;
import org.corroborate.model.EvidenceBase;
import org.corroborate.model.Hedge;
import org.corroborate.model.PartialDate;
import org.corroborate.model.Quantifier;
import org.corroborate.model.Quantity;
import org.corroborate.model.Source;
import org.corroborate.model.SourceKind;
import org.corroborate.model.TimeSpan;

/**
 * The model's values in plain British English, as a COI report writes them.
 *
 * <p>Numbers are grouped by thousands with commas ({@code 10,000}); ranges use an en dash
 * ({@code 10,000–30,000 roubles}); units are read from a small lexicon of the units COI figures
 * come in (people, cases, days, weeks, months, years, sentences, percent, and the currencies of
 * ISO 4217 by code), in the singular for exactly one and the plural otherwise; a rate {@code
 * case/day} reads "cases a day". A unit outside the lexicon is printed as written. Dates follow
 * the day–month–year order of British usage ({@code 14 November 2024}). Every method is O(length
 * of its output).
 */
public final class InWords {

  /** Unit → {singular, plural}. */
  private static final ImmutableMap<String, String[]> UNITS = ImmutableMap.<String, String[]>builder()
      .put("person", new String[] {"person", "people"})
      .put("people", new String[] {"person", "people"})
      .put("case", new String[] {"case", "cases"})
      .put("day", new String[] {"day", "days"})
      .put("week", new String[] {"week", "weeks"})
      .put("month", new String[] {"month", "months"})
      .put("year", new String[] {"year", "years"})
      .put("hour", new String[] {"hour", "hours"})
      .put("sentence", new String[] {"sentence", "sentences"})
      .put("times", new String[] {"time", "times"})
      .put("conscript", new String[] {"conscript", "conscripts"})
      .put("soldier", new String[] {"soldier", "soldiers"})
      .put("rub", new String[] {"rouble", "roubles"})
      .put("eur", new String[] {"euro", "euros"})
      .put("usd", new String[] {"US dollar", "US dollars"})
      .put("gbp", new String[] {"pound sterling", "pounds sterling"})
      .put("uah", new String[] {"hryvnia", "hryvnias"})
      .put("irr", new String[] {"rial", "rials"})
      .put("syp", new String[] {"Syrian pound", "Syrian pounds"})
      .put("try", new String[] {"Turkish lira", "Turkish lira"})
      .put("byn", new String[] {"Belarusian rouble", "Belarusian roubles"})
      .put("afn", new String[] {"afghani", "afghanis"})
      .put("all", new String[] {"lek", "lekë"})
      .put("ern", new String[] {"nakfa", "nakfa"})
      .put("etb", new String[] {"birr", "birr"})
      .put("sdg", new String[] {"Sudanese pound", "Sudanese pounds"})
      .put("iqd", new String[] {"Iraqi dinar", "Iraqi dinars"})
      .build();

  private InWords() {}

  /**
   * A source's value in words: "at least 13 people", "10,000–30,000 roubles", "about 24 cases a
   * day", "up to 15 years", "40–50 %".
   */
  public static String value(Quantity value) {
    Objects.requireNonNull(value, "value");
    return range(value.range(), value.unit(), value.approximate());
  }

  /**
   * An interval of values in words, with its unit; {@code approximate} puts "about" before a
   * bounded figure.
   */
  public static String range(Range<BigDecimal> range, String unit, boolean approximate) {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(unit, "unit");
    String about = approximate ? "about " : "";
    if (range.hasLowerBound() && range.hasUpperBound()) {
      BigDecimal low = range.lowerEndpoint();
      BigDecimal high = range.upperEndpoint();
      boolean closed = range.lowerBoundType() == BoundType.CLOSED
          && range.upperBoundType() == BoundType.CLOSED;
      if (closed && low.compareTo(high) == 0) {
        return about + withUnit(number(low), unit, low);
      }
      if (closed) {
        return about + withUnit(number(low) + "–" + number(high), unit, high);
      }
      return (range.lowerBoundType() == BoundType.CLOSED ? "at least " : "more than ")
          + number(low) + (range.upperBoundType() == BoundType.CLOSED ? " and at most " : " and less than ")
          + withUnit(number(high), unit, high);
    }
    if (range.hasLowerBound()) {
      BigDecimal low = range.lowerEndpoint();
      return (range.lowerBoundType() == BoundType.CLOSED ? "at least " : "more than ")
          + about + withUnit(number(low), unit, low);
    }
    if (range.hasUpperBound()) {
      BigDecimal high = range.upperEndpoint();
      return (range.upperBoundType() == BoundType.CLOSED ? "up to " : "fewer than ")
          + about + withUnit(number(high), unit, high);
    }
    return "any number of " + unitWords(unit, true);
  }

  /** A number with thousands grouped by commas and no trailing zeros: {@code 28,422}, {@code 1.5}. */
  public static String number(BigDecimal number) {
    Objects.requireNonNull(number, "number");
    BigDecimal plain = number.stripTrailingZeros();
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK));
    format.setMaximumFractionDigits(Math.max(0, plain.scale()));
    format.setParseBigDecimal(true);
    return format.format(plain);
  }

  private static String withUnit(String figure, String unit, BigDecimal last) {
    if (unit.equals("percent") || unit.equals("%")) {
      return figure + " %";
    }
    boolean plural = last.compareTo(BigDecimal.ONE) != 0;
    return figure + " " + unitWords(unit, plural);
  }

  /**
   * A unit in words: {@code person} is "person" or "people"; a rate {@code case/day} is "cases a
   * day"; a unit outside the lexicon is printed as written.
   */
  public static String unitWords(String unit, boolean plural) {
    Objects.requireNonNull(unit, "unit");
    int slash = unit.indexOf('/');
    if (slash > 0 && slash < unit.length() - 1) {
      return unitWords(unit.substring(0, slash), plural) + " a "
          + unitWords(unit.substring(slash + 1), false);
    }
    if (unit.equals("percent") || unit.equals("%")) {
      return "%";
    }
    String[] forms = UNITS.get(unit.toLowerCase(Locale.ROOT));
    return forms == null ? unit : forms[plural ? 1 : 0];
  }

  /** A partial date as British usage writes it: "14 November 2024", "November 2024", "2024". */
  public static String date(PartialDate date) {
    Objects.requireNonNull(date, "date");
    String month = date.month() == 0 ? ""
        : Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.UK) + " ";
    String day = date.day() == 0 ? "" : date.day() + " ";
    return day + month + date.year();
  }

  /**
   * A time span in words: "2024", "September–November 2024", "2022 to March 2024", "since March
   * 2024", "until 2022", "not stated" when both ends are open.
   */
  public static String time(TimeSpan span) {
    Objects.requireNonNull(span, "span");
    Optional<PartialDate> from = span.from();
    Optional<PartialDate> to = span.to();
    if (from.isEmpty() && to.isEmpty()) {
      return "not stated";
    }
    if (from.isEmpty()) {
      return "until " + date(to.get());
    }
    if (to.isEmpty()) {
      return "since " + date(from.get());
    }
    PartialDate a = from.get();
    PartialDate b = to.get();
    if (a.equals(b)) {
      return date(a);
    }
    if (a.year() == b.year() && a.precision() == PartialDate.Precision.MONTH
        && b.precision() == PartialDate.Precision.MONTH) {
      return Month.of(a.month()).getDisplayName(TextStyle.FULL, Locale.UK) + "–" + date(b);
    }
    if (a.precision() == PartialDate.Precision.YEAR && b.precision() == PartialDate.Precision.YEAR) {
      return a.year() + "–" + b.year();
    }
    return date(a) + " to " + date(b);
  }

  /**
   * How firmly a source commits: "states it as fact", "says it is probable", "says it is
   * possible"; an absence of evidence reads "knows of no evidence of it, which is not a denial".
   */
  public static String hedge(Hedge hedge) {
    Objects.requireNonNull(hedge, "hedge");
    return switch (hedge) {
      case CERTAIN -> "states it as fact";
      case PROBABLE -> "says it is probable";
      case POSSIBLE -> "says it is possible";
      case NO_EVIDENCE_OF -> "knows of no evidence of it, which is not a denial";
    };
  }

  /** How general a statement is: "in all cases", "in general", "in some cases". */
  public static String quantifier(Quantifier quantifier) {
    Objects.requireNonNull(quantifier, "quantifier");
    return switch (quantifier) {
      case ALL -> "in all cases";
      case GENERALLY -> "in general";
      case SOME -> "in some cases";
    };
  }

  /**
   * How a source knows, in words: "own observation", "reported by Verstka (“Title”, 14 November
   * 2024)", "legal norm", "assessment". Source and document ids are read from {@code evidence}.
   */
  public static String basis(Basis basis, EvidenceBase evidence) {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(evidence, "evidence");
    String kind = switch (basis.kind()) {
      case FIRST_HAND -> "own observation";
      case DOCUMENTARY -> "documents";
      case OFFICIAL_STATISTICS -> "official statistics";
      case REPORTED_BY -> "reported by " + basis.reportedBy()
          .map(id -> evidence.source(id).map(Source::name).orElse(id)).orElseThrow();
      case HEARSAY -> "hearsay";
      case ESTIMATE -> "estimate";
      case LEGAL_NORM -> "legal norm";
      case ASSESSMENT -> "assessment";
      case UNSTATED -> "";
    };
    Optional<String> document = basis.document().map(id -> evidence.document(id)
        .map(InWords::document).orElse(id));
    if (document.isEmpty()) {
      return kind.isEmpty() ? "not stated" : kind;
    }
    return kind.isEmpty() ? document.get() : kind + " (" + document.get() + ")";
  }

  /** A document as cited: “Title”, with its date when known. */
  public static String document(Document document) {
    Objects.requireNonNull(document, "document");
    return "“" + document.title() + "”" + document.date().map(d -> ", " + date(d)).orElse("");
  }

  /** A kind of source in words: "academic", "think tank", "human rights defender". */
  public static String kind(SourceKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case NGO -> "NGO";
      default -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** Items joined as a list in prose: "a", "a and b", "a, b and c". */
  public static String list(java.util.List<String> items) {
    Objects.requireNonNull(items, "items");
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A count in words for one to ten ("four"), else in figures. */
  public static String count(int count) {
    String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten"};
    return count >= 0 && count < words.length ? words[count] : Integer.toString(count);
  }
}
