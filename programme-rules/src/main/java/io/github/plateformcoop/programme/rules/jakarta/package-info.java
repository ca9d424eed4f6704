/**
 * The programme's rules through Jakarta Validation: a ready validator, a constraint for
 * applications' own classes, and the way to plug the rules into an application's validator.
 */
package io.github.plateformcoop.programme.rules.jakarta;
