package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import io.github.plateformcoop.programme.model.json.ProgrammeJsonException;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.completion.CompletionEvaluator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document the reader accepts can be validated, evaluated, written and read back, with no
 * exception but the reader's own {@link ProgrammeJsonException}.
 *
 * <p>In the build, Jazzer runs the seeds under {@code LectureFuzzTestInputs/}: the golden files
 * of every format version and the examples. With {@code JAZZER_FUZZ=1} it fuzzes for
 * {@value #DUREE}, mutating those seeds (the README gives the command and a run's figures).
 */
class LectureFuzzTest {

  static final String DUREE = "10m";

  private static final ProgrammeJson JSON = ProgrammeJson.defaults();
  private static final RuleSet REGLES = RuleSet.defaults();
  private static final CompletionEvaluator EVALUATEUR = CompletionEvaluator.defaults();
  private static final List<Class<?>> GENRES = List.of(Cycle.class, ModeleDeCycle.class, Programme.class);

  @FuzzTest(maxDuration = DUREE)
  void toutDocumentAccepteSeValideSEvalueSEcritEtSeRelit(byte[] octets) {
    for (Class<?> genre : GENRES) {
      Object valeur;
      try {
        valeur = JSON.read(new ByteArrayInputStream(octets), genre);
      } catch (ProgrammeJsonException refuse) {
        // The reader's own refusal, in words.
        assertThat(refuse.render(Locale.FRENCH)).isNotBlank();
        continue;
      }
      if (valeur instanceof Cycle cycle) {
        REGLES.validate(cycle).getViolations().forEach(v -> v.render(Locale.ENGLISH));
        EVALUATEUR.evaluate(cycle, LocalDate.of(2023, 7, 1)).getResults().forEach(r -> {
          r.criteria().forEach(c -> c.result().getDetail().ifPresent(d -> d.render(Locale.FRENCH)));
          r.alerts().forEach(a -> a.render(Locale.ENGLISH));
        });
      } else if (valeur instanceof Programme programme) {
        REGLES.validate(programme).getViolations().forEach(v -> v.render(Locale.FRENCH));
      }
      String ecrit = JSON.write(valeur);
      assertThat(JSON.read(ecrit, genre)).isEqualTo(valeur);
      assertThat(JSON.write(JSON.read(ecrit, genre))).isEqualTo(ecrit);
    }
  }

  /** The seeds are the golden files and the examples, as they are: a change of them changes the seeds. */
  @Test
  void lesGrainesSontLesFichiersDeReferenceEtLesExemples() throws IOException {
    Path graines = Path.of("src", "test", "resources", "io", "github", "plateformcoop", "programme", "examples",
        "LectureFuzzTestInputs", "toutDocumentAccepteSeValideSEvalueSEcritEtSeRelit");
    Path golden = Path.of("..", "programme-model", "src", "test", "resources", "golden");
    for (String version : List.of("0.0", "1.0", "1.1", "1.2")) {
      try (Stream<Path> fichiers = Files.list(golden.resolve(version))) {
        for (Path f : fichiers.toList()) {
          assertThat(graines.resolve("golden-" + version + "-" + f.getFileName())).as(f.toString())
              .hasSameBinaryContentAs(f);
        }
      }
    }
    if (Boolean.getBoolean("golden.ecrire")) {
      Files.writeString(graines.resolve("exemple-programme.json"), JSON.write(PlateformCoop.programme()));
      Files.writeString(graines.resolve("exemple-illustratif.json"), JSON.write(PlateformCoopIllustratif.cycle()));
      Files.writeString(graines.resolve("exemple-region-fictive.json"), JSON.write(RegionFictive.cycle()));
    }
    assertThat(Files.readString(graines.resolve("exemple-programme.json"))).isEqualTo(JSON.write(PlateformCoop.programme()));
    assertThat(Files.readString(graines.resolve("exemple-illustratif.json")))
        .isEqualTo(JSON.write(PlateformCoopIllustratif.cycle()));
    assertThat(Files.readString(graines.resolve("exemple-region-fictive.json"))).isEqualTo(JSON.write(RegionFictive.cycle()));
  }
}
