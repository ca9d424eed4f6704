package io.github.plateformcoop.programme.examples;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Contrainte;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.DateAnnoncee;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.EtapeDeStrategie;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.NatureDEtape;
import io.github.plateformcoop.programme.model.NatureDeLivrable;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.Structure;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.TypeDeStrategie;
import io.github.plateformcoop.programme.model.Volet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/**
 * The PlateformCoop programme and its 2022–2023 cycle de qualification in Nord and
 * Pas-de-Calais, built from its two sources and verified reference data, and nothing else.
 *
 * <p>The sources are the Apes's launch article (written early September 2022, published on the
 * Apes's site with the date 6 September 2024) and its interview of the CA d'Hénin-Carvin's ESS
 * officer (8 November 2023). Every statement is one of three kinds, and its provenance says which:
 * a fact of a source, with the source's words quoted verbatim; an inference, with its reasoning
 * (the first séance's date, the ESS officer's role, the PAT's year); or reference data from the
 * INSEE's registers, named with the date they reflect ({@link #DONNEES_DE_REFERENCE}). What the
 * sources do not give stays unknown: the dates of every séance after the first day, the first
 * day's hours, the collectivités whose answers are awaited, the people's names, the deliverables'
 * status, the intervenants' legal forms. Their contradictions are kept as they are: four leviers
 * announced and three listed, five collectivités announced and six named, five axes announced
 * and four listed.
 *
 * <p>This class is immutable and thread-safe; each call builds the same values.
 */
public final class PlateformCoop {

  /** The launch article. Its "à ce jour" is early September 2022, not the site's date. */
  public static final Provenance ARTICLE_DE_LANCEMENT = Provenance.builder()
      .document("Apes, « PlateformCoop : lancement ce 26 septembre du cycle de qualification destiné"
          + " aux collectivités territoriales »")
      .publieLe(LocalDate.of(2024, 9, 6))
      .valableAu(Datation.of(YearMonth.of(2022, 9)))
      .inference("Le texte annonce au futur le lancement du 26 septembre 2022 et se termine par le code"
          + " 220907 : il est écrit début septembre 2022, date à laquelle se lit « à ce jour ».")
      .build();

  /** The interview of the CA d'Hénin-Carvin's ESS officer. */
  public static final Provenance ENTRETIEN_CAHC = Provenance.builder()
      .document("Apes, « Parcours d'accompagnement des collectivités pour l'émergence de plateformes"
          + " solidaires : Communauté d'agglomération Hénin-Carvin (CAHC) », entretien")
      .publieLe(LocalDate.of(2024, 9, 6))
      .valableAu(Datation.of(LocalDate.of(2023, 11, 8)))
      .build();

  /**
   * The reference data, from official registers rather than from the sources: SIREN numbers,
   * INSEE codes, catégories juridiques, the communes' associations and the memberships of EPCIs,
   * as of the code officiel géographique of 1 January 2024.
   */
  public static final Provenance DONNEES_DE_REFERENCE = Provenance.builder()
      .document("INSEE, répertoire SIRENE et code officiel géographique")
      .referentiel("Répertoire SIRENE (SIREN, catégorie juridique) et code officiel géographique (codes des"
          + " communes, communes associées, composition des intercommunalités) de l'INSEE")
      .valableAu(Datation.of(LocalDate.of(2024, 1, 1)))
      .build();

  /** The ambition of a national essaimage, in the launch article's words, verbatim. */
  private static final String ESSAIMAGE = "Ce parcours unique en France permettra de capitaliser théorie et"
      + " pratiques pour un essaimage au niveau nationale à terme.";

  private PlateformCoop() {}

  /**
   * The PlateformCoop programme, carried by the Apes, with its 2022–2023 cycle.
   *
   * @return the programme, not null
   */
  public static Programme programme() {
    return Programme.builder()
        .id("plateformcoop")
        .nom("PlateformCoop")
        .porteur(apes())
        .objectif("Outiller les collectivités dans leur soutien aux plateformes solidaires de leur territoire")
        .essaimage(ESSAIMAGE)
        .provenance(cite(ARTICLE_DE_LANCEMENT, "L'objectif : outiller les collectivités dans leur soutien aux"
            + " plateformes solidaires de leur territoire […] " + ESSAIMAGE))
        .addCycle(cycle())
        .build();
  }

