package io.github.plateformcoop.programme.model.json;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version of the exchange format, {@code major.minor}.
 *
 * <p>The policy: a minor version adds only optional properties, so a reader reads every version
 * up to its own; a document of a newer version than the reader's is refused, naming both; a
 * document written before versions existed (a bare object, as a plain Jackson mapper writes the
 * model) is read as version {@code 0.0} and upgraded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FormatVersion implements Comparable<FormatVersion> {

  /**
   * The version this library writes and the newest it reads. History: 1.0, the first; 1.1 adds
   * the cycle's optional {@code criteresDeCompletion}; 1.2 adds the provenance of a modèle, a
   * cycle, a séance, a collectivité and an organisation, a provenance's {@code referentiel}, and
   * an announced figure's {@code reponsesAttendues}.
   */
  public static final FormatVersion CURRENT = new FormatVersion(1, 2);

  /** The unversioned form: a bare object, as a plain Jackson mapper writes the model. */
  public static final FormatVersion UNVERSIONED = new FormatVersion(0, 0);

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  private final int major;
  private final int minor;

  private FormatVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * Parses {@code major.minor}.
   *
   * @param text the text, not null
   * @return the version, not null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static FormatVersion parse(String text) {
    Matcher m = FORM.matcher(Objects.requireNonNull(text, "text"));
    if (!m.matches()) {
      throw new IllegalArgumentException("a format version is major.minor, such as \"1.0\", not \"" + text + "\"");
    }
    return new FormatVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * The major version: a change of it may remove or rename properties.
   *
   * @return the major version
   */
  public int getMajor() {
    return major;
  }

  /**
   * The minor version: a change of it adds optional properties only.
   *
   * @return the minor version
   */
  public int getMinor() {
    return minor;
  }

  @Override
  public int compareTo(FormatVersion other) {
    return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormatVersion && compareTo((FormatVersion) other) == 0;
  }

  @Override
  public int hashCode() {
    return major * 31 + minor;
  }

  /**
   * The version as {@link #parse(String)} reads it.
   *
   * @return {@code major.minor}, not null
   */
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
