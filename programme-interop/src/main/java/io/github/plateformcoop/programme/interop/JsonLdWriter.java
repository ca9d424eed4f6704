package io.github.plateformcoop.programme.interop;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.FamilleDeCollectivite;
import io.github.plateformcoop.programme.model.Modalite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.ModeleDeCycle;
import io.github.plateformcoop.programme.model.PeriodeAnnoncee;
import io.github.plateformcoop.programme.model.Programme;
import io.github.plateformcoop.programme.model.PublicCible;
import io.github.plateformcoop.programme.model.Role;
import io.github.plateformcoop.programme.model.Seance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a programme's cycle as schema.org JSON-LD, to embed in a web page
 * ({@code <script type="application/ld+json">}) where search engines and other structured-data
 * readers find it.
 *
 * <ul>
 *   <li>The cycle is a {@code Course} named after its modèle, its aim as description, the
 *       programme's porteur as {@code provider}, the public cible as {@code audience} (roles and
 *       kinds of collectivités as {@code audienceType}, départements as {@code geographicArea}),
 *       {@code inLanguage} fr.</li>
 *   <li>Each brique is a {@code CourseInstance} ({@code hasCourseInstance}) with its announced
 *       period as {@code startDate} and {@code endDate}, its modalité as {@code courseMode}, and its
 *       dated séances as {@code subEvent}s ({@code Event}, local time with the zone's offset, the place
 *       as {@code location}).</li>
 *   <li>An undated séance is left out, and {@link JsonLdExport#leftOutSeanceIds()} says so.</li>
 * </ul>
 *
 * <p>The document names {@code https://schema.org} as its {@code @context}; every type and
 * property it uses is in schema.org's vocabulary (release 30.0). This class is immutable and
 * thread-safe.
 */
public final class JsonLdWriter {

  /** The {@code @context} of the documents written. */
  public static final String CONTEXT = "https://schema.org";

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Locale locale;

  private JsonLdWriter(Locale locale) {
    this.locale = locale;
  }

  /**
   * The writer whose texts (audience, areas) are in French.
   *
   * @return the writer, not null
   */
  public static JsonLdWriter defaults() {
    return of(Locale.FRENCH);
  }

  /**
   * The writer whose texts are in a language: French, or English for {@code Locale.ENGLISH}.
   *
   * @param locale the locale, not null
   * @return the writer, not null
   */
  public static JsonLdWriter of(Locale locale) {
    return new JsonLdWriter(Objects.requireNonNull(locale, "locale"));
  }

  /**
   * Writes one cycle of a programme.
   *
   * @param programme the programme, for its porteur, not null
   * @param cycle the cycle, not null
   * @return the document and the séances left out, not null
   */
  public JsonLdExport write(Programme programme, Cycle cycle) {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(cycle, "cycle");
    ModeleDeCycle modele = cycle.getModele();
    ObjectNode cours = MAPPER.createObjectNode();
    cours.put("@context", CONTEXT);
    cours.put("@type", "Course");
    cours.put("identifier", cycle.getId());
    cours.put("name", modele.getIntitule());
    cours.put("alternateName", cycle.getIntitule());
    modele.getObjectif().or(programme::getObjectif).ifPresent(o -> cours.put("description", o));
    cours.put("inLanguage", "fr");
    ObjectNode porteur = cours.putObject("provider");
    porteur.put("@type", "Organization");
    porteur.put("name", programme.getPorteur().getNom());
    programme.getPorteur().getSigle().filter(s -> !s.equals(programme.getPorteur().getNom()))
        .ifPresent(s -> porteur.put("alternateName", s));
    cours.set("audience", audience(modele.getPublicCible()));
    ArrayNode instances = cours.putArray("hasCourseInstance");
    List<String> laissees = new ArrayList<>();
    for (Brique brique : cycle.getBriques()) {
      instances.add(instance(cycle, brique, modele.findBrique(brique.getId()), laissees));
    }
    return new JsonLdExport(MAPPER.writeValueAsString(cours), laissees);
  }

  private ObjectNode audience(PublicCible cible) {
    ObjectNode audience = MAPPER.createObjectNode();
    audience.put("@type", "Audience");
    List<String> types = new ArrayList<>();
    for (Role role : cible.getRoles()) {
      types.add(texte("jsonld.role." + role.name()));
    }
    for (FamilleDeCollectivite famille : cible.getFamilles()) {
      types.add(texte("jsonld.famille." + famille.name()));
    }
    if (!types.isEmpty()) {
      audience.put("audienceType", String.join(", ", types));
    }
    if (!cible.getDepartements().isEmpty()) {
      ArrayNode zones = audience.putArray("geographicArea");
      for (String departement : cible.getDepartements()) {
        ObjectNode zone = zones.addObject();
        zone.put("@type", "AdministrativeArea");
        zone.put("identifier", departement);
        zone.put("name", texte("jsonld.departement", "code", departement));
      }
    }
    return audience;
  }

  private ObjectNode instance(Cycle cycle, Brique brique, Optional<ModeleDeBrique> modele, List<String> laissees) {
    ObjectNode instance = MAPPER.createObjectNode();
    instance.put("@type", "CourseInstance");
    instance.put("identifier", brique.getId());
    instance.put("name", modele.map(ModeleDeBrique::getIntitule).orElse(brique.getId()));
    Optional<PeriodeAnnoncee> periode = brique.getPeriodeAnnoncee();
    periode.ifPresent(p -> {
      instance.put("startDate", p.firstDay().toString());
      instance.put("endDate", p.lastDay().toString());
    });
    modele.flatMap(m -> m.getFormat().getModalite()).ifPresent(m -> instance.put("courseMode", mode(m)));
    ArrayNode seances = instance.putArray("subEvent");
    for (Seance seance : brique.getSeances()) {
      if (seance.getDate().isEmpty()) {
        laissees.add(seance.getId());
        continue;
      }
      ObjectNode evenement = seances.addObject();
      evenement.put("@type", "Event");
      evenement.put("identifier", seance.getId());
      evenement.put("name", seance.getIntitule().orElseGet(() -> instance.get("name").asString()
          + seance.getNumero().map(n -> " " + n).orElse("")));
      evenement.put("startDate", moment(cycle, seance.getDate().get(), seance.getDebut()));
      seance.getFin().ifPresent(f -> evenement.put("endDate", moment(cycle, seance.getDate().get(), Optional.of(f))));
      Optional<Modalite> modalite = seance.getModalite().or(() -> modele.flatMap(m -> m.getFormat().getModalite()));
      if (seance.getLieu().isPresent()) {
        ObjectNode lieu = evenement.putObject("location");
        lieu.put("@type", "Place");
        lieu.put("name", seance.getLieu().get());
      } else if (modalite.filter(m -> m == Modalite.DISTANCIEL).isPresent()) {
        evenement.putObject("location").put("@type", "VirtualLocation");
      }
      modalite.ifPresent(m -> evenement.put("eventAttendanceMode", attendance(m)));
    }
    return instance;
  }

  /** A day, or a local time with the zone's offset that day. */
  private static String moment(Cycle cycle, LocalDate jour, Optional<LocalTime> heure) {
    return heure.map(h -> jour.atTime(h).atZone(cycle.getFuseau()).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .orElse(jour.toString());
  }

  /** The values schema.org lists for {@code courseMode}. */
  private static String mode(Modalite modalite) {
    return switch (modalite) {
      case PRESENTIEL -> "onsite";
      case DISTANCIEL -> "online";
      case HYBRIDE -> "blended";
    };
  }

  /** The members of schema.org's {@code EventAttendanceModeEnumeration}. */
  private static String attendance(Modalite modalite) {
    return switch (modalite) {
      case PRESENTIEL -> "https://schema.org/OfflineEventAttendanceMode";
      case DISTANCIEL -> "https://schema.org/OnlineEventAttendanceMode";
      case HYBRIDE -> "https://schema.org/MixedEventAttendanceMode";
    };
  }

  private String texte(String key, Object... arguments) {
    return InteropMessages.message(key, arguments).render(locale);
  }
}
