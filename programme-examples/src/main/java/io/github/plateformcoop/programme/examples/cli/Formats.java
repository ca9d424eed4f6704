package io.github.plateformcoop.programme.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** The output formats of the commands. */
final class Formats {

  /** The mapper, built when a text is first written as JSON. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  private Formats() {}

  static boolean json(CommandSpec spec, String format, Texts textes) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), textes.get("erreur.format", format));
    }
    return format.equals("json");
  }

  static String quote(String texte) {
    return Json.MAPPER.writeValueAsString(texte);
  }

  static void append(StringBuilder tableau, String element) {
    if (tableau.length() > 0) {
      tableau.append(", ");
    }
    tableau.append(element);
  }

  /** A file that could not be used, as JSON: {@code {"file" : ..., "error" : ...}}. */
  static String error(java.nio.file.Path fichier, String message) {
    return "{\n  \"file\" : " + quote(fichier.toString()) + ",\n  \"error\" : " + quote(message) + "\n}";
  }
}
