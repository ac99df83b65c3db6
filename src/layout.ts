/**
 * The force layout: a stopped, seeded d3-force simulation that the widget drives, so every reader sees the
 * same picture and the layout can be settled before the first paint.
 */
import { type Force, forceCollide, forceManyBody } from 'd3-force'
import type { RelationType } from './dataset.ts'
import {
  type AffiliationLink,
  byDegree,
  type Graph,
  type GraphNode,
  LARGE_NETWORK,
  type RelationLink,
} from './graph.ts'
import { Simulation } from './simulation.ts'

/** Rest length of each relation type: allies sit closer than adversaries. */
const LINK_DISTANCE: Record<RelationType, number> = { cooperation: 34, negotiation: 40, opposition: 48 }

/** Rough label width at the default 12.5 px font; the layout leaves room for labels without measuring text. */
const estimatedLabelWidth = (node: GraphNode) => Math.min(160, 7 * node.actor.name.length)

/**
 * The simulation with the widget's centring. It settles wider than tall, the shape of most boxes it is
 * drawn in; a phone's tall box gets a shape of its own from the view (see label-room.ts).
 */
export class ForceLayout extends Simulation<GraphNode> {
  /**
   * Adds the pull toward the centre, stronger on one axis to draw the layout wide: d3's `forceX(0)` and
   * `forceY(0)` in one force, with their arithmetic.
   */
  centre(xStrength: number, yStrength: number): this {
    return this.force((alpha) => {
      for (const node of this.nodes as Required<GraphNode>[]) {
        // `0 - position`, as d3 subtracts it from the target: a node at +0 then gets +0, not -0.
        node.vx += (0 - node.x) * xStrength * alpha
        node.vy += (0 - node.y) * yStrength * alpha
      }
    })
  }
}

/** Graphs up to this size get the slow, careful cooling that untangles the most crossings. */
const SMALL_NETWORK = 80

/**
 * Cooling of a large graph: 14 ticks from alpha 1 down to d3's alphaMin of 0.001 (see `settle`). Enough from
 * the start `place` gives: 18 measured the same (0.47 % of actor pairs overlapping at 2,000 / 6,000 against
 * 0.52 %, 5.7 % of relation pairs crossing either way) and cost about 70 ms more before the first paint.
 */
const LARGE_DECAY = 0.39

/**
 * How far apart a large layout's collision force pushes two actors, as a share of the sum of their radii: two
 * glyphs may overlap, but neither covers the other's centre unless one is three times the other. Without it,
 * the pointer at an actor's centre found that actor for 80 % of the actors at 400 actors, 48 % at 1,000 and
 * 28 % at 2,000 (the rest lay under a neighbour); with it, and the glyphs drawn to the layout's scale when
 * the view shows it smaller, 100 %, 85 % and 73 % (49 % at 5,000). Four passes of the force a tick made
 * that 97 % and 85 %, but cost too much of the settled first paint; 14 ticks against the other forces do
 * not pull a dense layout fully apart. Neither did up to 16 passes of the force after the last tick (the
 * links pack the core tighter than the force asks, so it only shuffles it: 2,000 actors went from 73 % to
 * 71–81 %), nor a repulsion four times as strong (87 %, and 61 % at 5,000). So the painter draws a crowded
 * network's glyphs smaller than the layout's scale (see CROWDED there): 100 %, 97 % and 98 %, 97 % at 5,000.
 */
const LARGE_SEPARATION = 0.8

/**
 * Creates the layout of a graph, stopped: call `settle` to compute it, or `tick` it yourself. Positions
 * already on the nodes (from an earlier layout) are kept; new nodes start on d3's deterministic spiral,
 * except in a large graph that has no positions yet, which starts from `place`.
 *
 * Three regimes: small graphs cool slowly (about 700 ticks) with room for every label; medium ones in
 * about 230 ticks. Large ones (past LARGE_NETWORK) must settle before the first paint, and nearly all
 * their time goes into the many-body force, a fixed cost per tick that grows with the node count. So they
 * buy a good start rather than many ticks: `place` first puts each node among its graph neighbours, with
 * communities apart, and from there 14 cheap ticks (no collision force, a coarser Barnes–Hut
 * approximation, short-range repulsion) settle it. From d3's spiral, where nodes start far from their
 * neighbours, it took 95 ticks, three to four times as long, and still left more crossings and overlaps.
 */
