/** Runnable examples of the cnd library: the Pakistan CND programme, a lifecycle tour, the README's tour. */
module org.cnd.examples {
  requires transitive org.cnd.core;
  requires org.cnd.json;

  exports org.cnd.examples;
}
