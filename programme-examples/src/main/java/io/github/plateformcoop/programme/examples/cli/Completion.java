package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.examples.PlateformCoopIllustratif;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.JsonDocument;
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
@Command(name = "completion", mixinStandardHelpOptions = true)
final class Completion implements Callable<Integer> {

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "document")
  Path fichier;

  @Option(names = "--as-of", paramLabel = "DATE")
  LocalDate auJour;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT")
  String format;

  @Option(names = "--default-criteria")
  boolean parDefaut;

  @Override
  public Integer call() {
    Locale locale = parent.locale();
    Texts textes = Texts.of(locale);
    boolean json = Formats.json(spec, format, textes);
    JsonDocument<?> document;
    try {
      document = Documents.read(fichier, textes);
    } catch (Documents.Unusable e) {
      return inutilisable(e.getMessage(), json);
    }
    List<Cycle> cycles = new ArrayList<>();
    if (document.value() instanceof Programme programme) {
      cycles.addAll(programme.getCycles());
    } else if (document.value() instanceof Cycle cycle) {
      cycles.add(cycle);
    } else if (document.value() instanceof ModeleDeCycle) {
      return inutilisable(textes.get("erreur.modele-sans-participants", fichier), json);
    }
    List<CompletionReport> evaluations = new ArrayList<>();
    for (Cycle cycle : cycles) {
      LocalDate date = auJour != null ? auJour : LocalDate.now(cycle.getFuseau());
      evaluations.add(evaluator(cycle, parDefaut).evaluate(cycle, date));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CompletionTable.json(evaluations, locale));
    } else {
      for (int i = 0; i < cycles.size(); i++) {
        Cycle cycle = cycles.get(i);
        // Which criteria, and from where: the cycle's own, the default the user chose, or none.
        out.println(!cycle.getCriteresDeCompletion().isEmpty()
            ? textes.get("criteres.du-cycle", cycle.getCriteresDeCompletion().size())
            : textes.get(parDefaut ? "criteres.par-defaut" : "criteres.aucun"));
        if (cycle.getPresences().isEmpty()) {
          out.println(textes.get("sans-emargement"));
        }
        CompletionTable.print(evaluations.get(i), textes, out, spec.commandLine().getColorScheme().ansi());
      }
    }
    out.flush();
    return PlateformCoopCommand.EXIT_OK;
  }

  /** A file that cannot be evaluated: said on the error stream, and as JSON on the output when JSON is asked for. */
  private int inutilisable(String message, boolean json) {
    spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText(message));
    spec.commandLine().getErr().flush();
    if (json) {
      spec.commandLine().getOut().println(Formats.error(fichier, message));
      spec.commandLine().getOut().flush();
    }
    return PlateformCoopCommand.EXIT_UNUSABLE;
  }

  /**
   * The evaluator of a cycle: its own criteria; the PlateformCoop example's only when the user asks
   * for it and the cycle has none.
   */
  static CompletionEvaluator evaluator(Cycle cycle, boolean parDefaut) {
    CompletionEvaluator.Builder builder = CompletionEvaluator.builder();
    if (parDefaut && cycle.getCriteresDeCompletion().isEmpty()) {
      builder.criteria(List.of(PlateformCoopIllustratif.CRITERE));
    }
    return builder.build();
  }
}