export function createLayout(graph: Graph, seed = 1): ForceLayout {
  const links: (RelationLink | AffiliationLink)[] = [...graph.links, ...graph.affiliations]
  const n = graph.nodes.length
  const large = n > LARGE_NETWORK
  if (large) finish(place(graph, links, lcg(seed)))
  const layout = new ForceLayout(graph.nodes, lcg(seed))
  layout.alphaDecay = n <= SMALL_NETWORK ? 0.01 : large ? LARGE_DECAY : 0.03
  layout
    .force(
      linkForce(
        links,
        (link) => ('type' in link ? LINK_DISTANCE[link.type] + link.source.radius + link.target.radius : 50),
        (link) => ('type' in link ? 1 / Math.max(1, Math.min(link.source.degree, link.target.degree)) : 0.5),
        layout.random,
      ),
    )
    .force(
      forceManyBody<GraphNode>()
        .strength(large ? -50 : -1000)
        .distanceMax(large ? 250 : 800)
        .theta(large ? 1.5 : 0.9),
    )
  // Forces apply in the order they are added; collision before centring, as the tuning assumed.
  if (!large)
    layout.force(
      forceCollide<GraphNode>((node) =>
        Math.max(node.radius + 14, estimatedLabelWidth(node) / 2 + 4),
      ).strength(0.9),
    )
  // A large network leaves no room for labels, but keeps each actor's centre clear of its neighbours' glyphs,
  // so that the pointer at an actor finds that actor (see `LARGE_SEPARATION`).
  else layout.force(coolingCollide((node) => node.radius * LARGE_SEPARATION))

  return layout.centre(large ? 0.04 : 0.025, large ? 0.04 : 0.16)
}

type Link = RelationLink | AffiliationLink

/**
 * d3's collision force, but cooling with the layout: d3's pushes at full strength whatever the alpha, so a
 * settled large layout (14 ticks leave it short of done) would still move on the next tick. At rest, it stops.
 */
function coolingCollide(radius: (node: GraphNode) => number): Force<GraphNode, never> {
  const collide = forceCollide<GraphNode>(radius)
  return Object.assign(
    (alpha: number) => {
      collide.strength(Math.min(0.7, alpha * 20))
      collide(alpha)
    },
    { initialize: (nodes: GraphNode[], random: () => number) => collide.initialize(nodes, random) },
  )
}

/**
 * d3's `forceLink`, with its arithmetic, for links that already hold their nodes (d3's looks nodes up by id,
 * and carries setters this layout never calls). Each link pulls its two actors toward `distance` apart, by
 * `strength`; of the two, the one with more links moves less (d3's bias). `random` is the simulation's, which
 * d3 would hand the force: it nudges apart the ends of a link that coincide.
 */
export function linkForce(
  links: readonly Link[],
  distance: (link: Link) => number,
  strength: (link: Link) => number,
  random: () => number,
): Force<GraphNode, never> {
  const count = new Map<GraphNode, number>()
  for (const { source, target } of links)
    for (const node of [source, target]) count.set(node, (count.get(node) ?? 0) + 1)
  const springs = links.map((link) => {
    const s = count.get(link.source) as number
    const t = count.get(link.target) as number
    // Typed loosely, as in the simulation's loop: the simulation has given every node a position and a velocity.
    const source = link.source as Required<GraphNode>
    const target = link.target as Required<GraphNode>
    return { source, target, distance: distance(link), strength: strength(link), bias: s / (s + t) }
  })
  const jiggle = () => (random() - 0.5) * 1e-6
  return (alpha: number) => {
    // Indexed: this runs on every tick, over every link.
    for (let i = 0; i < springs.length; i++) {
      const { source, target, distance, strength, bias } = springs[i] as (typeof springs)[number]
      let x = target.x + target.vx - source.x - source.vx || jiggle()
      let y = target.y + target.vy - source.y - source.vy || jiggle()
      const length = Math.sqrt(x * x + y * y)
      const pull = ((length - distance) / length) * alpha * strength
      x *= pull
      y *= pull
      target.vx -= x * bias
      target.vy -= y * bias
      source.vx += x * (1 - bias)
      source.vy += y * (1 - bias)
    }
  }
}

