package io.github.plateformcoop.programme.model.completion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The tree of criteria is closed: sealed, the same kinds as the JSON names, one visitor method per kind. */
class CritereFermeTest {

  @Test
  void lesGenresDeCritereSontScellesEtCeuxDuJson() {
    assertThat(Critere.class.isSealed()).isTrue();
    assertThat(Critere.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(Arrays.stream(Critere.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::value).toArray(Class<?>[]::new));
    assertThat(Arrays.stream(Critere.Visitor.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder(Arrays.stream(Critere.class.getPermittedSubclasses())
            .map(c -> "visit" + c.getSimpleName()).toArray(String[]::new));
  }

  @Test
  void chaqueCritereEstRemisALaMethodeDeSonGenre() {
    Critere.Visitor<String> nom = new Critere.Visitor<>() {
      @Override
      public String visitTousDe(TousDe critere) {
        return "tousDe";
      }

      @Override
      public String visitAuMoinsUnDe(AuMoinsUnDe critere) {
        return "auMoinsUnDe";
      }

      @Override
      public String visitAuMoinsNDe(AuMoinsNDe critere) {
        return "auMoinsNDe";
      }

      @Override
      public String visitAssiduite(Assiduite critere) {
        return "assiduite";
      }

      @Override
      public String visitSeancesObligatoires(SeancesObligatoires critere) {
        return "seancesObligatoires";
      }

      @Override
      public String visitLivrableRemis(LivrableRemis critere) {
        return "livrableRemis";
      }

      @Override
      public String visitExperimentationAuStade(ExperimentationAuStade critere) {
        return "experimentationAuStade";
      }

      @Override
      public String visitDispense(Dispense critere) {
        return "dispense";
      }
    };
    Critere assiduite = Assiduite.ofMinimum("b", Unite.SEANCES, 1);
    assertThat(TousDe.of(assiduite).accept(nom)).isEqualTo("tousDe");
    assertThat(AuMoinsUnDe.of(assiduite).accept(nom)).isEqualTo("auMoinsUnDe");
    assertThat(AuMoinsNDe.of(1, assiduite).accept(nom)).isEqualTo("auMoinsNDe");
    assertThat(assiduite.accept(nom)).isEqualTo("assiduite");
    assertThat(SeancesObligatoires.builder().addSeanceId("s1").build().accept(nom)).isEqualTo("seancesObligatoires");
    assertThat(LivrableRemis.of("l").accept(nom)).isEqualTo("livrableRemis");
    assertThat(ExperimentationAuStade.of(io.github.plateformcoop.programme.model.StadeDExperimentation.EN_COURS).accept(nom))
        .isEqualTo("experimentationAuStade");
    assertThat(Dispense.builder().motif(MotifDeDispense.ADMINISTRATIF).addBeneficiaireId("p").build().accept(nom))
        .isEqualTo("dispense");
  }
}
