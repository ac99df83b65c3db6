import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  type SimulationNodeDatum,
} from 'd3-force'
import { expect, test } from 'vitest'
import { lcg } from '../src/layout.ts'
import { Simulation } from '../src/simulation.ts'

interface Node extends SimulationNodeDatum {
  id: number
}

/** A small graph with a pinned node, a node already placed and the rest left to the spiral. */
function nodesAndLinks() {
  const nodes: Node[] = Array.from({ length: 40 }, (_, id) => ({ id }))
  Object.assign(nodes[3] as Node, { fx: 50, fy: -20 })
  Object.assign(nodes[7] as Node, { x: 200, y: 10 })
  const links = nodes.slice(1).map((node, i) => ({ source: node.id, target: (i * 7) % (node.id || 1) }))
  return { nodes, links }
}

const forces = (links: ReturnType<typeof nodesAndLinks>['links']) =>
  [
    forceLink<Node, (typeof links)[number]>(links).id((node) => node.id),
    forceManyBody<Node>().strength(-300),
    forceCollide<Node>(12),
    forceX<Node>(0).strength(0.05),
  ] as const

test('the layout loop moves nodes exactly as d3’s forceSimulation does, pins and cooling included', () => {
  const ours = nodesAndLinks()
  const simulation = new Simulation(ours.nodes, lcg(7))
  for (const force of forces(ours.links)) simulation.force(force)
  simulation.alphaTarget = 0.2
  simulation.tick(120)

  const theirs = nodesAndLinks()
  const d3 = forceSimulation(theirs.nodes).stop().randomSource(lcg(7)).alphaTarget(0.2)
  for (const [i, force] of forces(theirs.links).entries()) d3.force(String(i), force)
  d3.tick(120)

  expect(simulation.alpha).toBe(d3.alpha())
  expect(ours.nodes.map(({ x, y }) => [x, y])).toEqual(theirs.nodes.map(({ x, y }) => [x, y]))
  expect([ours.nodes[3]?.x, ours.nodes[3]?.y]).toEqual([50, -20])
  // The nodes did move: the comparison above is not between two untouched spirals.
  expect(ours.nodes[20]?.x).not.toBeCloseTo(
    10 * Math.sqrt(20.5) * Math.cos(20 * Math.PI * (3 - Math.sqrt(5))),
  )
})
