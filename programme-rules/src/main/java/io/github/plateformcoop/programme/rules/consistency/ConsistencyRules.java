package io.github.plateformcoop.programme.rules.consistency;

import static io.github.plateformcoop.programme.rules.internal.Paths.of;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.codes.OfficialCodes;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import io.github.plateformcoop.programme.rules.internal.DureesDesSeances;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rules on the consistency of the data of a cycle: announced counts against complete lists,
 * communes associées and their parent, SIREN against INSEE code and département, EPCIs and their
 * member communes.
 */
public final class ConsistencyRules {

  /**
   * {@code coherence.nombre-annonce}: an announced count that differs from the list a source
   * presents as complete: leviers, engaged collectivités, axes or themes of a strategy, member
   * communes of an intercommunalité. The data is kept as the sources give it; the gap is
   * reported.
   */
  public static final Rule NOMBRE_ANNONCE = Rule.builder("coherence.nombre-annonce", Severity.WARNING)
      .variants("leviers", "engagements", "axes", "communes")
      .check(ConsistencyRules::nombresAnnonces)
      .build();

  /**
   * {@code coherence.commune-associee-parent}: a commune associée whose commune de rattachement
   * is missing, unknown or not a commune.
   */
  public static final Rule COMMUNE_ASSOCIEE_PARENT = Rule.builder("coherence.commune-associee-parent", Severity.ERROR)
      .variants("manquante", "inconnue", "pas-une-commune")
      .check(ConsistencyRules::communesAssociees)
      .build();

  /**
   * {@code coherence.siren-commune}: a commune whose SIREN is not the one its INSEE code gives
   * ({@code 21}, département, commune number, key).
   */
  public static final Rule SIREN_COMMUNE = Rule.builder("coherence.siren-commune", Severity.ERROR)
      .check(ConsistencyRules::sirensDeCommunes)
      .build();

  /**
   * {@code coherence.siren-epci}: an older EPCI whose SIREN ({@code 24} and a département)
   * names another département than its own. Newer EPCIs ({@code 200…}) encode none.
   */
  public static final Rule SIREN_EPCI = Rule.builder("coherence.siren-epci", Severity.ERROR)
      .check(ConsistencyRules::sirensDEpci)
      .build();

  /** {@code coherence.departement-insee}: a commune whose INSEE code lies in another département. */
  public static final Rule DEPARTEMENT_INSEE = Rule.builder("coherence.departement-insee", Severity.ERROR)
      .check(ConsistencyRules::departementsInsee)
      .build();

  /**
   * {@code coherence.membre-epci}: a commune whose intercommunalité is not an intercommunalité,
   * or lies in another département (a few EPCIs do straddle départements: a warning).
   */
  /**
   * {@code presence.hors-siege}: an attendance record at a séance held before the participant took
   * up their seat or after they left it. It counts for nobody: the participant did not hold the
   * seat, and the collectivité's seat was someone else's.
   */
  public static final Rule PRESENCE_HORS_SIEGE = Rule.builder("presence.hors-siege", Severity.WARNING)
      .check(ConsistencyRules::presencesHorsSiege).build();

  /**
   * {@code presence.duree}: minutes attended beyond the séance's length (its hours, else its
   * format's duration, else a day). Such a record counts for nobody.
   */
  public static final Rule PRESENCE_TROP_LONGUE = Rule.builder("presence.duree", Severity.WARNING)
      .check(ConsistencyRules::presencesTropLongues).build();

  public static final Rule MEMBRE_EPCI = Rule.builder("coherence.membre-epci", Severity.WARNING)
      .variants("pas-une-intercommunalite", "autre-departement")
      .check(ConsistencyRules::membresDEpci)
      .build();

  private ConsistencyRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, in catalogue order, never null
   */
  public static List<Rule> all() {
    return List.of(NOMBRE_ANNONCE, COMMUNE_ASSOCIEE_PARENT, SIREN_COMMUNE, SIREN_EPCI, DEPARTEMENT_INSEE, MEMBRE_EPCI,
        PRESENCE_HORS_SIEGE, PRESENCE_TROP_LONGUE);
  }

