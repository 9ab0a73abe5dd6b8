package org.corroborate.ingest.citation;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.model.SourceKind;

/**
 * What a user knows about a report's sources that the report does not say: other names under which
 * a source is cited, and a source's kind.
 *
 * <p>One statement a line; blank lines and lines starting with {@code #} are ignored. A source is
 * named by its name or its id:
 *
 * <pre>
 * alias Novaya Gazeta Europe = Novaya Gazeta
 * alias irina-novik = Journalist Irina Novik
 * kind Mediazona = MEDIA_OUTLET
 * </pre>
 *
 * @param aliases the aliases given, by the source name or id they were given for
 * @param kinds the kinds given, by source name or id
 */
public record AliasFile(
    ImmutableListMultimap<String, String> aliases, ImmutableMap<String, SourceKind> kinds) {

  private static final Pattern STATEMENT =
      Pattern.compile("^\\s*(alias|kind)\\s+(.+?)\\s*=\\s*(.+?)\\s*$");

  /** Copies both maps. */
  public AliasFile {
    aliases = ImmutableListMultimap.copyOf(aliases);
    kinds = ImmutableMap.copyOf(kinds);
  }

  /** No aliases, no kinds. */
  public static AliasFile empty() {
    return new AliasFile(ImmutableListMultimap.of(), ImmutableMap.of());
  }

  /**
   * Reads an alias file. Runs in time linear in its length.
   *
   * @throws ReportParseException naming the line that is neither blank, a comment, an {@code
   *     alias} nor a {@code kind} statement, or names an unknown kind
   */
  public static AliasFile parse(String text) throws ReportParseException {
    Objects.requireNonNull(text, "alias file text");
    ImmutableListMultimap.Builder<String, String> aliases = ImmutableListMultimap.builder();
    Map<String, SourceKind> kinds = new LinkedHashMap<>();
    String[] lines = text.split("\\r\\n|\\n|\\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = STATEMENT.matcher(line);
      if (!m.matches()) {
        throw new ReportParseException(i + 1,
            "expected 'alias <source> = <alias>' or 'kind <source> = <KIND>': '" + line + "'");
      }
      if (m.group(1).equals("alias")) {
        aliases.put(m.group(2), m.group(3));
      } else {
        String token = m.group(3).toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
          kinds.put(m.group(2), SourceKind.valueOf(token));
        } catch (IllegalArgumentException e) {
          throw new ReportParseException(i + 1, "unknown source kind '" + m.group(3)
              + "'; one of " + java.util.Arrays.toString(SourceKind.values()) + " expected");
        }
      }
    }
    return new AliasFile(aliases.build(), ImmutableMap.copyOf(kinds));
  }
}
