/** Runnable examples of the cnd library: the Pakistan CND programme, a lifecycle tour, the cnd tool. */
module org.cnd.examples {
  requires transitive org.cnd.core;

  exports org.cnd.examples;
}
