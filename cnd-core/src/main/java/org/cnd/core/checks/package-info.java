/**
 * The portfolio validator's checks, one class per area of the model, and the {@link
 * org.cnd.core.checks.References references} they resolve identifiers with. Not exported: the validator in the
 * root package runs them, and nothing else sees them. They see the areas of the model, never the root package;
 * what they need of the entity kinds (the rule and noun of a reference) reaches them through {@code References}.
 */
package org.cnd.core.checks;
