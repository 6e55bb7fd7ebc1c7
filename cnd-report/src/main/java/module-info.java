/**
 * What the data gives back: the derived summary of a portfolio (its JSON has its own schema), the HTML report with
 * cluster maps drawn as SVG, CSV tables for spreadsheets, and the text report.
 */
module org.cnd.report {
  requires transitive org.cnd.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires gg.jte.runtime;
  requires java.xml;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.emf.common;
  requires org.eclipse.emf.ecore;

  exports org.cnd.report;

  // jte loads the precompiled templates by name and calls them reflectively.
  opens org.cnd.report.internal.templates to gg.jte.runtime;
}
