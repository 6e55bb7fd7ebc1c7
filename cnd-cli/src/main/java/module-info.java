/**
 * The {@code cnd} command-line tool: validate, summarise and produce CND portfolio documents. It exports nothing;
 * it is run as {@code java -jar cnd.jar} (the shaded jar) or as this module's main class.
 */
module org.cnd.cli {
  // README:requires:start
  requires org.cnd.core;
  requires org.cnd.json;
  // README:requires:end
  requires org.cnd.examples;
  requires org.cnd.report;
  requires org.cnd.iati;
  requires info.picocli;

  // picocli reads and sets the commands' annotated fields by reflection.
  opens org.cnd.cli to info.picocli;
}
