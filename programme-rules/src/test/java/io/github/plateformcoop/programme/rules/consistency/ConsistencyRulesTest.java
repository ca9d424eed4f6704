package io.github.plateformcoop.programme.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.TypeDeStrategie;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Codes from shared/DESIGN.md §4. */
class ConsistencyRulesTest {

  private static List<Violation> de(String code, Cycle cycle) {
    return RuleSet.defaults().validate(cycle).withCode(code).getViolations();
  }

  private static NombreAnnonce annonce(int nombre, boolean complete) {
    return NombreAnnonce.builder().nombre(nombre).listeComplete(complete)
        .provenance(Provenance.builder().document("Article").citation("citation").build()).build();
  }

  @Test
  void unNombreAnnonceQuiDiffereDeLaListeDonneePourComplete() {
    ModeleDeCycle modele = ModeleDeCycle.builder().from(Cycles.modele())
        .addLeviers(Levier.builder().id("a").intitule("a").build(), Levier.builder().id("b").intitule("b").build())
        .addLevierAnnonce(annonce(4, true)).build();
    Cycle cycle = Cycles.depuisValide().modele(modele)
        .addEngagementAnnonce(annonce(3, true))
        .addStrategie(StrategieTerritoriale.builder().id("frn").type(TypeDeStrategie.FEUILLE_DE_ROUTE_NUMERIQUE)
            .intitule("FRN").addAxes("a", "b", "c", "d").addAxeAnnonce(annonce(5, true)).build())
        .build();
    List<Violation> trouvees = de("coherence.nombre-annonce", cycle);
    assertThat(trouvees).extracting(Violation::getPath, Cycles::fr).containsExactly(
        org.assertj.core.groups.Tuple.tuple("engagementsAnnonces[0]", "3 collectivités engagées annoncées, 4 nommées (Article)"),
        org.assertj.core.groups.Tuple.tuple("modele.leviersAnnonces[0]", "4 leviers d'action annoncés, 2 listés (Article)"),
        org.assertj.core.groups.Tuple.tuple("strategies[0].axesAnnonces[0]", "5 axes ou thématiques annoncés, 4 listés (Article)"));
    assertThat(trouvees).allMatch(v -> v.getSeverity() == Severity.WARNING);
    assertThat(trouvees.get(0).getArguments()).containsEntry("annonce", 3).containsEntry("liste", 4)
        .containsEntry("citation", "citation");
  }

  @Test
  void unNombreEgalOuUneListePartielleNeSontPasSignales() {
    Cycle cycle = Cycles.depuisValide()
        .addEngagementAnnonce(annonce(4, true))
        .addEngagementAnnonce(annonce(5, false))
        .build();
    assertThat(de("coherence.nombre-annonce", cycle)).isEmpty();
  }