  /**
   * The Apes, porteur of the programme.
   *
   * @return the structure, not null
   */
  public static Structure apes() {
    return Structure.builder()
        .id("apes")
        .nom("Apes")
        .sigle("Apes")
        .provenance(cite(ARTICLE_DE_LANCEMENT, "L'Apes propose dans le cadre de PlateformCoop la mise en œuvre"
            + " d'un cycle de qualification"))
        .build();
  }

  /**
   * The design of the cycle de qualification: three strands, the public cible, two briques and
   * the leviers d'action (four announced, three listed).
   *
   * @return the modèle, not null
   */
  public static ModeleDeCycle modele() {
    return ModeleDeCycle.builder()
        .id("plateformcoop-qualification")
        .intitule("Cycle de qualification PlateformCoop")
        .objectif("Accompagner des collectivités territoriales dans leur soutien à l'émergence et au"
            + " développement d'initiatives de plateformes locales et solidaires")
        .addVolet(volet("diagnostic-des-besoins", "Diagnostic des besoins de ces collectivités volontaires"))
        .addVolet(volet("montee-en-competences", "Montée en compétences"))
        .addVolet(volet("experimentation-accompagnee", "Expérimentation accompagnée"))
        .publicCible(PublicCible.builder()
            .addDepartements("59", "62")
            .addFamilles(FamilleDeCollectivite.COMMUNE, FamilleDeCollectivite.INTERCOMMUNALITE)
            .addRoles(Role.ELU, Role.TECHNICIEN)
            .addThematique("transitions écologique et solidaire")
            .provenance(cite(ARTICLE_DE_LANCEMENT, "Le cycle s'adresse aux élus et techniciens des"
                + " intercommunalités ou communes des départements du Nord et du Pas-de-Calais travaillant"
                + " sur des projets de transitions écologique et solidaire."))
            .build())
        .addBrique(ModeleDeBrique.builder()
            .id("sensibilisation")
            .type(TypeDeBrique.SENSIBILISATION)
            .intitule("Parcours de sensibilisation")
            .nombreDeSeances(8)
            .format(FormatDeSeance.of(Duration.ofHours(3)))
            .provenance(cite(ARTICLE_DE_LANCEMENT,
                "Un parcours de sensibilisation de septembre 2022 à avril 2023 : 8 sessions de 3 heures"))
            .build())
        .addBrique(ModeleDeBrique.builder()
            .id("experimentation")
            .type(TypeDeBrique.EXPERIMENTATION)
            .intitule("Accompagnement à l'élaboration et à la mise en œuvre d'expérimentations territoriales")
            .nombreDeSeances(3)
            .format(FormatDeSeance.ofJourneeEntiere())
            .provenance(cite(ARTICLE_DE_LANCEMENT, "Un accompagnement à l'élaboration et à la mise en œuvre"
                + " d'expérimentations territoriales : 3 ateliers d'une journée, de novembre 2022 à juin 2023."))
            .build())
        .addLevier(levier("appropriation", "L'appropriation par les décideurs locaux de l'approche des"
            + " plateformes coopératives, des logiques et principes d'actions qui les sous-tendent"))
        .addLevier(levier("strategies-territoriales", "La prise en compte de ces plateformes locales dans"
            + " les stratégies territoriales de développement local"))
        .addLevier(levier("projets-pilotes", "L'expérimentation de projets « pilotes » en lien avec des"
            + " plateformes locales, comme leviers de développement local et durable"))
        .addLevierAnnonce(annonce(4, true, ARTICLE_DE_LANCEMENT, "Quatre leviers d'action en faveur du"
            + " développement des plateformes locales et utiles en lien avec les territoires sont ainsi recherchés"))
        .provenance(cite(ARTICLE_DE_LANCEMENT, "L'Apes propose dans le cadre de PlateformCoop la mise en œuvre d'un"
            + " cycle de qualification visant à accompagner des collectivités territoriales dans leur soutien à"
            + " l'émergence et au développement d'initiatives de plateformes locales et solidaires"))
        .build();
  }

