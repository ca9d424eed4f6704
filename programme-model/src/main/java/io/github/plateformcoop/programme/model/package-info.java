/**
 * Immutable value types of the PlateformCoop programme and of any cycle de qualification built
 * on its model.
 *
 * <p>Domain types keep the programme's own French words (without accents); each type's
 * documentation gives the French term's meaning once. A {@link
 * io.github.plateformcoop.programme.model.Cycle} is the aggregate exchanged as one document: it
 * holds its design ({@link io.github.plateformcoop.programme.model.ModeleDeCycle}), its briques
 * and séances, collectivités, participants, intervenants, engagements, attendance, territorial
 * strategies, pilot projects and deliverables. Objects refer to each other by stable string ids,
 * never by copies.
 *
 * <p>Every type is immutable and thread-safe, built through its {@code builder()}. Collections
 * are never null (empty by default); optional values are {@link java.util.Optional}. Objects
 * are kept consistent on construction (an end never before its start, throwing {@link
 * java.lang.IllegalStateException}); identifiers and names are checked with Jakarta Validation
 * constraints; business rules are the business of {@code programme-rules}.
 */
@ProgrammeStyle
package io.github.plateformcoop.programme.model;

import io.github.plateformcoop.programme.model.style.ProgrammeStyle;
