package io.github.plateformcoop.programme.rules.completion;

import io.github.plateformcoop.programme.model.completion.Portee;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a participant or a collectivité stands with a cycle, as of a date: its status, the result
 * of each completion criterion, the hours and dates attended (what a certificat de réalisation
 * needs), and the warnings to act on.
 *
 * @param portee participant or collectivité, not null
 * @param sujetId the participant's or collectivité's id, not null
 * @param nom its name or function, for display, not null
 * @param statut its status, not null
 * @param criteres the result of each completion criterion that applies to it, by criterion id, in order
 * @param heuresSuivies the time attended at the séances held, all briques together, not null
 * @param datesSuivies the days of the séances attended, in order, never null
 * @param alertes the warnings: attendance below the threshold, a criterion out of reach, never null
 */
public record BilanDeCompletion(Portee portee, String sujetId, String nom, StatutDeCompletion statut,
    List<Critere> criteres, Duration heuresSuivies, List<LocalDate> datesSuivies, List<String> alertes) {

  /**
   * One completion criterion's result for the subject.
   *
   * @param id the criterion's id, not null
   * @param intitule the criterion's name, not null
   * @param resultat its result, not null
   */
  public record Critere(String id, String intitule, ResultatDeCritere resultat) {

    /**
     * Checks the components.
     *
     * @param id the criterion's id, not null
     * @param intitule the criterion's name, not null
     * @param resultat its result, not null
     */
    public Critere {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(intitule, "intitule");
      Objects.requireNonNull(resultat, "resultat");
    }
  }

  /**
   * Checks and copies the components.
   *
   * @param portee participant or collectivité
   * @param sujetId the subject's id
   * @param nom its name
   * @param statut its status
   * @param criteres the results
   * @param heuresSuivies the time attended
   * @param datesSuivies the days attended
   * @param alertes the warnings
   */
  public BilanDeCompletion {
    Objects.requireNonNull(portee, "portee");
    Objects.requireNonNull(sujetId, "sujetId");
    Objects.requireNonNull(nom, "nom");
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(heuresSuivies, "heuresSuivies");
    criteres = List.copyOf(criteres);
    datesSuivies = List.copyOf(datesSuivies);
    alertes = List.copyOf(alertes);
  }

  /**
   * The first day attended.
   *
   * @return the day, or empty if none
   */
  public Optional<LocalDate> premiereDate() {
    return datesSuivies.isEmpty() ? Optional.empty() : Optional.of(datesSuivies.get(0));
  }

  /**
   * The last day attended.
   *
   * @return the day, or empty if none
   */
  public Optional<LocalDate> derniereDate() {
    return datesSuivies.isEmpty() ? Optional.empty() : Optional.of(datesSuivies.get(datesSuivies.size() - 1));
  }
}