  /**
   * The 2022–2023 cycle in Nord and Pas-de-Calais: the first séance dated 26 September 2022,
   * the others planned but not dated; six collectivités engaged (five announced); the
   * collectivités described for context (Lille, the CA de Lens-Liévin); the CAHC's strategies and
   * its envisaged experimentation; the deliverables.
   *
   * @return the cycle, not null
   */
  public static Cycle cycle() {
    return Cycle.builder()
        .id("plateformcoop-2022-2023")
        .intitule("PlateformCoop, cycle de qualification 2022-2023")
        .modele(modele())
        .territoire("Nord et Pas-de-Calais")
        .premiereJournee(DateAnnoncee.builder()
            .date(LocalDate.of(2022, 9, 26))
            .provenance(cite(ARTICLE_DE_LANCEMENT, "La première journée du parcours se déroulera le 26 septembre 2022."))
            .build())
        .addBrique(Brique.builder()
            .id("sensibilisation")
            .periodeAnnoncee(PeriodeAnnoncee.builder()
                .debut(YearMonth.of(2022, 9))
                .fin(YearMonth.of(2023, 4))
                .provenance(cite(ARTICLE_DE_LANCEMENT, "Un parcours de sensibilisation de septembre 2022 à avril 2023"))
                .build())
            .addSeance(Seance.builder().id("sensibilisation-1").numero(1).date(LocalDate.of(2022, 9, 26))
                .provenance(Provenance.builder().from(ARTICLE_DE_LANCEMENT)
                    .citation("La première journée du parcours se déroulera le 26 septembre 2022.")
                    .inference("La première journée du parcours est la première séance de sa première brique :"
                        + " le parcours de sensibilisation commence en septembre 2022, les ateliers en novembre 2022.")
                    .build())
                .build())
            .addAllSeances(seancesNonDatees("sensibilisation", 2, 8, "8 sessions de 3 heures"))
            .build())
        .addBrique(Brique.builder()
            .id("experimentation")
            .periodeAnnoncee(PeriodeAnnoncee.builder()
                .debut(YearMonth.of(2022, 11))
                .fin(YearMonth.of(2023, 6))
                .provenance(cite(ARTICLE_DE_LANCEMENT, "3 ateliers d'une journée, de novembre 2022 à juin 2023"))
                .build())
            .addAllSeances(seancesNonDatees("atelier", 1, 3, "3 ateliers d'une journée"))
            .build())
        .addAllCollectivites(collectivites())
        .addAllEngagements(engagements())
        .addEngagementAnnonce(NombreAnnonce.builder()
            .nombre(5)
            .listeComplete(true)
            .reponsesAttendues(true)
            .provenance(cite(ARTICLE_DE_LANCEMENT, "A ce jour, 5 collectivités du Nord-Pas de Calais se sont engagées"
                + " […] D'autres réponses sont attendues."))
            .build())
        .addEngagementAnnonce(annonce(5, false, ENTRETIEN_CAHC,
            "La Communauté d'agglo s'est investie, avec 4 autres collectivités, dans le parcours proposé par l'Apes"))
        .addAllIntervenants(intervenants())
        .addParticipant(Participant.builder()
            .id("cahc-chargee-de-mission-ess")
            .collectiviteId("cahc")
            .role(Role.TECHNICIEN)
            .fonction("Chargée de mission ESS, en charge du développement de l'économie solidaire sur le territoire")
            .siege(Siege.builder().depuis(Datation.of(YearMonth.of(2023, 4))).build())
            .provenance(Provenance.builder().from(ENTRETIEN_CAHC)
                .citation("Chargée de mission ESS, en charge du développement de l'économie solidaire sur le"
                    + " territoire. […] J'ai pris mon poste en avril 2023 et j'ai donc pris le programme en cours de"
                    + " route.")
                .inference("Une chargée de mission occupe un poste de la collectivité, non un mandat électif :"
                    + " elle y est technicienne, non élue.")
                .build())
            .build())
        .addAllStrategies(strategiesDeLaCahc())
        .addExperimentation(Experimentation.builder()
            .id("cahc-plateformes-cooperatives")
            .intitule("Appui des thématiques du PTCE et du PAT sur des plateformes coopératives")
            .addCollectiviteId("cahc")
            .stade(StadeDExperimentation.ENVISAGEE)
            .addAllThematiques(THEMES_DU_PTCE)
            .addStrategieIds("cahc-ptce", "cahc-pat")
            .addContraintesAVerifier(Contrainte.TECHNIQUE, Contrainte.REGLEMENTAIRE, Contrainte.BUDGETAIRE)
            .provenance(cite(ENTRETIEN_CAHC, "Ces thématiques pourraient s'appuyer sur des plateformes"
                + " coopératives pour leur mise en œuvre, tout comme c'est également le cas pour le PAT […]"
                + " Il nous reste à vérifier les contraintes techniques, réglementaires et budgétaires pour le"
                + " recours à des plateformes coopératives."))
            .build())
        .addLivrable(Livrable.builder()
            .id("manifeste")
            .nature(NatureDeLivrable.MANIFESTE)
            .intitule("Manifeste des collectivités")
            .description("Rédigé par les collectivités")
            .provenance(cite(ENTRETIEN_CAHC, "Le manifeste rédigé par les collectivités"))
            .build())
        .addLivrable(Livrable.builder()
            .id("jeu-de-sensibilisation")
            .nature(NatureDeLivrable.JEU_DE_SENSIBILISATION)
            .intitule("Jeu de sensibilisation aux plateformes coopératives")
            .provenance(cite(ENTRETIEN_CAHC, "le jeu de sensibilisation aux plateformes coop"))
            .build())
        .provenance(cite(ARTICLE_DE_LANCEMENT, "Le cycle s'adresse aux élus et techniciens des intercommunalités"
            + " ou communes des départements du Nord et du Pas-de-Calais"))
        .build();
  }

