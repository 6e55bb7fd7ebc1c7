package org.cnd.core.programme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;
import org.immutables.value.Value;

/**
 * A purpose of a programme in the OECD DAC's 5-digit purpose codes (IATI's sector vocabulary 1), beside the ISIC
 * sectors of the clusters it targets: {@code 32130}, small and medium-sized enterprises (SME) development. With
 * several purposes, each says which share of the programme it takes.
 *
 * <p>Only the form of the code is checked here; the export checks it against IATI's list.
 */
@Value.Immutable
public abstract class DacPurpose {
  private static final Pattern CODE = Pattern.compile("[1-9][0-9]{4}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  DacPurpose() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A purpose that is the programme's only one (no percentage). */
  public static DacPurpose of(String code) {
    return builder().code(code).build();
  }

  /** A purpose with its share of the programme, in percent. */
  public static DacPurpose of(String code, BigDecimal percentage) {
    return builder().code(code).percentage(percentage).build();
  }

  /** The 5-digit DAC purpose code: {@code 32130}. */
  public abstract String code();

  /** The share of the programme, more than 0 and at most 100 percent. */
  public abstract Optional<BigDecimal> percentage();

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      String quoted = code().length() <= 20 ? code() : code().substring(0, 17) + "...";
      throw new RuleViolationException(Rule.PROGRAMME_PURPOSE_CODE, "/code",
          "Invalid DAC purpose code \"" + quoted + "\": expected 5 digits, such as 32130");
    }
    percentage().ifPresent(p -> {
      if (p.signum() <= 0 || p.compareTo(HUNDRED) > 0 || p.scale() > 2) {
        throw new RuleViolationException(Rule.PROGRAMME_PERCENTAGE, "/percentage",
            "Invalid percentage " + p.toPlainString() + ": expected more than 0 and at most 100, with at most 2 decimals");
      }
    });
  }

  /** Builds a {@link DacPurpose}. */
  public static final class Builder extends ImmutableDacPurpose.Builder {
    Builder() {}
  }
}
