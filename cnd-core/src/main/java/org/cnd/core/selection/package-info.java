/**
 * The methodology's first phase: mapping and selection. A {@link org.cnd.core.selection.MappingDataSet} counts
 * employment and establishments by region and sector; {@link org.cnd.core.selection.ClusterMapping} computes
 * location quotients, the US Cluster Mapping Project's strong-cluster test and the European Cluster Observatory's
 * stars over it. A {@link org.cnd.core.selection.SelectionExercise} records how clusters were chosen: who took part,
 * the development objective, candidates, identification and prioritisation criteria, scores, ranking, shortlist and
 * decision; {@link org.cnd.core.selection.Ranking} ranks its candidates and checks how sensitive the selection is to
 * the weights.
 *
 * <p>Null arguments are refused with {@link NullPointerException}; a value that would break one of its own
 * invariants is refused with {@link org.cnd.core.validation.RuleViolationException}; a parameter of a computation
 * outside its stated range with {@link IllegalArgumentException}. Rules across entities are checked by the
 * portfolio validator, through {@code org.cnd.core.checks.SelectionChecks}.
 */
@CndStyle
package org.cnd.core.selection;

import org.cnd.core.internal.CndStyle;
