package org.corroborate.ingest.report;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multiset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.Diagnostic;
import org.corroborate.ingest.DiagnosticCode;
import org.corroborate.ingest.ReportParseException;

/**
 * Finds the structure of a COI report rendered as Markdown, knowing nothing of the report itself
 * (no source names, footnote numbers or section titles): only the conventions of its family.
 *
 * <ul>
 *   <li>Headings are lines starting with one to six {@code #}. A heading whose words start with a
 *       number ({@code 6.2.}, {@code 2.3}) is a {@link Section}. An all-capitals heading printed
 *       more than once is a running page header and is skipped.
 *   <li>A heading whose words start with {@value #MINUTES_HEADING_WORDS} opens a minutes section,
 *       which runs to the next such heading or to a heading starting with "Annex" and a number.
 *       Inside it, lines {@code N. text} are numbered paragraphs; sub-headings end a paragraph;
 *       unnumbered lines continue it. An indented numbered line is a paragraph when it continues
 *       the numbering, and otherwise an item of a numbered list inside the paragraph. A numbered
 *       line without text takes the unnumbered text just before it.
 *   <li>Footnotes are lines {@code <sup>N</sup> text} or {@code [^N]: text}; markers are
 *       {@code <sup>N</sup>} and {@code [^N]} anywhere else. A line holding only the number of the
 *       next expected marker is a marker written without {@code <sup>}.
 *   <li>Body lines starting with a dotted number ({@code 7.2.5 text}) are numbered paragraphs.
 * </ul>
 *
 * <p>Stateless and thread-safe. Runs in time linear in the length of the report.
 */
public final class ReportParser {

  /** The words that open a minutes heading, compared ignoring case. */
  public static final String MINUTES_HEADING_WORDS = "Meeting with";

  /** The longest report accepted, in characters (64 MiB of text). */
  public static final int MAX_LENGTH = 64 * 1024 * 1024;

  /** The longest description under a minutes heading, in characters, when not set in italics. */
  static final int MAX_PLAIN_DESCRIPTION = 160;