  private static final List<String> THEMES_DU_PTCE =
      List.of("L'alimentation durable", "L'économie circulaire", "La participation citoyenne", "La mobilité durable");

  /** The collectivités as the registers describe them: codes, types, associations, memberships. */
  private static List<Collectivite> collectivites() {
    NombreAnnonce communesDeLaMel = annonce(95, false, DONNEES_DE_REFERENCE, null);
    NombreAnnonce communesDeLaCahc = annonce(14, false, DONNEES_DE_REFERENCE, null);
    return List.of(
        reference("mel", "Métropole Européenne de Lille", TypeDeCollectivite.METROPOLE, "59")
            .siren("200093201").nombreDeCommunes(communesDeLaMel).build(),
        reference("cahc", "Communauté d'agglomération Hénin-Carvin", TypeDeCollectivite.COMMUNAUTE_D_AGGLOMERATION, "62")
            .siren("246200299").nombreDeCommunes(communesDeLaCahc).build(),
        reference("hellemmes", "Hellemmes-Lille", TypeDeCollectivite.COMMUNE_ASSOCIEE, "59")
            .codeInsee("59298").communeDeRattachementId("lille").rattacheeDepuis(Datation.of(Year.of(1977))).build(),
        reference("lomme", "Lomme", TypeDeCollectivite.COMMUNE_ASSOCIEE, "59")
            .siren("215903550").codeInsee("59355").communeDeRattachementId("lille")
            .rattacheeDepuis(Datation.of(Year.of(2000))).build(),
        reference("lens", "Lens", TypeDeCollectivite.COMMUNE, "62")
            .siren("216204982").codeInsee("62498").intercommunaliteId("ca-lens-lievin").build(),
        reference("libercourt", "Libercourt", TypeDeCollectivite.COMMUNE, "62")
            .siren("216209072").codeInsee("62907").intercommunaliteId("cahc").build(),
        reference("lille", "Lille", TypeDeCollectivite.COMMUNE, "59")
            .siren("215903501").codeInsee("59350").intercommunaliteId("mel").build(),
        reference("ca-lens-lievin", "Communauté d'agglomération de Lens-Liévin",
            TypeDeCollectivite.COMMUNAUTE_D_AGGLOMERATION, "62").siren("246200364").build());
  }

