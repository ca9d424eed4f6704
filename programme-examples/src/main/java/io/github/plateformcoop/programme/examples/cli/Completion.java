package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.DocumentLu;
import io.github.plateformcoop.programme.rules.completion.CriteresParDefaut;
import io.github.plateformcoop.programme.rules.completion.EvaluateurDeCompletion;
import io.github.plateformcoop.programme.rules.completion.EvaluationDeCompletion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code completion FILE}: completion per participant and per collectivité. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Evaluates the completion of a cycle (or of each cycle of a programme) per participant and per collectivité.",
        "A cycle with no completion criteria of its own is evaluated with the library's default one"
            + " (75% of the sensibilisation hours and 2 of the 3 ateliers), which is a choice, not a fact of the sources."})
final class Completion implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A cycle or programme document (JSON).")
  Path fichier;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date of the evaluation (yyyy-MM-dd); today by default.")
  LocalDate auJour;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json.")
  String format;

  @Override
  public Integer call() {
    Locale locale = parent.locale();
    boolean json = Formats.json(spec, format);
    DocumentLu<?> document;
    try {
      document = Documents.lire(fichier);
    } catch (Documents.Inutilisable e) {
      spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText(e.getMessage()));
      spec.commandLine().getErr().flush();
      return PlateformCoopCommand.INUTILISABLE;
    }
    List<Cycle> cycles = new ArrayList<>();
    if (document.valeur() instanceof Programme programme) {
      cycles.addAll(programme.getCycles());
    } else if (document.valeur() instanceof Cycle cycle) {
      cycles.add(cycle);
    } else if (document.valeur() instanceof ModeleDeCycle) {
      spec.commandLine().getErr().println(fichier + ": a modèle de cycle has no participants to evaluate");
      spec.commandLine().getErr().flush();
      return PlateformCoopCommand.INUTILISABLE;
    }
    List<EvaluationDeCompletion> evaluations = new ArrayList<>();
    for (Cycle cycle : cycles) {
      LocalDate date = auJour != null ? auJour : LocalDate.now(cycle.getFuseau());
      evaluations.add(evaluateur(cycle, locale).evaluer(cycle, date));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(TableauDeCompletion.json(evaluations));
    } else {
      Textes textes = Textes.of(locale);
      for (EvaluationDeCompletion e : evaluations) {
        TableauDeCompletion.imprimer(e, textes, out, spec.commandLine().getColorScheme().ansi());
      }
    }
    out.flush();
    return PlateformCoopCommand.OK;
  }

  static EvaluateurDeCompletion evaluateur(Cycle cycle, Locale locale) {
    EvaluateurDeCompletion.Builder builder = EvaluateurDeCompletion.builder().locale(locale);
    if (cycle.getCriteresDeCompletion().isEmpty()) {
      builder.criteres(List.of(CriteresParDefaut.PLATEFORMCOOP));
    }
    return builder.build();
  }
}
