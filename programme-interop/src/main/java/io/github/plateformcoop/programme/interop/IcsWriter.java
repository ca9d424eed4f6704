package io.github.plateformcoop.programme.interop;

import io.github.plateformcoop.programme.model.Brique;
import io.github.plateformcoop.programme.model.Cycle;
import io.github.plateformcoop.programme.model.Datation;
import io.github.plateformcoop.programme.model.Intervenant;
import io.github.plateformcoop.programme.model.Modalite;
import io.github.plateformcoop.programme.model.ModeleDeBrique;
import io.github.plateformcoop.programme.model.Participant;
import io.github.plateformcoop.programme.model.Seance;
import io.github.plateformcoop.programme.model.Siege;
import io.github.plateformcoop.programme.model.message.Message;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

/**
 * Writes a cycle's séances as an iCalendar (RFC 5545) document that calendars subscribe to or
 * import: one {@code VEVENT} per dated séance.
 *
 * <ul>
 *   <li>Each event's {@code UID} is {@code <cycle id>.<séance id>@plateformcoop}: a new export of
 *       the same cycle updates the events instead of adding them again.</li>
 *   <li>Times are local to the cycle's zone ({@link Cycle#getFuseau()}), written with its
 *       {@code TZID} and {@code VTIMEZONE}; a séance whose end is not known lasts its format's
 *       duration; a séance without hours is an all-day event.</li>
 *   <li>The summary names the brique and the séance, the description the cycle, the intervenants
 *       and the modalité, the location the séance's place (or "distanciel"), in the writer's
 *       language (French unless set).</li>
 *   <li>An undated séance is left out, and {@link IcsExport#leftOutSeanceIds()} says so.</li>
 * </ul>
 *
 * <pre>{@code
 * IcsExport export = IcsWriter.defaults().write(cycle, writer);              // the whole cycle
 * IcsWriter.defaults().write(cycle, "cahc-elu", writer);                      // one participant's séances
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IcsWriter {

  /** The {@code PRODID} of the documents written. */
  public static final String PRODID = "-//PlateformCoop//plateformcoop-programme//FR";

  private final Locale locale;
  private final Optional<Instant> stamp;

  private IcsWriter(Builder builder) {
    this.locale = builder.locale;
    this.stamp = builder.stamp;
  }

  /**
   * The writer in French, each event stamped with the time of writing.
   *
   * @return the writer, not null
   */
  public static IcsWriter defaults() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes every dated séance of a cycle.
   *
   * @param cycle the cycle, not null
   * @param out where to write, not null; flushed, not closed
   * @return the séances written and left out, not null
   * @throws UncheckedIOException if the output cannot be written
   */
  public IcsExport write(Cycle cycle, Writer out) {
    Objects.requireNonNull(cycle, "cycle");
    return ecrire(cycle, null, out);
  }

  /**
   * Writes the dated séances of one participant: every brique's séances held during their seat
   * ({@link Participant#getSiege()}: from its start, to its end when it has one).
   *
   * @param cycle the cycle, not null
   * @param participantId the participant's id, not null
   * @param out where to write, not null; flushed, not closed
   * @return the séances written and left out, not null
   * @throws IllegalArgumentException if the cycle has no such participant
   * @throws UncheckedIOException if the output cannot be written
   */
  public IcsExport write(Cycle cycle, String participantId, Writer out) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(participantId, "participantId");
    Participant participant = cycle.findParticipant(participantId).orElseThrow(() -> new IllegalArgumentException(
        "No participant '" + participantId + "' in the cycle '" + cycle.getId() + "'"));
    return ecrire(cycle, participant, out);
  }

  /**
   * Writes every dated séance of a cycle to a text.
   *
   * @param cycle the cycle, not null
   * @return the iCalendar document, not null
   */
  public String write(Cycle cycle) {
    StringWriter texte = new StringWriter();
    write(cycle, texte);
    return texte.toString();
  }

  private IcsExport ecrire(Cycle cycle, Participant participant, Writer out) {
    Objects.requireNonNull(out, "out");
    TimeZoneRegistry registre = TimeZoneRegistryFactory.getInstance().createRegistry();
    TimeZone zone = registre.getTimeZone(cycle.getFuseau().getId());
    Calendar calendrier = new Calendar().withProdId(PRODID).withDefaults().getFluentTarget();
    if (zone != null) {
      calendrier.add(zone.getVTimeZone());
    }
    Instant maintenant = stamp.orElseGet(Instant::now);
    List<String> ecrites = new ArrayList<>();
    List<String> laissees = new ArrayList<>();
    for (Brique brique : cycle.getBriques()) {
      Optional<ModeleDeBrique> modele = cycle.getModele().findBrique(brique.getId());
      for (Seance seance : brique.getSeances()) {
        if (seance.getDate().isEmpty()) {
          laissees.add(seance.getId());
          continue;
        }
        if (participant != null && !pendantLeSiege(participant, seance.getDate().get())) {
          continue;
        }
        VEvent evenement = evenement(cycle, brique, modele, seance);
        evenement.add(new Uid(cycle.getId() + "." + seance.getId() + "@plateformcoop"));
        evenement.replace(new DtStamp(maintenant));
        calendrier.add(evenement);
        ecrites.add(seance.getId());
      }
    }
    try {
      // The outputter closes what it writes to: the caller's writer is lent to it, not given.
      new CalendarOutputter(true).output(calendrier, new FilterWriter(out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the iCalendar document of cycle '" + cycle.getId() + "'", e);
    }
    return new IcsExport(ecrites, laissees);
  }

  private VEvent evenement(Cycle cycle, Brique brique, Optional<ModeleDeBrique> modele, Seance seance) {
    LocalDate jour = seance.getDate().orElseThrow();
    String resume = texte("ical.resume", "brique", modele.map(ModeleDeBrique::getIntitule).orElse(brique.getId()),
        "seance", seance.getIntitule().map(Object.class::cast).orElseGet(() -> seance.getNumero()
            .<Object>map(n -> InteropMessages.message("ical.seance-numero", "numero", n)).orElse(seance.getId())));
    Optional<LocalTime> fin = seance.getFin()
        .or(() -> seance.getDebut().flatMap(d -> modele.flatMap(m -> m.getFormat().getDuree())
            .filter(duree -> !duree.isNegative() && !duree.isZero() && d.plus(duree).isAfter(d)).map(d::plus)));
    VEvent evenement;
    if (seance.getDebut().isPresent() && fin.isPresent()) {
      ZonedDateTime debut = jour.atTime(seance.getDebut().get()).atZone(cycle.getFuseau());
      evenement = new VEvent(debut, jour.atTime(fin.get()).atZone(cycle.getFuseau()), resume);
    } else {
      // A date without DTEND is one whole day (RFC 5545, 3.6.1).
      evenement = new VEvent(jour, resume);
    }
    List<String> lignes = new ArrayList<>();
    lignes.add(texte("ical.cycle", "cycle", cycle.getIntitule()));
    List<String> intervenants = seance.getIntervenantIds().stream()
        .map(id -> cycle.getIntervenants().stream().filter(i -> i.getId().equals(id)).findFirst().map(Intervenant::getNom).orElse(id))
        .toList();
    if (!intervenants.isEmpty()) {
      lignes.add(texte("ical.intervenants", "intervenants", intervenants));
    }
    Optional<Modalite> modalite = seance.getModalite().or(() -> modele.flatMap(m -> m.getFormat().getModalite()));
    modalite.ifPresent(m -> lignes.add(texte("ical.modalite", "modalite", InteropMessages.message("ical.modalite." + m.name()))));
    evenement.add(new Description(String.join("\n", lignes)));
    Optional<String> lieu = seance.getLieu()
        .or(() -> modalite.filter(m -> m == Modalite.DISTANCIEL).map(m -> texte("ical.modalite." + m.name())));
    lieu.ifPresent(l -> evenement.add(new Location(l)));
    return evenement;
  }

  private static boolean pendantLeSiege(Participant participant, LocalDate jour) {
    Optional<Siege> siege = participant.getSiege();
    boolean avant = siege.flatMap(Siege::getDepuis).map(Datation::firstDay).map(jour::isBefore).orElse(false);
    boolean apres = siege.flatMap(Siege::getJusquA).map(Datation::lastDay).map(jour::isAfter).orElse(false);
    return !avant && !apres;
  }

  private String texte(String key, Object... arguments) {
    Message message = InteropMessages.message(key, arguments);
    return message.render(locale);
  }

  /** Builds an {@link IcsWriter}. */
  public static final class Builder {

    private Locale locale = Locale.FRENCH;
    private Optional<Instant> stamp = Optional.empty();

    private Builder() {}

    /**
     * The language of the summaries and descriptions: French unless set, English for
     * {@code Locale.ENGLISH}.
     *
     * @param locale the locale, not null
     * @return this builder, not null
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The {@code DTSTAMP} of every event: the time of writing unless set. A fixed stamp makes two
     * exports of the same cycle identical.
     *
     * @param stamp the instant, not null
     * @return this builder, not null
     */
    public Builder stamp(Instant stamp) {
      this.stamp = Optional.of(Objects.requireNonNull(stamp, "stamp"));
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer, not null
     */
    public IcsWriter build() {
      return new IcsWriter(this);
    }
  }
}
