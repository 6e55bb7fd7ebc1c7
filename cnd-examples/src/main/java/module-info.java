/** Runnable examples of the cnd library: the Pakistan CND programme, a lifecycle tour, the cnd tool. */
module org.cnd.examples {
  requires transitive org.cnd.core;
  requires org.cnd.json;
  requires info.picocli;

  exports org.cnd.examples;

  // picocli reads and sets the commands' annotated fields by reflection.
  opens org.cnd.examples.cli to info.picocli;
}