  @Test
  void lesCommunesMembresDUneIntercommunaliteDonneesPourCompletes() {
    Collectivite cahc = Collectivite.builder().from(Cycles.cahc()).nombreDeCommunes(annonce(14, true)).build();
    Cycle complete = Cycles.depuisValide().collectivites(List.of(Cycles.mel(), Cycles.lille(), Cycles.lomme(), cahc,
        Cycles.libercourt())).build();
    assertThat(de("coherence.nombre-annonce", complete)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("collectivites[3].nombreDeCommunes");
      assertThat(Cycles.fr(v)).startsWith("14 communes membres annoncées, 1 décrites");
    });
    Collectivite partielle = Collectivite.builder().from(Cycles.cahc()).nombreDeCommunes(annonce(14, false)).build();
    assertThat(de("coherence.nombre-annonce", Cycles.depuisValide().collectivites(List.of(partielle, Cycles.libercourt()))
        .build())).isEmpty();
  }

  @Test
  void uneCommuneAssocieeSansParentInconnuOuPasUneCommune() {
    Collectivite sansParent = Collectivite.builder().id("hellemmes").nom("Hellemmes-Lille")
        .type(TypeDeCollectivite.COMMUNE_ASSOCIEE).codeInsee("59298").departement("59").build();
    Collectivite parentInconnu = Collectivite.builder().from(sansParent).id("h2").communeDeRattachementId("lilel").build();
    Collectivite parentMel = Collectivite.builder().from(sansParent).id("h3").communeDeRattachementId("mel").build();
    Cycle cycle = Cycles.depuisValide().addCollectivites(sansParent, parentInconnu, parentMel).build();
    assertThat(de("coherence.commune-associee-parent", cycle)).extracting(Cycles::fr).containsExactly(
        "Hellemmes-Lille est une commune associée sans commune de rattachement",
        "la commune de rattachement « lilel » de Hellemmes-Lille n'est pas une collectivité du cycle",
        "la commune de rattachement « mel » de Hellemmes-Lille est de type METROPOLE, pas une commune");
    assertThat(de("coherence.commune-associee-parent", Cycles.valide())).isEmpty();
  }

  @Test
  void unSirenDeCommuneQuiNeCorrespondPasASonCodeInsee() {
    Collectivite lensAvecLeSirenDeLibercourt = Collectivite.builder().id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
        .siren("216209072").codeInsee("62498").departement("62").build();
    assertThat(de("coherence.siren-commune", Cycles.depuisValide().addCollectivite(lensAvecLeSirenDeLibercourt).build()))
        .singleElement().satisfies(v -> {
          assertThat(v.getPath()).isEqualTo("collectivites[5].siren");
          assertThat(Cycles.fr(v)).isEqualTo(
              "le SIREN 216209072 de Lens ne correspond pas à son code INSEE 62498 : 216204982 attendu");
        });
    assertThat(de("coherence.siren-commune", Cycles.valide())).isEmpty();
  }

  @Test
  void uneContrainteDuModeleDevientUnConstat() {
    Cycle cycle = Cycles.depuisValide().addCollectivite(Collectivite.builder().id("lens").nom("Lens")
        .type(TypeDeCollectivite.COMMUNE).siren("216204983").departement("62").build()).build();
    assertThat(de("modele.contrainte", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("collectivites[5].siren");
      assertThat(v.getArguments()).containsEntry("contrainte", "Siren").containsEntry("valeur", "216204983");
      assertThat(Cycles.fr(v)).isEqualTo(
          "doit être un SIREN valide : 9 chiffres dont la clé de Luhn est juste (valeur : 216204983)");
    });
    assertThat(RuleSet.defaults().validate(cycle).withCode("modele.contrainte").getViolations().get(0).render(Locale.ENGLISH))
        .isEqualTo("must be a valid SIREN: 9 digits with a correct Luhn key (value: 216204983)");
    assertThat(de("modele.contrainte", Cycles.valide())).isEmpty();
  }

  @Test
  void unSirenDEpciAncienQuiDesigneUnAutreDepartement() {
    Collectivite cahcDansLeNord = Collectivite.builder().from(Cycles.cahc()).departement("59").build();
    assertThat(de("coherence.siren-epci", Cycles.depuisValide().collectivites(List.of(cahcDansLeNord)).build()))
        .singleElement().satisfies(v -> assertThat(v.getArguments()).containsEntry("departementSiren", "62"));
    assertThat(de("coherence.siren-epci", Cycles.valide())).as("CAHC 24 62…, MEL 200…: nothing to compare").isEmpty();
  }

  @Test
  void unCodeInseeDansUnAutreDepartement() {
    Collectivite lilleDansLePasDeCalais = Collectivite.builder().from(Cycles.lille()).departement("62").build();
    assertThat(de("coherence.departement-insee", Cycles.depuisValide().collectivites(List.of(Cycles.mel(), lilleDansLePasDeCalais)).build()))
        .singleElement().satisfies(v -> assertThat(v.getPath()).isEqualTo("collectivites[1].departement"));
    assertThat(de("coherence.departement-insee", Cycles.valide())).isEmpty();
  }

  @Test
  void uneCommuneMembreDUneIntercommunaliteDUnAutreDepartementOuDUneCommune() {
    Collectivite libercourtALaMel = Collectivite.builder().from(Cycles.libercourt()).intercommunaliteId("mel").build();
    Collectivite lilleMembreDeLomme = Collectivite.builder().from(Cycles.lille()).intercommunaliteId("lomme").build();
    Cycle cycle = Cycles.depuisValide().collectivites(List.of(Cycles.mel(), lilleMembreDeLomme, Cycles.lomme(), libercourtALaMel)).build();
    assertThat(de("coherence.membre-epci", cycle)).extracting(Cycles::fr).containsExactly(
        "Lille est rattachée à Lomme, de type COMMUNE_ASSOCIEE, qui n'est pas une intercommunalité",
        "Libercourt (62) est membre de Métropole Européenne de Lille, dans le département 59");
    assertThat(RuleSet.defaults().validate(cycle).withCode("coherence.membre-epci").getViolations())
        .extracting(Cycles::en).contains(
            "Libercourt (62) is a member of Métropole Européenne de Lille, in département 59");
    assertThat(de("coherence.membre-epci", Cycles.valide())).isEmpty();
  }
}
