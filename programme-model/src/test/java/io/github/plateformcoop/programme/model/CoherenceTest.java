package io.github.plateformcoop.programme.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Each consistency check of the value types: the object it refuses and the one it accepts. */
class CoherenceTest {

  @Test
  void unePeriodeNeFinitPasAvantDeCommencer() {
    assertThatThrownBy(() -> PeriodeAnnoncee.of(YearMonth.of(2023, 4), YearMonth.of(2022, 9)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("une période ne peut pas finir avant de commencer : de 2023-04 à 2022-09");
    assertThat(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2022, 9)).contains(LocalDate.of(2022, 9, 30))).isTrue();
    assertThat(PeriodeAnnoncee.of(YearMonth.of(2022, 9), YearMonth.of(2023, 4)).contains(LocalDate.of(2023, 5, 1))).isFalse();
  }

  @Test
  void unSiegeNeFinitPasAvantDeCommencer() {
    assertThatThrownBy(() -> Siege.builder().depuis(Datation.parse("2023-04")).jusquA(Datation.parse("2023-03-31")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("du 2023-04 au 2023-03-31");
    assertThat(Siege.builder().depuis(Datation.parse("2023-04")).jusquA(Datation.parse("2023-04-30")).build().getJusquA())
        .contains(Datation.parse("2023-04-30"));
  }

  @Test
  void uneSeanceFinitApresAvoirCommence() {
    Seance.Builder b = Seance.builder();
    b.id("s1").date(LocalDate.of(2022, 9, 26)).debut(LocalTime.of(14, 0)).fin(LocalTime.of(14, 0));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("« s1 » doit finir après avoir commencé");
    Seance seance = Seance.builder().id("s1").date(LocalDate.of(2022, 9, 26)).debut(LocalTime.of(14, 0)).fin(LocalTime.of(17, 0)).build();
    assertThat(seance.duree()).contains(Duration.ofHours(3));
  }

  @Test
  void uneSeanceNaPasDHeuresSansJour() {
    assertThatThrownBy(() -> Seance.builder().id("s1").debut(LocalTime.of(9, 0)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a des heures mais pas de jour");
    assertThat(Seance.builder().id("s1").build().isDated()).isFalse();
  }

  @Test
  void unFormatADuMoinsUneDureeOuUneJournee() {
    assertThatThrownBy(() -> FormatDeSeance.builder().build())
        .isInstanceOf(IllegalStateException.class).hasMessage("un format de séance a une durée ou une journée entière");
    assertThat(FormatDeSeance.ofJourneeEntiere().getDuree()).isEmpty();
  }

  @Test
  void uneBriqueAAuMoinsUneSeance() {
    ModeleDeBrique.Builder b = ModeleDeBrique.builder();
    b.id("ateliers").type(TypeDeBrique.EXPERIMENTATION).intitule("ateliers").format(FormatDeSeance.ofJourneeEntiere());
    assertThatThrownBy(() -> b.nombreDeSeances(0).build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("la brique « ateliers » a au moins une séance, pas 0");
  }

  @Test
  void unNombreAnnonceNEstPasNegatif() {
    assertThatThrownBy(() -> NombreAnnonce.builder().nombre(-1).listeComplete(false).provenance(Provenance.of("x")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("-1");
  }

  @Test
  void seuleUneCommuneAssocieeAUneCommuneDeRattachement() {
    assertThatThrownBy(() -> Collectivite.builder().id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
            .communeDeRattachementId("lille").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seule une commune associée");
    assertThat(Valeurs.collectivite().getCommuneDeRattachementId()).contains("lille");
  }

  @Test
  void seuleUneIntercommunaliteADesCommunesMembres() {
    NombreAnnonce quatorze = NombreAnnonce.builder().nombre(14).listeComplete(false).provenance(Provenance.of("x")).build();
    assertThatThrownBy(() -> Collectivite.builder().id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
            .nombreDeCommunes(quatorze).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seule une intercommunalité");
    assertThatThrownBy(() -> Collectivite.builder().id("mel").nom("MEL").type(TypeDeCollectivite.METROPOLE)
            .intercommunaliteId("x").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seule une commune est membre");
    assertThatThrownBy(() -> Collectivite.builder().id("mel").nom("MEL").type(TypeDeCollectivite.METROPOLE)
            .codeInsee("59350").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seule une commune a un code INSEE");
    assertThatThrownBy(() -> Collectivite.builder().id("lens").nom("Lens").type(TypeDeCollectivite.COMMUNE)
            .rattacheeDepuis(Datation.of(Year.of(1977))).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("date de rattachement");
    assertThat(Valeurs.intercommunalite().getNombreDeCommunes()).isPresent();
  }

  @Test
  void desMinutesNeSeDonnentQuePourUnePresencePartielle() {
    assertThatThrownBy(() -> Presence.builder().seanceId("s1").participantId("p1").statut(StatutDePresence.PRESENT)
            .minutesPresentes(90).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("que pour une présence partielle, pas PRESENT");
    assertThatThrownBy(() -> Presence.builder().seanceId("s1").participantId("p1").statut(StatutDePresence.PARTIELLEMENT_PRESENT)
            .minutesPresentes(-5).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ne peuvent pas être négatives : -5");
    assertThat(Valeurs.presence().getMinutesPresentes()).contains(120);
  }

  @Test
  void lesDemiJourneesDonnentLeStatut() {
    assertThat(Presence.ofDemiJournees("a", "p", StatutDePresence.PRESENT, StatutDePresence.PRESENT).getStatut())
        .isEqualTo(StatutDePresence.PRESENT);
    assertThat(Presence.ofDemiJournees("a", "p", StatutDePresence.ABSENT, StatutDePresence.PRESENT).getStatut())
        .isEqualTo(StatutDePresence.PARTIELLEMENT_PRESENT);
    assertThat(Presence.ofDemiJournees("a", "p", StatutDePresence.EXCUSE, StatutDePresence.ABSENT).getStatut())
        .isEqualTo(StatutDePresence.EXCUSE);
    assertThat(Presence.ofDemiJournees("a", "p", StatutDePresence.ABSENT, StatutDePresence.ABSENT).getStatut())
        .isEqualTo(StatutDePresence.ABSENT);
    assertThatThrownBy(() -> Presence.builder().seanceId("a").participantId("p").statut(StatutDePresence.PRESENT)
            .putDemiJournee(DemiJournee.MATIN, StatutDePresence.PRESENT)
            .putDemiJournee(DemiJournee.APRES_MIDI, StatutDePresence.ABSENT).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("contredit les demi-journées");
    assertThatThrownBy(() -> Presence.ofDemiJournees("a", "p", StatutDePresence.PARTIELLEMENT_PRESENT, StatutDePresence.PRESENT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("jamais en partie");
  }

  @Test
  void unLivrableNonRemisNAPasDeDateDeRemise() {
    assertThatThrownBy(() -> Livrable.builder().id("jeu").nature(NatureDeLivrable.JEU_DE_SENSIBILISATION).intitule("jeu")
            .statut(StatutDeLivrable.EN_COURS).remisLe(LocalDate.of(2023, 6, 1)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("son statut est EN_COURS, pas REMIS");
  }

  @Test
  void lesCollectionsSontVidesParDefautEtLeFuseauEstParis() {
    Cycle cycle = Cycle.builder().id("c").intitule("c").modele(ModeleDeCycle.builder().id("m").intitule("m")
        .publicCible(PublicCible.builder().build()).build()).build();
    assertThat(cycle.getBriques()).isEmpty();
    assertThat(cycle.getPresences()).isEmpty();
    assertThat(cycle.getFuseau()).hasToString("Europe/Paris");
  }

  @Test
  void unBuilderCopieUneValeurEtNeChangeQueCeQuiDiffere() {
    ModeleDeCycle autre = ModeleDeCycle.builder().from(Valeurs.modeleDeCycle()).id("autre-region").build();
    assertThat(autre.getId()).isEqualTo("autre-region");
    assertThat(autre.getBriques()).isEqualTo(Valeurs.modeleDeCycle().getBriques());
    assertThat(autre).isNotEqualTo(Valeurs.modeleDeCycle());
  }

  @Test
  void unAttributObligatoireManquantEstNomme() {
    assertThatThrownBy(() -> Levier.builder().id("a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("intitule");
  }
}
