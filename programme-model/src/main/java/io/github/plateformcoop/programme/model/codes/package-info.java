/**
 * Official French identifiers: SIREN, SIRET, INSEE commune codes, département codes.
 */
package io.github.plateformcoop.programme.model.codes;
