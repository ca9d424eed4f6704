package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Contrainte;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.TypeDeStrategie;
import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts of the two sources (shared/DESIGN.md §3) and the reference data (§4), as the
 * example holds them.
 */
class PlateformCoopTest {

  private final Programme programme = PlateformCoop.programme();
  private final Cycle cycle = PlateformCoop.cycle();

  @Test
  void leProgrammeEstPorteParLApesEtViseLEssaimage() {
    assertThat(programme.getNom()).isEqualTo("PlateformCoop");
    assertThat(programme.getPorteur().getSigle()).contains("Apes");
    assertThat(programme.getObjectif()).hasValueSatisfying(o -> assertThat(o).contains("plateformes solidaires"));
    assertThat(programme.getEssaimage()).hasValueSatisfying(e -> assertThat(e).contains("essaimage au niveau national"));
    assertThat(programme.getCycles()).containsExactly(cycle);
  }

  @Test
  void lArticleDeLancementParleDeDebutSeptembre2022() {
    assertThat(PlateformCoop.ARTICLE_DE_LANCEMENT.getPublieLe()).contains(LocalDate.of(2024, 9, 6));
    assertThat(PlateformCoop.ARTICLE_DE_LANCEMENT.getValableAu()).contains(Datation.of(YearMonth.of(2022, 9)));
    assertThat(PlateformCoop.ARTICLE_DE_LANCEMENT.isInferred()).isTrue();
    assertThat(cycle.getPremiereJournee()).hasValueSatisfying(j -> {
      assertThat(j.getDate()).isEqualTo(LocalDate.of(2022, 9, 26));
      assertThat(j.getProvenance()).hasValueSatisfying(p -> assertThat(p.getCitation()).isPresent());
    });
  }

  @Test
  void troisVoletsEtLePublicCible() {
    assertThat(cycle.getModele().getVolets()).extracting(v -> v.getId())
        .containsExactly("diagnostic-des-besoins", "montee-en-competences", "experimentation-accompagnee");
    assertThat(cycle.getModele().getPublicCible().getDepartements()).containsExactly("59", "62");
    assertThat(cycle.getModele().getPublicCible().getFamilles())
        .containsExactlyInAnyOrder(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE);
    assertThat(cycle.getModele().getPublicCible().getRoles()).containsExactlyInAnyOrder(Role.ELU, Role.TECHNICIEN);
  }

  @Test
  void quatreLeviersAnnoncesTroisListes() {
    assertThat(cycle.getModele().getLeviers()).hasSize(3);
    assertThat(cycle.getModele().getLeviersAnnonces()).singleElement().satisfies(a -> {
      assertThat(a.getNombre()).isEqualTo(4);
      assertThat(a.isListeComplete()).isTrue();
      assertThat(a.getProvenance().getCitation()).hasValueSatisfying(c -> assertThat(c).startsWith("Quatre leviers"));
    });
  }

  @Test
  void cinqCollectivitesAnnonceesSixNommees() {
    assertThat(cycle.engagements(StatutDEngagement.ENGAGEE)).extracting(Engagement::getCollectiviteId)
        .containsExactly("mel", "cahc", "hellemmes", "lomme", "lens", "libercourt");
    assertThat(cycle.getEngagementsAnnonces()).extracting(NombreAnnonce::getNombre).containsExactly(5, 5);
    assertThat(cycle.getEngagementsAnnonces()).extracting(NombreAnnonce::isListeComplete).containsExactly(true, false);
    assertThat(cycle.getEngagementsAnnonces().get(1).getProvenance()).isNotEqualTo(cycle.getEngagementsAnnonces().get(0).getProvenance());
  }

  @Test
  void aucuneReponseEnAttenteNEstInventee() {
    assertThat(cycle.getEngagements()).hasSize(6).allMatch(e -> e.getStatut().name().equals("ENGAGEE"));
  }

  @Test
  void lilleEtLaCaDeLensLievinSontDuContexteSansEngagement() {
    assertThat(cycle.findCollectivite("lille")).isPresent();
    assertThat(cycle.findCollectivite("ca-lens-lievin")).isPresent();
    assertThat(cycle.getEngagements()).extracting(Engagement::getCollectiviteId).doesNotContain("lille", "ca-lens-lievin");
  }