  private static final int MAX_NUMBER_DIGITS = 6;
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern SECTION_NUMBER =
      Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)$");
  private static final Pattern MINUTES_HEADING = Pattern.compile(
      "^" + Pattern.quote(MINUTES_HEADING_WORDS) + "\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ANNEX_HEADING =
      Pattern.compile("^Annex\\s+\\d+\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile(
      "^(?:<sup>\\s*(\\d{1," + MAX_NUMBER_DIGITS + "})\\s*</sup>|\\[\\^(\\d{1," + MAX_NUMBER_DIGITS
          + "})\\]:)(.*)$");
  /** A marker; the fuzz test relies on this being the one definition of what a marker is. */
  static final Pattern MARKER = Pattern.compile(
      "<sup>\\s*(\\d{1," + MAX_NUMBER_DIGITS + "})\\s*</sup>|\\[\\^(\\d{1," + MAX_NUMBER_DIGITS
          + "})\\]");
  private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{1," + MAX_NUMBER_DIGITS + "})\\s*$");
  private static final Pattern MINUTES_NUMBERED =
      Pattern.compile("^([ \\t]*)(\\d{1," + MAX_NUMBER_DIGITS + "})\\.(?:[ \\t]+(.*))?$");
  private static final Pattern BODY_NUMBERED =
      Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)(?:[ \\t]+|(\\.)[ \\t]*|(?=[\\p{Lu}‘“'\"(]))(\\S.*)$");
  private static final Pattern CONTENTS_ENTRY =
      Pattern.compile("^.*\\.{4,}\\s*(?:<b>)?\\s*[0-9ivxlc]+\\s*(?:</b>)?\\s*$");
  /** A contents entry's page number at the end of its line, after a tab or several spaces. */
  private static final Pattern TOC_PAGE = Pattern.compile("(?:\\t| {2,})\\d{1,4}\\s*$");
  private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
  private static final Pattern EMPHASIS = Pattern.compile("\\*+|</?b>|</?i>|</?strong>|</?em>");

  /** Creates a parser. Parsers hold no state. */
  public ReportParser() {}

  /**
   * Parses a whole report.
   *
   * @throws ReportParseException if the text holds a control character other than tab, carriage
   *     return, line feed or form feed (it is not text), or is longer than {@link #MAX_LENGTH}
   */
  public ParsedReport parse(String text) throws ReportParseException {
    return new Run(text).parse();
  }

  /**
   * The lines of {@code text}: CRLF, LF and CR each end one; the last line is kept even when
   * empty. The same as {@code text.split("\\r\\n|\\n|\\r", -1)}, in one pass without a regex.
   */
  static String[] lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out.toArray(new String[0]);
  }

  /** Whether {@code line} may hold a {@link #MARKER}: it holds {@code <sup>} or {@code [^}. */
  private static boolean mayHoldMarker(String line) {
    return line.contains("<sup>") || line.contains("[^");
  }

  /** Heading words with emphasis markup removed and white space trimmed. */
  static String plain(String text) {
    return EMPHASIS.matcher(text).replaceAll("").strip();
  }

  /** A paragraph being assembled line by line; collects its markers with their offsets. */
  private static final class Para {
    final int line;
    final StringBuilder text = new StringBuilder();
    final List<int[]> marks = new ArrayList<>(); // number, line, withoutSup, offset

    Para(int line) {
      this.line = line;
    }

    void add(String raw, int lineNo) {
      if (text.length() > 0) {
        text.append('\n');
      }
      if (!mayHoldMarker(raw)) {
        text.append(raw);
        return;
      }
      Matcher m = MARKER.matcher(raw);
      int last = 0;
      while (m.find()) {
        text.append(raw, last, m.start());
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        marks.add(new int[] {Integer.parseInt(digits), lineNo, 0, text.length()});
        last = m.end();
      }
      text.append(raw, last, raw.length());
    }

    void addBareMarker(int number, int lineNo) {
      marks.add(new int[] {number, lineNo, 1, text.length()});
    }

    boolean isEmpty() {
      return text.toString().isBlank() && marks.isEmpty();
    }

    String clean() {
      return text.toString().strip();
    }

    ImmutableList<FootnoteMarker> markers() {
      ImmutableList.Builder<FootnoteMarker> out = ImmutableList.builder();
      int from = 0;
      String previous = "";
      for (int[] mark : marks) {
        String statement = text.substring(Math.min(from, mark[3]), mark[3]).strip();
        if (statement.isEmpty()) {
          statement = previous;
        }
        out.add(new FootnoteMarker(mark[0], mark[1], mark[2] == 1, statement));
        previous = statement;
        from = mark[3];
      }
      return out.build();
    }
  }

  /** One parse: the mutable state of a single pass over the lines. */
  private static final class Run {
    private final String source;
    private String[] lines = new String[0];
    private final List<Section> sections = new ArrayList<>();
    private final List<BodyParagraph> body = new ArrayList<>();
    private final Map<Integer, Footnote> footnotes = new TreeMap<>();
    private final List<Minutes> minutes = new ArrayList<>();
    private final List<FootnoteMarker> markers = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> defined = new HashSet<>();
    private final Set<String> pageHeaders = new HashSet<>();
    private int lastMarker = 0;

    // body state
    private Optional<String> section = Optional.empty();
    private Para bodyPara;
    private Optional<String> bodyNumber = Optional.empty();
    private boolean bodyBlankSince;
    private final Multiset<String> bodyNumbers = HashMultiset.create();

    // minutes state
    private MinutesBuilder current;

    Run(String source) {
      this.source = java.util.Objects.requireNonNull(source, "report text");
    }

    ParsedReport parse() throws ReportParseException {
      if (source.length() > MAX_LENGTH) {
        throw new ReportParseException(1, "the report is longer than " + MAX_LENGTH + " characters");
      }
      // A byte-order mark is not text of the report; CRLF, LF and CR all end a line.
      String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
      lines = lines(text);
      prescan(text);
      for (int i = 0; i < lines.length; i++) {
        line(lines[i], i + 1);
      }
      closeBody();
      closeMinutes(lines.length);
      crossCheck();
      return new ParsedReport(
          ImmutableList.copyOf(sections), ImmutableList.copyOf(body),
          ImmutableSortedMap.copyOf(footnotes), ImmutableList.copyOf(minutes),
          ImmutableList.copyOf(markers), ImmutableList.copyOf(diagnostics), lines.length);
    }

    /**
     * Rejects the first control character other than tab, form feed and the line ends, naming its
     * line and column. One pass over the characters.
     */
    private static void requireText(String text) throws ReportParseException {
      char[] chars = text.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        if (Character.isISOControl(c) && c != '\t' && c != '\f' && c != '\n' && c != '\r') {
          String[] before = lines(text.substring(0, i));
          throw new ReportParseException(before.length, String.format(Locale.ROOT,
              "control character U+%04X at column %d: not text", (int) c,
              before[before.length - 1].length() + 1));
        }
      }
    }

    private void prescan(String text) throws ReportParseException {
      Multiset<String> headings = HashMultiset.create();
      requireText(text);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        Matcher d = FOOTNOTE_DEFINITION.matcher(l);
        if (d.matches()) {
          defined.add(Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2)));
        }
        Matcher h = HEADING.matcher(l);
        if (h.matches()) {
          headings.add(plain(h.group(2)));
        }
      }
      for (Multiset.Entry<String> e : headings.entrySet()) {
        String t = e.getElement();
        if (e.getCount() > 1 && t.codePoints().anyMatch(Character::isLetter)
            && t.equals(t.toUpperCase(Locale.ROOT))) {
          pageHeaders.add(t);
        }
      }
    }

    private void line(String raw, int no) {
      Matcher d = FOOTNOTE_DEFINITION.matcher(raw);
      if (d.matches()) {
        footnote(d, raw, no);
        return;
      }
      if (RULE.matcher(raw).matches()) {
        return;
      }
      Matcher h = HEADING.matcher(raw);
      if (h.matches()) {
        heading(h.group(1).length(), h.group(2), raw, no);
        return;
      }
      Matcher bare = BARE_NUMBER.matcher(raw);
      if (bare.matches() && isNextMarker(bare.group(1))) {
        int n = Integer.parseInt(bare.group(1));
        Para target = current != null ? current.openParagraph() : bodyPara;
        if (target == null) {
          target = new Para(no);
          target.addBareMarker(n, no);
          record(target.markers());
        } else {
          target.addBareMarker(n, no);
        }
        lastMarker = n;
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.MARKER_WITHOUT_SUP, no, raw,
            "the number " + n + " on a line of its own is the marker of footnote " + n
                + ", written without <sup>; it is attached to the paragraph before it"));
        return;
      }
      noteMarkers(raw);
      if (current != null) {
        current.line(raw, no);
      } else {
        bodyLine(raw, no);
      }
    }

    private boolean isNextMarker(String digits) {
      int n = Integer.parseInt(digits);
      return n == lastMarker + 1 && defined.contains(n);
    }

    private void noteMarkers(String raw) {
      if (!mayHoldMarker(raw)) {
        return;
      }
      Matcher m = MARKER.matcher(raw);
      while (m.find()) {
        lastMarker = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      }
    }

    private void record(List<FootnoteMarker> found) {
      markers.addAll(found);
    }

    private void footnote(Matcher d, String raw, int no) {
      int number = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2));
      String rest = d.group(3);
      Para inner = new Para(no);
      inner.add(rest, no);
      List<FootnoteMarker> found = new ArrayList<>();
      for (FootnoteMarker m : inner.markers()) {
        found.add(new FootnoteMarker(m.number(), m.line(), false, rest.strip()));
      }
      record(found);
      String text = rest.strip();
      if (footnotes.containsKey(number)) {
        diagnostics.add(Diagnostic.inFootnote(DiagnosticCode.DUPLICATE_FOOTNOTE, number, no, raw,
            "footnote " + number + " is given again; the one on line "
                + footnotes.get(number).line() + " is kept"));
        return;
      }
      if (text.isEmpty()) {
        diagnostics.add(Diagnostic.inFootnote(DiagnosticCode.EMPTY_FOOTNOTE, number, no, raw,
            "footnote " + number + " has no text"));
      }
      footnotes.put(number, new Footnote(number, no, text, current != null));
    }

    private void heading(int level, String words, String raw, int no) {
      String plain = plain(words);
      Para inner = new Para(no);
      inner.add(words, no);
      for (FootnoteMarker m : inner.markers()) {
        markers.add(new FootnoteMarker(m.number(), m.line(), false, plain));
      }
      noteMarkers(raw);
      if (pageHeaders.contains(plain)) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.PAGE_HEADER_SKIPPED, no, raw,
            "the heading '" + plain + "' is printed more than once in capitals: a page header,"
                + " skipped"));
        return;
      }
      Matcher minutesHeading = MINUTES_HEADING.matcher(plain);
      if (minutesHeading.matches()) {
        closeBody();
        closeMinutes(no - 1);
        current = new MinutesBuilder(plain, minutesHeading.group(1).strip(), no);
        return;
      }
      if (current != null && !ANNEX_HEADING.matcher(plain).matches()) {
        current.subHeading(no);
        return;
      }
      closeMinutes(no - 1);
      closeBody();
      Matcher numbered = SECTION_NUMBER.matcher(plain);
      if (numbered.matches()) {
        sections.add(new Section(numbered.group(1), numbered.group(2).strip(), no, level));
        section = Optional.of(numbered.group(1));
      }
    }

    private void bodyLine(String raw, int no) {
      if (raw.isBlank()) {
        bodyBlankSince = true;
        return;
      }
      if (raw.contains("....") && CONTENTS_ENTRY.matcher(raw).matches()) {
        closeBody();
        bodyPara = new Para(no);
        bodyPara.add(raw, no);
        closeBody();
        return;
      }
      Matcher numbered = BODY_NUMBERED.matcher(raw);
      boolean odd = numbered.matches()
          && (numbered.group(2) != null || numbered.start(3) == numbered.end(1));
      if (numbered.matches() && !(odd && TOC_PAGE.matcher(raw).find())) {
        closeBody();
        bodyPara = new Para(no);
        bodyNumber = Optional.of(numbered.group(1));
        if (numbered.group(2) != null || numbered.start(3) == numbered.end(1)) {
          diagnostics.add(Diagnostic.atLine(DiagnosticCode.ODD_PARAGRAPH_NUMBER, no, raw,
              "paragraph number " + numbered.group(1) + (numbered.group(2) != null
                  ? " is followed by a dot" : " runs into its text without a space")
                  + "; read as paragraph " + numbered.group(1)));
        }
        bodyPara.add(raw.substring(numbered.start(3)), no);
        bodyBlankSince = false;
        return;
      }
      if (bodyPara != null && (!bodyBlankSince || bodyNumber.isPresent() || continues(raw))) {
        bodyPara.add(raw, no);
        bodyBlankSince = false;
        return;
      }
      closeBody();
      bodyPara = new Para(no);
      bodyPara.add(raw, no);
      bodyBlankSince = false;
    }

    /** Whether a line after a blank continues the paragraph before it (a page break mid-sentence). */
    private boolean continues(String raw) {
      String t = raw.strip();
      String before = bodyPara.clean();
      return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && !before.isEmpty()
          && ".!?:”’\"".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    private void closeBody() {
      if (bodyPara != null) {
        ImmutableList<FootnoteMarker> found = bodyPara.markers();
        record(found);
        int occurrence = 1;
        if (bodyNumber.isPresent()) {
          bodyNumbers.add(bodyNumber.get());
          occurrence = bodyNumbers.count(bodyNumber.get());
          if (occurrence > 1) {
            diagnostics.add(Diagnostic.atLine(DiagnosticCode.PARAGRAPH_NUMBER_REPEATED, bodyPara.line,
                bodyNumber.get(), "paragraph number " + bodyNumber.get() + " occurs again ("
                    + "occurrence " + occurrence + ")"));
          }
        }
        if (!bodyPara.isEmpty()) {
          body.add(new BodyParagraph(
              bodyPara.line, section, bodyNumber, occurrence, bodyPara.clean(), found));
        }
      }
      bodyPara = null;
      bodyNumber = Optional.empty();
      bodyBlankSince = false;
    }

    private void closeMinutes(int lastLine) {
      if (current != null) {
        minutes.add(current.build(Math.max(lastLine, 1)));
        current = null;
      }
    }

    private void crossCheck() {
      Set<Integer> marked = new HashSet<>();
      Set<Integer> reported = new HashSet<>();
      for (FootnoteMarker m : markers) {
        marked.add(m.number());
        if (!footnotes.containsKey(m.number()) && reported.add(m.number())) {
          diagnostics.add(Diagnostic.atLine(DiagnosticCode.MARKER_WITHOUT_FOOTNOTE, m.line(),
              m.statement(), "the marker of footnote " + m.number() + " points at no footnote"));
        }
      }
      for (Footnote f : footnotes.values()) {
        if (!marked.contains(f.number())) {
          diagnostics.add(Diagnostic.inFootnote(DiagnosticCode.FOOTNOTE_WITHOUT_MARKER, f.number(),
              f.line(), f.text(), "no marker in the report points at footnote " + f.number()));
        }
      }
    }

    /** A minutes section being assembled. */
    private final class MinutesBuilder {
      final String heading;
      final String interlocutor;
      final int line;
      final List<String> description = new ArrayList<>();
      final List<MinutesParagraph> paragraphs = new ArrayList<>();
      final Map<Integer, Integer> seen = new HashMap<>();
      Para paragraph;
      int paragraphNumber;
      Para pending;
      int lastTop;
      int subList;
      boolean structureSeen;

      MinutesBuilder(String heading, String interlocutor, int line) {
        this.heading = heading;
        this.interlocutor = interlocutor;
        this.line = line;
      }

      Para openParagraph() {
        return paragraph != null ? paragraph : pending;
      }

      void subHeading(int no) {
        closeParagraph();
        flushPending("a heading");
        structureSeen = true;
        subList = 0;
      }

      void line(String raw, int no) {
        Matcher m = MINUTES_NUMBERED.matcher(raw);
        if (m.matches()) {
          numbered(m.group(1).length() > 0, Integer.parseInt(m.group(2)),
              m.group(3) == null ? "" : m.group(3), raw, no);
          return;
        }
        if (raw.isBlank()) {
          return;
        }
        if (paragraph != null) {
          paragraph.add(raw, no);
          return;
        }
        String t = raw.strip();
        if (!structureSeen && pending == null && isDescription(t)) {
          description.add(plain(t));
          return;
        }
        if (pending == null) {
          pending = new Para(no);
        }
        pending.add(raw, no);
      }

      private boolean isDescription(String t) {
        boolean italic = t.length() > 2 && t.startsWith("*") && t.endsWith("*") && !t.startsWith("**");
        return (italic || t.length() <= MAX_PLAIN_DESCRIPTION) && !MARKER.matcher(t).find();
      }

      private void numbered(boolean indented, int number, String text, String raw, int no) {
        structureSeen = true;
        if (indented) {
          boolean continuesList = subList > 0 && number == subList + 1;
          if (!continuesList && number == lastTop + 1) {
            diagnostics.add(Diagnostic.atLine(DiagnosticCode.INDENTED_PARAGRAPH, no, raw,
                "the indented line numbered " + number + " continues the numbering of the minutes"
                    + " of " + interlocutor + ": read as paragraph " + number));
          } else {
            if (subList == 0) {
              diagnostics.add(Diagnostic.atLine(DiagnosticCode.SUB_LIST_IN_PARAGRAPH, no, raw,
                  "the indented list starting with " + number + " in the minutes of "
                      + interlocutor + " does not continue the numbering after " + lastTop
                      + ": kept as part of paragraph " + lastTop));
            }
            subList = number;
            Para target = openOrPending(no);
            target.add(raw, no);
            return;
          }
        }
        subList = 0;
        closeParagraph();
        paragraph = new Para(no);
        paragraphNumber = number;
        if (text.isBlank()) {
          if (pending != null) {
            diagnostics.add(Diagnostic.atLine(DiagnosticCode.EMPTY_NUMBERED_LINE, no, raw,
                "the line numbered " + number + " in the minutes of " + interlocutor
                    + " has no text; the unnumbered text from line " + pending.line
                    + " before it is taken as paragraph " + number));
            paragraph = pending;
            pending = null;
          } else {
            diagnostics.add(Diagnostic.atLine(DiagnosticCode.EMPTY_NUMBERED_LINE, no, raw,
                "the line numbered " + number + " in the minutes of " + interlocutor
                    + " has no text, and no unnumbered text comes before it"));
          }
        } else {
          flushPending("paragraph " + number);
          paragraph.add(text, no);
        }
        paragraphLine = no;
        if (number != lastTop + 1) {
          boolean repeated = seen.containsKey(number);
          diagnostics.add(Diagnostic.atLine(
              repeated ? DiagnosticCode.PARAGRAPH_NUMBER_REPEATED
                  : DiagnosticCode.PARAGRAPH_NUMBERING_IRREGULAR,
              no, raw, "in the minutes of " + interlocutor + ", paragraph " + number + " follows "
                  + "paragraph " + lastTop + (repeated
                      ? "; the number occurs again (occurrence " + (seen.get(number) + 1) + ")"
                      : "")));
        }
        lastTop = number;
      }

      private int paragraphLine;

      private Para openOrPending(int no) {
        if (paragraph != null) {
          return paragraph;
        }
        if (pending == null) {
          pending = new Para(no);
        }
        return pending;
      }

      private void closeParagraph() {
        if (paragraph != null) {
          ImmutableList<FootnoteMarker> found = paragraph.markers();
          record(found);
          int occurrence = seen.merge(paragraphNumber, 1, Integer::sum);
          paragraphs.add(new MinutesParagraph(
              paragraphNumber, occurrence, paragraphLine, paragraph.clean(), found));
          paragraph = null;
        }
      }

      private void flushPending(String before) {
        if (pending != null) {
          record(pending.markers());
          if (!pending.isEmpty()) {
            diagnostics.add(Diagnostic.atLine(DiagnosticCode.UNNUMBERED_MINUTES_TEXT, pending.line,
                pending.clean(), "text in the minutes of " + interlocutor + " before " + before
                    + " belongs to no numbered paragraph"));
          }
          pending = null;
        }
      }

      Minutes build(int lastLine) {
        closeParagraph();
        flushPending("the end of the minutes (line " + lastLine + ")");
        Optional<String> about = description.isEmpty()
            ? Optional.empty() : Optional.of(String.join(" ", description));
        return new Minutes(heading, interlocutor, about, line, ImmutableList.copyOf(paragraphs));
      }
    }
  }
}
