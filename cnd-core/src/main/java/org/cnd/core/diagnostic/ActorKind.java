package org.cnd.core.diagnostic;

import org.cnd.core.validation.Coded;

/** The kind of actor on a cluster map. */
public enum ActorKind implements Coded {
  /** The enterprises that make the cluster's main products. */
  PRINCIPAL_FIRMS("Principal firms"),
  /** Suppliers of raw materials, components, machinery. */
  SUPPLIERS("Suppliers"),
  /** Traders, exporters, wholesalers, large customers. */
  BUYERS("Buyers"),
  /** Providers of business development services. */
  BDS_PROVIDERS("BDS providers"),
  /** Training, research and technology institutions. */
  SUPPORT_INSTITUTIONS("Support institutions"),
  /** Business associations, chambers, cooperatives. */
  ASSOCIATIONS("Associations"),
  /** Banks, funds and other sources of finance. */
  FINANCIAL_INSTITUTIONS("Financial institutions"),
  /** Government departments and agencies. */
  PUBLIC_BODIES("Public bodies");

  private final String label;

  ActorKind(String label) {
    this.label = label;
  }

  @Override
  public String code() {
    return org.cnd.core.internal.Codes.of(this);
  }

  @Override
  public String label() {
    return label;
  }

  /** The constant with the given code, if any. */
  public static java.util.Optional<ActorKind> fromCode(String code) {
    return Coded.fromCode(ActorKind.class, code);
  }
}