  private static void nombresAnnonces(Cycle cycle, RuleContext context) {
    comparer(context, cycle.getModele().getLeviersAnnonces(), cycle.getModele().getLeviers().size(),
        "leviers", "modele.leviersAnnonces", cycle.getModele().getId());
    comparer(context, cycle.getEngagementsAnnonces(), cycle.engagements(StatutDEngagement.ENGAGEE).size(),
        "engagements", "engagementsAnnonces", cycle.getId());
    List<StrategieTerritoriale> strategies = cycle.getStrategies();
    for (int s = 0; s < strategies.size(); s++) {
      StrategieTerritoriale strategie = strategies.get(s);
      comparer(context, strategie.getAxesAnnonces(), strategie.getAxes().size(),
          "axes", of("strategies", s, "axesAnnonces"), strategie.getId());
    }
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite epci = collectivites.get(c);
      if (epci.getNombreDeCommunes().isPresent()) {
        long membres = collectivites.stream()
            .filter(m -> m.getIntercommunaliteId().equals(Optional.of(epci.getId())))
            .count();
        comparer(context, List.of(epci.getNombreDeCommunes().get()), (int) membres,
            "communes", of("collectivites", c, "nombreDeCommunes"), epci.getId());
      }
    }
  }

  private static void comparer(RuleContext context, List<NombreAnnonce> annonces, int liste, String variant,
      String chemin, String sujet) {
    for (int i = 0; i < annonces.size(); i++) {
      NombreAnnonce annonce = annonces.get(i);
      if (annonce.isListeComplete() && annonce.getNombre() != liste) {
        // A single announced count sits at its own path; a list of them at its index.
        String path = chemin.endsWith("nombreDeCommunes") ? chemin : chemin + "[" + i + "]";
        context.at(path).variant(variant).subject(sujet)
            .argument("annonce", annonce.getNombre())
            .argument("liste", liste)
            .argument("document", annonce.getProvenance().getDocument())
            .argument("citation", annonce.getProvenance().getCitation().orElse(""))
            .report();
      }
    }
  }

  private static void communesAssociees(Cycle cycle, RuleContext context) {
    Map<String, Collectivite> parId = parId(cycle);
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite associee = collectivites.get(c);
      if (associee.getType() != TypeDeCollectivite.COMMUNE_ASSOCIEE) {
        continue;
      }
      Optional<String> parentId = associee.getCommuneDeRattachementId();
      RuleContext.Finding finding = context.at(of("collectivites", c, "communeDeRattachementId"))
          .subject(associee.getId()).argument("collectivite", associee.getNom());
      if (parentId.isEmpty()) {
        finding.variant("manquante").report();
      } else if (!parId.containsKey(parentId.get())) {
        finding.variant("inconnue").argument("parent", parentId.get()).report();
      } else if (parId.get(parentId.get()).getType() != TypeDeCollectivite.COMMUNE) {
        finding.variant("pas-une-commune").argument("parent", parentId.get())
            .argument("type", parId.get(parentId.get()).getType()).report();
      }
    }
  }

  private static void sirensDeCommunes(Cycle cycle, RuleContext context) {
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite commune = collectivites.get(c);
      if (!commune.isIn(FamilleDeCollectivite.COMMUNE)
          || commune.getSiren().isEmpty() || commune.getCodeInsee().isEmpty()
          || !OfficialCodes.isValidCodeInseeCommune(commune.getCodeInsee().get())) {
        continue;
      }
      String attendu = OfficialCodes.expectedSirenOfCommune(commune.getCodeInsee().get());
      if (!attendu.equals(commune.getSiren().get())) {
        context.at(of("collectivites", c, "siren")).subject(commune.getId())
            .argument("collectivite", commune.getNom()).argument("siren", commune.getSiren().get())
            .argument("insee", commune.getCodeInsee().get()).argument("attendu", attendu)
            .report();
      }
    }
  }

  private static void sirensDEpci(Cycle cycle, RuleContext context) {
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite epci = collectivites.get(c);
      if (!epci.getType().isIntercommunalite() || epci.getSiren().isEmpty() || epci.getDepartement().isEmpty()) {
        continue;
      }
      Optional<String> duSiren = OfficialCodes.departementOfEpciSiren(epci.getSiren().get());
      if (duSiren.isPresent() && !duSiren.get().equals(epci.getDepartement().get())) {
        context.at(of("collectivites", c, "siren")).subject(epci.getId())
            .argument("collectivite", epci.getNom()).argument("siren", epci.getSiren().get())
            .argument("departementSiren", duSiren.get()).argument("departement", epci.getDepartement().get())
            .report();
      }
    }
  }

  private static void departementsInsee(Cycle cycle, RuleContext context) {
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite commune = collectivites.get(c);
      if (commune.getCodeInsee().isEmpty() || commune.getDepartement().isEmpty()
          || !OfficialCodes.isValidCodeInseeCommune(commune.getCodeInsee().get())) {
        continue;
      }
      String duCode = OfficialCodes.departementOfCodeInsee(commune.getCodeInsee().get());
      if (!duCode.equals(commune.getDepartement().get())) {
        context.at(of("collectivites", c, "departement")).subject(commune.getId())
            .argument("collectivite", commune.getNom()).argument("insee", commune.getCodeInsee().get())
            .argument("departementInsee", duCode).argument("departement", commune.getDepartement().get())
            .report();
      }
    }
  }

  private static void membresDEpci(Cycle cycle, RuleContext context) {
    Map<String, Collectivite> parId = parId(cycle);
    List<Collectivite> collectivites = cycle.getCollectivites();
    for (int c = 0; c < collectivites.size(); c++) {
      Collectivite commune = collectivites.get(c);
      Collectivite epci = commune.getIntercommunaliteId().map(parId::get).orElse(null);
      if (epci == null) {
        continue;
      }
      RuleContext.Finding finding = context.at(of("collectivites", c, "intercommunaliteId"))
          .subject(commune.getId(), epci.getId())
          .argument("collectivite", commune.getNom()).argument("intercommunalite", epci.getNom());
      if (!epci.getType().isIntercommunalite()) {
        finding.variant("pas-une-intercommunalite").argument("type", epci.getType()).report();
      } else if (commune.getDepartement().isPresent() && epci.getDepartement().isPresent()
          && !commune.getDepartement().equals(epci.getDepartement())) {
        finding.variant("autre-departement").argument("departement", commune.getDepartement().get())
            .argument("departementEpci", epci.getDepartement().get()).report();
      }
    }
  }

  private static Map<String, Collectivite> parId(Cycle cycle) {
    return cycle.getCollectivites().stream()
        .collect(Collectors.toMap(Collectivite::getId, Function.identity(), (premiere, autre) -> premiere));
  }

  private static void presencesHorsSiege(Cycle cycle, RuleContext context) {
    Map<String, Seance> seances = cycle.seances().collect(Collectors.toMap(Seance::getId, s -> s, (a, b) -> a));
    Map<String, Participant> participants = cycle.getParticipants().stream()
        .collect(Collectors.toMap(Participant::getId, p -> p, (a, b) -> a));
    List<Presence> presences = cycle.getPresences();
    for (int i = 0; i < presences.size(); i++) {
      Presence presence = presences.get(i);
      Seance seance = seances.get(presence.getSeanceId());
      Participant participant = participants.get(presence.getParticipantId());
      if (seance == null || participant == null || seance.getDate().isEmpty() || participant.getSiege().isEmpty()
          || participant.getSiege().get().contains(seance.getDate().get())) {
        continue;
      }
      context.at(of("presences", i)).subject(participant.getId(), seance.getId())
          .argument("participant", participant.getId()).argument("seance", seance.getId())
          .argument("date", seance.getDate().get())
          .argument("depuis", participant.getSiege().get().getDepuis().map(String::valueOf).orElse("…"))
          .argument("jusqua", participant.getSiege().get().getJusquA().map(String::valueOf).orElse("…"))
          .report();
    }
  }

  private static void presencesTropLongues(Cycle cycle, RuleContext context) {
    Map<String, Duration> maximales = new java.util.HashMap<>();
    for (Brique brique : cycle.getBriques()) {
      Optional<FormatDeSeance> format = cycle.getModele().findBrique(brique.getId()).map(ModeleDeBrique::getFormat);
      brique.getSeances().forEach(s -> maximales.putIfAbsent(s.getId(), DureesDesSeances.maximale(s, format)));
    }
    List<Presence> presences = cycle.getPresences();
    for (int i = 0; i < presences.size(); i++) {
      Presence presence = presences.get(i);
      Duration maximale = maximales.get(presence.getSeanceId());
      if (maximale == null || presence.getMinutesPresentes().isEmpty()
          || presence.getMinutesPresentes().get() <= maximale.toMinutes()) {
        continue;
      }
      context.at(of("presences", i, "minutesPresentes")).subject(presence.getParticipantId(), presence.getSeanceId())
          .argument("participant", presence.getParticipantId()).argument("seance", presence.getSeanceId())
          .argument("minutes", presence.getMinutesPresentes().get()).argument("maximum", maximale.toMinutes())
          .report();
    }
  }
}
