package org.cnd.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The format's shipped JSON Schema, loaded once into a draft 2020-12 validator (networknt). */
final class SchemaSupport {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(CndJson.schema());

  private SchemaSupport() {}

  /** What the schema finds wrong with a document; empty when it is valid. */
  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
