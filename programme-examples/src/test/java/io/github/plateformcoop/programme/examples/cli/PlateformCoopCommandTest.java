package io.github.plateformcoop.programme.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command run in-process: its output and its exit code. */
class PlateformCoopCommandTest {

  /** The outcome of one run. */
  record Execution(int code, String out, String err) {}

  static Execution executer(String... args) {
    CommandLine commandLine = PlateformCoopCommand.commandLine(args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    int code = commandLine.execute(args);
    return new Execution(code, out.toString(), err.toString());
  }

  @Test
  void sansArgumentLExemplePlateformCoopEstDecritEtValide() {
    Execution e = executer();
    assertThat(e.code()).isZero();
    assertThat(e.err()).isEmpty();
    assertThat(e.out()).contains(
        "Programme PlateformCoop, porté par Apes",
        "Parcours de sensibilisation : 8 séances de 3 h, 2022-09 → 2023-04 ; 1 datée(s) sur 8",
        "Collectivités engagées : 6 nommées (5 annoncés par",
        "collectivités territoriales », d'autres réponses attendues;",
        "Rapport de validation : 0 erreur(s), 3 avertissement(s)",
        "AVERTISSEMENT coherence.nombre-annonce @ modele.leviersAnnonces[0]",
        "4 leviers d'action annoncés, 3 listés",
        "Les sources ne donnent aucun émargement",
        "Complétion de la version illustrative",
        "Complétion au 2023-07-01 (cycle terminé)");
    assertThat(e.out()).doesNotContain("\u001B[");
  }

  @Test
  void laLigneDeCommandeNeConstruitQueLesSousCommandesDontLesArgumentsOntBesoin() {
    assertThat(PlateformCoopCommand.commandLine().getSubcommands()).isEmpty();
    assertThat(PlateformCoopCommand.commandLine("--lang", "en").getSubcommands()).isEmpty();
    assertThat(PlateformCoopCommand.commandLine("--lang=en").getSubcommands()).isEmpty();
    assertThat(PlateformCoopCommand.commandLine("-l", "en", "validate", "x.json").getSubcommands()).containsOnlyKeys("validate");
    assertThat(PlateformCoopCommand.commandLine("plan").getSubcommands()).containsOnlyKeys("plan");
    assertThat(PlateformCoopCommand.commandLine("--help").getSubcommands().keySet()).containsExactly(
        "validate", "completion", "convert", "plan", "export", "rules", "schema", "example", "help");
    assertThat(PlateformCoopCommand.commandLine("help", "validate").getSubcommands()).hasSize(9);
    assertThat(PlateformCoopCommand.commandLine("validat").getSubcommands()).hasSize(9);
    Execution faute = executer("validat");
    assertThat(faute.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(faute.err()).contains("validat", "validate");
    assertThat(executer("help", "plan").out()).contains("plateformcoop plan");
  }

  @Test
  void enAnglais() {
    Execution e = executer("--lang", "en");
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("Validation report: 0 error(s), 3 warning(s)", "4 levers announced, 3 listed",
        ", more answers awaited;");
  }

  @Test
  void uneLangueInconnueEstRefuseeSansTraceDePile() {
    Execution e = executer("--lang", "de");
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("--lang prend fr ou en, pas « de »").doesNotContain("at io.github", "Exception");
  }

  @Test
  void uneOptionInconnueEstRefusee() {
    Execution e = executer("--inconnue");
    assertThat(e.code()).isEqualTo(PlateformCoopCommand.EXIT_UNUSABLE);
    assertThat(e.err()).contains("Unknown option: '--inconnue'");
  }

  @Test
  void leCatalogueDesRegles() {
    Execution e = executer("rules");
    assertThat(e.code()).isZero();
    assertThat(e.out()).contains("coherence.nombre-annonce (WARNING)", "eligibilite.departement (ERROR)",
        "paramètre departementsCibles");
    assertThat(executer("--lang", "en", "rules").out()).contains("parameter departementsCibles: Codes of the target départements");
    assertThat(executer("rules", "--markdown").out()).startsWith("# Catalogue des règles");
    assertThat(executer("--lang", "en", "rules", "--markdown").out()).startsWith("# Rule catalogue");
  }

  @Test
  void chaqueCommandeADeLAide() {
    assertThat(executer("--help").out()).contains("Utilisation : plateformcoop", "rules", "Affiche l'aide d'une commande.");
    assertThat(executer("rules", "--help").out()).contains("Utilisation : plateformcoop rules");
    assertThat(executer("help", "rules").out()).contains("Utilisation : plateformcoop rules");
    assertThat(executer("-l", "en", "--help").out()).contains("Usage: plateformcoop", "Displays help information about the specified command.")
        .doesNotContain("Affiche");
    assertThat(executer("--lang=en", "help", "completion").out()).contains("--default-criteria", "(75% of the");
  }
}
