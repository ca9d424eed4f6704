package io.github.plateformcoop.programme.rules.completion.internal;

import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.completion.Portee;
import io.github.plateformcoop.programme.model.completion.Representation;
import java.util.List;

/**
 * A participant or a collectivité being evaluated, with the people whose attendance counts for it,
 * and its view of attendance: a person's own records, or a collectivité's through its people.
 */
final class Sujet {

  final Portee portee;
  final String id;
  final String nom;
  final List<Participant> personnes;
  final String collectiviteId;
  /** A collectivité's attendance per way of representing it, made when first needed. */
  private Valeurs[] parRepresentation;

  /**
   * A subject.
   *
   * @param portee participant or collectivité, not null
   * @param id its id, not null
   * @param nom its name, for display, not null
   * @param personnes the people whose attendance counts for it, not null
   * @param collectiviteId its collectivité's id, not null
   */
  Sujet(Portee portee, String id, String nom, List<Participant> personnes, String collectiviteId) {
    this.portee = portee;
    this.id = id;
    this.nom = nom;
    this.personnes = personnes;
    this.collectiviteId = collectiviteId;
  }

  /**
   * The subject's attendance of every séance. A person's own counts only that person's records; a
   * seat's predecessor counts for the collectivité, whose attendance of a séance is its best
   * representative's, or, for an élu-technicien pair, the lower of its best élu's and best
   * technicien's.
   */
  Valeurs valeurs(Index index, Representation representation) {
    if (portee == Portee.PARTICIPANT) {
      return index.propres(personnes.get(0));
    }
    if (parRepresentation == null) {
      parRepresentation = new Valeurs[Representation.values().length];
    }
    Valeurs deja = parRepresentation[representation.ordinal()];
    if (deja != null) {
      return deja;
    }
    int n = index.seances.length;
    double[] parts = new double[n];
    boolean[] excuses = new boolean[n];
    if (representation == Representation.BINOME_ELU_TECHNICIEN) {
      double[] elus = new double[n];
      boolean[] elusExcuses = new boolean[n];
      double[] techniciens = new double[n];
      boolean[] techniciensExcuses = new boolean[n];
      meilleure(index, Role.ELU, elus, elusExcuses);
      meilleure(index, Role.TECHNICIEN, techniciens, techniciensExcuses);
      for (int i = 0; i < n; i++) {
        parts[i] = Math.min(elus[i], techniciens[i]);
        excuses[i] = parts[i] == 0 && (elusExcuses[i] || techniciensExcuses[i]);
      }
    } else {
      meilleure(index, null, parts, excuses);
    }
    Valeurs valeurs = new Valeurs(parts, excuses);
    parRepresentation[representation.ordinal()] = valeurs;
    return valeurs;
  }

  /** The best attendance of the subject's people (of one role, if given) at each séance. */
  private void meilleure(Index index, Role role, double[] parts, boolean[] excuses) {
    for (Participant p : personnes) {
      if (role != null && p.getRole() != role) {
        continue;
      }
      Valeurs siennes = index.propres(p);
      for (int i = 0; i < parts.length; i++) {
        parts[i] = Math.max(parts[i], siennes.parts()[i]);
        excuses[i] |= siennes.excuses()[i];
      }
    }
    for (int i = 0; i < parts.length; i++) {
      excuses[i] &= parts[i] == 0;
    }
  }

  /** Tells whether a séance is outside a participant's seat: before they took it or after they left. */
  boolean isHorsDuSiege(SeanceInfo s) {
    return s.date() != null && personnes.get(0).getSiege().map(siege -> !siege.contains(s.date())).orElse(false);
  }
}
