package io.github.plateformcoop.programme.examples.embarque;

import io.github.plateformcoop.programme.examples.RegionFictive;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.json.DocumentLu;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import java.nio.file.Path;

/** Exchanging a cycle with a partner as JSON: write it, read it back, refuse a broken one. */
public final class EchangerEnJson {

  private EchangerEnJson() {}

  /**
   * Writes a cycle to a file and reads it back.
   *
   * @param cycle the cycle, not null
   * @param fichier the file, not null
   * @return the cycle read, equal to the one written
   */
  public static Cycle allerRetour(Cycle cycle, Path fichier) {
    ProgrammeJson json = ProgrammeJson.defaults();
    json.ecrire(cycle, fichier);
    DocumentLu<Cycle> lu = json.lireDocument(fichier, Cycle.class);
    return lu.valeur();
  }

  /**
   * Reads a partner's document, telling where and why it is broken when it is.
   *
   * @param texte the document, not null
   * @return the cycle, or a message when the document cannot be read
   */
  public static String lirePartenaire(String texte) {
    try {
      return "read: " + ProgrammeJson.defaults().lire(texte, Cycle.class).getId();
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
    Cycle relu = allerRetour(RegionFictive.cycle(), Path.of("cycle-fictif.json"));
    System.out.println(relu.equals(RegionFictive.cycle()) ? "lossless" : "changed");
  }
}
