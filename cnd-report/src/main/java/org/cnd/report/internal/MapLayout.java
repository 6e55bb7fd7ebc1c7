package org.cnd.report.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cnd.core.diagnostic.ActorKind;
import org.cnd.core.diagnostic.ClusterMap;
import org.cnd.core.diagnostic.MapActor;
import org.cnd.core.diagnostic.MapLinkage;
import org.cnd.core.id.MapActorId;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places a cluster map's actors and routes its linkages with Eclipse ELK's layered algorithm, in the arrangement of
 * UNIDO's diagnostic studies: the value chain left to right (suppliers, the principal firms in the centre, buyers),
 * and below it a band of the actors that support the chain (BDS providers, support institutions, associations,
 * finance, public bodies). ELK lays out the chain and the band, each with its own linkages; the linkages between
 * band and chain are drawn straight between the two, beneath the actors.
 */
public final class MapLayout {
  /** The kinds drawn in the support band below the value chain. */
  public static final Set<ActorKind> BAND = EnumSet.of(ActorKind.BDS_PROVIDERS, ActorKind.SUPPORT_INSTITUTIONS,
      ActorKind.ASSOCIATIONS, ActorKind.FINANCIAL_INSTITUTIONS, ActorKind.PUBLIC_BODIES);

  /** The space between the chain and the band. */
  public static final double BAND_GAP = 70;

  /** The padding around the band's actors, inside the band. */
  public static final double BAND_PADDING = 28;

