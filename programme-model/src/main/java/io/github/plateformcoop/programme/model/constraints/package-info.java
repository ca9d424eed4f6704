/**
 * Jakarta Validation constraints on the identifiers and quantities of the model.
 *
 * <p>Messages are in the {@code ContributorValidationMessages} bundle of this module, in French
 * (the default) and English; Hibernate Validator aggregates such bundles from every module.
 */
package io.github.plateformcoop.programme.model.constraints;
