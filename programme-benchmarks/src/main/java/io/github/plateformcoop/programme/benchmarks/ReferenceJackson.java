package io.github.plateformcoop.programme.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Collectivite;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Engagement;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Presence;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.StatutDEngagement;
import io.github.plateformcoop.programme.model.StatutDePresence;
import io.github.plateformcoop.programme.model.TypeDeBrique;
import io.github.plateformcoop.programme.model.TypeDeCollectivite;
import io.github.plateformcoop.programme.model.json.FormatVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the JSON benchmarks: the national dataset's content as plain Java records, read
 * and written by a plain Jackson mapper, with no module, no builder, no check. Its records hold
 * what the dataset uses, under the format's property names and in its order, so that its compact
 * document is the project's compact document byte for byte ({@code ReferenceJacksonTest}).
 */
public final class ReferenceJackson {

  private ReferenceJackson() {}

  /**
   * The plain mapper: Jackson 3's defaults but for the two that would change the text, declaration
   * order instead of alphabetical order and durations as ISO-8601 text.
   *
   * @return a new mapper, not null
   */
  public static JsonMapper mapper() {
    return JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();
  }

  /**
   * The records of a programme of the national dataset's shape.
   *
   * @param programme a programme whose cycles use what the national dataset uses, not null
   * @return its document as records, not null
   */
  public static Document from(Programme programme) {
    return new Document(FormatVersion.CURRENT.toString(), new ProgrammeR(programme.getId(), programme.getNom(),
        new PorteurR(programme.getPorteur().getId(), programme.getPorteur().getNom(), List.of()),
        programme.getCycles().stream().map(ReferenceJackson::cycle).toList()));
  }

  private static CycleR cycle(Cycle c) {
    return new CycleR(c.getId(), c.getIntitule(), modele(c.getModele()), c.getTerritoire().orElse(null), c.getFuseau(),
        c.getBriques().stream().map(ReferenceJackson::brique).toList(),
        c.getCollectivites().stream().map(ReferenceJackson::collectivite).toList(),
        c.getParticipants().stream().map(ReferenceJackson::participant).toList(), List.of(),
        c.getEngagements().stream().map(ReferenceJackson::engagement).toList(), List.of(),
        c.getPresences().stream().map(ReferenceJackson::presence).toList(), List.of(), List.of(), List.of(), List.of());
  }

  private static ModeleR modele(ModeleDeCycle m) {
    return new ModeleR(m.getId(), m.getIntitule(), List.of(),
        new PublicCibleR(List.copyOf(m.getPublicCible().getDepartements()), List.copyOf(m.getPublicCible().getFamilles()),
            List.copyOf(m.getPublicCible().getRoles()), m.getPublicCible().getThematiques()),
        m.getBriques().stream().map(ReferenceJackson::modeleDeBrique).toList(), List.of(), List.of());
  }

  private static ModeleDeBriqueR modeleDeBrique(ModeleDeBrique b) {
    return new ModeleDeBriqueR(b.getId(), b.getType(), b.getIntitule(), b.getNombreDeSeances(),
        new FormatR(b.getFormat().getDuree().orElse(null), b.getFormat().isJourneeEntiere()), b.getVoletIds());
  }

  private static BriqueR brique(Brique b) {
    return new BriqueR(b.getId(), b.getPeriodeAnnoncee().map(p -> new PeriodeR(p.getDebut(), p.getFin())).orElse(null),
        b.getSeances().stream().map(ReferenceJackson::seance).toList());
  }

  private static SeanceR seance(Seance s) {
    return new SeanceR(s.getId(), s.getNumero().orElse(null), s.getDate().orElse(null), s.getDebut().orElse(null),
        s.getFin().orElse(null), s.getIntervenantIds());
  }

  private static CollectiviteR collectivite(Collectivite c) {
    return new CollectiviteR(c.getId(), c.getNom(), c.getType(), c.getDepartement().orElse(null));
  }

  private static ParticipantR participant(Participant p) {
    return new ParticipantR(p.getId(), p.getCollectiviteId(), p.getRole());
  }

  private static EngagementR engagement(Engagement e) {
    return new EngagementR(e.getId(), e.getCollectiviteId(), e.getStatut());
  }

  private static PresenceR presence(Presence p) {
    return new PresenceR(p.getSeanceId(), p.getParticipantId(), p.getStatut(), p.getMinutesPresentes().orElse(null),
        Map.of());
  }

  /** The document: its version, then its programme. */
  public record Document(String formatVersion, ProgrammeR programme) {}

  /** A programme. */
  public record ProgrammeR(String id, String nom, PorteurR porteur, List<CycleR> cycles) {}

  /** The porteur. */
  public record PorteurR(String id, String nom, List<String> statuts) {}

  /** A cycle. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CycleR(String id, String intitule, ModeleR modele, String territoire, ZoneId fuseau, List<BriqueR> briques,
      List<CollectiviteR> collectivites, List<ParticipantR> participants, List<Object> intervenants,
      List<EngagementR> engagements, List<Object> engagementsAnnonces, List<PresenceR> presences, List<Object> strategies,
      List<Object> experimentations, List<Object> livrables, List<Object> criteresDeCompletion) {}

  /** A modèle. */
  public record ModeleR(String id, String intitule, List<Object> volets, PublicCibleR publicCible,
      List<ModeleDeBriqueR> briques, List<Object> leviers, List<Object> leviersAnnonces) {}

  /** A public cible. */
  public record PublicCibleR(List<String> departements, List<FamilleDeCollectivite> familles, List<Role> roles,
      List<String> thematiques) {}

  /** A brique of the modèle. */
  public record ModeleDeBriqueR(String id, TypeDeBrique type, String intitule, int nombreDeSeances, FormatR format,
      List<String> voletIds) {}

  /** A séance's format. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FormatR(Duration duree, boolean journeeEntiere) {}

  /** A brique of the cycle. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BriqueR(String id, PeriodeR periodeAnnoncee, List<SeanceR> seances) {}

  /** An announced period. */
  public record PeriodeR(YearMonth debut, YearMonth fin) {}

  /** A séance. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SeanceR(String id, Integer numero, LocalDate date, LocalTime debut, LocalTime fin,
      List<String> intervenantIds) {}

  /** A collectivité. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CollectiviteR(String id, String nom, TypeDeCollectivite type, String departement) {}

  /** A participant. */
  public record ParticipantR(String id, String collectiviteId, Role role) {}

  /** An engagement. */
  public record EngagementR(String id, String collectiviteId, StatutDEngagement statut) {}

  /** A présence. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PresenceR(String seanceId, String participantId, StatutDePresence statut, Integer minutesPresentes,
      Map<String, StatutDePresence> demiJournees) {}
}
