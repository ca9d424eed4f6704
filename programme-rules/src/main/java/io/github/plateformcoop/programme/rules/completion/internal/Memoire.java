package io.github.plateformcoop.programme.rules.completion.internal;

import io.github.plateformcoop.programme.model.completion.Assiduite;
import io.github.plateformcoop.programme.model.completion.CritereDeCompletion;
import io.github.plateformcoop.programme.model.message.Message;
import java.util.IdentityHashMap;
import java.util.Map;

/** What one evaluation works out once and uses for every subject. */
final class Memoire {
  /** Each attendance criterion read once. */
  final Map<Assiduite, Assiduites.Plan> plans = new IdentityHashMap<>();
  /** The words of the alert of a criterion out of reach. */
  final Map<CritereDeCompletion, Message> horsDAtteinte = new IdentityHashMap<>();
}
