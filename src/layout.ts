/**
 * The force layout: a stopped, seeded d3-force simulation that the widget drives, so every reader sees the
 * same picture and the layout can be settled before the first paint.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
} from 'd3-force'
import type { RelationType } from './dataset.ts'
import type { AffiliationLink, Graph, GraphNode, RelationLink } from './graph.ts'

/** Rest length of each relation type: allies sit closer than adversaries. */
const LINK_DISTANCE: Record<RelationType, number> = { cooperation: 34, negotiation: 40, opposition: 48 }

/** Rough label width at the default 12.5 px font; the layout leaves room for labels without measuring text. */
const estimatedLabelWidth = (node: GraphNode) => Math.min(160, 7 * node.actor.name.length)

export type ForceLayout = Simulation<GraphNode, RelationLink | AffiliationLink>

/**
 * Creates the layout of a graph, stopped: call `settle` to compute it, or `tick` it yourself. Positions
 * already on the nodes (from an earlier layout) are kept; new nodes start on d3's deterministic spiral.
 */
export function createLayout(graph: Graph, seed = 1): ForceLayout {
  const links: (RelationLink | AffiliationLink)[] = [...graph.links, ...graph.affiliations]
  const large = graph.nodes.length > 500
  return (
    forceSimulation<GraphNode, RelationLink | AffiliationLink>(graph.nodes)
      .stop()
      .randomSource(lcg(seed))
      // Small graphs can afford a slower cooling (about 700 ticks), which untangles more crossings.
      .alphaDecay(large ? 0.0228 : 0.01)
      .force(
        'link',
        forceLink<GraphNode, RelationLink | AffiliationLink>(links)
          .id((node) => node.id)
          .distance((link) =>
            'type' in link ? LINK_DISTANCE[link.type] + link.source.radius + link.target.radius : 50,
          )
          .strength((link) =>
            'type' in link ? 1 / Math.max(1, Math.min(link.source.degree, link.target.degree)) : 0.5,
          ),
      )
      .force(
        'charge',
        forceManyBody<GraphNode>()
          .strength(large ? -60 : -1000)
          .distanceMax(large ? 300 : 800)
          .theta(0.9),
      )
      .force(
        'collide',
        forceCollide<GraphNode>((node) =>
          large ? node.radius + 2 : Math.max(node.radius + 14, estimatedLabelWidth(node) / 2 + 4),
        ).strength(0.9),
      )
      .force('x', forceX<GraphNode>(0).strength(large ? 0.04 : 0.025))
      .force('y', forceY<GraphNode>(0).strength(large ? 0.04 : 0.16))
  )
}

const INTERACTIVE_DECAY = 0.035

/** Runs the layout to rest synchronously, the way d3's own timer would over about 300 frames. */
export function settle(layout: ForceLayout): ForceLayout {
  const ticks = Math.ceil(Math.log(layout.alphaMin()) / Math.log(1 - layout.alphaDecay()))
  layout.alpha(1).tick(ticks)
  // From here on the layout only answers interaction: cool fast, so motion stops within about 3 s.
  return layout.alpha(0).alphaDecay(INTERACTIVE_DECAY)
}

/** A linear congruential generator: seeded, so the layout is identical on every machine and every load. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (1664525 * state + 1013904223) >>> 0
    return state / 4294967296
  }
}