  @Test
  void lesDonneesDeReferenceSontCellesVerifiees() {
    assertThat(cycle.findCollectivite("mel")).hasValueSatisfying(c -> {
      assertThat(c.getType()).isEqualTo(TypeDeCollectivite.METROPOLE);
      assertThat(c.getType().getCategorieJuridique()).isEqualTo("7344");
      assertThat(c.getSiren()).contains("200093201");
      assertThat(c.getNombreDeCommunes()).hasValueSatisfying(n -> assertThat(n.getNombre()).isEqualTo(95));
    });
    assertThat(cycle.findCollectivite("cahc")).hasValueSatisfying(c -> {
      assertThat(c.getType().getCategorieJuridique()).isEqualTo("7348");
      assertThat(c.getSiren()).contains("246200299");
      assertThat(OfficialCodes.departementOfEpciSiren(c.getSiren().get())).contains("62");
    });
    assertThat(cycle.findCollectivite("hellemmes")).hasValueSatisfying(c -> {
      assertThat(c.getType().getCategorieJuridique()).isEqualTo("7312");
      assertThat(c.getSiren()).as("not verified, so not given").isEmpty();
      assertThat(c.getCommuneDeRattachementId()).contains("lille");
      assertThat(c.getRattacheeDepuis()).contains(Datation.parse("1977"));
    });
    assertThat(cycle.findCollectivite("lomme").flatMap(Collectivite::getRattacheeDepuis)).contains(Datation.parse("2000"));
    assertThat(cycle.findCollectivite("lens").flatMap(Collectivite::getIntercommunaliteId)).contains("ca-lens-lievin");
    assertThat(cycle.findCollectivite("libercourt").flatMap(Collectivite::getIntercommunaliteId)).contains("cahc");
    for (String commune : new String[] {"lomme", "lens", "libercourt", "lille"}) {
      Collectivite c = cycle.findCollectivite(commune).orElseThrow();
      assertThat(c.getSiren()).as(commune).contains(OfficialCodes.expectedSirenOfCommune(c.getCodeInsee().orElseThrow()));
    }
  }

  @Test
  void deuxBriquesHuitSeancesDeTroisHeuresEtTroisAteliersDUneJournee() {
    ModeleDeBrique sensibilisation = cycle.getModele().findBrique("sensibilisation").orElseThrow();
    assertThat(sensibilisation.getNombreDeSeances()).isEqualTo(8);
    assertThat(sensibilisation.getFormat().getDuree()).contains(Duration.ofHours(3));
    ModeleDeBrique ateliers = cycle.getModele().findBrique("experimentation").orElseThrow();
    assertThat(ateliers.getNombreDeSeances()).isEqualTo(3);
    assertThat(ateliers.getFormat().isJourneeEntiere()).isTrue();
    assertThat(ateliers.getFormat().getDuree()).isEmpty();

    Brique parcours = cycle.getBriques().get(0);
    assertThat(parcours.getPeriodeAnnoncee()).hasValueSatisfying(p -> {
      assertThat(p.getDebut()).isEqualTo(YearMonth.of(2022, 9));
      assertThat(p.getFin()).isEqualTo(YearMonth.of(2023, 4));
    });
    assertThat(parcours.getSeances()).hasSize(8);
    assertThat(parcours.getSeances().get(0).getDate()).contains(LocalDate.of(2022, 9, 26));
    assertThat(parcours.getSeances().get(0).getDebut()).as("the first day's hours are not given").isEmpty();
    assertThat(parcours.getSeances().subList(1, 8)).noneMatch(Seance::isDated);

    Brique experimentation = cycle.getBriques().get(1);
    assertThat(experimentation.getPeriodeAnnoncee()).hasValueSatisfying(p -> {
      assertThat(p.getDebut()).isEqualTo(YearMonth.of(2022, 11));
      assertThat(p.getFin()).isEqualTo(YearMonth.of(2023, 6));
    });
    assertThat(experimentation.getSeances()).hasSize(3).noneMatch(Seance::isDated);
  }

