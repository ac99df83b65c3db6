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
import {
  type AffiliationLink,
  type Graph,
  type GraphNode,
  LARGE_NETWORK,
  type RelationLink,
} from './graph.ts'

/** Rest length of each relation type: allies sit closer than adversaries. */
const LINK_DISTANCE: Record<RelationType, number> = { cooperation: 34, negotiation: 40, opposition: 48 }

/** Rough label width at the default 12.5 px font; the layout leaves room for labels without measuring text. */
const estimatedLabelWidth = (node: GraphNode) => Math.min(160, 7 * node.actor.name.length)

export type ForceLayout = Simulation<GraphNode, RelationLink | AffiliationLink>

/** Graphs up to this size get the slow, careful cooling that untangles the most crossings. */
const SMALL_NETWORK = 80

/**
 * Creates the layout of a graph, stopped: call `settle` to compute it, or `tick` it yourself. Positions
 * already on the nodes (from an earlier layout) are kept; new nodes start on d3's deterministic spiral.
 *
 * Three regimes: small graphs cool slowly (about 700 ticks) with room for every label; medium ones in
 * about 230 ticks; large ones (past LARGE_NETWORK) in about 95 cheap ticks — no collision force, a coarser
 * Barnes–Hut approximation, short-range repulsion — so the first paint comes within a second or two.
 */
export function createLayout(graph: Graph, seed = 1): ForceLayout {
  const links: (RelationLink | AffiliationLink)[] = [...graph.links, ...graph.affiliations]
  const n = graph.nodes.length
  const large = n > LARGE_NETWORK
  const layout = forceSimulation<GraphNode, RelationLink | AffiliationLink>(graph.nodes)
    .stop()
    .randomSource(lcg(seed))
    .alphaDecay(n <= SMALL_NETWORK ? 0.01 : large ? 0.07 : 0.03)
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
        .strength(large ? -50 : -1000)
        .distanceMax(large ? 250 : 800)
        .theta(large ? 1.3 : 0.9),
    )
  // Forces apply in the order they are added; collision before centring, as the tuning assumed.
  if (!large)
    layout.force(
      'collide',
      forceCollide<GraphNode>((node) =>
        Math.max(node.radius + 14, estimatedLabelWidth(node) / 2 + 4),
      ).strength(0.9),
    )
  return layout
    .force('x', forceX<GraphNode>(0).strength(large ? 0.04 : 0.025))
    .force('y', forceY<GraphNode>(0).strength(large ? 0.04 : 0.16))
}

const INTERACTIVE_DECAY = 0.035

/** Marks a layout whose nodes already hold their settled positions as at rest, ready for interaction. */
export const atRest = (layout: ForceLayout): ForceLayout => layout.alpha(0).alphaDecay(INTERACTIVE_DECAY)

/** Runs the layout to rest synchronously, the way d3's own timer would over about 300 frames. */
export function settle(layout: ForceLayout): ForceLayout {
  const ticks = Math.ceil(Math.log(layout.alphaMin()) / Math.log(1 - layout.alphaDecay()))
  layout.alpha(1).tick(ticks)
  // From here on the layout only answers interaction: cool fast, so motion stops within about 3 s.
  return atRest(layout)
}

/** A linear congruential generator: seeded, so the layout is identical on every machine and every load. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state = (1664525 * state + 1013904223) >>> 0
    return state / 4294967296
  }
}
