package io.github.plateformcoop.programme.interop;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an Open Badges export wrote: one credential per participant whose own bilan is complete,
 * and the participants who get none, because their bilan is not complete as of the date asked.
 *
 * @param credentials the JSON of each credential, by participant id, in the cycle's order, never null
 * @param withoutCredentialIds the participants without a credential, in the cycle's order, never null
 */
public record OpenBadgesExport(Map<String, String> credentials, List<String> withoutCredentialIds) {

  /**
   * Copies the map and the list, keeping their order.
   *
   * @param credentials the credentials by participant id, not null
   * @param withoutCredentialIds the participants without a credential, not null
   */
  public OpenBadgesExport {
    credentials = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(credentials, "credentials")));
    withoutCredentialIds = List.copyOf(Objects.requireNonNull(withoutCredentialIds, "withoutCredentialIds"));
  }
}
