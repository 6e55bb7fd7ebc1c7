package org.cnd.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.cnd.core.id.OrganisationId;
import org.cnd.core.money.Money;
import org.cnd.core.programme.FundingKind;
import org.junit.jupiter.api.Test;

class FundingTotalTest {
  @Test
  void saysWhetherItsAmountIsKnown() {
    OrganisationId unido = OrganisationId.of("unido");
    assertThat(new FundingTotal(unido, FundingKind.CASH, Optional.empty(), 2).isUnknownAmount()).isTrue();
    assertThat(new FundingTotal(unido, FundingKind.CASH, Optional.of(Money.of("1", "USD")), 1).isUnknownAmount())
        .isFalse();
    assertThatThrownBy(() -> new FundingTotal(unido, FundingKind.CASH, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Funding total of unido: expected 1 or more commitments, found 0");
  }
}
