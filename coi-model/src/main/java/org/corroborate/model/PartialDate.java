package org.corroborate.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day: {@code 2024}, {@code 2024-11} or
 * {@code 2024-11-07} (ISO 8601 reduced precision). COI sources often date things only to a month
 * or a year, and a partial date stands for every day it covers, from {@link #start()} to {@link
 * #end()}.
 *
 * <p>Ordered by first day, then by last day: {@code 2023-12 < 2024-01-01 < 2024-01 < 2024}.
 *
 * @param year 1 to 9999
 * @param month 1 to 12, or 0 when only the year is known
 * @param day a valid day of the month, or 0 when not known; needs a month
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::start).thenComparing(PartialDate::end);

  /** How precisely a partial date is known. */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and month. */
    MONTH,
    /** The exact day. */
    DAY
  }

  /** Validates the parts; see the parameter descriptions. */
  public PartialDate {
    checkArgument(year >= 1 && year <= 9999, "year must be 1 to 9999: %s", year);
    checkArgument(month >= 0 && month <= 12, "month must be 1 to 12, or 0 if unknown: %s", month);
    checkArgument(day >= 0, "day must not be negative: %s", day);
    checkArgument(month > 0 || day == 0, "a day needs a month: %s-00-%s", year, day);
    if (day > 0) {
      int length = YearMonth.of(year, month).lengthOfMonth();
      if (day > length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "no such date: %04d-%02d has %d days, not %d", year, month, length, day));
      }
    }
  }

  /** The year {@code year}. */
  public static PartialDate of(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** The month {@code year-month}. */
  public static PartialDate of(int year, int month) {
    checkArgument(month != 0, "month must be 1 to 12: %s", month);
    return new PartialDate(year, month, 0);
  }

  /** The day {@code year-month-day}. */
  public static PartialDate of(int year, int month, int day) {
    checkArgument(month != 0 && day != 0, "month and day must be given: %s-%s-%s", year, month, day);
    return new PartialDate(year, month, day);
  }

  /** The day {@code date}. */
  public static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException if the text has another shape or names no real date
   */
  public static PartialDate parse(String text) {
    Objects.requireNonNull(text, "date text");
    Matcher m = ISO.matcher(text);
    checkArgument(m.matches(), "date must be YYYY, YYYY-MM or YYYY-MM-DD: '%s'", text);
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    checkArgument(m.group(2) == null || month != 0, "month 00 in date '%s'", text);
    checkArgument(m.group(3) == null || day != 0, "day 00 in date '%s'", text);
    return new PartialDate(year, month, day);
  }

  /** How precisely this date is known. */
  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /** The first day this partial date covers. */
  public LocalDate start() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this partial date covers. */
  public LocalDate end() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> LocalDate.of(year, month, java.time.Month.of(month)
          .length(java.time.Year.isLeap(year)));
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /** The ISO 8601 form: {@code 2024}, {@code 2024-11} or {@code 2024-11-07}. */
  @Override
  public String toString() {
    return switch (precision()) {
      case YEAR -> String.format(Locale.ROOT, "%04d", year);
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
      case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    };
  }
}
