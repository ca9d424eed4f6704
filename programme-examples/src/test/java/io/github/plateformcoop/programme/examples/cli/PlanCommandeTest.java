package io.github.plateformcoop.programme.examples.cli;

import static io.github.plateformcoop.programme.examples.cli.PlateformCoopCommandTest.executer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.examples.PlateformCoop;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}: the document written with its séances dated, the options honoured, the impossible explained. */
class PlanCommandeTest {

  @TempDir
  static Path dossier;

  static Path sources;
  static Path programme;

  @BeforeAll
  static void fichiers() {
    sources = dossier.resolve("sources.json");
    ProgrammeJson.defaults().write(PlateformCoop.cycle(), sources);
    programme = dossier.resolve("programme.json");
    ProgrammeJson.defaults().write(PlateformCoop.programme(), programme);
  }

  @Test
  void leCycleDesSourcesEstPlanifieSurLaSortieStandard() {
    PlateformCoopCommandTest.Execution e = executer("plan", sources.toString(), "--weekday", "tuesday", "--slot", "afternoon",
        "--avoid", "2022-10-04", "2022-10-11");
    assertThat(e.code()).as(e.err()).isZero();
    Cycle cycle = ProgrammeJson.defaults().read(e.out(), Cycle.class);
    List<Seance> planifiees = cycle.seances().filter(s -> !s.getId().equals("sensibilisation-1")).toList();
    assertThat(planifiees).hasSize(10).allSatisfy(s -> {
      assertThat(s.getDate().orElseThrow().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
      assertThat(s.getDate().orElseThrow()).isNotIn(LocalDate.of(2022, 10, 4), LocalDate.of(2022, 10, 11));
    });
    assertThat(cycle.getBriques().get(0).getSeances()).filteredOn(s -> !s.getId().equals("sensibilisation-1"))
        .allSatisfy(s -> assertThat(s.getDebut()).contains(LocalTime.of(14, 0)));
    assertThat(e.err()).isEmpty();
  }

  @Test
  void avecUnFichierDeSortieLesDatesProposeesSontDites() throws IOException {
    Path sortie = dossier.resolve("planifie.json");
    PlateformCoopCommandTest.Execution e = executer("--lang", "en", "plan", programme.toString(), "--min-spacing", "14", "-o", sortie.toString());
    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out()).startsWith("plateformcoop-2022-2023: 10 séance(s) dated, 0 of them added")
        .contains("  sensibilisation-2  2022-");
    Programme planifie = ProgrammeJson.defaults().read(sortie, Programme.class);
    assertThat(planifie.getCycles().get(0).seances()).allMatch(Seance::isDated);
    assertThat(Files.readString(sortie)).startsWith("{\n");
  }

  @Test
  void unCalendrierImpossibleEstExpliqueAvecLeCode1() {
    // Fridays of September 2022 to April 2023, all but one avoided.
    List<String> arguments = new java.util.ArrayList<>(List.of("plan", sources.toString(), "--weekday", "friday", "--avoid"));
    for (LocalDate d = LocalDate.of(2022, 9, 2); d.isBefore(LocalDate.of(2023, 4, 1)); d = d.plusWeeks(1)) {
      arguments.add(d.toString());
    }
    PlateformCoopCommandTest.Execution e = executer(arguments.toArray(String[]::new));
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_ERRORS);
    assertThat(e.out()).isEmpty();
    assertThat(e.err()).contains("plateformcoop-2022-2023 : aucun calendrier possible : la brique « sensibilisation » a besoin"
        + " de 7 séances, mais seulement 4 jours libres (vendredi)").doesNotContain("Exception");
  }

  @Test
  void uneOptionOuUnDocumentInutilisableEstRefuseSansTraceDePile() {
    assertThat(executer("plan", sources.toString(), "--weekday", "mardi").err()).contains("--weekday prend un jour de monday à sunday, pas « mardi »");
    assertThat(executer("plan", sources.toString(), "--slot", "soir").err()).contains("--slot prend morning ou afternoon, pas « soir »");
    assertThat(executer("plan", sources.toString(), "--avoid", "2022-13-01").err()).contains("--avoid prend des dates aaaa-MM-jj, pas « 2022-13-01 »");
    assertThat(executer("--lang", "en", "plan", sources.toString(), "--min-spacing", "-1").err())
        .contains("--min-spacing takes a number of days, 0 or more, not -1");
    Path modele = dossier.resolve("modele.json");
    ProgrammeJson.defaults().write(PlateformCoop.modele(), modele);
    PlateformCoopCommandTest.Execution e = executer("plan", modele.toString());
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("un modèle de cycle n'a pas de période").doesNotContain("Exception");
    assertThat(executer("plan", dossier.resolve("absent.json").toString()).code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
  }

  @Test
  void unFichierDeSortieQuOnNePeutEcrireEstDitSansTraceDePile() {
    // A folder, not a file: no command that writes a document may throw there.
    String dossierCommeSortie = dossier.toString();
    for (List<String> commande : List.of(
        List.of("plan", sources.toString(), "-o", dossierCommeSortie),
        List.of("convert", sources.toString(), "-o", dossierCommeSortie),
        List.of("example", "-o", dossierCommeSortie))) {
      PlateformCoopCommandTest.Execution e = executer(commande.toArray(String[]::new));
      assertThat(e.code()).as(commande.toString()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
      assertThat(e.err()).as(commande.toString()).contains(dossierCommeSortie + " : écriture du fichier impossible")
          .doesNotContain("Exception", "\tat ");
      assertThat(e.out()).as(commande.toString()).isEmpty();
    }
  }
}
