/**
 * Places: ISO 3166-1 countries, ISO 3166-2 subdivisions, localities, areas and points.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; bad values with {@link
 * org.cnd.core.validation.RuleViolationException}.
 */
@CndStyle
package org.cnd.core.place;

import org.cnd.core.internal.CndStyle;
