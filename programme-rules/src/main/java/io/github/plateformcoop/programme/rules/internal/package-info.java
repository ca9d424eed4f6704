/**
 * Message bundles and path handling shared by the rules; not part of the API.
 */
package io.github.plateformcoop.programme.rules.internal;
