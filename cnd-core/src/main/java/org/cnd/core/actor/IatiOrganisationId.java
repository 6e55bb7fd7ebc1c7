package org.cnd.core.actor;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cnd.core.validation.Pointer;
import org.cnd.core.validation.Rule;
import org.cnd.core.validation.RuleViolationException;

/**
 * An organisation identifier of the International Aid Transparency Initiative (IATI): the code of the registration
 * agency that registered the organisation, a hyphen and the organisation's number with that agency. UNIDO's is
 * {@code XM-DAC-41123}: agency {@code XM-DAC} (the OECD Development Assistance Committee), number {@code 41123}.
 *
 * <p>Only the form is checked (IATI's OrganisationRegistrationAgency codes are a country or {@code XM}/{@code XI}
 * code, optionally with a subdivision, a hyphen and the agency's letters), not that the agency or the number exist.
 */
public final class IatiOrganisationId implements Comparable<IatiOrganisationId> {
  /** The accepted form, quoted in every error. */
  public static final String ACCEPTED_FORM =
      "an agency prefix (XM-DAC, GB-COH, CA_BC-BRC), a hyphen and the number with that agency, without spaces or / & | ?";

  private static final Pattern FORM =
      Pattern.compile("([A-Z]{2}(?:_[A-Z]{2})?-[A-Z0-9_]+)-([^\\s/&|?]+)");
  private static final int MAX_LENGTH = 200;

  private final String text;
  private final String agency;

  private IatiOrganisationId(String text, String agency) {
    this.text = text;
    this.agency = agency;
  }

  /**
   * The identifier with the given text.
   *
   * @throws RuleViolationException ({@code iati.organisation-identifier}) when the text does not have the form
   */
  public static IatiOrganisationId of(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (text.length() > MAX_LENGTH || !m.matches()) {
      String quoted = text.length() <= 40 ? text : text.substring(0, 37) + "...";
      throw new RuleViolationException(Rule.IATI_ORGANISATION_IDENTIFIER, Pointer.ROOT,
          "Invalid IATI organisation identifier \"" + quoted + "\": expected " + ACCEPTED_FORM + ", such as XM-DAC-41123");
    }
    return new IatiOrganisationId(text, m.group(1));
  }

  /** The same as {@link #of(String)}. */
  public static IatiOrganisationId parse(CharSequence text) {
    return of(text.toString());
  }

  /** The registration agency's code: {@code XM-DAC}. */
  public String agency() {
    return agency;
  }

  /** The organisation's number with the agency: {@code 41123}. */
  public String number() {
    return text.substring(agency.length() + 1);
  }

  @Override
  public int compareTo(IatiOrganisationId other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IatiOrganisationId i && text.equals(i.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The identifier: {@code XM-DAC-41123}. */
  @Override
  public String toString() {
    return text;
  }
}
