package io.github.plateformcoop.programme.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import io.github.plateformcoop.programme.model.message.Message;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Each kind of constraint of the model, broken and kept at its bound, found by the rule
 * {@code modele.contrainte} exactly as Hibernate Validator finds it on the same cycle: on a
 * property, an {@code Optional}'s value, a list's and a set's elements, through cascades into
 * objects, lists, optional values and the criteria of a completion criterion.
 */
class ChaqueContrainteTest {

  private static final Validator HIBERNATE = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  /** One value of each kind that breaks a constraint, each in its own place. */
  private static Cycle rompu() {
    Cycle valide = Cycles.valide();
    ModeleDeCycle modele = ModeleDeCycle.builder().from(valide.getModele())
        .publicCible(PublicCible.builder().from(valide.getModele().getPublicCible()).addDepartements("99").build())
        .briques(List.of(ModeleDeBrique.builder().from(valide.getModele().getBriques().get(0))
            .nombreDeSeances(1_001).format(FormatDeSeance.of(Duration.ZERO)).build()))
        .build();
    Brique brique = Brique.builder().id("sensibilisation")
        .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(1582, 12), YearMonth.of(2023, 4)))
        .addSeance(Seance.builder().id("s1").numero(0).date(LocalDate.of(10_000, 1, 1))
            .addIntervenantIds("tilt", "t i l t").build())
        .addSeance(Seance.builder().id("s2").numero(2).date(LocalDate.of(2022, 10, 17)).build())
        .build();
    return Cycle.builder().from(valide)
        .intitule(" ")
        .modele(modele)
        .briques(List.of(brique))
        .collectivites(List.of(Collectivite.builder().id("x").nom("X").type(TypeDeCollectivite.COMMUNE)
            .siren("123456789").codeInsee("00000").departement("99").build()))
        .engagements(List.of(Engagement.builder().id("e").collectiviteId("x").statut(StatutDEngagement.ENGAGEE)
            .date(Datation.of(YearMonth.of(1000, 1))).build()))
        .intervenants(List.of(Intervenant.builder().id("tilt").nom("Tilt").siret("12345678901234").build()))
        .participants(List.of(Participant.builder().id("p").collectiviteId("x").role(Role.ELU)
            .siege(Siege.builder().predecesseurId("-p").build()).build()))
        .addPresences(Presence.builder().seanceId("s 1").participantId("p").statut(StatutDePresence.ABSENT).build())
        .criteresDeCompletion(List.of(CritereDeCompletion.builder().id("c").intitule("C").addPortees(Portee.PARTICIPANT)
            .critere(TousDe.of(Assiduite.ofRatio("sensibilisation", Unite.HEURES, 0.75),
                Assiduite.ofMinimum("a b", Unite.SEANCES, 2)))
            .provenance(Provenance.builder().document("").build())
            .build()))
        .build();
  }

  /** The same places, each value at the bound its constraint allows. */
  private static Cycle auxBornes() {
    Cycle valide = Cycles.valide();
    ModeleDeCycle modele = ModeleDeCycle.builder().from(valide.getModele())
        .briques(List.of(ModeleDeBrique.builder().from(valide.getModele().getBriques().get(0))
            .nombreDeSeances(1_000).format(FormatDeSeance.of(Duration.ofSeconds(1))).build()))
        .build();
    Brique brique = Brique.builder().id("sensibilisation")
        .periodeAnnoncee(PeriodeAnnoncee.of(YearMonth.of(1583, 1), YearMonth.of(9999, 12)))
        .addSeance(Seance.builder().id("s1").numero(1).date(LocalDate.of(9_999, 12, 31))
            .addIntervenantIds("tilt", "t.i_l-t").build())
        .build();
    return Cycle.builder().from(valide)
        .modele(modele)
        .briques(List.of(brique))
        .engagements(List.of(Engagement.builder().id("e").collectiviteId("mel").statut(StatutDEngagement.ENGAGEE)
            .date(Datation.of(YearMonth.of(1583, 1))).build()))
        .intervenants(List.of(Intervenant.builder().id("tilt").nom("Tilt").siret("21590350100017").build()))
        .addPresences(Presence.builder().seanceId("s1").participantId("p-cahc").statut(StatutDePresence.ABSENT).build())
        .build();
  }

  @Test
  void chaqueSorteDeContrainteEstTrouveeCommeLaTrouveHibernateValidator() {
    Cycle cycle = rompu();
    List<String> trouves = constats(cycle);
    assertThat(trouves).isEqualTo(hibernate(cycle)).containsExactly(
        "briques[0].periodeAnnoncee.debut|DateDuCalendrier|1582-12",
        "briques[0].seances[0].date|DateDuCalendrier|+10000-01-01",
        "briques[0].seances[0].intervenantIds[1].<list element>|Identifier|t i l t",
        "briques[0].seances[0].numero|Positive|0",
        "collectivites[0].codeInsee|CodeInseeCommune|00000",
        "collectivites[0].departement|CodeDepartement|99",
        "collectivites[0].siren|Siren|123456789",
        "criteresDeCompletion[0].critere.criteres[1].briqueId|Identifier|a b",
        "criteresDeCompletion[0].provenance.document|NotBlank|",
        "engagements[0].date|DateDuCalendrier|1000-01",
        "intervenants[0].siret|Siret|12345678901234",
        "intitule|NotBlank| ",
        "modele.briques[0].format.duree|DureePositive|PT0S",
        "modele.briques[0].nombreDeSeances|Max|1001",
        "modele.publicCible.departements[].<iterable element>|CodeDepartement|99",
        "participants[0].siege.predecesseurId|Identifier|-p",
        "presences[1].seanceId|Identifier|s 1");
  }

  @Test
  void uneValeurASaBorneNEstPasUnEcart() {
    Cycle cycle = auxBornes();
    assertThat(hibernate(cycle)).isEmpty();
    assertThat(constats(cycle)).isEmpty();
  }

  @Test
  void leMessageEstCeluiDeLaContrainteAvecSesAttributs() {
    Violation max = RuleSet.defaults().validate(rompu()).withCode("modele.contrainte").getViolations().stream()
        .filter(v -> v.getPath().equals("modele.briques[0].nombreDeSeances")).findFirst().orElseThrow();
    assertThat(((Message) max.getArguments().get("message")).getArguments()).containsExactly(
        java.util.Map.entry("value", 1_000L));
    assertThat(max.render(java.util.Locale.FRENCH)).contains("doit être au plus 1000");
    assertThat(max.render(java.util.Locale.ENGLISH)).contains("must be at most 1000");
  }

  private static List<String> constats(Cycle cycle) {
    return RuleSet.defaults().validate(cycle).withCode("modele.contrainte").getViolations().stream()
        .map(v -> v.getPath() + "|" + v.getArguments().get("contrainte") + "|" + v.getArguments().get("valeur"))
        .toList();
  }

  private static List<String> hibernate(Cycle cycle) {
    return HIBERNATE.validate(cycle).stream()
        .map((ConstraintViolation<Cycle> v) -> v.getPropertyPath() + "|"
            + v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() + "|" + v.getInvalidValue())
        .sorted()
        .toList();
  }
}
