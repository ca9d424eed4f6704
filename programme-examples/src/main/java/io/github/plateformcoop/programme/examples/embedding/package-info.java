/**
 * Small examples of embedding the library: the rule set, plain Jakarta Validation, the JSON
 * exchange.
 */
package io.github.plateformcoop.programme.examples.embedding;
