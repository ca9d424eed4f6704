package io.github.plateformcoop.programme.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.MotifDeDispense;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.TraitementDesExcuses;
import io.github.plateformcoop.programme.model.completion.Unite;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the value types work out from their data: finding, filtering, bounds, labels. */
class AccesseursTest {

  private final Cycle cycle = Valeurs.cycle();

  @Test
  void trouverDansUnCycle() {
    assertThat(cycle.findCollectivite("lomme")).map(Collectivite::getNom).contains("Lomme");
    assertThat(cycle.findCollectivite("lille")).isEmpty();
    assertThat(cycle.findParticipant(cycle.getParticipants().get(0).getId())).contains(cycle.getParticipants().get(0));
    assertThat(cycle.findParticipant("personne")).isEmpty();
    assertThat(cycle.getModele().findBrique("sensibilisation")).map(ModeleDeBrique::getNombreDeSeances).contains(8);
    assertThat(cycle.getModele().findBrique("inconnue")).isEmpty();
    assertThat(cycle.seances()).extracting(Seance::getId).containsExactly("s1", "s2");
  }

  @Test
  void lesEngagementsDUnStatut() {
    Cycle deux = Cycle.builder().from(cycle)
        .addEngagement(Engagement.builder().id("e-retrait").collectiviteId("mel").statut(StatutDEngagement.RETIREE).build())
        .build();
    assertThat(deux.engagements(StatutDEngagement.RETIREE)).extracting(Engagement::getId).containsExactly("e-retrait");
    assertThat(deux.engagements(StatutDEngagement.ENGAGEE)).extracting(Engagement::getStatut)
        .isNotEmpty().containsOnly(StatutDEngagement.ENGAGEE);
  }

  /** The last day: the cycle's period, else the briques' periods, else the last dated séance. */
  @Test
  void leDernierJourDUnCycle() {
    Cycle sansPeriode = Cycle.builder().from(cycle).periode(java.util.Optional.empty()).build();
    assertThat(cycle.getPeriode()).isPresent();
    assertThat(cycle.lastDay()).contains(cycle.getPeriode().get().lastDay());
    Brique datee = Brique.builder().id("sensibilisation")
        .addSeance(Seance.builder().id("s1").date(LocalDate.of(2023, 3, 14)).build())
        .addSeance(Seance.builder().id("s2").date(LocalDate.of(2023, 1, 10)).build())
        .build();
    Cycle parSeances = Cycle.builder().from(sansPeriode).briques(List.of(datee)).build();
    assertThat(parSeances.lastDay()).contains(LocalDate.of(2023, 3, 14));
    Brique annoncee = Brique.builder().from(datee).periodeAnnoncee(PeriodeAnnoncee.builder()
        .debut(YearMonth.of(2022, 9)).fin(YearMonth.of(2023, 4)).provenance(Provenance.of("source")).build()).build();
    Brique plusTot = Brique.builder().id("atelier").periodeAnnoncee(PeriodeAnnoncee.builder()
        .debut(YearMonth.of(2022, 11)).fin(YearMonth.of(2023, 2)).provenance(Provenance.of("source")).build()).build();
    assertThat(Cycle.builder().from(sansPeriode).briques(List.of(plusTot, annoncee)).build().lastDay())
        .as("the latest brique period, before any séance").contains(LocalDate.of(2023, 4, 30));
    assertThat(Cycle.builder().from(sansPeriode).briques(List.of(Brique.builder().id("b").build())).build().lastDay())
        .as("nothing dated").isEmpty();
  }