/** Pivots of the initial placement: each costs a breadth-first search; fewer draw a blurrier picture. */
const PIVOTS = 24
/** Room per node, in px², of the disc a large graph starts in: about the density the forces settle at. */
const ROOM = 600
/** Width of the seeded jitter that keeps nodes with the same hop counts off one another, in px. */
const JITTER = 30

/**
 * Where the nodes of a large graph start, when none has a position yet (if any has, they all keep theirs
 * and the rest start on d3's spiral, as in smaller graphs; a pin wins over either, d3 sees to that).
 *
 * Each connected part is laid out by pivot MDS (Brandes & Pich): its nodes' hop counts from a few
 * far-apart pivots, projected onto their two main axes. That costs a few breadth-first searches and a
 * small eigenproblem, and already sets communities apart and puts each node among its neighbours. A
 * small-world graph projects to a dense core and a sparse fringe, so the radii are then evened out by rank,
 * each node keeping its direction, to about the density the forces settle at: the simulation only has to
 * settle the picture, not untangle it. The part of the best-connected node is centred; each other part,
 * in order of its best-connected node, gets a disc just outside those before. Seeded jitter separates
 * nodes with the same hop counts, such as the leaves of one hub.
 */
function* place(graph: Graph, links: readonly Link[], random: () => number): Generator<void, void> {
  const nodes = graph.nodes
  if (nodes.some((node) => node.x !== undefined)) return
  // d3 numbers the nodes in the same way when the simulation starts.
  for (const [i, node] of nodes.entries()) node.index = i
  const neighbours: number[][] = nodes.map(() => [])
  for (const { source, target } of links) {
    neighbours[source.index as number]?.push(target.index as number)
    neighbours[target.index as number]?.push(source.index as number)
  }
  /** Hop counts from node `s` (-1 out of reach), and the nodes reached, nearest first. */
  const search = (s: number) => {
    const hops = new Int32Array(nodes.length).fill(-1)
    const order = [s]
    hops[s] = 0
    // Indexed loops: this runs once per layout, before the engine has optimised it, where for…of is slow.
    for (let q = 0; q < order.length; q++) {
      const u = order[q] as number
      const next = neighbours[u] as number[]
      for (let j = 0; j < next.length; j++) {
        const v = next[j] as number
        if ((hops[v] as number) < 0) {
          hops[v] = (hops[u] as number) + 1
          order.push(v)
        }
      }
    }
    return [hops, order] as const
  }
  const dot = (u: ArrayLike<number>, v: number[]) => v.reduce((sum, x, p) => sum + x * (u[p] as number), 0)
  const unit = (v: number[]) => {
    const length = Math.hypot(...v) || 1
    return v.map((x) => x / length)
  }
  let area = 0
  let parts = 0
  for (const first of byDegree(graph)) {
    if (first.x !== undefined) continue
    const [hops, part] = search(first.index as number)
    const columns = [hops]
    // Each next pivot is the node farthest from those already chosen.
    const nearest = Int32Array.from(hops)
    while (columns.length < Math.min(PIVOTS, part.length)) {
      const [hops] = search(part.reduce((f, i) => ((nearest[i] as number) > (nearest[f] as number) ? i : f)))
      columns.push(hops)
      for (const i of part) nearest[i] = Math.min(nearest[i] as number, hops[i] as number)
      // A breadth-first search over a large part is the unit of work a slice of `layOut` may stop after.
      yield
    }
    // Squared hop counts, double-centred (classical MDS): one row per node of the part.
    const k = columns.length
    const means = columns.map(
      (hops) => part.reduce((sum, i) => sum + (hops[i] as number) ** 2, 0) / part.length,
    )
    const grand = means.reduce((sum, mean) => sum + mean) / k
    const rows = part.map((i) => {
      const row = columns.map((hops) => (hops[i] as number) ** 2)
      const mean = row.reduce((sum, v) => sum + v) / k
      return row.map((v, p) => mean + (means[p] as number) - grand - v)
    })
    yield
    // The two main axes: the top eigenvectors of rowsᵀ·rows (k × k), by power iteration.
    const gram = columns.map(() => new Float64Array(k))
    for (const row of rows)
      for (let p = 0; p < k; p++) {
        const g = gram[p] as Float64Array
        const x = row[p] as number
        for (let q = 0; q < k; q++) g[q] = (g[q] as number) + x * (row[q] as number)
      }
    let a = columns.map(() => random())
    let b = columns.map(() => random())
    for (let step = 0; step < 60; step++) {
      a = unit(gram.map((g) => dot(g, a)))
      b = gram.map((g) => dot(g, b))
      const along = dot(b, a)
      b = unit(b.map((x, p) => x - along * (a[p] as number)))
    }
    // A disc for the part: the first at the centre, each next one just outside those before.
    const away = area && Math.sqrt(area / Math.PI) + Math.sqrt((part.length * ROOM) / Math.PI)
    const cx = away * Math.cos(2.4 * parts)
    const cy = away * Math.sin(2.4 * parts++)
    area += part.length * ROOM
    // Each node keeps its direction from the centre; radii by rank fill the disc evenly.
    rows
      .map((row, r) => {
        const x = dot(row, a)
        const y = dot(row, b)
        return [Math.hypot(x, y) || 1, x, y, nodes[part[r] as number] as GraphNode] as const
      })
      .sort((u, v) => u[0] - v[0])
      .forEach(([length, x, y, node], rank) => {
        const r = Math.sqrt((rank * ROOM) / Math.PI) / length
        node.x = cx + x * r + JITTER * (random() - 0.5)
        node.y = cy + y * r + JITTER * (random() - 0.5)
      })
  }
}