  private static Collectivite.Builder reference(String id, String nom, TypeDeCollectivite type, String departement) {
    return Collectivite.builder().id(id).nom(nom).type(type).departement(departement).provenance(DONNEES_DE_REFERENCE);
  }

  /** The pilot group as the launch article names it; Lille and the CA de Lens-Liévin are context only. */
  private static List<Engagement> engagements() {
    Provenance groupePilote = cite(ARTICLE_DE_LANCEMENT, "Le groupe pilote se compose à l'heure où nous écrivons"
        + " de la Métropole Européenne de Lille (MEL), la communauté d'agglo Hénin-Carvin, les Villes"
        + " d'Hellemmes, de Lomme, de Lens et de Libercourt. D'autres réponses sont attendues.");
    return List.of("mel", "cahc", "hellemmes", "lomme", "lens", "libercourt").stream()
        .map(id -> (Engagement) Engagement.builder()
            .id("engagement-" + id)
            .collectiviteId(id)
            .statut(StatutDEngagement.ENGAGEE)
            .provenance(groupePilote)
            .build())
        .toList();
  }

  private static List<Intervenant> intervenants() {
    return List.of(
        Intervenant.builder().id("tilt").nom("Tilt").description("Coopérative de Transition Ecologique")
            .expertise("L'accompagnement à l'entrepreneuriat dans les champs de la transition écologique")
            .provenance(cite(ARTICLE_DE_LANCEMENT, "Tilt – Coopérative de Transition Ecologique : Le domaine"
                + " d'expertise de Tilt est l'accompagnement à l'entrepreneuriat dans les champs de la transition"
                + " écologique."))
            .build(),
        Intervenant.builder().id("imt-bs").nom("IMT-BS").sigle("IMT-BS")
            .description("L'école de commerce publique et socialement inclusive du groupe d'écoles d'ingénieurs"
                + " Institut Mines-Télécom")
            .provenance(cite(ARTICLE_DE_LANCEMENT, "IMT-BS : l'école de commerce publique et socialement inclusive du"
                + " groupe d'écoles d'ingénieurs - Institut Mines-Télécom"))
            .build(),
        Intervenant.builder().id("rtes").nom("Réseau des collectivités Territoriales pour une Economie Solidaire")
            .sigle("RTES")
            .description("Réunit des collectivités territoriales qui s'engagent pour le développement de"
                + " l'Économie Sociale et Solidaire (ESS) sur leur territoire")
            .provenance(cite(ARTICLE_DE_LANCEMENT, "Le RTES : Le Réseau des collectivités Territoriales pour une"
                + " Economie Solidaire réunit des collectivités territoriales qui s'engagent pour le développement de"
                + " l'Économie Sociale et Solidaire (ESS) sur leur territoire."))
            .build());
  }

