package io.github.plateformcoop.programme.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.NatureDeLivrable;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.TypeDeStrategie;
import io.github.plateformcoop.programme.rules.Cycles;
import io.github.plateformcoop.programme.rules.RuleSet;
import io.github.plateformcoop.programme.rules.Violation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceRulesTest {

  private static List<Violation> de(String code, Cycle cycle) {
    return RuleSet.defaults().validate(cycle).withCode(code).getViolations();
  }

  private static List<String> chemins(String code, Cycle cycle) {
    return de(code, cycle).stream().map(Violation::getPath).toList();
  }

  @Test
  void unIntervenantQuiAnimeSansEtreIntervenantDuCycle() {
    Cycle cycle = Cycles.depuisValide().briques(List.of(Brique.builder().from(Cycles.valide().getBriques().get(0))
        .seances(List.of(Seance.builder().id("s1").addIntervenantIds("tilt", "rtes").build())).build())).build();
    assertThat(de("reference.inconnue", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("briques[0].seances[0].intervenantIds[1]");
      assertThat(v.getSubjectIds()).containsExactly("s1");
      assertThat(v.getArguments()).containsEntry("id", "rtes");
      assertThat(Cycles.fr(v)).isEqualTo("« rtes » n'est pas un intervenant du cycle");
    });
    Cycle declare = Cycle.builder().from(cycle).addIntervenant(Intervenant.builder().id("rtes").nom("RTES").build()).build();
    assertThat(de("reference.inconnue", declare)).isEmpty();
  }

  @Test
  void unePresenceAUneSeanceOuDUnParticipantInconnus() {
    Cycle cycle = Cycles.depuisValide()
        .addPresence(Presence.builder().seanceId("s9").participantId("p-mel").statut(StatutDePresence.PRESENT).build())
        .addPresence(Presence.builder().seanceId("s2").participantId("p-inconnu").statut(StatutDePresence.ABSENT).build())
        .build();
    assertThat(chemins("reference.inconnue", cycle)).containsExactly("presences[1].seanceId", "presences[2].participantId");
    assertThat(de("reference.inconnue", cycle)).extracting(Cycles::fr).containsExactly(
        "« s9 » n'est pas une séance du cycle", "« p-inconnu » n'est pas un participant du cycle");
  }

  @Test
  void chaqueGenreDeReferenceEstVerifie() {
    Cycle cycle = Cycles.depuisValide()
        .addBrique(Brique.builder().id("ateliers").build())
        .addParticipant(Participant.builder().id("p-x").collectiviteId("roubaix").role(Role.ELU)
            .siege(Siege.builder().predecesseurId("p-y").build()).build())
        .addEngagement(Cycles.engagement("tourcoing"))
        .addCollectivite(Collectivite.builder().from(Cycles.libercourt()).id("libercourt-2").intercommunaliteId("cc-x").build())
        .addStrategie(StrategieTerritoriale.builder().id("pat").type(TypeDeStrategie.PAT).intitule("PAT")
            .addCollectiviteId("cc-y").build())
        .addExperimentation(Experimentation.builder().id("x").intitule("x").stade(StadeDExperimentation.ENVISAGEE)
            .addCollectiviteId("mel").addStrategieIds("pat", "ptce").build())
        .addLivrable(Livrable.builder().id("l").nature(NatureDeLivrable.MANIFESTE).intitule("m")
            .addCollectiviteId("mel").addParticipantId("p-z").build())
        .build();
    assertThat(de("reference.inconnue", cycle)).extracting(v -> v.getPath() + " " + v.getArguments().get("id"))
        .containsExactly(
            "briques[1].id ateliers",
            "collectivites[5].intercommunaliteId cc-x",
            "engagements[4].collectiviteId tourcoing",
            "experimentations[0].strategieIds[1] ptce",
            "livrables[0].participantIds[0] p-z",
            "participants[2].collectiviteId roubaix",
            "participants[2].siege.predecesseurId p-y",
            "strategies[0].collectiviteIds[0] cc-y");
  }

  @Test
  void unIdentifiantEnDouble() {
    Cycle cycle = Cycles.depuisValide()
        .addCollectivite(Cycles.mel())
        .addBrique(Brique.builder().id("sensibilisation-bis").addSeance(Seance.builder().id("s2").build()).build())
        .build();
    assertThat(de("reference.doublon", cycle)).extracting(Violation::getPath, Cycles::fr).containsExactly(
        org.assertj.core.groups.Tuple.tuple("briques[1].seances[0].id", "l'identifiant « s2 » est déjà celui de briques[0].seances[1]"),
        org.assertj.core.groups.Tuple.tuple("collectivites[5].id", "l'identifiant « mel » est déjà celui de collectivites[0]"));
    assertThat(RuleSet.defaults().validate(cycle).withCode("reference.doublon").getViolations().get(1).render(Locale.ENGLISH))
        .isEqualTo("id \"mel\" is already that of collectivites[0]");
    assertThat(de("reference.doublon", Cycles.valide())).isEmpty();
  }

  @Test
  void unMemeIdentifiantPourDesGenresDifferentsNEstPasUnDoublon() {
    Cycle cycle = Cycles.depuisValide()
        .addParticipant(Participant.builder().id("mel").collectiviteId("mel").role(Role.ELU).build())
        .build();
    assertThat(de("reference.doublon", cycle)).isEmpty();
  }

  @Test
  void unEmargementEnDouble() {
    Cycle cycle = Cycles.depuisValide()
        .addPresence(Presence.builder().seanceId("s1").participantId("p-mel").statut(StatutDePresence.ABSENT).build())
        .addPresence(Presence.builder().seanceId("s2").participantId("p-mel").statut(StatutDePresence.ABSENT).build())
        .build();
    assertThat(de("presence.doublon", cycle)).singleElement().satisfies(v -> {
      assertThat(v.getPath()).isEqualTo("presences[1]");
      assertThat(v.getSubjectIds()).containsExactly("p-mel", "s1");
      assertThat(v.getArguments()).containsEntry("premier", "presences[0]");
    });
  }
}
