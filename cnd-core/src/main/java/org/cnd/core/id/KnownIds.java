package org.cnd.core.id;

/**
 * Answers whether an identifier names an entity of the data at hand; the portfolio validator hands one to each
 * area's checks so that they can resolve references without seeing the whole portfolio.
 */
@FunctionalInterface
public interface KnownIds {
  /** True when an entity with this identifier exists. */
  boolean contains(Identifier id);
}
