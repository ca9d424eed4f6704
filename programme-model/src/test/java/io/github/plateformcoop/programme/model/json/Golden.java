package io.github.plateformcoop.programme.model.json;

import java.nio.file.Path;

/** The golden files of the format, under src/test/resources/golden/VERSION/. */
final class Golden {

  private Golden() {}

  static Path fichier(String version, String nom) {
    return Path.of("src", "test", "resources", "golden", version, nom + ".json");
  }
}
