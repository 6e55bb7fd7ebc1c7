/**
 * The CND JSON format: a Jackson 3 module for every core type, a facade that reads, writes and validates whole
 * portfolios strictly and safely, and the format's JSON Schema.
 */
module org.cnd.json {
  requires transitive org.cnd.core;
  requires transitive tools.jackson.databind;

  exports org.cnd.json;

  provides tools.jackson.databind.JacksonModule with org.cnd.json.CndModule;
}
