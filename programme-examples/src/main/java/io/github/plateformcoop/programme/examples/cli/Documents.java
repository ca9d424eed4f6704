package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a document of any kind from a file, saying in one sentence why it cannot when it cannot. */
final class Documents {

  /** A file that cannot be used: its message names the file and the reason. */
  static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private Documents() {}

  /**
   * Reads a cycle, modèle or programme document, whichever the file holds.
   *
   * @return the document read, its value a Cycle, a ModeleDeCycle or a Programme
   */
  static JsonDocument<?> read(Path fichier, Texts textes) throws Unusable {
    ProgrammeJson json = ProgrammeJson.builder().locale(textes.locale()).build();
    try {
      return json.readDocument(fichier, documentType(fichier));
    } catch (ProgrammeJsonException e) {
      throw new Unusable(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new Unusable(cause instanceof NoSuchFileException ? textes.get("erreur.fichier-absent", fichier)
          : textes.get("erreur.fichier-illisible", fichier, String.valueOf(cause.getMessage())), e);
    }
  }

  /** The kind of document a file holds, by the property naming its content; a cycle when it names none. */
  private static Class<?> documentType(Path fichier) {
    try {
      JsonNode racine = ProgrammeJson.defaults().mapper().readTree(Files.readString(fichier, StandardCharsets.UTF_8));
      if (racine != null && racine.isObject()) {
        if (racine.has("programme")) {
          return Programme.class;
        }
        if (racine.has("modeleDeCycle")) {
          return ModeleDeCycle.class;
        }
      }
    } catch (IOException | JacksonException | java.io.UncheckedIOException e) {
      // The strict read that follows says what is wrong with the file.
    }
    return Cycle.class;
  }

  /** The writer of the commands that write a document: indented, or compact when asked. */
  /**
   * Says on the command's error output why something cannot be used.
   *
   * @return {@code EXIT_UNUSABLE}
   */
  static int unusable(CommandSpec spec, String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(spec.commandLine().getColorScheme().errorText(message));
    err.flush();
    return PlateformCoopCommand.EXIT_UNUSABLE;
  }

  /**
   * Writes a document to a file, or to the command's output when no file is given. A file that
   * cannot be written is said on the error output, never thrown.
   *
   * @return the exit code: {@code EXIT_OK}, or {@code EXIT_UNUSABLE} when the file cannot be written
   */
  static int ecrire(Object valeur, Path sortie, boolean compact, CommandSpec spec, Texts textes) {
    ProgrammeJson json = ecrivain(compact);
    if (sortie == null) {
      json.write(valeur, spec.commandLine().getOut());
      return PlateformCoopCommand.EXIT_OK;
    }
    try {
      json.write(valeur, sortie);
    } catch (UncheckedIOException e) {
      return unusable(spec, textes.get("erreur.ecriture", sortie, String.valueOf(e.getCause().getMessage())));
    }
    return PlateformCoopCommand.EXIT_OK;
  }

  static ProgrammeJson ecrivain(boolean compact) {
    return compact ? ProgrammeJson.builder().compact().build() : ProgrammeJson.defaults();
  }
}
