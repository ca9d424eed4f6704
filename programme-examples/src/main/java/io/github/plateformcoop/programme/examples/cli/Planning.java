package io.github.plateformcoop.programme.examples.cli;

import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.json.JsonDocument;
import io.github.plateformcoop.programme.rules.schedule.Plan;
import io.github.plateformcoop.programme.rules.schedule.Planner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan FILE [--weekday DAY]... [--slot morning|afternoon] [--avoid DATE...] [--min-spacing DAYS] [-o OUT]}:
 * the cycle (or each cycle of a programme) with its undated séances dated by the {@link Planner},
 * with the default rules.
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
final class Planning implements Callable<Integer> {

  private static final Map<String, DemiJournee> CRENEAUX = Map.of("morning", DemiJournee.MATIN, "afternoon", DemiJournee.APRES_MIDI);

  @ParentCommand
  PlateformCoopCommand parent;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "document")
  Path fichier;

  @Option(names = "--weekday", paramLabel = "DAY")
  List<String> jours = new ArrayList<>();

  @Option(names = "--slot", paramLabel = "SLOT", defaultValue = "morning")
  String creneau;

  @Option(names = "--avoid", arity = "1..*", paramLabel = "DATE")
  List<String> ecartees = new ArrayList<>();

  @Option(names = "--min-spacing", paramLabel = "DAYS", defaultValue = "0")
  int espacement;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT")
  Path sortie;

  @Option(names = "--compact")
  boolean compact;

  @Override
  public Integer call() {
    Texts textes = Texts.of(parent.locale());
    Planner planner;
    JsonDocument<?> document;
    try {
      planner = planner(textes);
      document = Documents.read(fichier, textes);
    } catch (Documents.Unusable e) {
      return erreur(e.getMessage(), PlateformCoopCommand.EXIT_UNUSABLE);
    }
    List<Cycle> cycles;
    if (document.value() instanceof Programme programme) {
      cycles = programme.getCycles();
    } else if (document.value() instanceof Cycle cycle) {
      cycles = List.of(cycle);
    } else {
      return erreur(textes.get("erreur.modele-sans-periode", fichier), PlateformCoopCommand.EXIT_UNUSABLE);
    }
    List<Cycle> planifies = new ArrayList<>();
    List<Plan> plans = new ArrayList<>();
    for (Cycle cycle : cycles) {
      Plan plan = planner.plan(cycle);
      if (!plan.isPossible()) {
        return erreur(textes.get("plan.impossible", cycle.getId(), plan.getObstacle().orElseThrow().render(textes.locale())),
            PlateformCoopCommand.EXIT_ERRORS);
      }
      plans.add(plan);
      planifies.add(plan.getCycle().orElseThrow());
    }
    Object resultat = document.value() instanceof Programme programme
        ? Programme.builder().from(programme).cycles(planifies).build() : planifies.get(0);
    int code = Documents.ecrire(resultat, sortie, compact, spec, textes);
    if (sortie == null || code != PlateformCoopCommand.EXIT_OK) {
      return code;
    }
    PrintWriter out = spec.commandLine().getOut();
    for (int i = 0; i < plans.size(); i++) {
      resume(plans.get(i), planifies.get(i), textes, out);
    }
    out.flush();
    return PlateformCoopCommand.EXIT_OK;
  }

  /** The planner of the options, or why an option is unusable. */
  private Planner planner(Texts textes) throws Documents.Unusable {
    Planner.Builder planner = Planner.builder();
    if (!jours.isEmpty()) {
      Set<DayOfWeek> semaine = new TreeSet<>();
      for (String jour : jours) {
        try {
          semaine.add(DayOfWeek.valueOf(jour.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new Documents.Unusable(textes.get("erreur.weekday", jour), e);
        }
      }
      planner.weekdays(semaine);
    }
    DemiJournee demiJournee = CRENEAUX.get(creneau);
    if (demiJournee == null) {
      throw new Documents.Unusable(textes.get("erreur.slot", creneau), null);
    }
    planner.slot(demiJournee);
    for (String date : ecartees) {
      try {
        planner.avoid(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        throw new Documents.Unusable(textes.get("erreur.avoid", date), e);
      }
    }
    if (espacement < 0) {
      throw new Documents.Unusable(textes.get("erreur.min-spacing", espacement), null);
    }
    return planner.minimumSpacing(Period.ofDays(espacement)).build();
  }

  private static void resume(Plan plan, Cycle cycle, Texts textes, PrintWriter out) {
    out.println(textes.get("plan.resume", cycle.getId(), plan.getPlannedSeanceIds().size(), plan.getAddedSeanceIds().size()));
    Set<String> planifiees = Set.copyOf(plan.getPlannedSeanceIds());
    cycle.seances().filter(s -> planifiees.contains(s.getId())).forEach(s -> out.println("  " + s.getId() + "  "
        + s.getDate().orElseThrow() + horaires(s)));
  }

  private static String horaires(Seance seance) {
    return seance.getDebut().isPresent() && seance.getFin().isPresent()
        ? "  " + seance.getDebut().get() + "-" + seance.getFin().get() : "";
  }

  private int erreur(String message, int code) {
    Documents.unusable(spec, message);
    return code;
  }
}
