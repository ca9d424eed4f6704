package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DemiJournee;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StadeDExperimentation;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.StatutDeLivrable;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.Critere;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import io.github.plateformcoop.programme.model.completion.Unite;
import io.github.plateformcoop.programme.rules.consistency.EligibilityRules;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates the completion criteria of a cycle as of a date, for each participant and each
 * engaged collectivité.
 *
 * <p>How attendance counts:
 * <ul>
 *   <li>A séance is held once its date is reached (the day itself included). A brique's planned
 *       séances are its listed séances and, when its format announces more, the ones not yet
 *       listed, at the format's length.</li>
 *   <li>Present counts 1; absent or no record, 0; partly present, its share: minutes attended
 *       over the séance's length, half-days attended over two, one half when neither is given.
 *       In hours, each séance weighs its length: its hours, else its format's duration, else
 *       {@link Builder#dureeDUneJournee(Duration) a day's length} (7 hours by default).</li>
 *   <li>For a collectivité, a séance counts as its best representative's attendance, or, for an
 *       élu-technicien pair, as the lower of its best élu's and best technicien's.</li>
 *   <li>For a participant who continues a seat, the séances held before the arrival count as the
 *       predecessor's attendance, unless the criterion measures from the arrival only.</li>
 * </ul>
 *
 * <p>A criterion holds as soon as the attended part reaches its requirement; it is out of reach
 * when even attending everything still to hold would not reach it. A participant whose
 * attendance of the séances held so far is below {@link Builder#seuilDAlerte(double) the alert
 * threshold} (75 % by default) gets a warning while the cycle runs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluateurDeCompletion {

  private final double seuilDAlerte;
  private final Duration dureeDUneJournee;
  private final Locale locale;
  private final List<CritereDeCompletion> criteres;

  private EvaluateurDeCompletion(Builder builder) {
    this.seuilDAlerte = builder.seuilDAlerte;
    this.dureeDUneJournee = builder.dureeDUneJournee;
    this.locale = builder.locale;
    this.criteres = builder.criteres;
  }

  /**
   * An evaluator with the defaults: the cycle's own criteria, alert under 75 %, days of 7 hours,
   * texts in French.
   *
   * @return the evaluator, not null
   */
  public static EvaluateurDeCompletion defaults() {
    return builder().build();
  }

  /**
   * Starts configuring an evaluator.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Evaluates a cycle's completion criteria as of a date.
   *
   * @param cycle the cycle, not null
   * @param auJour the date, not null
   * @return the evaluation, not null
   */
  public EvaluationDeCompletion evaluer(Cycle cycle, LocalDate auJour) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(auJour, "auJour");
    List<CritereDeCompletion> appliques = criteres != null ? criteres : cycle.getCriteresDeCompletion();
    Index index = new Index(cycle, auJour, dureeDUneJournee);
    List<BilanDeCompletion> bilans = new ArrayList<>();
    for (Participant participant : cycle.getParticipants()) {
      bilans.add(bilan(index, new Sujet(Portee.PARTICIPANT, participant.getId(),
          participant.getNom().or(participant::getFonction).orElse(participant.getId()),
          List.of(participant), participant.getCollectiviteId()), appliques));
    }
    Set<String> engagees = cycle.getEngagements().stream()
        .filter(e -> e.getStatut() == StatutDEngagement.ENGAGEE)
        .map(Engagement::getCollectiviteId).collect(Collectors.toSet());
    for (Collectivite collectivite : cycle.getCollectivites()) {
      if (engagees.contains(collectivite.getId())) {
        bilans.add(bilan(index, new Sujet(Portee.COLLECTIVITE, collectivite.getId(), collectivite.getNom(),
            index.parCollectivite.getOrDefault(collectivite.getId(), List.of()), collectivite.getId()), appliques));
      }
    }
    return new EvaluationDeCompletion(cycle.getId(), auJour, index.termine, bilans);
  }

  /** A participant or a collectivité, with the people whose attendance counts for it. */
  private record Sujet(Portee portee, String id, String nom, List<Participant> personnes, String collectiviteId) {}

  private BilanDeCompletion bilan(Index index, Sujet sujet, List<CritereDeCompletion> appliques) {
    List<BilanDeCompletion.Critere> resultats = new ArrayList<>();
    List<String> alertes = new ArrayList<>();
    for (CritereDeCompletion c : appliques) {
      if (!c.getPortees().contains(sujet.portee())) {
        continue;
      }
      ResultatDeCritere r = evaluer(index, sujet, c.getCritere());
      resultats.add(new BilanDeCompletion.Critere(c.getId(), c.getIntitule(), r));
      if (!r.satisfait() && !r.atteignable()) {
        alertes.add(texte("hors-d-atteinte", c.getIntitule()));
      }
      if (!index.termine) {
        alertesDAssiduite(r, alertes);
      }
    }
    Duration heures = Duration.ZERO;
    List<LocalDate> dates = new ArrayList<>();
    for (SeanceInfo s : index.toutes) {
      if (!s.tenue) {
        continue;
      }
      Valeur v = valeur(index, sujet, s, false);
      if (v.part > 0) {
        heures = heures.plus(Duration.ofSeconds(Math.round(s.duree.getSeconds() * v.part)));
        dates.add(s.date);
      }
    }
    dates.sort(Comparator.naturalOrder());
    boolean toutSatisfait = !resultats.isEmpty() && resultats.stream().allMatch(r -> r.resultat().satisfait());
    StatutDeCompletion statut;
    if (toutSatisfait) {
      statut = StatutDeCompletion.TERMINE;
    } else if (index.termine) {
      statut = StatutDeCompletion.NON_TERMINE;
    } else if (dates.isEmpty() && resultats.stream().noneMatch(r -> r.resultat().satisfait())) {
      statut = StatutDeCompletion.NON_COMMENCE;
    } else {
      statut = StatutDeCompletion.EN_COURS;
    }
    return new BilanDeCompletion(sujet.portee(), sujet.id(), sujet.nom(), statut, resultats, heures, dates, alertes);
  }

  private void alertesDAssiduite(ResultatDeCritere r, List<String> alertes) {
    r.mesure().ifPresent(m -> m.ratioDesTenues().ifPresent(ratio -> {
      if (ratio < seuilDAlerte) {
        alertes.add(texte("assiduite-faible", Mesure.pourcentage(ratio, anglais()),
            Mesure.pourcentage(seuilDAlerte, anglais()), r.critere()));
      }
    }));
    r.enfants().forEach(e -> alertesDAssiduite(e, alertes));
  }

  // ------------------------------------------------------------------ criteria

  private ResultatDeCritere evaluer(Index index, Sujet sujet, Critere critere) {
    if (critere instanceof TousDe tous) {
      List<ResultatDeCritere> enfants = tous.getCriteres().stream().map(c -> evaluer(index, sujet, c)).toList();
      return new ResultatDeCritere(texte("tous-de"), enfants.stream().allMatch(ResultatDeCritere::satisfait),
          enfants.stream().allMatch(ResultatDeCritere::atteignable), Optional.empty(), "", enfants);
    }
    if (critere instanceof AuMoinsUnDe un) {
      List<ResultatDeCritere> enfants = un.getCriteres().stream().map(c -> evaluer(index, sujet, c)).toList();
      return new ResultatDeCritere(texte("au-moins-un-de"), enfants.stream().anyMatch(ResultatDeCritere::satisfait),
          enfants.stream().anyMatch(ResultatDeCritere::atteignable), Optional.empty(), "", enfants);
    }
    if (critere instanceof AuMoinsNDe n) {
      List<ResultatDeCritere> enfants = n.getCriteres().stream().map(c -> evaluer(index, sujet, c)).toList();
      long satisfaits = enfants.stream().filter(ResultatDeCritere::satisfait).count();
      long atteignables = enfants.stream().filter(ResultatDeCritere::atteignable).count();
      return new ResultatDeCritere(texte("au-moins-n-de", n.getN(), enfants.size()), satisfaits >= n.getN(),
          atteignables >= n.getN(), Optional.empty(), texte("n-satisfaits", satisfaits), enfants);
    }
    if (critere instanceof Assiduite assiduite) {
      return assiduite(index, sujet, assiduite);
    }
    if (critere instanceof SeancesObligatoires obligatoires) {
      return seancesObligatoires(index, sujet, obligatoires);
    }
    if (critere instanceof LivrableRemis livrable) {
      return livrableRemis(index, sujet, livrable);
    }
    if (critere instanceof ExperimentationAuStade stade) {
      return experimentation(index, sujet, stade);
    }
    if (critere instanceof Dispense dispense) {
      boolean accordee = dispense.getBeneficiaireIds().contains(sujet.id());
      return new ResultatDeCritere(texte("dispense", dispense.getMotif().getLibelle()), accordee, accordee,
          Optional.empty(), accordee ? dispense.getJustification().orElse("") : texte("non-beneficiaire"), List.of());
    }
    throw new IllegalArgumentException("Unknown criterion: " + critere);
  }

  private ResultatDeCritere assiduite(Index index, Sujet sujet, Assiduite critere) {
    String libelle = critere.getRatioMinimal().isPresent()
        ? texte("assiduite-ratio", Mesure.pourcentage(critere.getRatioMinimal().get(), anglais()),
            texte(critere.getUnite() == Unite.HEURES ? "heures" : "seances"), critere.getBriqueId())
        : texte("assiduite-minimum", Mesure.nombre(critere.getMinimum().get(), anglais()),
            texte(critere.getUnite() == Unite.HEURES ? "heures" : "seances"), critere.getBriqueId());
    List<SeanceInfo> seances = index.parBrique.get(critere.getBriqueId());
    if (seances == null) {
      return new ResultatDeCritere(libelle, false, false, Optional.empty(),
          texte("brique-inconnue", critere.getBriqueId()), List.of());
    }
    double suivies = 0;
    double tenues = 0;
    double planifiees = 0;
    List<Double> absences = new ArrayList<>();
    for (SeanceInfo s : seances) {
      if (horsDuSiege(sujet, s, critere)) {
        continue;
      }
      double poids = critere.getUnite() == Unite.HEURES ? s.duree.toSeconds() / 3600.0 : 1;
      if (!s.tenue) {
        planifiees += poids;
        continue;
      }
      Valeur v = valeur(index, sujet, s, !critere.isDepuisLArrivee(), critere.getRepresentation());
      double part;
      if (v.excuse) {
        switch (critere.getExcuses()) {
          case EXCLUES -> {
            continue;
          }
          case PRESENTES -> part = 1;
          default -> part = 0;
        }
      } else {
        part = v.part;
      }
      tenues += poids;
      planifiees += poids;
      suivies += part * poids;
      if (part == 0) {
        absences.add(poids);
      }
    }
    for (int i = 0; i < Math.min(critere.getAbsencesTolerees(), absences.size()); i++) {
      suivies += absences.get(i);
    }
    double requises = critere.getRatioMinimal().isPresent()
        ? critere.getRatioMinimal().get() * planifiees
        : critere.getMinimum().get();
    Mesure mesure = new Mesure(critere.getUnite(), suivies, tenues, planifiees, requises);
    boolean satisfait = suivies >= requises - 1e-9;
    return new ResultatDeCritere(libelle, satisfait, satisfait || mesure.atteignable(), Optional.of(mesure),
        mesure.texte(locale), List.of());
  }

  private static boolean horsDuSiege(Sujet sujet, SeanceInfo s, Assiduite critere) {
    if (!critere.isDepuisLArrivee() || sujet.portee() != Portee.PARTICIPANT || s.date == null) {
      return false;
    }
    Participant p = sujet.personnes().get(0);
    return p.getSiege().map(siege ->
        siege.getDepuis().map(d -> s.date.isBefore(d.getPremierJour())).orElse(false)
            || siege.getJusquA().map(j -> s.date.isAfter(j.getDernierJour())).orElse(false)).orElse(false);
  }

  private ResultatDeCritere seancesObligatoires(Index index, Sujet sujet, SeancesObligatoires critere) {
    int suivies = 0;
    boolean atteignable = true;
    List<String> manquees = new ArrayList<>();
    for (String id : critere.getSeanceIds()) {
      SeanceInfo s = index.seances.get(id);
      if (s == null) {
        atteignable = false;
        manquees.add(id);
        continue;
      }
      if (!s.tenue) {
        continue;
      }
      if (valeur(index, sujet, s, true, critere.getRepresentation()).part > 0) {
        suivies++;
      } else {
        atteignable = false;
        manquees.add(id);
      }
    }
    boolean satisfait = suivies == critere.getSeanceIds().size();
    String detail = texte("seances-suivies", suivies, critere.getSeanceIds().size())
        + (manquees.isEmpty() ? "" : texte("manquees", String.join(", ", manquees)));
    return new ResultatDeCritere(texte("seances-obligatoires", String.join(", ", critere.getSeanceIds())), satisfait,
        satisfait || atteignable, Optional.empty(), detail, List.of());
  }

  private ResultatDeCritere livrableRemis(Index index, Sujet sujet, LivrableRemis critere) {
    Optional<Livrable> livrable = index.cycle.getLivrables().stream()
        .filter(l -> l.getId().equals(critere.getLivrableId())).findFirst();
    String libelle = texte("livrable-remis", critere.getLivrableId());
    if (livrable.isEmpty()) {
      return new ResultatDeCritere(libelle, false, false, Optional.empty(), texte("livrable-inconnu"), List.of());
    }
    Livrable l = livrable.get();
    boolean auteur = l.getCollectiviteIds().contains(sujet.collectiviteId())
        || sujet.personnes().stream().anyMatch(p -> l.getParticipantIds().contains(p.getId()));
    boolean remis = l.getStatut().equals(Optional.of(StatutDeLivrable.REMIS))
        && l.getRemisLe().map(d -> !d.isAfter(index.auJour)).orElse(true);
    boolean satisfait = auteur && remis;
    String detail = !auteur ? texte("pas-auteur")
        : remis ? l.getRemisLe().map(d -> texte("remis-le", d)).orElse(texte("remis")) : texte("pas-remis");
    return new ResultatDeCritere(libelle, satisfait, satisfait || (auteur && !index.termine), Optional.empty(), detail,
        List.of());
  }

  private ResultatDeCritere experimentation(Index index, Sujet sujet, ExperimentationAuStade critere) {
    Optional<Experimentation> meilleure = index.cycle.getExperimentations().stream()
        .filter(x -> x.getCollectiviteIds().contains(sujet.collectiviteId()))
        .filter(x -> x.getStade() != StadeDExperimentation.ABANDONNEE)
        .max(Comparator.comparing(Experimentation::getStade));
    boolean satisfait = meilleure.map(x -> x.getStade().compareTo(critere.getStade()) >= 0).orElse(false);
    String detail = meilleure.map(x -> texte("stade-atteint", x.getIntitule(), x.getStade().getLibelle()))
        .orElse(texte("aucune-experimentation"));
    return new ResultatDeCritere(texte("experimentation-au-stade", critere.getStade().getLibelle()), satisfait,
        satisfait || !index.termine, Optional.empty(), detail, List.of());
  }

  // ------------------------------------------------------------------ attendance

  /** A share of a séance attended, and whether the absence is excused. */
  private record Valeur(double part, boolean excuse) {
    static final Valeur ABSENT = new Valeur(0, false);
    static final Valeur EXCUSE = new Valeur(0, true);
  }

  private static Valeur valeur(Index index, Sujet sujet, SeanceInfo s, boolean leSiegeCompte) {
    return valeur(index, sujet, s, leSiegeCompte, Representation.UN_REPRESENTANT);
  }

  private static Valeur valeur(Index index, Sujet sujet, SeanceInfo s, boolean leSiegeCompte, Representation representation) {
    if (sujet.portee() == Portee.PARTICIPANT) {
      return valeurDUnePersonne(index, sujet.personnes().get(0), s, leSiegeCompte, 0);
    }
    if (representation == Representation.BINOME_ELU_TECHNICIEN) {
      Valeur elu = meilleure(index, sujet.personnes(), s, Role.ELU);
      Valeur technicien = meilleure(index, sujet.personnes(), s, Role.TECHNICIEN);
      double part = Math.min(elu.part, technicien.part);
      return part > 0 ? new Valeur(part, false) : (elu.excuse || technicien.excuse ? Valeur.EXCUSE : Valeur.ABSENT);
    }
    return meilleure(index, sujet.personnes(), s, null);
  }

  private static Valeur meilleure(Index index, List<Participant> personnes, SeanceInfo s, Role role) {
    double part = 0;
    boolean excuse = false;
    for (Participant p : personnes) {
      if (role != null && p.getRole() != role) {
        continue;
      }
      Valeur v = valeurDUnePersonne(index, p, s, false, 0);
      part = Math.max(part, v.part);
      excuse |= v.excuse;
    }
    return part > 0 ? new Valeur(part, false) : (excuse ? Valeur.EXCUSE : Valeur.ABSENT);
  }

  private static Valeur valeurDUnePersonne(Index index, Participant p, SeanceInfo s, boolean leSiegeCompte, int profondeur) {
    if (leSiegeCompte && s.date != null && profondeur < 16) {
      Optional<LocalDate> arrivee = p.getSiege().flatMap(siege -> siege.getDepuis()).map(d -> d.getPremierJour());
      Optional<String> predecesseur = p.getSiege().flatMap(siege -> siege.getPredecesseurId());
      if (arrivee.isPresent() && s.date.isBefore(arrivee.get()) && predecesseur.isPresent()) {
        Participant avant = index.participants.get(predecesseur.get());
        if (avant != null) {
          return valeurDUnePersonne(index, avant, s, true, profondeur + 1);
        }
      }
    }
    Map<String, Presence> parSeance = index.presences.get(p.getId());
    Presence presence = parSeance == null ? null : parSeance.get(s.id);
    if (presence == null) {
      return Valeur.ABSENT;
    }
    return switch (presence.getStatut()) {
      case PRESENT -> new Valeur(1, false);
      case ABSENT -> Valeur.ABSENT;
      case EXCUSE -> Valeur.EXCUSE;
      case PARTIELLEMENT_PRESENT -> new Valeur(partielle(presence, s), false);
    };
  }

  private static double partielle(Presence presence, SeanceInfo s) {
    if (presence.getMinutesPresentes().isPresent() && !s.duree.isZero()) {
      return Math.min(1, presence.getMinutesPresentes().get() / (double) s.duree.toMinutes());
    }
    if (!presence.getDemiJournees().isEmpty()) {
      long presentes = presence.getDemiJournees().values().stream().filter(v -> v == StatutDePresence.PRESENT).count();
      return presentes / (double) DemiJournee.values().length;
    }
    return 0.5;
  }

  // ------------------------------------------------------------------ index

  /** A séance as the evaluation sees it: its day (null while undated), its length, whether held. */
  private record SeanceInfo(String id, LocalDate date, Duration duree, boolean tenue) {}

  /** Everything looked up more than once, built once per evaluation. */
  private static final class Index {
    final Cycle cycle;
    final LocalDate auJour;
    final boolean termine;
    final Map<String, Map<String, Presence>> presences = new HashMap<>();
    final Map<String, Participant> participants = new HashMap<>();
    final Map<String, List<Participant>> parCollectivite = new HashMap<>();
    final Map<String, SeanceInfo> seances = new HashMap<>();
    final Map<String, List<SeanceInfo>> parBrique = new HashMap<>();
    final List<SeanceInfo> toutes = new ArrayList<>();

    Index(Cycle cycle, LocalDate auJour, Duration dureeDUneJournee) {
      this.cycle = cycle;
      this.auJour = auJour;
      this.termine = EligibilityRules.finDuCycle(cycle).map(auJour::isAfter).orElse(false);
      for (Presence p : cycle.getPresences()) {
        presences.computeIfAbsent(p.getParticipantId(), k -> new HashMap<>()).putIfAbsent(p.getSeanceId(), p);
      }
      for (Participant p : cycle.getParticipants()) {
        participants.putIfAbsent(p.getId(), p);
        parCollectivite.computeIfAbsent(p.getCollectiviteId(), k -> new ArrayList<>()).add(p);
      }
      Set<String> vues = new HashSet<>();
      for (Brique brique : cycle.getBriques()) {
        Optional<ModeleDeBrique> modele = cycle.getModele().brique(brique.getId());
        Duration format = modele.map(m -> m.getFormat().getDuree().orElse(dureeDUneJournee)).orElse(dureeDUneJournee);
        List<SeanceInfo> liste = new ArrayList<>();
        for (Seance s : brique.getSeances()) {
          if (!vues.add(s.getId())) {
            continue;
          }
          LocalDate date = s.getDate().orElse(null);
          SeanceInfo info = new SeanceInfo(s.getId(), date, s.duree().orElse(format), date != null && !date.isAfter(auJour));
          liste.add(info);
          seances.put(s.getId(), info);
          toutes.add(info);
        }
        int annoncees = modele.map(ModeleDeBrique::getNombreDeSeances).orElse(0);
        for (int i = liste.size(); i < annoncees; i++) {
          liste.add(new SeanceInfo(brique.getId() + "#" + (i + 1), null, format, false));
        }
        parBrique.put(brique.getId(), liste);
      }
    }
  }

  // ------------------------------------------------------------------ texts

  private boolean anglais() {
    return "en".equals(locale.getLanguage());
  }

  private String texte(String cle, Object... arguments) {
    String modele = (anglais() ? TEXTES_EN : TEXTES_FR).get(cle);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < modele.length()) {
      char c = modele.charAt(i);
      if (c == '{' && i + 2 < modele.length() && Character.isDigit(modele.charAt(i + 1)) && modele.charAt(i + 2) == '}') {
        out.append(arguments[modele.charAt(i + 1) - '0']);
        i += 3;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static final Map<String, String> TEXTES_FR = Map.ofEntries(
      Map.entry("tous-de", "tous les critères"),
      Map.entry("au-moins-un-de", "au moins un des critères"),
      Map.entry("au-moins-n-de", "au moins {0} des {1} critères"),
      Map.entry("n-satisfaits", "{0} satisfait(s)"),
      Map.entry("assiduite-ratio", "au moins {0} des {1} de « {2} »"),
      Map.entry("assiduite-minimum", "au moins {0} {1} de « {2} »"),
      Map.entry("heures", "heures"),
      Map.entry("seances", "séances"),
      Map.entry("brique-inconnue", "la brique « {0} » n'est pas une brique du cycle"),
      Map.entry("seances-obligatoires", "séances obligatoires : {0}"),
      Map.entry("seances-suivies", "{0}/{1} suivies"),
      Map.entry("manquees", " ; manquées ou inconnues : {0}"),
      Map.entry("livrable-remis", "livrable « {0} » remis"),
      Map.entry("livrable-inconnu", "livrable inconnu du cycle"),
      Map.entry("pas-auteur", "ni la collectivité ni le participant n'en sont auteurs"),
      Map.entry("remis-le", "remis le {0}"),
      Map.entry("remis", "remis"),
      Map.entry("pas-remis", "pas encore remis"),
      Map.entry("experimentation-au-stade", "une expérimentation au stade « {0} » au moins"),
      Map.entry("stade-atteint", "« {0} » : {1}"),
      Map.entry("aucune-experimentation", "aucune expérimentation"),
      Map.entry("dispense", "dispense ({0})"),
      Map.entry("non-beneficiaire", "pas de dispense pour ce sujet"),
      Map.entry("hors-d-atteinte", "le critère « {0} » ne peut plus être atteint"),
      Map.entry("assiduite-faible", "assiduité de {0} des séances tenues, sous le seuil de {1} : {2}"));

  private static final Map<String, String> TEXTES_EN = Map.ofEntries(
      Map.entry("tous-de", "all of the criteria"),
      Map.entry("au-moins-un-de", "at least one of the criteria"),
      Map.entry("au-moins-n-de", "at least {0} of the {1} criteria"),
      Map.entry("n-satisfaits", "{0} met"),
      Map.entry("assiduite-ratio", "at least {0} of the {1} of \"{2}\""),
      Map.entry("assiduite-minimum", "at least {0} {1} of \"{2}\""),
      Map.entry("heures", "hours"),
      Map.entry("seances", "séances"),
      Map.entry("brique-inconnue", "\"{0}\" is not a brique of the cycle"),
      Map.entry("seances-obligatoires", "required séances: {0}"),
      Map.entry("seances-suivies", "{0}/{1} attended"),
      Map.entry("manquees", "; missed or unknown: {0}"),
      Map.entry("livrable-remis", "deliverable \"{0}\" handed in"),
      Map.entry("livrable-inconnu", "deliverable unknown to the cycle"),
      Map.entry("pas-auteur", "neither the collectivité nor the participant is among its authors"),
      Map.entry("remis-le", "handed in on {0}"),
      Map.entry("remis", "handed in"),
      Map.entry("pas-remis", "not handed in yet"),
      Map.entry("experimentation-au-stade", "an experimentation at stage \"{0}\" at least"),
      Map.entry("stade-atteint", "\"{0}\": {1}"),
      Map.entry("aucune-experimentation", "no experimentation"),
      Map.entry("dispense", "waiver ({0})"),
      Map.entry("non-beneficiaire", "no waiver for this subject"),
      Map.entry("hors-d-atteinte", "criterion \"{0}\" can no longer be met"),
      Map.entry("assiduite-faible", "attendance of {0} of the séances held, under the threshold of {1}: {2}"));

  /** Configures an {@link EvaluateurDeCompletion}. */
  public static final class Builder {
    private double seuilDAlerte = 0.75;
    private Duration dureeDUneJournee = Duration.ofHours(7);
    private Locale locale = Locale.FRENCH;
    private List<CritereDeCompletion> criteres;

    private Builder() {}

    /**
     * Sets the attendance of the séances held so far under which a warning is given.
     *
     * @param ratio from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder seuilDAlerte(double ratio) {
      if (!(ratio >= 0 && ratio <= 1)) {
        throw new IllegalArgumentException("seuilDAlerte is from 0 to 1, not " + ratio);
      }
      this.seuilDAlerte = ratio;
      return this;
    }

    /**
     * Sets the length of a one-day séance whose hours are not given.
     *
     * @param duree a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder dureeDUneJournee(Duration duree) {
      if (duree.isZero() || duree.isNegative()) {
        throw new IllegalArgumentException("dureeDUneJournee must be positive, not " + duree);
      }
      this.dureeDUneJournee = duree;
      return this;
    }

    /**
     * Sets the language of the texts: English for an English locale, French otherwise.
     *
     * @param locale the locale, not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
      return this;
    }

    /**
     * Evaluates these criteria instead of the cycle's own.
     *
     * @param criteres the criteria, not null
     * @return this builder
     */
    public Builder criteres(List<CritereDeCompletion> criteres) {
      this.criteres = List.copyOf(criteres);
      return this;
    }

    /**
     * Builds the evaluator.
     *
     * @return the evaluator, not null
     */
    public EvaluateurDeCompletion build() {
      return new EvaluateurDeCompletion(this);
    }
  }
}
