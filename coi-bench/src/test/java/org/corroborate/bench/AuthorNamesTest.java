package org.corroborate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The author-list normalisation, on listing strings as they appear in the Book data. */
final class AuthorNamesTest {

  @Test
  void oneAuthorInEveryFormatIsOneSurname() {
    for (String listing : List.of("Knuth", "Knuth, Donald E.", "Donald E. Knuth",
        "KNUTH, DONALD E.", "Knuth, Donald E. (Author)")) {
      assertEquals(List.of("knuth"), AuthorNames.surnames(listing), listing);
    }
  }

  @Test
  void separatorsAndRolesSplitAuthors() {
    assertEquals(List.of("blythe", "mcreynolds"),
        AuthorNames.surnames("McReynolds, Tom &amp; David Blythe"));
    assertEquals(List.of("gray", "reuter"),
        AuthorNames.surnames("By (author) Gray, Jim By (author) Reuter, Andreas"));
    assertEquals(List.of("dustin", "nelson", "wysopal", "zovi"), AuthorNames.surnames(
        "Wysopal, Chris, Nelson, Lucas, Dai Zovi, Dino, Dustin, Elfriede"),
        "alternating surname and given names");
  }

  @Test
  void listsGluedWithoutSeparatorsAreSplit() {
    assertEquals(List.of("blythe", "mcreynolds"),
        AuthorNames.surnames("MCREYNOLDS, TOM BLYTHE, DAVID"));
    assertEquals(List.of("brinck", "gergle", "wood"),
        AuthorNames.surnames("Brinck, Tom Gergle, Darren Wood, Scott D."));
    assertEquals(List.of("coulthard", "hutchinsonclifford"),
        AuthorNames.surnames("Coulthard, Glen J. Hutchinson-Clifford, Sarah"));
    assertEquals(List.of("holtzblatt", "wendell", "wood"),
        AuthorNames.surnames("Wendell, Jessamyn Burns Holtzblatt, Karen Wood, Shelley"));
  }

  @Test
  void namesRunTogetherAreSplitAtTheCapital() {
    assertEquals(List.of("bagui", "earp"), AuthorNames.surnames("Earp, RichardBagui, Sikha"));
    assertEquals(List.of("blythe", "mcreynolds"),
        AuthorNames.surnames("McReynolds, Tom; Blythe, David"),
        "a capital after one or two lower-case letters (Mc, De) is part of the name");
    assertEquals(List.of("depalma"), AuthorNames.surnames("DePalma, Paul"));
  }

  @Test
  void surnameParticlesAndLoneInitials() {
    for (String listing : List.of("De Palma, Paul", "de Palma, Paul (Author)", "Paul De Palma")) {
      assertEquals(List.of("palma"), AuthorNames.surnames(listing), listing);
    }
    for (String listing : List.of("Lans, Rick Van Der", "Rick Van Der Lans", "Van Der Lans, Rick",
        "VAN DER LANS")) {
      assertEquals(List.of("lans"), AuthorNames.surnames(listing), listing);
    }
    assertEquals(List.of("brezinski", "zaglia"), AuthorNames.surnames(
        "By (author) Brezinski, C. By (author) Redivo Zaglia, M."));
    assertEquals(List.of("le"), AuthorNames.surnames("Le, Nguyen"),
        "a particle with no name after it is a surname");
  }

  @Test
  void listingsNamingNobodyClaimNothing() {
    for (String listing : List.of("Not Available", "", "  ", "N/A", "Unknown")) {
      assertEquals(Optional.empty(), AuthorNames.normalise(listing), "'" + listing + "'");
    }
  }
}
