/**
 * Monitoring and evaluation: indicators with their baseline, targets and measurements, and the progress an
 * indicator shows.
 *
 * <p>This package reads only identifiers, time and clusters' size classes; the diagnostic study, which records
 * baseline values, uses its {@link org.cnd.core.monitoring.IndicatorValue}. Null arguments are refused with {@link
 * NullPointerException}; a value that would break one of its own invariants is refused with {@link
 * org.cnd.core.validation.RuleViolationException}. Rules across entities are checked by the portfolio validator.
 */
@CndStyle
package org.cnd.core.monitoring;

import org.cnd.core.internal.CndStyle;
