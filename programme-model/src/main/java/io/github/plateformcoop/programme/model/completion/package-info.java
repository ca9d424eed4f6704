/**
 * Completion criteria as data: a small closed tree of criteria (all of, any of, at least n of,
 * attendance per brique, required séances, a deliverable handed in, an experimentation at a
 * stage, a waiver), part of a cycle's JSON so that regions exchange them. Their evaluation is in
 * {@code programme-rules}.
 */
@ProgrammeStyle
package io.github.plateformcoop.programme.model.completion;

import io.github.plateformcoop.programme.model.style.ProgrammeStyle;
