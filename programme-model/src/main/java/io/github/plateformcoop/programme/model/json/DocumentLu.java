package io.github.plateformcoop.programme.model.json;

import java.util.List;
import java.util.Objects;

/**
 * A document read, with what a careful reader wants to know besides its value: the format version
 * it was written in, and the unknown properties ignored when the reader was told to ignore them.
 *
 * @param valeur the value read, not null
 * @param version the format version of the document, {@link FormatVersion#UNVERSIONED} for a bare
 *     object, not null
 * @param proprietesIgnorees the JSON paths of the unknown properties ignored, in document order,
 *     never null
 * @param <T> the type of the value
 */
public record DocumentLu<T>(T valeur, FormatVersion version, List<String> proprietesIgnorees) {

  /**
   * Checks and copies the components.
   *
   * @param valeur the value read, not null
   * @param version the format version of the document, not null
   * @param proprietesIgnorees the JSON paths of the unknown properties ignored, not null
   */
  public DocumentLu {
    Objects.requireNonNull(valeur, "valeur");
    Objects.requireNonNull(version, "version");
    proprietesIgnorees = List.copyOf(proprietesIgnorees);
  }

  /**
   * Tells whether the document was written in an older format and upgraded while read.
   *
   * @return true if its version is older than {@link FormatVersion#CURRENT}
   */
  public boolean estMisAJour() {
    return version.compareTo(FormatVersion.CURRENT) < 0;
  }
}