  static {
    // Outside Eclipse nothing registers the algorithms: ELK finds them through this service only.
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private MapLayout() {}

  /**
   * An actor's box.
   *
   * @param actor the actor
   * @param x left
   * @param y top
   * @param width width
   * @param height height
   * @param inBand whether it stands in the support band
   */
  public record Box(MapActor actor, double x, double y, double width, double height, boolean inBand) {
    /** The horizontal centre. */
    public double centreX() {
      return x + width / 2;
    }
  }

  /**
   * A point.
   *
   * @param x x
   * @param y y
   */
  public record Point(double x, double y) {}

  /**
   * A linkage's route, from its first actor to its second.
   *
   * @param linkage the linkage
   * @param points the route, two points or more
   * @param routedByElk false for the straight lines between band and chain
   */
  public record Route(MapLinkage linkage, ImmutableList<Point> points, boolean routedByElk) {}

  /**
   * A laid-out map.
   *
   * @param boxes the actors' boxes, in the map's order
   * @param routes the linkages' routes, in the map's order
   * @param width the width of the drawing
   * @param height the height of the drawing
   * @param bandTop the top of the support band, when the map has one
   */
  public record Laid(ImmutableList<Box> boxes, ImmutableList<Route> routes, double width, double height,
      java.util.OptionalDouble bandTop) {}

  /** The size an actor's box needs for its lines of text. */
  public interface Sizer {
    /** The width and height of the actor's box. */
    double[] size(MapActor actor);
  }

  /** Lays the map out. Deterministic: the same map and sizes give the same coordinates. */
  public static Laid layout(ClusterMap map, Sizer sizer) {
    List<MapActor> chainActors = new ArrayList<>();
    List<MapActor> bandActors = new ArrayList<>();
    for (MapActor a : map.actors()) {
      (BAND.contains(a.kind()) ? bandActors : chainActors).add(a);
    }
    Map<MapActorId, ElkNode> chainNodes = new LinkedHashMap<>();
    Map<MapActorId, ElkNode> bandNodes = new LinkedHashMap<>();
    ElkNode chain = graph(Direction.RIGHT);
    chain.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
    for (MapActor a : chainActors) {
      ElkNode n = node(chain, a, sizer);
      n.setProperty(LayeredOptions.PARTITIONING_PARTITION, switch (a.kind()) {
        case SUPPLIERS -> 0;
        case BUYERS -> 2;
        default -> 1;
      });
      chainNodes.put(a.id(), n);
    }
    ElkNode band = graph(Direction.DOWN);
    // One row: the band's actors side by side, not packed as separate components.
    band.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    for (MapActor a : bandActors) {
      bandNodes.put(a.id(), node(band, a, sizer));
    }
    Map<MapLinkage, ElkEdge> edges = new LinkedHashMap<>();
    for (MapLinkage l : map.linkages()) {
      ElkNode from = chainNodes.containsKey(l.fromActor()) ? chainNodes.get(l.fromActor()) : bandNodes.get(l.fromActor());
      ElkNode to = chainNodes.containsKey(l.toActor()) ? chainNodes.get(l.toActor()) : bandNodes.get(l.toActor());
      if (from.getParent() == to.getParent()) {
        edges.put(l, ElkGraphUtil.createSimpleEdge(from, to));
      }
    }
    RecursiveGraphLayoutEngine engine = new RecursiveGraphLayoutEngine();
    if (!chainActors.isEmpty()) {
      engine.layout(chain, new BasicProgressMonitor());
    }
    if (!bandActors.isEmpty()) {
      engine.layout(band, new BasicProgressMonitor());
    }
    double chainWidth = chainActors.isEmpty() ? 0 : chain.getWidth();
    double chainHeight = chainActors.isEmpty() ? 0 : chain.getHeight();
    double bandWidth = bandActors.isEmpty() ? 0 : band.getWidth() + 2 * BAND_PADDING;
    double bandHeight = bandActors.isEmpty() ? 0 : band.getHeight() + 2 * BAND_PADDING;
    double width = Math.max(chainWidth, bandWidth);
    double chainX = (width - chainWidth) / 2;
    double bandTop = chainHeight + (chainActors.isEmpty() ? 0 : BAND_GAP);
    double bandX = (width - bandWidth) / 2 + BAND_PADDING;
    double bandY = bandTop + BAND_PADDING;

    Map<MapActorId, Box> boxes = new LinkedHashMap<>();
    for (MapActor a : map.actors()) {
      ElkNode n = chainNodes.get(a.id());
      boolean inBand = n == null;
      double dx = inBand ? bandX : chainX;
      double dy = inBand ? bandY : 0;
      n = inBand ? bandNodes.get(a.id()) : n;
      boxes.put(a.id(), new Box(a, n.getX() + dx, n.getY() + dy, n.getWidth(), n.getHeight(), inBand));
    }
    List<Route> routes = new ArrayList<>();
    for (MapLinkage l : map.linkages()) {
      ElkEdge e = edges.get(l);
      if (e != null) {
        boolean inBand = boxes.get(l.fromActor()).inBand();
        routes.add(new Route(l, points(e, inBand ? bandX : chainX, inBand ? bandY : 0), true));
      } else {
        Box from = boxes.get(l.fromActor());
        Box to = boxes.get(l.toActor());
        routes.add(new Route(l, ImmutableList.of(anchor(from, to), anchor(to, from)), false));
      }
    }
    return new Laid(ImmutableList.copyOf(boxes.values()), ImmutableList.copyOf(routes), width,
        bandActors.isEmpty() ? chainHeight : bandTop + bandHeight,
        bandActors.isEmpty() ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(bandTop));
  }

  // The middle of the side of a box that faces the other: the band's actors face the chain above them.
  private static Point anchor(Box box, Box other) {
    return box.inBand() ? new Point(box.centreX(), box.y()) : new Point(box.centreX(), box.y() + box.height());
  }

  private static ElkNode graph(Direction direction) {
    ElkNode g = ElkGraphUtil.createGraph();
    g.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    g.setProperty(CoreOptions.DIRECTION, direction);
    g.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
    g.setProperty(CoreOptions.PADDING, new ElkPadding(12));
    g.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
    g.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 130.0);
    g.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
    g.setProperty(CoreOptions.RANDOM_SEED, 1);
    return g;
  }

  private static ElkNode node(ElkNode graph, MapActor actor, Sizer sizer) {
    ElkNode n = ElkGraphUtil.createNode(graph);
    n.setIdentifier(actor.id().value());
    double[] size = sizer.size(actor);
    n.setWidth(size[0]);
    n.setHeight(size[1]);
    return n;
  }

  private static ImmutableList<Point> points(ElkEdge e, double dx, double dy) {
    ImmutableList.Builder<Point> out = ImmutableList.builder();
    for (ElkEdgeSection s : e.getSections()) {
      out.add(new Point(s.getStartX() + dx, s.getStartY() + dy));
      for (ElkBendPoint b : s.getBendPoints()) {
        out.add(new Point(b.getX() + dx, b.getY() + dy));
      }
      out.add(new Point(s.getEndX() + dx, s.getEndY() + dy));
    }
    return out.build();
  }
}
