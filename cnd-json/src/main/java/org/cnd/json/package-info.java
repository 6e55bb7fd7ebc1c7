/**
 * The CND JSON format: {@link org.cnd.json.CndJson} reads, writes and validates whole documents; {@link
 * org.cnd.json.CndModule} maps every core type for Jackson 3; {@link org.cnd.json.CndJsonException} carries what
 * a bad document broke, where and why; {@link org.cnd.json.FormatRule} lists the format's own rules. The format is
 * described in {@code FORMAT.md} and by the JSON Schema {@link org.cnd.json.CndJson#schema()}.
 *
 * <p>Null arguments are refused with {@link NullPointerException}. A bad document is refused with {@link
 * org.cnd.json.CndJsonException}; a failing stream or file with {@link java.io.UncheckedIOException}.
 */
package org.cnd.json;
