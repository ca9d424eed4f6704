package io.github.plateformcoop.programme.rules.consistency;

import static io.github.plateformcoop.programme.rules.internal.Paths.of;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.rules.Parameter;
import io.github.plateformcoop.programme.rules.Rule;
import io.github.plateformcoop.programme.rules.RuleContext;
import io.github.plateformcoop.programme.rules.Severity;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rules on who may take part in a cycle: the départements, families of collectivités and roles
 * of its public cible, and engagements dated within the cycle.
 *
 * <p>Targets are read from the cycle's {@link io.github.plateformcoop.programme.model.PublicCible};
 * a rule set may override them with the parameters below. An empty target checks nothing. Only
 * collectivités with an engagement that is not withdrawn are checked: a collectivité described
 * for context is not a candidate.
 */
public final class EligibilityRules {

  /** The target départements; by default the public cible's. */
  public static final Parameter<Set<String>> DEPARTEMENTS_CIBLES = Parameter.of("departementsCibles", Set.class,
      "Codes of the target départements (Set<String>); by default those of the cycle's public cible.");

  /** The target families of collectivités; by default the public cible's. */
  public static final Parameter<Set<FamilleDeCollectivite>> FAMILLES_CIBLES = Parameter.of("famillesCibles",
      Set.class, "Target families of collectivités (Set<FamilleDeCollectivite>); by default those of the cycle's"
          + " public cible.");

  /** The target roles of participants; by default the public cible's. */
  public static final Parameter<Set<Role>> ROLES_CIBLES = Parameter.of("rolesCibles", Set.class,
      "Target roles of participants (Set<Role>); by default those of the cycle's public cible.");

  /** {@code eligibilite.departement}: an engaged collectivité outside the target départements. */
  public static final Rule DEPARTEMENT = Rule.builder("eligibilite.departement", Severity.ERROR)
      .parameters(DEPARTEMENTS_CIBLES)
      .check(EligibilityRules::departements)
      .build();

  /** {@code eligibilite.famille}: an engaged collectivité outside the target families. */
  public static final Rule FAMILLE = Rule.builder("eligibilite.famille", Severity.ERROR)
      .parameters(FAMILLES_CIBLES)
      .check(EligibilityRules::familles)
      .build();

  /** {@code eligibilite.role}: a participant whose role is outside the target roles. */
  public static final Rule ROLE = Rule.builder("eligibilite.role", Severity.ERROR)
      .parameters(ROLES_CIBLES)
      .check(EligibilityRules::roles)
      .build();

  /**
   * {@code eligibilite.engagement-apres-cycle}: an engagement dated after the cycle ended (the
   * end of the cycle's announced period, else of its briques' periods, else its last dated
   * séance).
   */
  public static final Rule ENGAGEMENT_APRES_CYCLE = Rule.builder("eligibilite.engagement-apres-cycle", Severity.ERROR)
      .check(EligibilityRules::engagementsApresCycle)
      .build();

  private EligibilityRules() {}

  /**
   * The rules of this family.
   *
   * @return the rules, in catalogue order, never null
   */
  public static List<Rule> all() {
    return List.of(DEPARTEMENT, FAMILLE, ROLE, ENGAGEMENT_APRES_CYCLE);
  }

  private static void departements(Cycle cycle, RuleContext context) {
    Set<String> cibles = context.parameterIfSet(DEPARTEMENTS_CIBLES)
        .orElse(cycle.getModele().getPublicCible().getDepartements());
    if (cibles.isEmpty()) {
      return;
    }
    candidates(cycle).forEach(i -> {
      Collectivite c = cycle.getCollectivites().get(i);
      c.getDepartement().filter(d -> !cibles.contains(d)).ifPresent(d ->
          context.at(of("collectivites", i, "departement")).subject(c.getId())
              .argument("collectivite", c.getNom()).argument("departement", d).argument("cibles", new TreeSet<>(cibles))
              .report());
    });
  }

  private static void familles(Cycle cycle, RuleContext context) {
    Set<FamilleDeCollectivite> cibles = context.parameterIfSet(FAMILLES_CIBLES)
        .orElse(cycle.getModele().getPublicCible().getFamilles());
    if (cibles.isEmpty()) {
      return;
    }
    candidates(cycle).forEach(i -> {
      Collectivite c = cycle.getCollectivites().get(i);
      if (!cibles.contains(c.getType().getFamille())) {
        context.at(of("collectivites", i, "type")).subject(c.getId())
            .argument("collectivite", c.getNom()).argument("type", c.getType())
            .argument("famille", c.getType().getFamille())
            .argument("cibles", cibles.stream().sorted().toList())
            .report();
      }
    });
  }

  private static void roles(Cycle cycle, RuleContext context) {
    Set<Role> cibles = context.parameterIfSet(ROLES_CIBLES).orElse(cycle.getModele().getPublicCible().getRoles());
    if (cibles.isEmpty()) {
      return;
    }
    List<Participant> participants = cycle.getParticipants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      if (!cibles.contains(p.getRole())) {
        context.at(of("participants", i, "role")).subject(p.getId(), p.getCollectiviteId())
            .argument("participant", p.getId()).argument("role", p.getRole())
            .argument("cibles", cibles.stream().sorted().toList())
            .report();
      }
    }
  }

  private static void engagementsApresCycle(Cycle cycle, RuleContext context) {
    Optional<LocalDate> fin = cycle.lastDay();
    if (fin.isEmpty()) {
      return;
    }
    List<Engagement> engagements = cycle.getEngagements();
    for (int i = 0; i < engagements.size(); i++) {
      Engagement e = engagements.get(i);
      if (e.getDate().isPresent() && e.getDate().get().isAfter(fin.get())) {
        context.at(of("engagements", i, "date")).subject(e.getId(), e.getCollectiviteId())
            .argument("collectivite", e.getCollectiviteId()).argument("date", e.getDate().get())
            .argument("fin", fin.get())
            .report();
      }
    }
  }

  /** Indexes of the collectivités with an engagement that is not withdrawn. */
  private static Stream<Integer> candidates(Cycle cycle) {
    Set<String> engagees = cycle.getEngagements().stream()
        .filter(e -> e.getStatut() != StatutDEngagement.RETIREE)
        .map(Engagement::getCollectiviteId)
        .collect(Collectors.toSet());
    return Stream.iterate(0, i -> i < cycle.getCollectivites().size(), i -> i + 1)
        .filter(i -> engagees.contains(cycle.getCollectivites().get(i).getId()));
  }
}
