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
 *   <li>Interview notes without paragraph numbers (UK Home Office fact-finding missions) open with
 *       a line {@code [Name] Date: 21 November 2022} followed, within {@value #NOTES_HEADER_SPAN}
 *       non-blank lines, by a line {@code Meeting with: …} (up to two words may come before it).
 *       The source's name is the text before {@code Date:}, or else the heading just before that
 *       line, or else the start of the {@code Meeting with:} text. The notes run to the next notes,
 *       to a heading no deeper than the heading that encloses them, or to an annex heading. Each
 *       published paragraph (a block between blank lines; a line starting {@code Q.} or {@code A.}
 *       always starts one) gets the next ordinal; a list belongs to the paragraph before it;
 *       sub-headings ({@code Interview}) are not paragraphs.
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

  /** The most digits of a footnote number or a minutes paragraph number that are read. */
  public static final int MAX_NUMBER_DIGITS = 6;
  /** The most digits of each part of a section or body paragraph number ({@code 7.2.5}). */
  public static final int MAX_SECTION_PART_DIGITS = 3;
  /** A code fence: three or more backticks or tildes, indented at most three spaces. */
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
  /** A footnote marker or definition with more digits than {@link #MAX_NUMBER_DIGITS}. */
  private static final Pattern LONG_MARKER = Pattern.compile(
      "<sup>\\s*\\d{" + (MAX_NUMBER_DIGITS + 1) + ",}\\s*</sup>|\\[\\^\\d{" + (MAX_NUMBER_DIGITS + 1)
          + ",}\\]");
  /** A minutes paragraph number with more digits than {@link #MAX_NUMBER_DIGITS}. */
  private static final Pattern LONG_MINUTES_NUMBER =
      Pattern.compile("^[ \\t]*\\d{" + (MAX_NUMBER_DIGITS + 1) + ",}\\.(?:[ \\t].*)?$");
  /** A dotted number at the start of a line with a part longer than the parser reads. */
  private static final Pattern LONG_DOTTED_NUMBER = Pattern.compile(
      "^(?=[\\d.]*\\d{" + (MAX_SECTION_PART_DIGITS + 1) + "})(\\d+(?:\\.\\d+)+)\\.?(?:\\s|$)");
  /** A table row: starts with a pipe. */
  private static final Pattern TABLE_ROW = Pattern.compile("^\\s*\\|.*$");
  /** The start of a footnote definition cut before its text: {@code [^1}, {@code <sup>12</su}. */
  private static final Pattern PARTIAL_DEFINITION =
      Pattern.compile("^(?:\\[\\^\\d*\\]?|<(?:s(?:u(?:p(?:>\\s*\\d*\\s*(?:<(?:/(?:s(?:u(?:p)?)?)?)?)?)?)?)?)?)$");
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
  /** The line that opens interview notes: an optional source name, then the meeting date. */
  private static final Pattern NOTES_DATE = Pattern.compile(
      "^(.*?)\\s*\\bDate:\\s*(\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s+\\p{L}{3,}\\.?,?"
          + "\\s+\\d{4})\\s*\\.?$", Pattern.CASE_INSENSITIVE);
  /** The line of interview notes that says who was met; up to two words may come first. */
  private static final Pattern NOTES_MEETING = Pattern.compile(
      "^(?:\\p{L}+\\s+){0,2}" + Pattern.quote(MINUTES_HEADING_WORDS) + ":\\s*(\\S.*)$",
      Pattern.CASE_INSENSITIVE);
  /** How many non-blank lines after the date line may come before the "Meeting with:" line. */
  private static final int NOTES_HEADER_SPAN = 3;
  /** A list item: a bullet or a number with a dot or parenthesis, then white space. */
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+\\S.*$");
  /** A question or answer of interview notes: {@code Q.} or {@code A.}, emphasis allowed. */
  private static final Pattern QUESTION_OR_ANSWER = Pattern.compile("^[QA][.:](?:\\s.*)?$");

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

  /**
   * Which lines lie in fenced code blocks.
   *
   * @param lines whether each line (0-based) lies in a block, its fences included
   * @param openFence the 1-based line of a fence still open at the end, or 0
   */
  record CodeBlocks(boolean[] lines, int openFence) {}

  /**
   * The fenced code blocks of {@code lines}: a fence is three or more backticks or tildes indented
   * at most three spaces (a backtick fence's info string holds no backtick); it closes with the
   * same character, at least as many times, and nothing after it. One pass; the fuzz test relies
   * on this being the one definition of a code block.
   */
  static CodeBlocks codeBlocks(String[] lines) {
    boolean[] inCode = new boolean[lines.length];
    char fence = 0;
    int length = 0;
    int openFence = 0;
    for (int i = 0; i < lines.length; i++) {
      Matcher f = FENCE.matcher(lines[i]);
      if (fence == 0) {
        if (f.matches() && !(f.group(1).charAt(0) == '`' && f.group(2).indexOf('`') >= 0)) {
          fence = f.group(1).charAt(0);
          length = f.group(1).length();
          openFence = i + 1;
          inCode[i] = true;
        }
        continue;
      }
      inCode[i] = true;
      if (f.matches() && f.group(1).charAt(0) == fence && f.group(1).length() >= length
          && f.group(2).isBlank()) {
        fence = 0;
        openFence = 0;
      }
    }
    return new CodeBlocks(inCode, openFence);
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

    /** Adds a line as it is, without reading markers in it (a line of a code block). */
    void addLiteral(String raw) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(raw);
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

  /**
   * Where interview notes start.
   *
   * @param name the source's name as the notes give it
   * @param nameLine the line of that name (its heading, or the date line)
   * @param date the meeting date as written
   * @param meetingLine the line of {@code Meeting with:}
   * @param heading that line, emphasis removed
   * @param meeting what follows {@code Meeting with:}
   * @param enclosingLevel headings of this level or shallower end the notes (0: none does)
   */
  private record NotesStart(String name, int nameLine, String date, int meetingLine, String heading,
      String meeting, int enclosingLevel) {}

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
    /** Whether each line (0-based) lies in a fenced code block. */
    private boolean[] inCode = new boolean[0];
    /** The 1-based line of a code fence still open at the end of the report, or 0. */
    private int openFence;
    /** Interview notes by the 1-based line of their date line. */
    private final Map<Integer, NotesStart> notesStarts = new HashMap<>();
    /** The 1-based lines of headings that name the source of the notes right after them. */
    private final Set<Integer> notesNameHeadings = new HashSet<>();
    private int lastMarker = 0;

    // body state
    private Optional<String> section = Optional.empty();
    private Para bodyPara;
    private Optional<String> bodyNumber = Optional.empty();
    private boolean bodyBlankSince;
    private final Multiset<String> bodyNumbers = HashMultiset.create();

    // minutes state
    private MinutesReader current;

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
      truncation(text);
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
      CodeBlocks code = codeBlocks(lines);
      inCode = code.lines();
      openFence = code.openFence();
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if (inCode[i]) {
          continue;
        }
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
      findNotes();
    }

    /**
     * Finds where interview notes start (see the class comment): one pass over the lines, looking
     * at most {@value #NOTES_HEADER_SPAN} non-blank lines ahead of each date line.
     */
    private void findNotes() {
      int lastHeadingLine = 0;
      int lastHeadingLevel = 0;
      int shallowestSinceNotes = Integer.MAX_VALUE;
      int runLevel = -1;
      for (int i = 0; i < lines.length; i++) {
        if (inCode[i]) {
          continue;
        }
        Matcher h = HEADING.matcher(lines[i]);
        if (h.matches() && !pageHeaders.contains(plain(h.group(2)))) {
          lastHeadingLine = i + 1;
          lastHeadingLevel = h.group(1).length();
          shallowestSinceNotes = Math.min(shallowestSinceNotes, lastHeadingLevel);
          continue;
        }
        if (!lines[i].contains("Date:") && !lines[i].toLowerCase(Locale.ROOT).contains("date:")) {
          continue;
        }
        Matcher date = NOTES_DATE.matcher(plain(lines[i]));
        if (!date.matches()) {
          continue;
        }
        int meetingLine = -1;
        String meeting = "";
        for (int j = i + 1, seen = 0; j < lines.length && seen < NOTES_HEADER_SPAN; j++) {
          if (lines[j].isBlank()) {
            continue;
          }
          if (HEADING.matcher(lines[j]).matches()) {
            break;
          }
          seen++;
          Matcher m = NOTES_MEETING.matcher(plain(lines[j]));
          if (m.matches()) {
            meetingLine = j + 1;
            meeting = m.group(1).strip();
            break;
          }
        }
        if (meetingLine < 0) {
          continue;
        }
        String name = date.group(1).replaceAll("[\\s:,;–-]+$", "").strip();
        int nameLine = i + 1;
        int previous = i - 1;
        while (previous >= 0 && lines[previous].isBlank()) {
          previous--;
        }
        boolean ownHeading = name.isEmpty() && previous >= 0 && previous + 1 == lastHeadingLine;
        if (ownHeading) {
          Matcher h2 = HEADING.matcher(lines[previous]);
          h2.matches();
          name = plain(h2.group(2));
          nameLine = previous + 1;
          notesNameHeadings.add(nameLine);
        }
        if (name.isEmpty()) {
          name = meeting.split("\\s+[–-]\\s+|[,.;(]", 2)[0].strip();
        }
        int enclosing;
        if (runLevel >= 0 && shallowestSinceNotes > runLevel) {
          enclosing = runLevel;
        } else if (ownHeading) {
          enclosing = Math.max(lastHeadingLevel - 1, 0);
          for (int k = previous - 1; k >= 0; k--) {
            Matcher up = HEADING.matcher(lines[k]);
            if (up.matches() && !pageHeaders.contains(plain(up.group(2)))) {
              enclosing = Math.min(up.group(1).length(), lastHeadingLevel - 1);
              break;
            }
          }
        } else {
          enclosing = lastHeadingLevel;
        }
        runLevel = enclosing;
        shallowestSinceNotes = Integer.MAX_VALUE;
        notesStarts.put(i + 1, new NotesStart(name, nameLine, date.group(2).strip(), meetingLine,
            plain(lines[meetingLine - 1]), meeting, enclosing));
      }
    }

    private void line(String raw, int no) {
      if (inCode[no - 1]) {
        codeLine(raw, no);
        return;
      }
      tooLong(raw, no);
      Matcher d = FOOTNOTE_DEFINITION.matcher(raw);
      if (d.matches()) {
        footnote(d, raw, no);
        return;
      }
      NotesStart notes = notesStarts.get(no);
      if (notes != null) {
        closeBody();
        closeMinutes(no - 1);
        current = new NotesBuilder(notes);
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

    /**
     * A line of a fenced code block: kept as text of the paragraph it lies in, never read as a
     * heading or a footnote definition (a definition there is reported).
     */
    private void codeLine(String raw, int no) {
      if (FOOTNOTE_DEFINITION.matcher(raw).matches()) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.FOOTNOTE_IN_CODE_BLOCK, no, raw,
            "a footnote definition inside a code block is skipped: kept as text of the block,"
                + " not read as a footnote"));
        Para target = current != null ? current.openParagraph() : bodyPara;
        if (target != null) {
          target.addLiteral(raw);
        } else {
          closeBody();
          bodyPara = new Para(no);
          bodyPara.addLiteral(raw);
        }
        return;
      }
      noteMarkers(raw);
      if (current != null) {
        current.line(raw, no);
      } else {
        bodyLine(raw, no);
      }
    }

    /** Reports the numbers on {@code raw} that have more digits than the parser reads. */
    private void tooLong(String raw, int no) {
      if (mayHoldMarker(raw)) {
        Matcher m = LONG_MARKER.matcher(raw);
        while (m.find()) {
          diagnostics.add(Diagnostic.atLine(DiagnosticCode.NUMBER_TOO_LONG, no, raw,
              "the footnote number in '" + m.group() + "' has more than " + MAX_NUMBER_DIGITS
                  + " digits: not read as a footnote " + (raw.startsWith(m.group())
                      && raw.substring(m.end()).startsWith(":") ? "definition" : "marker")
                  + "; the text is kept"));
        }
      }
      if (raw.isEmpty() || !(Character.isDigit(raw.charAt(0)) || raw.charAt(0) == ' '
          || raw.charAt(0) == '\t' || raw.charAt(0) == '#')) {
        return;
      }
      Matcher h = HEADING.matcher(raw);
      String start = h.matches() ? plain(h.group(2)) : raw;
      Matcher dotted = LONG_DOTTED_NUMBER.matcher(start);
      if (dotted.find()) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.NUMBER_TOO_LONG, no, raw,
            (h.matches() ? "the section number " : "the paragraph number ") + dotted.group(1)
                + " has a part of more than " + MAX_SECTION_PART_DIGITS
                + " digits: not read as a number; the text is kept"));
      } else if (current != null && !h.matches() && LONG_MINUTES_NUMBER.matcher(raw).matches()) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.NUMBER_TOO_LONG, no, raw,
            "the paragraph number of this line of minutes has more than " + MAX_NUMBER_DIGITS
                + " digits: not read as a number; the line is kept as text"));
      }
    }

    /**
     * Reports a report that ends inside a structure: a fenced code block or an HTML comment never
     * closed, a table whose last row is cut off, a last footnote cut off (brackets or quotes left
     * open, or no line break and no closing punctuation after its text).
     */
    private void truncation(String text) {
      int last = lines.length - 1;
      while (last >= 0 && lines[last].isBlank()) {
        last--;
      }
      if (last < 0) {
        return;
      }
      int lastNo = last + 1;
      String l = lines[last];
      if (openFence > 0) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.TRUNCATED_INPUT, openFence,
            lines[openFence - 1], "the code block opened on line " + openFence
                + " is not closed at the end of the report (line " + lastNo + "): the report may be"
                + " cut off; its lines are kept as text"));
        return;
      }
      int comment = text.lastIndexOf("<!--");
      if (comment >= 0 && text.indexOf("-->", comment) < 0) {
        int line = lines(text.substring(0, comment)).length;
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.TRUNCATED_INPUT, line, lines[line - 1],
            "the HTML comment opened on line " + line + " is not closed at the end of the report:"
                + " the report may be cut off"));
      }
      boolean endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
      if (TABLE_ROW.matcher(l).matches() && last > 0 && TABLE_ROW.matcher(lines[last - 1]).matches()) {
        String row = l.strip();
        String before = lines[last - 1].strip();
        if (before.endsWith("|") && (!row.endsWith("|") || cells(row) < cells(before))) {
          diagnostics.add(Diagnostic.atLine(DiagnosticCode.TRUNCATED_INPUT, lastNo, l,
              "the last table row has " + cells(row) + " of " + cells(before) + " cells"
                  + (row.endsWith("|") ? "" : " and no closing '|'") + ": the report seems cut off"
                  + " in the middle of a table; the row is kept as written"));
        }
        return;
      }
      Matcher d = FOOTNOTE_DEFINITION.matcher(l);
      if (d.matches() && !inCode[last]) {
        int number = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2));
        String rest = d.group(3).strip();
        String open = unclosed(rest);
        boolean unfinished = !endsWithBreak && !rest.isEmpty()
            && ".)]>”\"'*_".indexOf(rest.charAt(rest.length() - 1)) < 0
            && !Character.isDigit(rest.charAt(rest.length() - 1));
        if (!open.isEmpty() || unfinished) {
          diagnostics.add(Diagnostic.inFootnote(DiagnosticCode.TRUNCATED_INPUT, number, lastNo, l,
              "footnote " + number + ", the last line of the report, seems cut off ("
                  + (open.isEmpty() ? "it ends without a line break or closing punctuation"
                      : "it leaves " + open + " open")
                  + "); its text is read as far as it goes"));
        }
        return;
      }
      if (PARTIAL_DEFINITION.matcher(l.strip()).matches()) {
        diagnostics.add(Diagnostic.atLine(DiagnosticCode.TRUNCATED_INPUT, lastNo, l,
            "the report ends with '" + l.strip() + "', the start of a footnote cut off before its"
                + " text; kept as text"));
      }
    }

    /** The cells of a table row. */
    private static int cells(String row) {
      String inner = row.startsWith("|") ? row.substring(1) : row;
      if (inner.endsWith("|")) {
        inner = inner.substring(0, inner.length() - 1);
      }
      return inner.split("\\|", -1).length;
    }

    /** The brackets and quotes {@code text} leaves open, in words; empty when all are closed. */
    private static String unclosed(String text) {
      List<String> open = new ArrayList<>();
      String[][] pairs = {{"(", ")", "a parenthesis"}, {"[", "]", "a square bracket"},
          {"<", ">", "an angle bracket"}, {"“", "”", "a quotation mark"}};
      for (String[] pair : pairs) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
          if (text.startsWith(pair[0], i)) {
            depth++;
          } else if (text.startsWith(pair[1], i) && depth > 0) {
            depth--;
          }
        }
        if (depth > 0) {
          open.add(pair[2]);
        }
      }
      long straight = text.chars().filter(c -> c == '"').count();
      if (straight % 2 == 1) {
        open.add("a quotation mark");
      }
      return String.join(" and ", new java.util.LinkedHashSet<>(open));
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
      if (notesNameHeadings.contains(no)) {
        closeBody();
        closeMinutes(no - 1);
        return;
      }
      Matcher minutesHeading = MINUTES_HEADING.matcher(plain);
      if (minutesHeading.matches()) {
        closeBody();
        closeMinutes(no - 1);
        current = new MinutesBuilder(plain, minutesHeading.group(1).strip(), no);
        return;
      }
      if (current != null && !current.endsAt(level, plain)) {
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

    /** A minutes section or interview notes being assembled, line by line. */
    private abstract class MinutesReader {
      /** Reads a line inside the minutes (not a heading or footnote). */
      abstract void line(String raw, int no);

      /** A sub-heading inside the minutes ends the paragraph before it. */
      abstract void subHeading(int no);

      /** The paragraph a bare-number marker belongs to, or null. */
      abstract Para openParagraph();

      /** Whether a heading of {@code level} with words {@code plain} ends the minutes. */
      abstract boolean endsAt(int level, String plain);

      /** The minutes, up to {@code lastLine}. */
      abstract Minutes build(int lastLine);
    }

    /** Interview notes being assembled: paragraphs counted, not numbered. */
    private final class NotesBuilder extends MinutesReader {
      final NotesStart start;
      final List<MinutesParagraph> paragraphs = new ArrayList<>();
      Para paragraph;
      boolean blankSince;

      NotesBuilder(NotesStart start) {
        this.start = start;
      }

      @Override
      void line(String raw, int no) {
        if (no == start.meetingLine()) {
          return;
        }
        if (raw.isBlank()) {
          blankSince = true;
          return;
        }
        boolean listItem = LIST_ITEM.matcher(raw).matches();
        boolean turn = QUESTION_OR_ANSWER.matcher(plain(raw)).matches();
        if (paragraph != null && (listItem || (!blankSince && !turn))) {
          paragraph.add(raw, no);
        } else {
          closeParagraph();
          paragraph = new Para(no);
          paragraph.add(raw, no);
        }
        blankSince = false;
      }

      @Override
      void subHeading(int no) {
        closeParagraph();
      }

      @Override
      Para openParagraph() {
        return paragraph;
      }

      @Override
      boolean endsAt(int level, String plain) {
        return level <= start.enclosingLevel() || ANNEX_HEADING.matcher(plain).matches();
      }

      private void closeParagraph() {
        if (paragraph != null) {
          ImmutableList<FootnoteMarker> found = paragraph.markers();
          record(found);
          if (!paragraph.isEmpty()) {
            paragraphs.add(new MinutesParagraph(
                paragraphs.size() + 1, 1, paragraph.line, paragraph.clean(), found));
          }
          paragraph = null;
        }
      }

      @Override
      Minutes build(int lastLine) {
        closeParagraph();
        return new Minutes(start.heading(), start.name(), Optional.of(start.meeting()),
            start.nameLine(), ImmutableList.copyOf(paragraphs), ParagraphNumbering.ORDINAL,
            Optional.of(start.date()));
      }
    }

    /** A minutes section being assembled. */
    private final class MinutesBuilder extends MinutesReader {
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

      @Override
      Para openParagraph() {
        return paragraph != null ? paragraph : pending;
      }

      @Override
      boolean endsAt(int level, String plain) {
        return ANNEX_HEADING.matcher(plain).matches();
      }

      @Override
      void subHeading(int no) {
        closeParagraph();
        flushPending("a heading");
        structureSeen = true;
        subList = 0;
      }

      @Override
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

      @Override
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
