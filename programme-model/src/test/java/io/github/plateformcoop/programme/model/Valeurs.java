package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.MotifDeDispense;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.TraitementDesExcuses;
import io.github.plateformcoop.programme.model.completion.Unite;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * One instance of every value type, each attribute set, for round trips. The values are made up
 * for tests, except where the comment cites shared/DESIGN.md.
 */
public final class Valeurs {

  private Valeurs() {}

  public static Provenance provenance() {
    return Provenance.builder()
        .document("Apes, « PlateformCoop : lancement ce 26 septembre du cycle de qualification »")
        .valableAu(Datation.of(YearMonth.of(2022, Month.SEPTEMBER)))
        .publieLe(LocalDate.of(2024, 9, 6))
        .citation("5 collectivités engagées à ce jour")
        .inference("texte au futur, rédigé avant le lancement")
        .build();
  }

  public static NombreAnnonce nombreAnnonce() {
    return NombreAnnonce.builder().nombre(5).listeComplete(true).provenance(provenance()).reponsesAttendues(true).build();
  }

  public static PeriodeAnnoncee periodeAnnoncee() {
    return PeriodeAnnoncee.builder()
        .debut(YearMonth.of(2022, 9))
        .fin(YearMonth.of(2023, 4))
        .provenance(Provenance.of("source"))
        .build();
  }

  public static DateAnnoncee dateAnnoncee() {
    return DateAnnoncee.builder().date(LocalDate.of(2022, 9, 26)).provenance(Provenance.of("source")).build();
  }

  public static Structure structure() {
    return Structure.builder()
        .id("apes")
        .nom("Acteurs pour une économie solidaire")
        .sigle("Apes")
        .description("réseau régional")
        .addStatut("association")
        .siren("215903501")
        .siege("Lille")
        .build();
  }

  public static Intervenant intervenant() {
    return Intervenant.builder()
        .id("tilt")
        .nom("Tilt")
        .sigle("Tilt")
        .description("coopérative de transition écologique")
        .addStatut("SCIC")
        .addStatut("CAE")
        .siren("246200299")
        .siret("21590350100017")
        .siege("Lille")
        .expertise("accompagnement à l'entrepreneuriat")
        .provenance(Provenance.builder().document("article").citation("Tilt – Coopérative de Transition Ecologique").build())
        .build();
  }

  public static Collectivite collectivite() {
    return Collectivite.builder()
        .id("lomme")
        .nom("Lomme")
        .type(TypeDeCollectivite.COMMUNE_ASSOCIEE)
        .siren("215903550")
        .codeInsee("59355")
        .departement("59")
        .communeDeRattachementId("lille")
        .rattacheeDepuis(Datation.of(Year.of(2000)))
        .intercommunaliteId("mel")
        .provenance(Provenance.builder().document("INSEE").referentiel("Code officiel géographique")
            .valableAu(Datation.of(LocalDate.of(2024, 1, 1))).build())
        .build();
  }

  public static Collectivite intercommunalite() {
    return Collectivite.builder()
        .id("mel")
        .nom("Métropole Européenne de Lille")
        .type(TypeDeCollectivite.METROPOLE)
        .siren("200093201")
        .departement("59")
        .nombreDeCommunes(NombreAnnonce.builder().nombre(95).listeComplete(false).provenance(Provenance.of("INSEE")).build())
        .build();
  }

  public static Siege siege() {
    return Siege.builder()
        .depuis(Datation.of(YearMonth.of(2023, 4)))
        .jusquA(Datation.of(LocalDate.of(2023, 12, 31)))
        .predecesseurId("p0")
        .build();
  }

  public static Participant participant() {
    return Participant.builder()
        .id("p1")
        .collectiviteId("cahc")
        .role(Role.TECHNICIEN)
        .fonction("chargée de mission ESS")
        .nom("Camille")
        .siege(siege())
        .provenance(provenance())
        .build();
  }

  public static Engagement engagement() {
    return Engagement.builder()
        .id("e1")
        .collectiviteId("mel")
        .statut(StatutDEngagement.ENGAGEE)
        .date(Datation.of(YearMonth.of(2022, 9)))
        .provenance(provenance())
        .build();
  }

  public static Levier levier() {
    return Levier.builder().id("appropriation").intitule("L'appropriation par les décideurs locaux").provenance(provenance()).build();
  }

  public static Volet volet() {
    return Volet.builder().id("diagnostic").intitule("diagnostic des besoins").provenance(provenance()).build();
  }

