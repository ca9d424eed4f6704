package io.github.plateformcoop.programme.rules.consistency;

import static io.github.plateformcoop.programme.rules.internal.Paths.of;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.Volet;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rules on the ids by which the objects of a cycle refer to each other: a reference to an object
 * the cycle does not declare, an id given twice, an attendance recorded twice.
 */
public final class ReferenceRules {

  /**
   * {@code reference.inconnue}: an id that names no object of the expected kind in the cycle,
   * such as an intervenant leading a séance who is not an intervenant of the cycle, or a
   * presence at an unknown séance or of an unknown participant.
   */
  public static final Rule REFERENCE_INCONNUE = Rule.builder("reference.inconnue", Severity.ERROR)
      .variants("collectivite", "participant", "seance", "intervenant", "strategie", "brique", "volet", "briqueDuCycle", "livrable", "beneficiaire")
      .check(ReferenceRules::referencesInconnues)
      .build();

  /** {@code reference.doublon}: two objects of the same kind with the same id. */
  public static final Rule REFERENCE_DOUBLON = Rule.builder("reference.doublon", Severity.ERROR)
      .check(ReferenceRules::doublons)
      .build();

  /** {@code presence.doublon}: a participant's attendance at a séance recorded twice. */
  public static final Rule PRESENCE_DOUBLON = Rule.builder("presence.doublon", Severity.ERROR)
      .check(ReferenceRules::presencesEnDouble)
      .build();

  private ReferenceRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, in catalogue order, never null
   */
  public static List<Rule> all() {
    return List.of(REFERENCE_INCONNUE, REFERENCE_DOUBLON, PRESENCE_DOUBLON);
  }

  private static void referencesInconnues(Cycle cycle, RuleContext context) {
    Set<String> collectivites = ids(cycle.getCollectivites(), Collectivite::getId);
    Set<String> participants = ids(cycle.getParticipants(), Participant::getId);
    Set<String> seances = cycle.seances().map(Seance::getId).collect(Collectors.toSet());
    Set<String> intervenants = ids(cycle.getIntervenants(), Intervenant::getId);
    Set<String> strategies = ids(cycle.getStrategies(), StrategieTerritoriale::getId);
    Set<String> briquesDuModele = ids(cycle.getModele().getBriques(), ModeleDeBrique::getId);
    Set<String> volets = ids(cycle.getModele().getVolets(), Volet::getId);
    Checker check = new Checker(context);

    List<ModeleDeBrique> modeles = cycle.getModele().getBriques();
    for (int b = 0; b < modeles.size(); b++) {
      List<String> ids = modeles.get(b).getVoletIds();
      for (int i = 0; i < ids.size(); i++) {
        check.ref(volets, "volet", ids.get(i), modeles.get(b).getId(), "modele", "briques", b, "voletIds", i);
      }
    }
    List<Brique> briques = cycle.getBriques();
    for (int b = 0; b < briques.size(); b++) {
      Brique brique = briques.get(b);
      check.ref(briquesDuModele, "brique", brique.getId(), brique.getId(), "briques", b, "id");
      for (int s = 0; s < brique.getSeances().size(); s++) {
        Seance seance = brique.getSeances().get(s);
        for (int i = 0; i < seance.getIntervenantIds().size(); i++) {
          check.ref(intervenants, "intervenant", seance.getIntervenantIds().get(i), seance.getId(),
              "briques", b, "seances", s, "intervenantIds", i);
        }
      }
    }
    List<Collectivite> cs = cycle.getCollectivites();
    for (int c = 0; c < cs.size(); c++) {
      Collectivite collectivite = cs.get(c);
      if (collectivite.getIntercommunaliteId().isPresent()) {
        check.ref(collectivites, "collectivite", collectivite.getIntercommunaliteId().get(), collectivite.getId(),
            "collectivites", c, "intercommunaliteId");
      }
    }
    List<Participant> ps = cycle.getParticipants();
    for (int p = 0; p < ps.size(); p++) {
      Participant participant = ps.get(p);
      check.ref(collectivites, "collectivite", participant.getCollectiviteId(), participant.getId(),
          "participants", p, "collectiviteId");
      int index = p;
      participant.getSiege().flatMap(s -> s.getPredecesseurId()).ifPresent(predecesseur ->
          check.ref(participants, "participant", predecesseur, participant.getId(),
              "participants", index, "siege", "predecesseurId"));
    }
    List<Engagement> es = cycle.getEngagements();
    for (int e = 0; e < es.size(); e++) {
      check.ref(collectivites, "collectivite", es.get(e).getCollectiviteId(), es.get(e).getId(),
          "engagements", e, "collectiviteId");
    }
    List<Presence> presences = cycle.getPresences();
    for (int p = 0; p < presences.size(); p++) {
      Presence presence = presences.get(p);
      check.ref(seances, "seance", presence.getSeanceId(), presence.getSeanceId(), "presences", p, "seanceId");
      check.ref(participants, "participant", presence.getParticipantId(), presence.getParticipantId(),
          "presences", p, "participantId");
    }
    List<StrategieTerritoriale> ss = cycle.getStrategies();
    for (int s = 0; s < ss.size(); s++) {
      check.refs(collectivites, "collectivite", ss.get(s).getCollectiviteIds(), ss.get(s).getId(),
          "strategies", s, "collectiviteIds");
    }
    List<Experimentation> xs = cycle.getExperimentations();
    for (int x = 0; x < xs.size(); x++) {
      check.refs(collectivites, "collectivite", xs.get(x).getCollectiviteIds(), xs.get(x).getId(),
          "experimentations", x, "collectiviteIds");
      check.refs(strategies, "strategie", xs.get(x).getStrategieIds(), xs.get(x).getId(),
          "experimentations", x, "strategieIds");
    }
    List<Livrable> ls = cycle.getLivrables();
    for (int l = 0; l < ls.size(); l++) {
      check.refs(collectivites, "collectivite", ls.get(l).getCollectiviteIds(), ls.get(l).getId(),
          "livrables", l, "collectiviteIds");
      check.refs(participants, "participant", ls.get(l).getParticipantIds(), ls.get(l).getId(),
          "livrables", l, "participantIds");
    }
    Set<String> briquesDuCycle = ids(briques, Brique::getId);
    Set<String> beneficiaires = new HashSet<>(participants);
    beneficiaires.addAll(collectivites);
    Criteres references = new Criteres(check, briquesDuCycle, seances, ids(ls, Livrable::getId), beneficiaires);
    List<CritereDeCompletion> criteres = cycle.getCriteresDeCompletion();
    for (int c = 0; c < criteres.size(); c++) {
      references.verifier(criteres.get(c).getCritere(), criteres.get(c).getId(), of("criteresDeCompletion", c, "critere"));
    }
  }