  private static List<StrategieTerritoriale> strategiesDeLaCahc() {
    return List.of(
        StrategieTerritoriale.builder()
            .id("cahc-feuille-de-route-numerique")
            .type(TypeDeStrategie.FEUILLE_DE_ROUTE_NUMERIQUE)
            .intitule("Feuille de route numérique de la CAHC")
            .addCollectiviteId("cahc")
            .addAxes(
                "Des services publics accessibles à tous grâce à un portail de dématérialisation des démarches",
                "Une transition écologique du numérique par une sensibilisation au numérique responsable en"
                    + " interne et auprès des partenaires du territoire",
                "Une contribution à la transformation numérique : digitalisation des TPE, lutte contre l'illectronisme…",
                "Un développement de l'E-citoyenneté et l'e-éducation grâce à une application")
            .addAxeAnnonce(annonce(5, true, ENTRETIEN_CAHC,
                "La CAHC a voté une feuille de route numérique en 2019 autour de 5 axes"))
            .provenance(cite(ENTRETIEN_CAHC, "La CAHC a voté une feuille de route numérique en 2019 autour de 5 axes"))
            .addEtape(EtapeDeStrategie.builder().nature(NatureDEtape.ADOPTION).date(Datation.of(Year.of(2019)))
                .provenance(cite(ENTRETIEN_CAHC, "La CAHC a voté une feuille de route numérique en 2019")).build())
            .addEtape(EtapeDeStrategie.builder().nature(NatureDEtape.REVISION).date(Datation.of(Year.of(2024)))
                .description("Réécriture pour un numérique responsable, à la demande de l'État ; les plateformes"
                    + " coopératives y seront réintégrées")
                .provenance(cite(ENTRETIEN_CAHC, "Suite à une demande de l'État, les territoires sont en cours de"
                    + " réécriture de leurs feuilles de route pour un numérique responsable en 2024 : les"
                    + " plateformes coopératives y seront réintégrées."))
                .build())
            .build(),
        StrategieTerritoriale.builder()
            .id("cahc-ptce")
            .type(TypeDeStrategie.PTCE)
            .intitule("Pôle Territorial de Coopération Économique du territoire")
            .addCollectiviteId("cahc")
            .addAllAxes(THEMES_DU_PTCE)
            .addAxeAnnonce(annonce(4, true, ENTRETIEN_CAHC, "Il travaille sur 4 grandes thématiques"))
            .label("Un des 15 PTCE labellisés au niveau national")
            .provenance(cite(ENTRETIEN_CAHC, "Le PTCE (Pôle Territorial de Coopération Économique) du territoire"
                + " fait partie des 15 PTCE labellisés au niveau national."))
            .build(),
        StrategieTerritoriale.builder()
            .id("cahc-projet-de-territoire")
            .type(TypeDeStrategie.PROJET_DE_TERRITOIRE)
            .intitule("Projet de territoire écologique de l'agglomération")
            .addCollectiviteId("cahc")
            .addAllAxes(THEMES_DU_PTCE)
            .provenance(cite(ENTRETIEN_CAHC, "4 grandes thématiques qui figurent également dans le projet de"
                + " territoire écologique de l'agglomération"))
            .build(),
        StrategieTerritoriale.builder()
            .id("cahc-pat")
            .type(TypeDeStrategie.PAT)
            .intitule("Projet Alimentaire Territorial")
            .addCollectiviteId("cahc")
            .provenance(cite(ENTRETIEN_CAHC, "tout comme c'est également le cas pour le PAT (Projet Alimentaire"
                + " Territorial), voté en décembre dernier"))
            .addEtape(EtapeDeStrategie.builder()
                .nature(NatureDEtape.ADOPTION)
                .date(Datation.of(YearMonth.of(2022, 12)))
                .provenance(Provenance.builder().from(ENTRETIEN_CAHC)
                    .citation("le PAT (Projet Alimentaire Territorial), voté en décembre dernier")
                    .inference("« Décembre dernier » dans un entretien du 8 novembre 2023 : décembre 2022.")
                    .build())
                .build())
            .build());
  }

  /** Séances the article announces without dating them, each with the words that announce it. */
  private static List<Seance> seancesNonDatees(String prefixe, int premier, int dernier, String citation) {
    Provenance annonce = cite(ARTICLE_DE_LANCEMENT, citation);
    return java.util.stream.IntStream.rangeClosed(premier, dernier)
        .mapToObj(n -> (Seance) Seance.builder().id(prefixe + "-" + n).numero(n).provenance(annonce).build())
        .toList();
  }

  private static Volet volet(String id, String intitule) {
    return Volet.builder().id(id).intitule(intitule).provenance(cite(ARTICLE_DE_LANCEMENT,
        "diagnostic des besoins de ces collectivités volontaires, montée en compétences et expérimentation"
            + " accompagnée")).build();
  }

  private static Levier levier(String id, String intitule) {
    return Levier.builder().id(id).intitule(intitule).provenance(cite(ARTICLE_DE_LANCEMENT, intitule)).build();
  }

  private static NombreAnnonce annonce(int nombre, boolean listeComplete, Provenance source, String citation) {
    return NombreAnnonce.builder()
        .nombre(nombre)
        .listeComplete(listeComplete)
        .provenance(citation == null ? source : cite(source, citation))
        .build();
  }

  private static Provenance cite(Provenance source, String citation) {
    return Provenance.builder().from(source).citation(citation).build();
  }
}
