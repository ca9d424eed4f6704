/**
 * The code-generation style shared by every value type of the programme.
 */
package io.github.plateformcoop.programme.model.style;
