/**
 * Implementations of the constraints; not part of the API.
 */
package io.github.plateformcoop.programme.model.constraints.internal;
