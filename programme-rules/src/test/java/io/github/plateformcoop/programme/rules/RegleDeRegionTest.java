package io.github.plateformcoop.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Structure;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A region's own rule, built in code: its parameters, its variants, its check of a programme. */
class RegleDeRegionTest {

  private static final Parameter<Integer> MINIMUM = Parameter.of("minimum", Integer.class, "séances au moins", 2);

  private static Rule regle() {
    return Rule.builder("region.seances", Severity.WARNING)
        .parameters(MINIMUM)
        .description(Locale.FRENCH, "Le cycle a trop peu de séances.")
        .description(Locale.ENGLISH, "The cycle has too few séances.")
        .message(Locale.FRENCH, "{nombre} séance(s), {minimum} au moins")
        .message("aucune", Locale.FRENCH, "aucune séance")
        .message("aucune", Locale.ENGLISH, "no séance")
        .check((cycle, context) -> {
          long n = cycle.seances().count();
          int minimum = context.parameter(MINIMUM);
          if (n == 0) {
            context.at("briques").variant("aucune").report();
          } else if (n < minimum) {
            context.at("briques").argument("nombre", n).argument("minimum", minimum).report();
          }
        })
        .checkProgramme((programme, context) -> {
          if (programme.getCycles().size() > 1) {
            context.at("cycles").variant("aucune").report();
          }
        })
        .build();
  }

  @Test
  void uneRegleAvecParametreEtVariantes() {
    Rule regle = regle();
    assertThat(regle.getParameters()).containsExactly(MINIMUM);
    assertThat(regle.description(Locale.ENGLISH)).isEqualTo("The cycle has too few séances.");
    assertThat(regle.messageTemplate("aucune", Locale.ENGLISH)).isEqualTo("no séance");
    assertThat(regle.messageTemplate("", Locale.ENGLISH)).as("English falls back to French")
        .isEqualTo("{nombre} séance(s), {minimum} au moins");
    RuleSet regles = RuleSet.of(List.of(regle));
    assertThat(regles.validate(Cycles.valide()).getViolations()).isEmpty();
    assertThat(regles.with(MINIMUM, 3).validate(Cycles.valide()).getViolations()).extracting(Cycles::fr)
        .containsExactly("2 séance(s), 3 au moins");
    assertThat(regles.validate(Cycles.depuisValide().briques(List.of()).build()).getViolations()).extracting(Cycles::en)
        .containsExactly("no séance");
  }

  @Test
  void laVerificationDUnProgramme() {
    RuleSet regles = RuleSet.of(List.of(regle()));
    Programme deux = Programme.builder().id("p").nom("P").porteur(Structure.builder().id("s").nom("S").build())
        .addCycles(Cycles.valide(), Cycles.depuisValide().id("cycle-2").build()).build();
    assertThat(regles.validate(deux).getViolations()).extracting(Violation::getPath).containsExactly("cycles");
    Programme un = Programme.builder().from(deux).cycles(List.of(Cycles.valide())).build();
    assertThat(regles.validate(un).getViolations()).isEmpty();
  }

  @Test
  void uneRegleSansVerificationOuSansMessageDeVarianteEstRefusee() {
    assertThatThrownBy(() -> Rule.builder("region.vide", Severity.INFO).description(Locale.FRENCH, "x")
        .message(Locale.FRENCH, "x").build())
        .isInstanceOf(IllegalStateException.class).hasMessage("Rule 'region.vide' has no check");
    assertThatThrownBy(() -> Rule.builder("region.variante", Severity.INFO).description(Locale.FRENCH, "x")
        .message(Locale.FRENCH, "x").variants("oubliee").check((c, x) -> { }).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("message 'oubliee'");
  }
}