  public static PublicCible publicCible() {
    return PublicCible.builder()
        .addDepartements("59", "62")
        .addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
        .addRoles(Role.ELU, Role.TECHNICIEN)
        .addThematique("transitions écologique et solidaire")
        .provenance(provenance())
        .build();
  }

  public static FormatDeSeance formatDeSeance() {
    return FormatDeSeance.builder().duree(Duration.ofHours(7)).journeeEntiere(true).modalite(Modalite.HYBRIDE).build();
  }

  public static ModeleDeBrique modeleDeBrique() {
    return ModeleDeBrique.builder()
        .id("sensibilisation")
        .type(TypeDeBrique.SENSIBILISATION)
        .intitule("parcours de sensibilisation")
        .nombreDeSeances(8)
        .format(FormatDeSeance.of(Duration.ofHours(3)))
        .addVoletId("diagnostic")
        .provenance(provenance())
        .build();
  }

  public static ModeleDeCycle modeleDeCycle() {
    return ModeleDeCycle.builder()
        .id("plateformcoop")
        .intitule("cycle de qualification")
        .objectif("outiller les collectivités")
        .addVolet(volet())
        .publicCible(publicCible())
        .addBrique(modeleDeBrique())
        .addLevier(levier())
        .addLevierAnnonce(NombreAnnonce.builder().nombre(4).listeComplete(true).provenance(provenance()).build())
        .provenance(Provenance.of("article"))
        .build();
  }

  public static Seance seance() {
    return Seance.builder()
        .id("s1")
        .numero(1)
        .intitule("lancement")
        .date(LocalDate.of(2022, 9, 26))
        .debut(LocalTime.of(9, 30))
        .fin(LocalTime.of(12, 30))
        .modalite(Modalite.PRESENTIEL)
        .lieu("Lille")
        .addIntervenantId("tilt")
        .provenance(Provenance.builder().document("article").citation("La première journée du parcours")
            .inference("la première journée est la première séance").build())
        .build();
  }

  public static Brique brique() {
    return Brique.builder()
        .id("sensibilisation")
        .periodeAnnoncee(periodeAnnoncee())
        .addSeance(seance())
        .addSeance(Seance.builder().id("s2").numero(2).build())
        .build();
  }

  public static Presence presence() {
    return Presence.builder()
        .seanceId("s1")
        .participantId("p1")
        .statut(StatutDePresence.PARTIELLEMENT_PRESENT)
        .minutesPresentes(120)
        .build();
  }

  public static Presence presenceParDemiJournee() {
    return Presence.ofDemiJournees("a1", "p1", StatutDePresence.PRESENT, StatutDePresence.EXCUSE);
  }

  public static EtapeDeStrategie etapeDeStrategie() {
    return EtapeDeStrategie.builder()
        .nature(NatureDEtape.ADOPTION)
        .date(Datation.of(YearMonth.of(2022, 12)))
        .description("voté en décembre dernier")
        .provenance(Provenance.builder().document("interview").inference("décembre précédant novembre 2023").build())
        .build();
  }

  public static StrategieTerritoriale strategieTerritoriale() {
    return StrategieTerritoriale.builder()
        .id("frn")
        .type(TypeDeStrategie.FEUILLE_DE_ROUTE_NUMERIQUE)
        .intitule("feuille de route numérique")
        .addCollectiviteId("cahc")
        .addAxes("services publics accessibles", "transition écologique du numérique")
        .addAxeAnnonce(NombreAnnonce.builder().nombre(5).listeComplete(true).provenance(provenance()).build())
        .label("label")
        .addEtape(etapeDeStrategie())
        .provenance(provenance())
        .build();
  }

  public static Experimentation experimentation() {
    return Experimentation.builder()
        .id("x1")
        .intitule("plateforme alimentaire")
        .addCollectiviteId("cahc")
        .stade(StadeDExperimentation.ENVISAGEE)
        .addThematique("alimentation durable")
        .addStrategieId("pat")
        .addContraintesAVerifier(Contrainte.TECHNIQUE, Contrainte.BUDGETAIRE)
        .provenance(provenance())
        .build();
  }

  public static Livrable livrable() {
    return Livrable.builder()
        .id("manifeste")
        .nature(NatureDeLivrable.MANIFESTE)
        .intitule("manifeste")
        .description("rédigé par des binômes")
        .statut(StatutDeLivrable.REMIS)
        .remisLe(LocalDate.of(2023, 6, 30))
        .addCollectiviteId("mel")
        .addParticipantId("p1")
        .provenance(provenance())
        .build();
  }

