/**
 * The evaluation of completion behind {@link
 * io.github.plateformcoop.programme.rules.completion.CompletionEvaluator}: an index of the cycle's
 * séances and attendance, the person and seat views, and one evaluator per kind of criterion; not
 * part of the API.
 */
package io.github.plateformcoop.programme.rules.completion.internal;
