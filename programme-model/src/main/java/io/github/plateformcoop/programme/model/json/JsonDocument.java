package io.github.plateformcoop.programme.model.json;

import java.util.List;
import java.util.Objects;

/**
 * A document read, with what a careful reader wants to know besides its value: the format version
 * it was written in, and the unknown properties ignored when the reader was told to ignore them.
 *
 * @param value the value read, not null
 * @param version the format version of the document, {@link FormatVersion#UNVERSIONED} for a bare
 *     object, not null
 * @param ignoredProperties the JSON paths of the unknown properties ignored, in document order,
 *     never null
 * @param <T> the type of the value
 */
public record JsonDocument<T>(T value, FormatVersion version, List<String> ignoredProperties) {

  /**
   * Checks and copies the components.
   *
   * @param value the value read, not null
   * @param version the format version of the document, not null
   * @param ignoredProperties the JSON paths of the unknown properties ignored, not null
   */
  public JsonDocument {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(version, "version");
    ignoredProperties = List.copyOf(ignoredProperties);
  }

  /**
   * Tells whether the document was written in an older format and upgraded while read.
   *
   * @return true if its version is older than {@link FormatVersion#CURRENT}
   */
  public boolean isUpgraded() {
    return version.compareTo(FormatVersion.CURRENT) < 0;
  }
}
