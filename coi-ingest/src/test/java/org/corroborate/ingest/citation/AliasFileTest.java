package org.corroborate.ingest.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.corroborate.ingest.ReportParseException;
import org.corroborate.model.SourceKind;
import org.junit.jupiter.api.Test;

final class AliasFileTest {

  @Test
  void parse_aliasesAndKinds() throws ReportParseException {
    AliasFile f = AliasFile.parse("# aliases\nalias Novaya Gazeta Europe = Novaya Gazeta\n\n"
        + "kind Mediazona = media outlet\n");
    assertEquals(List.of("Novaya Gazeta"), f.aliases().get("Novaya Gazeta Europe"), "the alias");
    assertEquals(SourceKind.MEDIA_OUTLET, f.kinds().get("Mediazona"), "the kind, any case or spacing");
  }

  @Test
  void parse_badLineLocated() {
    ReportParseException e = assertThrows(ReportParseException.class,
        () -> AliasFile.parse("alias A = B\nNovaya Gazeta\n"));
    assertEquals(2, e.line(), "the line that is no statement");
  }

  @Test
  void parse_unknownKindLocated() {
    ReportParseException e = assertThrows(ReportParseException.class,
        () -> AliasFile.parse("kind Mediazona = blog"));
    assertEquals(1, e.line(), "the line with the unknown kind");
  }
}
