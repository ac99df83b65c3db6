/**
 * The loop that drives d3-force's forces: the arithmetic of d3's `forceSimulation`, without its timer and
 * its event dispatcher.
 *
 * The widget never lets a layout run on its own clock: it settles the layout synchronously before the first
 * paint and afterwards ticks it from its own animation frames (which pause out of view). So d3's timer and
 * dispatch were dead weight in the embed bundle, about 1.5 KB gzipped with the simulation's unused methods.
 * The many-body and collision forces are still d3's; the link and centring forces (see layout.ts) keep d3's
 * arithmetic without its setters and lookups. A unit test holds this loop to d3's: the same forces and seed
 * give the same positions.
 */
import type { Force, SimulationNodeDatum } from 'd3-force'

/** d3's spiral for nodes without a position: its first radius, and the golden angle between nodes. */
const INITIAL_RADIUS = 10
const INITIAL_ANGLE = Math.PI * (3 - Math.sqrt(5))

export class Simulation<Node extends SimulationNodeDatum> {
  /** The current heat: forces act in proportion to it. */
  alpha = 1
  /** Below this the layout counts as settled. */
  alphaMin = 0.001
  /** How far alpha moves toward `alphaTarget` per tick; d3's default cools in 300 ticks. */
  alphaDecay = 1 - 0.001 ** (1 / 300)
  /** Where alpha tends: above zero while the reader drags, so the network follows. */
  alphaTarget = 0
  /** The share of its velocity a node keeps from one tick to the next (d3's `1 - velocityDecay`). */
  velocityRetained = 0.6

  readonly #forces: Force<Node, never>[] = []

  /**
   * Numbers the nodes, moves pinned ones to their pins, and puts those without a position on d3's
   * deterministic spiral, exactly as `forceSimulation(nodes)` does.
   */
  constructor(
    readonly nodes: Node[],
    /** The random source the forces use to break ties (seeded, so every reader sees the same picture). */
    readonly random: () => number,
  ) {
    for (const [i, node] of nodes.entries()) {
      node.index = i
      if (node.fx != null) node.x = node.fx
      if (node.fy != null) node.y = node.fy
      if (Number.isNaN(Number(node.x)) || Number.isNaN(Number(node.y))) {
        const radius = INITIAL_RADIUS * Math.sqrt(0.5 + i)
        node.x = radius * Math.cos(i * INITIAL_ANGLE)
        node.y = radius * Math.sin(i * INITIAL_ANGLE)
      }
      if (Number.isNaN(Number(node.vx)) || Number.isNaN(Number(node.vy))) node.vx = node.vy = 0
    }
  }

  /** Adds a force; forces apply in the order they are added. */
  force(force: Force<Node, never>): this {
    force.initialize?.(this.nodes, this.random)
    this.#forces.push(force)
    return this
  }

  /** Advances the layout by `iterations` ticks: cools, applies every force, then moves the nodes. */
  tick(iterations = 1): this {
    for (let k = 0; k < iterations; k++) {
      this.alpha += (this.alphaTarget - this.alpha) * this.alphaDecay
      for (const force of this.#forces) force(this.alpha)
      // Indexed, and typed loosely: this is the hot loop of every tick, as in d3.
      const nodes = this.nodes as Required<SimulationNodeDatum>[]
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i] as Required<SimulationNodeDatum>
        if (node.fx == null) node.x += node.vx *= this.velocityRetained
        else {
          node.x = node.fx
          node.vx = 0
        }
        if (node.fy == null) node.y += node.vy *= this.velocityRetained
        else {
          node.y = node.fy
          node.vy = 0
        }
      }
    }
    return this
  }
}
