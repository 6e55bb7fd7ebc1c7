/**
 * The CND domain model: immutable values and entities, the rule catalogue, the methodology's lifecycle, the
 * portfolio validator and its queries. No JSON and no I/O.
 */
module org.cnd.core {
  requires transitive com.google.common;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.cnd.core.id;
  exports org.cnd.core.validation;
  exports org.cnd.core.time;
  exports org.cnd.core.place;
  exports org.cnd.core;
  exports org.cnd.core.money;
  exports org.cnd.core.actor;
  exports org.cnd.core.cluster;
  exports org.cnd.core.programme;
  exports org.cnd.core.monitoring;
  exports org.cnd.core.diagnostic;
  exports org.cnd.core.plan;
  exports org.cnd.core.lifecycle;
  exports org.cnd.core.training;
  exports org.cnd.core.collaboration;
  exports org.cnd.core.selection;
  exports org.cnd.core.network;
}
