package io.github.plateformcoop.programme.examples.embedding;

import io.github.plateformcoop.programme.examples.RegionFictive;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import java.nio.file.Path;
import java.util.Locale;

/** Exchanging a cycle with a partner as JSON: write it, read it back, refuse a broken one. */
public final class ExchangeJson {

  private ExchangeJson() {}

  /**
   * Writes a cycle to a file and reads it back.
   *
   * @param cycle the cycle, not null
   * @param fichier the file, not null
   * @return the cycle read, equal to the one written
   */
  public static Cycle roundTrip(Cycle cycle, Path fichier) {
    ProgrammeJson json = ProgrammeJson.defaults();
    json.write(cycle, fichier);
    JsonDocument<Cycle> lu = json.readDocument(fichier, Cycle.class);
    return lu.value();
  }

  /**
   * Reads a partner's document, telling where and why it is broken when it is, in English: an
   * application that speaks English sets the reader's language once.
   *
   * @param texte the document, not null
   * @return the cycle, or a message when the document cannot be read
   */
  public static String readPartnerDocument(String texte) {
    try {
      return "read: " + ProgrammeJson.builder().locale(Locale.ENGLISH).build().read(texte, Cycle.class).getId();
    } catch (ProgrammeJsonException e) {
      return "refused at " + e.getJsonPath() + ": " + e.getReason();
    }
  }

  /**
   * Writes the fictional region's cycle to {@code cycle-fictif.json}.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Cycle relu = roundTrip(RegionFictive.cycle(), Path.of("cycle-fictif.json"));
    System.out.println(relu.equals(RegionFictive.cycle()) ? "lossless" : "changed");
  }
}
