package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/** The text of a report file: its bytes decoded as UTF-8, or a located reason why they are not. */
public final class ReportText {

  private ReportText() {}

  /**
   * Decodes {@code bytes} as UTF-8 (RFC 3629), refusing malformed and unmappable input rather than
   * replacing it. O(bytes).
   *
   * @throws ReportParseException naming the line (CRLF, LF and CR each end one), the 1-based byte
   *     offset in the file and in the line, and the offending bytes, at the first sequence that is not UTF-8
   */
  public static String decode(byte[] bytes) throws ReportParseException {
    Objects.requireNonNull(bytes, "report bytes");
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw invalid(bytes, in.position(), result.length());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw invalid(bytes, in.position(), result.length());
    }
    out.flip();
    return out.toString();
  }

  private static ReportParseException invalid(byte[] bytes, int offset, int length) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    StringBuilder shown = new StringBuilder();
    for (int i = offset; i < Math.min(bytes.length, offset + Math.max(length, 1)); i++) {
      shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return new ReportParseException(line, String.format(Locale.ROOT,
        "byte %d of the file (byte %d of the line) starts %s, which is not UTF-8: the report must be"
            + " UTF-8 text", offset + 1L, offset - lineStart + 1, shown));
  }
}
