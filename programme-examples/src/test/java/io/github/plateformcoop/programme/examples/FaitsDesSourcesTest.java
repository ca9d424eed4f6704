package io.github.plateformcoop.programme.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Contrainte;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.NatureDEtape;
import io.github.plateformcoop.programme.model.NatureDeLivrable;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.TypeDeStrategie;
import io.github.plateformcoop.programme.model.json.ProgrammeJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every fact that shared/DESIGN.md §3 lists from the two sources, one assertion each, read from
 * the example's JSON document (the file {@link EchangeJsonTest} pins to
 * {@link PlateformCoop#programme()}), and the reference data of §4.
 */
class FaitsDesSourcesTest {

  private static final Path FICHIER = Path.of("src", "test", "resources", "exemples", "plateformcoop.json");

  private final Programme programme = ProgrammeJson.defaults().read(FICHIER, Programme.class);
  private final Cycle cycle = programme.getCycles().get(0);

  // ---------------------------------------------------------------- the launch article (seed 000)

  @Test
  void leProgrammeSonPorteurEtSonObjectif() {
    assertThat(programme.getNom()).as("programme PlateformCoop").isEqualTo("PlateformCoop");
    assertThat(programme.getPorteur().getNom()).as("carried by the Apes").isEqualTo("Apes");
    assertThat(programme.getObjectif()).as("aim").contains(
        "Outiller les collectivités dans leur soutien aux plateformes solidaires de leur territoire");
  }

  @Test
  void lArticleEstEcritDebutSeptembre2022() {
    assertThat(cycle.getEngagementsAnnonces().get(0).getProvenance().getValableAu()).as("« à ce jour »: early September 2022")
        .contains(Datation.of(YearMonth.of(2022, 9)));
  }

  @Test
  void laPremiereJournee() {
    assertThat(cycle.getPremiereJournee().map(d -> d.getDate())).as("first day of the parcours")
        .contains(LocalDate.of(2022, 9, 26));
  }

  @Test
  void lesTroisVolets() {
    assertThat(cycle.getModele().getVolets()).extracting(v -> v.getId()).as("three strands").containsExactly(
        "diagnostic-des-besoins", "montee-en-competences", "experimentation-accompagnee");
  }

  @Test
  void lePublicCible() {
    var cible = cycle.getModele().getPublicCible();
    assertThat(cible.getRoles()).as("élus and techniciens").containsExactlyInAnyOrder(Role.ELU, Role.TECHNICIEN);
    assertThat(cible.getFamilles()).as("of intercommunalités or communes")
        .containsExactlyInAnyOrder(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE);
    assertThat(cible.getDepartements()).as("of Nord and Pas-de-Calais").containsExactlyInAnyOrder("59", "62");
    assertThat(cible.getThematiques()).as("working on ecological and solidarity transitions")
        .containsExactly("transitions écologique et solidaire");
  }

  @Test
  void cinqCollectivitesAnnonceesSixNommeesDAutresReponsesAttendues() {
    NombreAnnonce annonce = cycle.getEngagementsAnnonces().get(0);
    assertThat(annonce.getNombre()).as("« 5 collectivités engagées à ce jour »").isEqualTo(5);
    assertThat(cycle.getEngagements()).extracting(Engagement::getCollectiviteId).as("six named as the pilot group")
        .containsExactly("mel", "cahc", "hellemmes", "lomme", "lens", "libercourt");
    assertThat(annonce.getReponsesAttendues()).as("« d'autres réponses sont attendues »").contains(true);
    assertThat(cycle.getEngagements()).extracting(Engagement::getStatut).as("no pending engagement invented")
        .containsOnly(StatutDEngagement.ENGAGEE);
  }

  @Test
  void lEssaimageNational() {
    assertThat(programme.getEssaimage()).as("aim of national spread, in the article's words")
        .hasValueSatisfying(e -> assertThat(e).contains("essaimage au niveau nationale à terme"));
  }

  @Test
  void quatreLeviersAnnoncesTroisListes() {
    assertThat(cycle.getModele().getLeviersAnnonces().get(0).getNombre()).as("« Quatre leviers d'action »").isEqualTo(4);
    assertThat(cycle.getModele().getLeviers()).extracting(l -> l.getId()).as("three listed")
        .containsExactly("appropriation", "strategies-territoriales", "projets-pilotes");
  }

  @Test
  void lesTroisIntervenants() {
    assertThat(intervenant("tilt").getExpertise()).as("Tilt: entrepreneurship support in ecological transition")
        .hasValueSatisfying(e -> assertThat(e).contains("entrepreneuriat", "transition écologique"));
    assertThat(intervenant("imt-bs").getDescription()).as("IMT-BS: public, socially inclusive business school of IMT")
        .hasValueSatisfying(d -> assertThat(d).contains("école de commerce publique et socialement inclusive",
            "Institut Mines-Télécom"));
    assertThat(intervenant("rtes").getDescription()).as("RTES: collectivités for the social and solidarity economy")
        .hasValueSatisfying(d -> assertThat(d).contains("collectivités territoriales", "Économie Sociale et Solidaire"));
  }

  @Test
  void laBriqueDeSensibilisation() {
    ModeleDeBrique modele = cycle.getModele().findBrique("sensibilisation").orElseThrow();
    Brique brique = cycle.getBriques().get(0);
    assertThat(brique.getPeriodeAnnoncee().map(p -> p.getDebut() + "/" + p.getFin())).as("September 2022 to April 2023")
        .contains("2022-09/2023-04");
    assertThat(modele.getNombreDeSeances()).as("8 sessions").isEqualTo(8);
    assertThat(modele.getFormat().getDuree()).as("of 3 hours").contains(Duration.ofHours(3));
  }

  @Test
  void laBriqueDAteliers() {
    ModeleDeBrique modele = cycle.getModele().findBrique("experimentation").orElseThrow();
    Brique brique = cycle.getBriques().get(1);
    assertThat(brique.getPeriodeAnnoncee().map(p -> p.getDebut() + "/" + p.getFin())).as("November 2022 to June 2023")
        .contains("2022-11/2023-06");
    assertThat(modele.getNombreDeSeances()).as("3 workshops").isEqualTo(3);
    assertThat(modele.getFormat().isJourneeEntiere()).as("of one day").isTrue();
  }

  // ---------------------------------------------------------------- the interview (seed 002)

  @Test
  void laCahcAvecQuatreAutresCollectivites() {
    NombreAnnonce annonce = cycle.getEngagementsAnnonces().get(1);
    assertThat(annonce.getNombre()).as("« avec 4 autres collectivités »: 5 in all").isEqualTo(5);
    assertThat(annonce.getProvenance().getDocument()).isEqualTo(PlateformCoop.ENTRETIEN_CAHC.getDocument());
  }

  @Test
  void laFeuilleDeRouteNumerique() {
    StrategieTerritoriale feuille = strategie(TypeDeStrategie.FEUILLE_DE_ROUTE_NUMERIQUE);
    assertThat(feuille.getEtapes()).filteredOn(e -> e.getNature() == NatureDEtape.ADOPTION).extracting(e -> e.getDate())
        .as("voted in 2019").containsExactly(Optional.of(Datation.of(Year.of(2019))));
    assertThat(feuille.getAxesAnnonces().get(0).getNombre()).as("« autour de 5 axes »").isEqualTo(5);
    assertThat(feuille.getAxes()).as("four listed").hasSize(4);
    assertThat(feuille.getEtapes()).filteredOn(e -> e.getNature() == NatureDEtape.REVISION)
        .as("rewritten in 2024, cooperative platforms written back in").singleElement().satisfies(e -> {
          assertThat(e.getDate()).contains(Datation.of(Year.of(2024)));
          assertThat(e.getDescription()).hasValueSatisfying(d -> assertThat(d).contains("plateformes coopératives"));
        });
  }

  @Test
  void lePtceEtSesQuatreThematiques() {
    StrategieTerritoriale ptce = strategie(TypeDeStrategie.PTCE);
    assertThat(ptce.getLabel()).as("one of 15 labelled nationally").hasValueSatisfying(l -> assertThat(l).contains("15"));
    assertThat(ptce.getAxes()).as("4 themes").containsExactly("L'alimentation durable", "L'économie circulaire",
        "La participation citoyenne", "La mobilité durable");
  }

  @Test
  void lePatVoteEnDecembre2022ParInference() {
    StrategieTerritoriale pat = strategie(TypeDeStrategie.PAT);
    assertThat(pat.getEtapes().get(0).getDate()).as("« en décembre dernier »: December 2022")
        .contains(Datation.of(YearMonth.of(2022, 12)));
    assertThat(pat.getEtapes().get(0).getProvenance()).as("an inference that says so")
        .hasValueSatisfying(p -> assertThat(p.isInferred()).isTrue());
  }

  @Test
  void laChargeeDeMissionEss() {
    Participant p = cycle.findParticipant("cahc-chargee-de-mission-ess").orElseThrow();
    assertThat(p.getSiege().flatMap(s -> s.getDepuis())).as("took up her post in April 2023")
        .contains(Datation.of(YearMonth.of(2023, 4)));
    assertThat(p.getFonction()).as("chargée de mission ESS")
        .hasValueSatisfying(f -> assertThat(f).startsWith("Chargée de mission ESS"));
    assertThat(p.getNom()).as("role and function, not the pseudonymised name").isEmpty();
    assertThat(p.getRole()).as("technicien, an inference that says so").isEqualTo(Role.TECHNICIEN);
    assertThat(p.getProvenance()).hasValueSatisfying(pr -> assertThat(pr.getInference()).isPresent());
  }

  @Test
  void leManifesteEtLeJeu() {
    assertThat(cycle.getLivrables()).extracting(l -> l.getNature()).as("a manifeste and a jeu de sensibilisation")
        .containsExactly(NatureDeLivrable.MANIFESTE, NatureDeLivrable.JEU_DE_SENSIBILISATION);
    assertThat(cycle.getLivrables().get(0).getDescription()).as("« rédigé par les collectivités », nothing more")
        .contains("Rédigé par les collectivités");
    assertThat(cycle.getLivrables()).extracting(l -> l.getStatut()).as("no status the sources do not give")
        .containsOnly(Optional.empty());
  }

  @Test
  void lesContraintesAVerifier() {
    assertThat(cycle.getExperimentations().get(0).getContraintesAVerifier()).as("technical, regulatory, budgetary")
        .containsExactlyInAnyOrder(Contrainte.TECHNIQUE, Contrainte.REGLEMENTAIRE, Contrainte.BUDGETAIRE);
  }

  // ---------------------------------------------------------------- reference data (§4)

  @Test
  void lesDonneesDeReference() {
    assertThat(collectivite("mel").getSiren()).as("MEL").contains("200093201");
    assertThat(collectivite("mel").getType()).isEqualTo(TypeDeCollectivite.METROPOLE);
    assertThat(collectivite("mel").getNombreDeCommunes().map(NombreAnnonce::getNombre)).as("95 communes").contains(95);
    assertThat(collectivite("cahc").getSiren()).as("CAHC").contains("246200299");
    assertThat(collectivite("cahc").getNombreDeCommunes().map(NombreAnnonce::getNombre)).as("14 communes").contains(14);
    assertThat(collectivite("hellemmes").getCodeInsee()).as("Hellemmes").contains("59298");
    assertThat(collectivite("hellemmes").getSiren()).as("Hellemmes's SIREN, not verified").isEmpty();
    assertThat(collectivite("hellemmes").getRattacheeDepuis()).as("associated since 1977").contains(Datation.of(Year.of(1977)));
    assertThat(collectivite("lomme").getSiren()).as("Lomme").contains("215903550");
    assertThat(collectivite("lomme").getRattacheeDepuis()).as("associated since 2000").contains(Datation.of(Year.of(2000)));
    assertThat(collectivite("lens").getIntercommunaliteId()).as("Lens, in the CA de Lens-Liévin").contains("ca-lens-lievin");
    assertThat(collectivite("libercourt").getIntercommunaliteId()).as("Libercourt, in the CAHC").contains("cahc");
    assertThat(collectivite("lille").getSiren()).as("Lille").contains("215903501");
    assertThat(collectivite("ca-lens-lievin").getSiren()).as("CA de Lens-Liévin").contains("246200364");
    assertThat(cycle.getEngagements()).extracting(Engagement::getCollectiviteId).as("context is not engagement")
        .doesNotContain("lille", "ca-lens-lievin");
  }

  private Intervenant intervenant(String id) {
    return cycle.getIntervenants().stream().filter(i -> i.getId().equals(id)).findFirst().orElseThrow();
  }

  private StrategieTerritoriale strategie(TypeDeStrategie type) {
    return cycle.getStrategies().stream().filter(s -> s.getType() == type).findFirst().orElseThrow();
  }

  private Collectivite collectivite(String id) {
    return cycle.getCollectivites().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
  }
}
