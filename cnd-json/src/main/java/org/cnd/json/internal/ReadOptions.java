package org.cnd.json.internal;

/**
 * The options of reading that the codecs themselves need; the limits are the parser's business.
 *
 * @param ignoreUnknownProperties skip properties the format does not define, instead of refusing them
 */
public record ReadOptions(boolean ignoreUnknownProperties) {}
