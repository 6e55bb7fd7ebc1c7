package org.cnd.cli;

import java.util.List;
import org.cnd.json.Problem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code --json} output of {@code cnd validate}, built with Jackson so that every string is escaped right. */
final class JsonOutput {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonOutput() {}

  /**
   * {@code {"files":[{"file":"...","valid":false,"problems":[{"rule":"...","severity":"error","path":"/...",
   * "line":1,"column":2,"message":"..."}]}]}}; a file that cannot be opened has {@code "valid":false} and an
   * {@code "error"} saying why, instead of problems.
   */
  static String validation(List<ValidateCommand.FileResult> results) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (ValidateCommand.FileResult r : results) {
      ObjectNode file = files.addObject();
      file.put("file", r.file);
      if (r.openError != null) {
        file.put("valid", false);
        file.put("error", "cannot open: " + r.openError);
        continue;
      }
      file.put("valid", r.report.isValid());
      ArrayNode problems = file.putArray("problems");
      for (Problem p : r.report.problems()) {
        ObjectNode problem = problems.addObject();
        problem.put("rule", p.ruleId());
        problem.put("severity", p.severity().code());
        problem.put("path", p.path());
        p.line().ifPresent(l -> problem.put("line", l));
        p.column().ifPresent(c -> problem.put("column", c));
        problem.put("message", p.message());
      }
    }
    return MAPPER.writeValueAsString(root);
  }
}