  /** The ids a completion criterion names, down its tree: briques, séances, livrables, beneficiaries. */
  private record Criteres(Checker check, Set<String> briques, Set<String> seances, Set<String> livrables,
      Set<String> beneficiaires) {

    void verifier(Critere critere, String sujet, String chemin) {
      critere.accept(new Critere.Visitor<Void>() {
        @Override
        public Void visitTousDe(TousDe c) {
          return enfants(c.getCriteres());
        }

        @Override
        public Void visitAuMoinsUnDe(AuMoinsUnDe c) {
          return enfants(c.getCriteres());
        }

        @Override
        public Void visitAuMoinsNDe(AuMoinsNDe c) {
          return enfants(c.getCriteres());
        }

        @Override
        public Void visitAssiduite(Assiduite c) {
          check.ref(briques, "briqueDuCycle", c.getBriqueId(), sujet, chemin + ".briqueId");
          return null;
        }

        @Override
        public Void visitSeancesObligatoires(SeancesObligatoires c) {
          check.refs(seances, "seance", c.getSeanceIds(), sujet, chemin + ".seanceIds");
          return null;
        }

        @Override
        public Void visitLivrableRemis(LivrableRemis c) {
          check.ref(livrables, "livrable", c.getLivrableId(), sujet, chemin + ".livrableId");
          return null;
        }

        @Override
        public Void visitExperimentationAuStade(ExperimentationAuStade c) {
          return null;
        }

        @Override
        public Void visitDispense(Dispense c) {
          check.refs(beneficiaires, "beneficiaire", c.getBeneficiaireIds(), sujet, chemin + ".beneficiaireIds");
          return null;
        }

        private Void enfants(List<Critere> enfants) {
          for (int i = 0; i < enfants.size(); i++) {
            verifier(enfants.get(i), sujet, chemin + ".criteres[" + i + "]");
          }
          return null;
        }
      });
    }
  }

