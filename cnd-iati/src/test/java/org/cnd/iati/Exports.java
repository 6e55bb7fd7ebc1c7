package org.cnd.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.core.Portfolio;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.Violation;
import org.cnd.iati.testing.OfficialIati;

/** Runs exports in the tests and holds them to the official schema, the ruleset and the rules' contract. */
final class Exports {
  static final Clock CLOCK = Clock.fixed(IatiGen.TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final Pattern ENTITY = Pattern.compile("/([a-zA-Z]+)/(\\d+)(/.*)?");
  private static final Map<String, Function<Portfolio, List<?>>> COLLECTIONS = Map.of(
      "organisations", Portfolio::organisations, "clusters", Portfolio::clusters, "programmes", Portfolio::programmes,
      "engagements", Portfolio::engagements, "indicators", Portfolio::indicators, "reports", Portfolio::reports,
      "people", Portfolio::people, "diagnosticStudies", Portfolio::diagnosticStudies, "actionPlans",
      Portfolio::actionPlans, "trainings", Portfolio::trainings);

  private Exports() {}

  /** An export's result with the bytes written. */
  record Run(IatiExportResult result, byte[] document) {
    List<IatiReader.Activity> activities() {
      return IatiReader.read(document);
    }
  }

  static IatiOptions.Builder options() {
    return IatiOptions.builder().clock(CLOCK);
  }

  static Run run(Portfolio portfolio, IatiOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiExportResult result = IatiExport.write(portfolio, options, out);
    return new Run(result, out.toByteArray());
  }

  /**
   * Exports and checks the contract: a document written is valid against the official schema; a strict export is
   * written exactly when the export found no error, and then breaks no rule of the ruleset (read independently);
   * a refused export writes nothing; every problem names a rule of a catalogue and a path into the portfolio.
   */
  static Run conforming(Portfolio portfolio, IatiOptions options, RulesetOracle oracle) {
    Run run = run(portfolio, options);
    for (Violation v : run.result().problems()) {
      assertThat(IatiRule.byId(v.ruleId()).isPresent() || Rule.byId(v.ruleId()).isPresent())
          .as("rule of %s", v).isTrue();
      assertThat(resolves(portfolio, v.path())).as("path of %s resolves in the portfolio", v).isTrue();
      assertThat(v.message()).as("message of %s", v).contains("expected");
    }
    if (run.result().isWritten()) {
      assertThat(OfficialIati.schemaErrors(run.document())).as("schema errors").isEmpty();
      assertThat(IatiReader.read(run.document())).hasSize(run.result().activitiesWritten());
      if (run.result().isValid()) {
        assertThat(oracle.errors(run.document(), IatiGen.TODAY)).as("ruleset errors of a valid export").isEmpty();
      } else {
        assertThat(options.writeWhatItCan()).as("an invalid export is written only when asked").isTrue();
      }
    } else {
      assertThat(run.document()).as("a refused export writes nothing").isEmpty();
      assertThat(run.result().errors()).as("a refusal names its reasons").isNotEmpty();
    }
    assertThat(IatiExport.check(portfolio, options)).isEqualTo(run.result().problems());
    return run;
  }

  /** Whether a JSON Pointer of a problem names the whole document, a collection or an entity of the portfolio. */
  static boolean resolves(Portfolio portfolio, String path) {
    if (path.isEmpty() || path.equals("/programmes")) {
      return true;
    }
    Matcher m = ENTITY.matcher(path);
    if (!m.matches() || !COLLECTIONS.containsKey(m.group(1))) {
      return false;
    }
    return Integer.parseInt(m.group(2)) < COLLECTIONS.get(m.group(1)).apply(portfolio).size();
  }
}
