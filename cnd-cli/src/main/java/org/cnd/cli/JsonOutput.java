package org.cnd.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import org.cnd.json.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --json} output of the tool, built with Jackson so that every string is escaped right. Its schema is
 * {@code cnd-validate-output.schema.json} beside this class (draft 2020-12), described in {@code cnd-cli/CLI.md}.
 */
final class JsonOutput {
  /** Where the schema of the output is, in the jar. */
  static final String SCHEMA_RESOURCE = "cnd-validate-output.schema.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonOutput() {}

  /**
   * The output of {@code validate --json}, written file by file: {@code {"files":[{"file":"...","valid":false,
   * "problems":[{"rule":"...","severity":"error","path":"/...","line":1,"column":2,"message":"..."}],
   * "moreProblems":0}],"exitCode":1}}; a file that cannot be opened has {@code "valid":false} and an
   * {@code "error"} saying why, instead of problems.
   */
  static Validation validation(PrintWriter out) {
    return new Validation(out);
  }

  /** {@code {"usageError":{"message":"...","suggestions":["..."]},"exitCode":2}}. */
  static String usageError(String message, List<String> suggestions) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode error = root.putObject("usageError");
    error.put("message", message);
    ArrayNode names = error.putArray("suggestions");
    suggestions.forEach(names::add);
    root.put("exitCode", CndCommand.USAGE);
    return MAPPER.writeValueAsString(root);
  }

  /** One {@code validate --json} document, opened on creation and closed by {@link #end}. */
  static final class Validation {
    private final JsonGenerator g;

    private Validation(PrintWriter out) {
      g = MAPPER.createGenerator(out);
      g.writeStartObject();
      g.writeArrayPropertyStart("files");
    }

    /** Writes one file's result, with at most {@code maxProblems} problems. */
    void file(ValidateCommand.FileResult r, int maxProblems) {
      if (r.openError != null) {
        ObjectNode file = MAPPER.createObjectNode();
        file.put("file", r.file);
        file.put("valid", false);
        file.put("error", "cannot open: " + r.openError);
        write(file);
        return;
      }
      List<Problem> all = r.report.problems();
      int shown = Math.min(all.size(), maxProblems);
      file(r.file, r.report.isValid(), all.subList(0, shown), all.size() - shown + r.report.omitted(),
          OptionalInt.empty());
    }

    /**
     * Writes one file's result: whether it is valid, the problems listed, how many more were found, and for
     * {@code export} how many activities were written.
     */
    void file(String name, boolean valid, List<Problem> problems, long moreProblems, OptionalInt activitiesWritten) {
      ObjectNode file = MAPPER.createObjectNode();
      file.put("file", name);
      file.put("valid", valid);
      ArrayNode list = file.putArray("problems");
      for (Problem p : problems) {
        ObjectNode problem = list.addObject();
        problem.put("rule", p.ruleId());
        problem.put("severity", p.severity().code());
        problem.put("path", p.path());
        p.line().ifPresent(l -> problem.put("line", l));
        p.column().ifPresent(c -> problem.put("column", c));
        problem.put("message", p.message());
      }
      file.put("moreProblems", moreProblems);
      activitiesWritten.ifPresent(n -> file.put("activitiesWritten", n));
      write(file);
    }

    private void write(ObjectNode file) {
      g.writeTree(file);
      g.flush();
    }

    /** Closes the document with the exit code, and a line end. */
    void end(int exitCode) {
      g.writeEndArray();
      g.writeNumberProperty("exitCode", exitCode);
      g.writeEndObject();
      g.writeRaw('\n');
      // Flushed, not closed: closing the generator would close the tool's standard output.
      g.flush();
    }
  }
}
