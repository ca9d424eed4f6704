/**
 * The exchange format: versioned JSON documents of a cycle, a modèle de cycle or a programme,
 * read strictly with errors that say where and why, and the format's JSON Schema.
 */
package io.github.plateformcoop.programme.model.json;