  public static Cycle cycle() {
    return Cycle.builder()
        .id("cycle-2022")
        .intitule("cycle 2022-2023")
        .modele(modeleDeCycle())
        .territoire("Nord et Pas-de-Calais")
        .fuseau(ZoneId.of("Europe/Paris"))
        .periode(periodeAnnoncee())
        .premiereJournee(dateAnnoncee())
        .addBrique(brique())
        .addCollectivites(collectivite(), intercommunalite())
        .addParticipant(participant())
        .addIntervenant(intervenant())
        .addEngagement(engagement())
        .addEngagementAnnonce(nombreAnnonce())
        .addPresences(presence(), presenceParDemiJournee())
        .addStrategie(strategieTerritoriale())
        .addExperimentation(experimentation())
        .addLivrable(livrable())
        .addCritereDeCompletion(critereDeCompletion())
        .build();
  }

  /** Every kind of criterion, once. */
  public static Critere critere() {
    return AuMoinsUnDe.of(
        TousDe.of(
            Assiduite.builder().briqueId("sensibilisation").unite(Unite.HEURES).ratioMinimal(0.75)
                .excuses(TraitementDesExcuses.PRESENTES).absencesTolerees(1).depuisLArrivee(true)
                .representation(Representation.BINOME_ELU_TECHNICIEN).build(),
            AuMoinsNDe.of(1, SeancesObligatoires.builder().addSeanceId("s1").build(), LivrableRemis.of("manifeste")),
            ExperimentationAuStade.of(StadeDExperimentation.EN_CONCEPTION)),
        Dispense.builder().motif(MotifDeDispense.ACTIVITE_EQUIVALENTE).addBeneficiaireId("p1")
            .justification("parcours équivalent suivi ailleurs").accordeeLe(LocalDate.of(2023, 1, 10)).build());
  }

  public static CritereDeCompletion critereDeCompletion() {
    return CritereDeCompletion.builder()
        .id("completion")
        .intitule("critère de test")
        .addPortees(Portee.PARTICIPANT, Portee.COLLECTIVITE)
        .critere(critere())
        .provenance(Provenance.builder().document("choix de test").build())
        .build();
  }

  public static Programme programme() {
    return Programme.builder()
        .id("plateformcoop")
        .nom("PlateformCoop")
        .porteur(structure())
        .objectif("outiller les collectivités")
        .essaimage("essaimage au niveau national")
        .provenance(provenance())
        .addCycle(cycle())
        .build();
  }

  /** Every value type, once, with the class it is read back as. */
  public static List<Object[]> toutes() {
    return List.of(
        new Object[] {Provenance.class, provenance()},
        new Object[] {NombreAnnonce.class, nombreAnnonce()},
        new Object[] {PeriodeAnnoncee.class, periodeAnnoncee()},
        new Object[] {DateAnnoncee.class, dateAnnoncee()},
        new Object[] {Structure.class, structure()},
        new Object[] {Intervenant.class, intervenant()},
        new Object[] {Collectivite.class, collectivite()},
        new Object[] {Collectivite.class, intercommunalite()},
        new Object[] {Siege.class, siege()},
        new Object[] {Participant.class, participant()},
        new Object[] {Engagement.class, engagement()},
        new Object[] {Levier.class, levier()},
        new Object[] {Volet.class, volet()},
        new Object[] {PublicCible.class, publicCible()},
        new Object[] {FormatDeSeance.class, formatDeSeance()},
        new Object[] {ModeleDeBrique.class, modeleDeBrique()},
        new Object[] {ModeleDeCycle.class, modeleDeCycle()},
        new Object[] {Seance.class, seance()},
        new Object[] {Brique.class, brique()},
        new Object[] {Presence.class, presence()},
        new Object[] {Presence.class, presenceParDemiJournee()},
        new Object[] {EtapeDeStrategie.class, etapeDeStrategie()},
        new Object[] {StrategieTerritoriale.class, strategieTerritoriale()},
        new Object[] {Experimentation.class, experimentation()},
        new Object[] {Livrable.class, livrable()},
        new Object[] {Cycle.class, cycle()},
        new Object[] {Programme.class, programme()},
        new Object[] {Datation.class, Datation.of(YearMonth.of(2023, 4))},
        new Object[] {Critere.class, critere()},
        new Object[] {CritereDeCompletion.class, critereDeCompletion()},
        new Object[] {Critere.class, Assiduite.ofMinimum("ateliers", Unite.SEANCES, 2)});
  }
}