  @Test
  void lesTroisIntervenants() {
    assertThat(cycle.getIntervenants()).extracting(i -> i.getId()).containsExactly("tilt", "imt-bs", "rtes");
    assertThat(cycle.getIntervenants()).as("no source gives a legal form or a seat")
        .allSatisfy(i -> {
          assertThat(i.getStatuts()).isEmpty();
          assertThat(i.getSiege()).isEmpty();
        });
  }

  @Test
  void laChargeeDeMissionEssArriveeEnAvril2023SansNom() {
    assertThat(cycle.findParticipant("cahc-chargee-de-mission-ess")).hasValueSatisfying(p -> {
      assertThat(p.getRole()).isEqualTo(Role.TECHNICIEN);
      assertThat(p.getNom()).isEmpty();
      assertThat(p.getSiege().flatMap(s -> s.getDepuis())).contains(Datation.of(YearMonth.of(2023, 4)));
      assertThat(p.getSiege().flatMap(s -> s.getPredecesseurId())).as("no predecessor is named").isEmpty();
    });
  }

  @Test
  void lesStrategiesDeLaCahc() {
    StrategieTerritoriale frn = strategie("cahc-feuille-de-route-numerique");
    assertThat(frn.getType()).isEqualTo(TypeDeStrategie.FEUILLE_DE_ROUTE_NUMERIQUE);
    assertThat(frn.getAxes()).hasSize(4);
    assertThat(frn.getAxesAnnonces()).extracting(NombreAnnonce::getNombre).containsExactly(5);
    assertThat(frn.getEtapes()).extracting(e -> e.getDate().orElseThrow().toString()).containsExactly("2019", "2024");

    StrategieTerritoriale ptce = strategie("cahc-ptce");
    assertThat(ptce.getAxes()).containsExactly(
        "L'alimentation durable", "L'économie circulaire", "La participation citoyenne", "La mobilité durable");
    assertThat(ptce.getLabel()).hasValueSatisfying(l -> assertThat(l).contains("15 PTCE"));

    StrategieTerritoriale pat = strategie("cahc-pat");
    assertThat(pat.getEtapes()).singleElement().satisfies(e -> {
      assertThat(e.getDate()).contains(Datation.of(YearMonth.of(2022, 12)));
      assertThat(e.getProvenance()).hasValueSatisfying(p -> assertThat(p.isInferred()).isTrue());
    });
  }

  @Test
  void lExperimentationEnvisageeEtSesContraintes() {
    assertThat(cycle.getExperimentations()).singleElement().satisfies(x -> {
      assertThat(x.getStade()).isEqualTo(StadeDExperimentation.ENVISAGEE);
      assertThat(x.getContraintesAVerifier())
          .containsExactlyInAnyOrder(Contrainte.TECHNIQUE, Contrainte.REGLEMENTAIRE, Contrainte.BUDGETAIRE);
      assertThat(x.getStrategieIds()).containsExactly("cahc-ptce", "cahc-pat");
    });
  }

  @Test
  void leManifesteEtLeJeu() {
    assertThat(cycle.getLivrables()).extracting(l -> l.getNature().name())
        .containsExactly("MANIFESTE", "JEU_DE_SENSIBILISATION");
    assertThat(cycle.getLivrables().get(1).getStatut()).as("not said").isEmpty();
  }

  @Test
  void aucuneContrainteJakartaNeSeDeclenche() {
    Validator validateur = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.FRENCH), Locale.FRENCH, false))
        .buildValidatorFactory().getValidator();
    assertThat(validateur.validate(programme)).isEmpty();
  }

  @Test
  void lAllerRetourJsonEstSansPerte() {
    JsonMapper mapper = JsonMapper.builder().build();
    String json = mapper.writeValueAsString(programme);
    assertThat(mapper.readValue(json, Programme.class)).isEqualTo(programme);
  }

  private StrategieTerritoriale strategie(String id) {
    return cycle.getStrategies().stream().filter(s -> s.getId().equals(id)).findFirst().orElseThrow();
  }
}
