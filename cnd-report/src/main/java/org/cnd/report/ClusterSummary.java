package org.cnd.report;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cnd.core.cluster.IsicCode;
import org.cnd.core.id.ClusterId;
import org.cnd.core.id.ProgrammeId;
import org.cnd.core.lifecycle.Phase;
import org.cnd.core.place.CountryCode;
import org.cnd.core.place.SubdivisionCode;

/**
 * A cluster with where it is, its sector, the current phases of its engagements and the programmes targeting it.
 *
 * @param id the identifier
 * @param name the name
 * @param country the country
 * @param subdivision the province
 * @param sector the sector's name
 * @param isic the sector's ISIC code
 * @param phases the current phases of its engagements (the core's {@code clustersByPhase()}), in the
 *     methodology's order
 * @param programmes the programmes targeting it (the core's {@code programmesTargeting})
 */
public record ClusterSummary(
    ClusterId id,
    String name,
    CountryCode country,
    Optional<SubdivisionCode> subdivision,
    String sector,
    Optional<IsicCode> isic,
    ImmutableList<Phase> phases,
    ImmutableList<ProgrammeId> programmes) {}
