/**
 * The library's one message mechanism: every text it shows is a {@link
 * io.github.plateformcoop.programme.model.message.Message} (a key and its arguments, as data)
 * rendered on demand in French, the default, or English, through one {@link
 * io.github.plateformcoop.programme.model.message.MessageFormatter}. {@link
 * io.github.plateformcoop.programme.model.message.Language#of(java.util.Locale)} is the one place
 * that decides the language of a locale; each module reads its templates through a {@link
 * io.github.plateformcoop.programme.model.message.MessageBundle}.
 */
package io.github.plateformcoop.programme.model.message;
