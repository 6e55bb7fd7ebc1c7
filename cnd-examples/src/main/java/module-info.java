/** Runnable examples of the cnd library: the Pakistan CND programme, a lifecycle tour, the README's tour. */
module org.cnd.examples {
  requires transitive org.cnd.core;
  requires transitive org.cnd.json; // QuickStart.Reports holds a DocumentReport

  exports org.cnd.examples;
}
