package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: the validation report of each document. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class Validate implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "documents")
  List<Path> fichiers;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
  String format;

  @Override
  public Integer call() {
    Locale locale = parent.locale();
    boolean json = Formats.json(spec, format, Texts.of(locale));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Texts textes = Texts.of(locale);
    int code = PlateformCoopCommand.EXIT_OK;
    StringBuilder tableau = new StringBuilder();
    for (Path fichier : fichiers) {
      try {
        JsonDocument<?> document = Documents.read(fichier, textes);
        ValidationReport report = report(document.value());
        code = Math.max(code, report.isValid() ? PlateformCoopCommand.EXIT_OK : PlateformCoopCommand.EXIT_ERRORS);
        if (json) {
          Formats.append(tableau, fichiers.size() == 1 ? report.toJson(locale)
              : "{\n  \"file\" : " + Formats.quote(fichier.toString()) + ",\n  \"report\" : " + report.toJson(locale) + "\n}");
        } else {
          out.println(textes.get("fichier", fichier, document.version()));
          PlateformCoopCommand.print(report, textes, out, spec.commandLine().getColorScheme().ansi());
        }
      } catch (Documents.Unusable e) {
        code = PlateformCoopCommand.EXIT_UNUSABLE;
        err.println(spec.commandLine().getColorScheme().errorText(e.getMessage()));
        if (json) {
          Formats.append(tableau, Formats.error(fichier, e.getMessage()));
        }
      }
    }
    if (json && tableau.length() > 0) {
      out.println(fichiers.size() == 1 ? tableau : "[ " + tableau + " ]");
    }
    out.flush();
    err.flush();
    return code;
  }

  private static ValidationReport report(Object valeur) {
    if (valeur instanceof Programme programme) {
      return RuleSet.defaults().validate(programme);
    }
    if (valeur instanceof Cycle cycle) {
      return RuleSet.defaults().validate(cycle);
    }
    // A modèle on its own has no rule of its own: reading it strictly is its validation.
    return ValidationReport.of(List.of());
  }
}
