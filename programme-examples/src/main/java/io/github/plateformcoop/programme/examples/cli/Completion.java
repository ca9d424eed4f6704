package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.rules.completion.DefaultCriteria;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import io.github.plateformcoop.programme.rules.completion.CompletionReport;
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
    JsonDocument<?> document;
    try {
      document = Documents.read(fichier);
    } catch (Documents.Unusable e) {
      spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText(e.getMessage()));
      spec.commandLine().getErr().flush();
      return PlateformCoopCommand.EXIT_UNUSABLE;
    }
    List<Cycle> cycles = new ArrayList<>();
    if (document.value() instanceof Programme programme) {
      cycles.addAll(programme.getCycles());
    } else if (document.value() instanceof Cycle cycle) {
      cycles.add(cycle);
    } else if (document.value() instanceof ModeleDeCycle) {
      spec.commandLine().getErr().println(fichier + ": a modèle de cycle has no participants to evaluate");
      spec.commandLine().getErr().flush();
      return PlateformCoopCommand.EXIT_UNUSABLE;
    }
    List<CompletionReport> evaluations = new ArrayList<>();
    for (Cycle cycle : cycles) {
      LocalDate date = auJour != null ? auJour : LocalDate.now(cycle.getFuseau());
      evaluations.add(evaluator(cycle, locale).evaluate(cycle, date));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CompletionTable.json(evaluations));
    } else {
      Texts textes = Texts.of(locale);
      for (CompletionReport e : evaluations) {
        CompletionTable.print(e, textes, out, spec.commandLine().getColorScheme().ansi());
      }
    }
    out.flush();
    return PlateformCoopCommand.EXIT_OK;
  }

  static CompletionEvaluator evaluator(Cycle cycle, Locale locale) {
    CompletionEvaluator.Builder builder = CompletionEvaluator.builder().locale(locale);
    if (cycle.getCriteresDeCompletion().isEmpty()) {
      builder.criteria(List.of(DefaultCriteria.PLATEFORMCOOP));
    }
    return builder.build();
  }
}
