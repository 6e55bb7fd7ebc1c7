/**
 * The root aggregate {@link org.cnd.core.Portfolio}, its validator and its queries. This package sees every area
 * of the model; no area sees it.
 *
 * <p>Null arguments are refused with {@link NullPointerException}.
 */
package org.cnd.core;