  @Test
  void lesBornesDUnePeriode() {
    PeriodeAnnoncee p = PeriodeAnnoncee.builder().debut(YearMonth.of(2024, 2)).fin(YearMonth.of(2024, 2))
        .provenance(Provenance.of("source")).build();
    assertThat(p.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(p.lastDay()).as("a leap February").isEqualTo(LocalDate.of(2024, 2, 29));
  }

  /** A seat holds from the first day of its start to the last day of its end, each side open when not given. */
  @Test
  void unSiegeContientSesJours() {
    Siege avril = Siege.builder().depuis(Datation.of(YearMonth.of(2023, 4))).jusquA(Datation.of(Year.of(2023))).build();
    assertThat(avril.contains(LocalDate.of(2023, 3, 31))).isFalse();
    assertThat(avril.contains(LocalDate.of(2023, 4, 1))).isTrue();
    assertThat(avril.contains(LocalDate.of(2023, 12, 31))).isTrue();
    assertThat(avril.contains(LocalDate.of(2024, 1, 1))).isFalse();
    Siege ouvert = Siege.builder().build();
    assertThat(ouvert.contains(LocalDate.of(1900, 1, 1))).isTrue();
    Siege jusquA = Siege.builder().jusquA(Datation.of(LocalDate.of(2023, 6, 30))).build();
    assertThat(jusquA.contains(LocalDate.of(2023, 6, 30))).isTrue();
    assertThat(jusquA.contains(LocalDate.of(2023, 7, 1))).isFalse();
  }

  /** Catégories juridiques INSEE (shared/DESIGN.md §4): 7210 commune, 7344 métropole, 7348 communauté d'agglomération. */
  @Test
  void lesCategoriesJuridiques() {
    assertThat(TypeDeCollectivite.fromCategorieJuridique("7210")).contains(TypeDeCollectivite.COMMUNE);
    assertThat(TypeDeCollectivite.fromCategorieJuridique("7344")).contains(TypeDeCollectivite.METROPOLE);
    assertThat(TypeDeCollectivite.fromCategorieJuridique("7348")).contains(TypeDeCollectivite.COMMUNAUTE_D_AGGLOMERATION);
    assertThat(TypeDeCollectivite.fromCategorieJuridique("9220")).as("an association").isEmpty();
    assertThat(TypeDeCollectivite.COMMUNE_ASSOCIEE.getCategorieJuridique()).isEqualTo("7312");
    assertThat(TypeDeCollectivite.COMMUNE_ASSOCIEE.getLibelle()).isEqualTo("commune associée ou déléguée");
    assertThat(Valeurs.collectivite().isIn(FamilleDeCollectivite.COMMUNE)).isTrue();
    assertThat(Valeurs.collectivite().isIn(FamilleDeCollectivite.INTERCOMMUNALITE)).isFalse();
  }

  @Test
  void lesGenresDeProvenance() {
    Provenance citee = Provenance.builder().document("article").citation("mots").build();
    Provenance deduite = Provenance.builder().from(citee).inference("raisonnement").build();
    Provenance registre = Provenance.builder().document("INSEE").referentiel("COG")
        .valableAu(Datation.of(LocalDate.of(2024, 1, 1))).build();
    assertThat(citee.isInferred()).isFalse();
    assertThat(citee.isReference()).isFalse();
    assertThat(deduite.isInferred()).isTrue();
    assertThat(registre.isReference()).isTrue();
    assertThat(registre.isInferred()).isFalse();
  }

  @Test
  void lesAjoutsAuSingulierRendentLeConstructeur() {
    Experimentation.Builder builder = Experimentation.builder();
    assertThat(builder.addContrainteAVerifier(Contrainte.TECHNIQUE)).isSameAs(builder);
    Assiduite ratio = Assiduite.ofRatio("b", Unite.HEURES, 0.75);
    assertThat(ratio.getRatioMinimal()).hasValue(0.75);
    assertThat(ratio.isDepuisLArrivee()).isFalse();
  }

  static Stream<Class<? extends Enum<?>>> enumerationsAvecLibelle() {
    return Stream.of(StatutDEngagement.class, NatureDEtape.class, TraitementDesExcuses.class, MotifDeDispense.class,
        TypeDeBrique.class, NatureDeLivrable.class, StadeDExperimentation.class, Modalite.class, TypeDeStrategie.class,
        StatutDePresence.class, StatutDeLivrable.class, Unite.class, Contrainte.class, FamilleDeCollectivite.class,
        Role.class, Portee.class, Representation.class, DemiJournee.class, TypeDeCollectivite.class);
  }

  /** Each constant has a French label of its own, for display; the JSON keeps the constant's name. */
  @ParameterizedTest
  @MethodSource("enumerationsAvecLibelle")
  void chaqueConstanteASonLibelle(Class<? extends Enum<?>> type) throws ReflectiveOperationException {
    Method libelle = type.getMethod("getLibelle");
    List<String> libelles = Arrays.stream(type.getEnumConstants()).map(c -> {
      try {
        return (String) libelle.invoke(c);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }).toList();
    assertThat(libelles).allSatisfy(l -> assertThat(l).isNotBlank());
    Set<String> distincts = libelles.stream().collect(Collectors.toSet());
    assertThat(distincts).as("one label per constant").hasSameSizeAs(libelles);
  }

  /** Labels as the sources and the vocabulary of shared/DESIGN.md §2 write them. */
  @Test
  void quelquesLibelles() {
    assertThat(Role.ELU.getLibelle()).isEqualTo("élu");
    assertThat(Role.TECHNICIEN.getLibelle()).isEqualTo("technicien");
    assertThat(StatutDeLivrable.REMIS.getLibelle()).isEqualTo("remis");
    assertThat(FamilleDeCollectivite.INTERCOMMUNALITE.getLibelle()).isEqualTo("intercommunalités");
  }
}
