package org.corroborate.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format} for the commands that write text or JSON only. */
final class TextOrJson implements CommandLine.ITypeConverter<Format> {

  @Override
  public Format convert(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "text" -> Format.TEXT;
      case "json" -> Format.JSON;
      default -> throw new CommandLine.TypeConversionException(
          "unknown format '" + value + "'; use text or json");
    };
  }
}
