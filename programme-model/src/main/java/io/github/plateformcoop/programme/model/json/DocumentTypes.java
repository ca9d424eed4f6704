package io.github.plateformcoop.programme.model.json;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.DateAnnoncee;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.EtapeDeStrategie;
import io.github.plateformcoop.programme.model.Experimentation;
import io.github.plateformcoop.programme.model.FormatDeSeance;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Levier;
import io.github.plateformcoop.programme.model.Livrable;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.NombreAnnonce;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Provenance;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.StrategieTerritoriale;
import io.github.plateformcoop.programme.model.Structure;
import io.github.plateformcoop.programme.model.Volet;
import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.AuMoinsNDe;
import io.github.plateformcoop.programme.model.completion.AuMoinsUnDe;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.completion.Dispense;
import io.github.plateformcoop.programme.model.completion.ExperimentationAuStade;
import io.github.plateformcoop.programme.model.completion.LivrableRemis;
import io.github.plateformcoop.programme.model.completion.SeancesObligatoires;
import io.github.plateformcoop.programme.model.completion.TousDe;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The value types of the exchange format, and the documents it exchanges. */
final class DocumentTypes {

  /** Every value type a document may hold. */
  static final List<Class<?>> VALEURS = List.of(
      Programme.class, Structure.class, Cycle.class, ModeleDeCycle.class, Volet.class, PublicCible.class,
      ModeleDeBrique.class, FormatDeSeance.class, Levier.class, Brique.class, Seance.class, Collectivite.class,
      Participant.class, Siege.class, Intervenant.class, Engagement.class, Presence.class,
      StrategieTerritoriale.class, EtapeDeStrategie.class, Experimentation.class, Livrable.class,
      NombreAnnonce.class, PeriodeAnnoncee.class, DateAnnoncee.class, Provenance.class,
      CritereDeCompletion.class, TousDe.class, AuMoinsUnDe.class, AuMoinsNDe.class, Assiduite.class,
      SeancesObligatoires.class, LivrableRemis.class, ExperimentationAuStade.class, Dispense.class);

  /** The documents, by the property that holds their content. */
  static final Map<Class<?>, String> DOCUMENTS = Map.of(
      Cycle.class, "cycle", ModeleDeCycle.class, "modeleDeCycle", Programme.class, "programme");

  private DocumentTypes() {}

  static String propriete(Class<?> type) {
    return Optional.ofNullable(DOCUMENTS.get(type)).orElseThrow(() -> new IllegalArgumentException(
        "A document holds a Cycle, a ModeleDeCycle or a Programme, not a " + type.getSimpleName()));
  }
}
