package org.cnd.report;

import org.cnd.core.Portfolio;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.DiagnosticStudy;
import org.cnd.core.diagnostic.LinkageStrength;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.diagnostic.MapLinkageKind;
import org.cnd.core.id.MapActorId;
import org.cnd.examples.LifecycleTour;
import org.cnd.examples.PakistanProgramme;

/** The examples' portfolios, and the tour's study with a full map of today and a projected one, for the tests. */
final class Fixtures {
  static final MapActorId FIRMS = MapActorId.of("fan-makers");
  static final MapActorId SUPPLIERS = MapActorId.of("motor-suppliers");
  static final MapActorId BUYERS = MapActorId.of("traders");
  static final MapActorId EXPORTERS = MapActorId.of("exporters");
  static final MapActorId ASSOCIATION = MapActorId.of("association");
  static final MapActorId LAB = MapActorId.of("pcsir-lab");
  static final MapActorId BANKS = MapActorId.of("banks");

  private Fixtures() {}

  static Portfolio pakistan() {
    return PakistanProgramme.portfolio();
  }

  static Portfolio tour() {
    return LifecycleTour.portfolio();
  }

  /** The tour with its study's maps drawn in full: seven actors today, eight projected. */
  static Portfolio tourWithMaps() {
    Portfolio tour = tour();
    return tour.withDiagnosticStudy(studyWithMaps(tour.diagnosticStudy(LifecycleTour.STUDY).orElseThrow()));
  }

  static DiagnosticStudy studyWithMaps(DiagnosticStudy study) {
    ClusterMap today = ClusterMap.builder()
        .addActors(actor(FIRMS, ActorKind.PRINCIPAL_FIRMS, "fan makers", 400))
        .addActors(actor(SUPPLIERS, ActorKind.SUPPLIERS, "motor and part suppliers", 120))
        .addActors(actor(BUYERS, ActorKind.BUYERS, "domestic traders", 35))
        .addActors(actor(ASSOCIATION, ActorKind.ASSOCIATIONS, "fan makers' association", 1))
        .addActors(actor(LAB, ActorKind.SUPPORT_INSTITUTIONS, "PCSIR laboratory", 1))
        .addActors(actor(BANKS, ActorKind.FINANCIAL_INSTITUTIONS, "commercial banks", 4))
        .addLinkages(MapLinkage.of(SUPPLIERS, FIRMS, MapLinkageKind.SUPPLY, LinkageStrength.MODERATE))
        .addLinkages(MapLinkage.of(FIRMS, BUYERS, MapLinkageKind.SALES, LinkageStrength.STRONG))
        .addLinkages(MapLinkage.of(FIRMS, FIRMS, MapLinkageKind.COOPERATION, LinkageStrength.WEAK))
        .addLinkages(MapLinkage.of(ASSOCIATION, FIRMS, MapLinkageKind.REPRESENTATION, LinkageStrength.WEAK))
        .addLinkages(MapLinkage.of(BANKS, FIRMS, MapLinkageKind.FINANCE, LinkageStrength.WEAK))
        .build();
    ClusterMap projected = ClusterMap.builder()
        .from(today)
        .addActors(actor(EXPORTERS, ActorKind.BUYERS, "exporters and foreign buyers", 0))
        .linkages(java.util.List.of(
            MapLinkage.of(SUPPLIERS, FIRMS, MapLinkageKind.SUPPLY, LinkageStrength.STRONG),
            MapLinkage.of(FIRMS, BUYERS, MapLinkageKind.SALES, LinkageStrength.STRONG),
            MapLinkage.of(FIRMS, EXPORTERS, MapLinkageKind.SALES, LinkageStrength.MODERATE),
            MapLinkage.of(FIRMS, FIRMS, MapLinkageKind.COOPERATION, LinkageStrength.MODERATE),
            MapLinkage.of(ASSOCIATION, FIRMS, MapLinkageKind.REPRESENTATION, LinkageStrength.STRONG),
            MapLinkage.of(LAB, FIRMS, MapLinkageKind.SERVICES, LinkageStrength.MODERATE),
            MapLinkage.of(BANKS, FIRMS, MapLinkageKind.FINANCE, LinkageStrength.WEAK)))
        .build();
    return DiagnosticStudy.builder().from(study).clusterMap(today).projectedMap(projected).build();
  }

  private static MapActor actor(MapActorId id, ActorKind kind, String name, long count) {
    return MapActor.builder().id(id).kind(kind).name(name).count(count).build();
  }
}