  /** Reports references to ids outside a declared set. */
  private static final class Checker {
    private final RuleContext context;

    Checker(RuleContext context) {
      this.context = context;
    }

    /** Reports an id outside a declared set, at the path of these parts ({@code Paths.of}), built only then. */
    void ref(Set<String> declared, String kind, String id, String subject, Object... chemin) {
      if (!declared.contains(id)) {
        report(kind, id, subject, of(chemin));
      }
    }

    /** Reports each id of a list outside a declared set, at the list's path and the id's index. */
    void refs(Set<String> declared, String kind, List<String> ids, String subject, Object... chemin) {
      for (int i = 0; i < ids.size(); i++) {
        if (!declared.contains(ids.get(i))) {
          report(kind, ids.get(i), subject, of(chemin) + "[" + i + "]");
        }
      }
    }

    void report(String kind, String id, String subject, String path) {
      context.at(path).variant(kind).subject(subject).argument("id", id).report();
    }
  }


  private static void doublons(Cycle cycle, RuleContext context) {
    ModeleDeCycle modele = cycle.getModele();
    doublons(context, modele.getVolets(), Volet::getId, "modele.volets");
    doublons(context, modele.getBriques(), ModeleDeBrique::getId, "modele.briques");
    doublons(context, modele.getLeviers(), Levier::getId, "modele.leviers");
    doublons(context, cycle.getBriques(), Brique::getId, "briques");
    doublons(context, cycle.getCollectivites(), Collectivite::getId, "collectivites");
    doublons(context, cycle.getParticipants(), Participant::getId, "participants");
    doublons(context, cycle.getIntervenants(), Intervenant::getId, "intervenants");
    doublons(context, cycle.getEngagements(), Engagement::getId, "engagements");
    doublons(context, cycle.getStrategies(), StrategieTerritoriale::getId, "strategies");
    doublons(context, cycle.getExperimentations(), Experimentation::getId, "experimentations");
    doublons(context, cycle.getLivrables(), Livrable::getId, "livrables");
    // Séance ids are unique across the briques: attendance refers to a séance by its id alone.
    Map<String, String> premieres = new HashMap<>();
    for (int b = 0; b < cycle.getBriques().size(); b++) {
      List<Seance> seances = cycle.getBriques().get(b).getSeances();
      for (int s = 0; s < seances.size(); s++) {
        String path = of("briques", b, "seances", s);
        String premiere = premieres.putIfAbsent(seances.get(s).getId(), path);
        if (premiere != null) {
          doublon(context, path + ".id", seances.get(s).getId(), premiere);
        }
      }
    }
  }

  private static <T> void doublons(RuleContext context, List<T> objets, Function<T, String> id, String liste) {
    Map<String, Integer> premiers = new HashMap<>();
    for (int i = 0; i < objets.size(); i++) {
      Integer premier = premiers.putIfAbsent(id.apply(objets.get(i)), i);
      if (premier != null) {
        doublon(context, liste + "[" + i + "].id", id.apply(objets.get(i)), liste + "[" + premier + "]");
      }
    }
  }

  private static void doublon(RuleContext context, String path, String id, String premier) {
    context.at(path).subject(id).argument("id", id).argument("premier", premier).report();
  }

  private static void presencesEnDouble(Cycle cycle, RuleContext context) {
    Map<List<String>, Integer> premieres = new HashMap<>();
    List<Presence> presences = cycle.getPresences();
    for (int p = 0; p < presences.size(); p++) {
      Presence presence = presences.get(p);
      Integer premiere = premieres.putIfAbsent(List.of(presence.getSeanceId(), presence.getParticipantId()), p);
      if (premiere != null) {
        context.at(of("presences", p))
            .subject(presence.getParticipantId(), presence.getSeanceId())
            .argument("participant", presence.getParticipantId())
            .argument("seance", presence.getSeanceId())
            .argument("premier", of("presences", premiere))
            .report();
      }
    }
  }

  private static <T> Set<String> ids(List<T> objets, Function<T, String> id) {
    Set<String> ids = new HashSet<>();
    objets.forEach(o -> ids.add(id.apply(o)));
    return ids;
  }
}