const INTERACTIVE_DECAY = 0.035

/** Marks a layout whose nodes already hold their settled positions as at rest, ready for interaction. */
export function atRest(layout: ForceLayout): ForceLayout {
  layout.alpha = 0
  layout.alphaDecay = INTERACTIVE_DECAY
  return layout
}

/** Runs the layout to rest synchronously, the way d3's own timer would over about 300 frames. */
export const settle = (layout: ForceLayout): ForceLayout => finish(settling(layout))

/**
 * `settle`, one tick per step: the same ticks, so the same positions, for a caller that spreads them over
 * several tasks (see `runInSlices`). Returns the layout at rest.
 */
export function* settling(layout: ForceLayout): Generator<void, ForceLayout> {
  const ticks = Math.ceil(Math.log(layout.alphaMin) / Math.log(1 - layout.alphaDecay))
  layout.alpha = 1
  for (let k = 0; k < ticks; k++) {
    layout.tick()
    yield
  }
  // From here on the layout only answers interaction: cool fast, so motion stops within about 3 s.
  return atRest(layout)
}

/**
 * `settle(createLayout(graph, seed))` in steps: a large graph's initial placement a search at a time, then
 * the ticks one at a time. Every step is small, so a caller can stop between any two of them.
 */
export function* layOut(graph: Graph, seed = 1): Generator<void, ForceLayout> {
  // The placement `createLayout` would make, made here in steps; it then finds the positions taken.
  if (graph.nodes.length > LARGE_NETWORK)
    yield* place(graph, [...graph.links, ...graph.affiliations], lcg(seed))
  return yield* settling(createLayout(graph, seed))
}

/** Runs steps to the end, synchronously, and returns what they return. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `layOut` around actors that already have their places (a dataset replaced by an edited one, say): they
 * stay exactly where they were, pins and all, and the rest settle among them, in steps. Settling the whole
 * network again from full heat moved a reader's actors by as much as the network is wide. `placed` are the
 * nodes whose `x`, `y`, `fx` and `fy` the layout must keep.
 */
export function* layOutAround(
  graph: Graph,
  placed: readonly GraphNode[],
  seed = 1,
): Generator<void, ForceLayout> {
  const places = placed.map((node) => [node, node.x, node.y, node.fx, node.fy] as const)
  const layout = createLayout(graph, seed)
  // A large network's first placement (see createLayout) puts every node somewhere new: back where it was.
  for (const [node, x, y] of places) {
    node.fx = node.x = x
    node.fy = node.y = y
  }
  if (placed.length < graph.nodes.length) yield* settling(layout)
  for (const [node, , , fx, fy] of places) Object.assign(node, { fx, fy, vx: 0, vy: 0 })
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
