import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force'
import { expect, test } from 'vitest'
import type { AffiliationLink, GraphNode, RelationLink } from '../src/graph.ts'
import { ForceLayout, lcg, linkForce } from '../src/layout.ts'

// The layout's link and centring forces are its own, for bytes: these hold them to d3's arithmetic.

interface Node extends SimulationNodeDatum {
  id: string
  radius: number
  degree: number
}
type Link = { type?: string; source: Node; target: Node }

/** A ring with chords and a hub, so actors differ in degree (the link bias) and in radius. */
function graph() {
  const nodes: Node[] = Array.from({ length: 24 }, (_, i) => ({
    id: `n${i}`,
    radius: 6 + (i % 5),
    degree: 0,
  }))
  const at = (i: number) => nodes[i % nodes.length] as Node
  const pairs = nodes.flatMap((_, i) => [
    [i, i + 1],
    ...(i % 3 ? [] : [[i, i + 7]]),
    ...(i > 0 && i % 4 === 0 ? [[0, i]] : []),
  ])
  const links: Link[] = pairs.map(([a, b], i) => ({
    type: i % 4 ? 'cooperation' : undefined,
    source: at(a as number),
    target: at(b as number),
  }))
  for (const { source, target } of links) {
    source.degree++
    target.degree++
  }
  // Two actors on the same spot, their link first (before any other moves them): the force must separate
  // them with the simulation's random source, as d3's does.
  links.unshift(
    ...links.splice(
      links.findIndex((link) => link.source === at(5) && link.target === at(6)),
      1,
    ),
  )
  Object.assign(at(5), { x: 40, y: 40 })
  Object.assign(at(6), { x: 40, y: 40 })
  return { nodes, links }
}

const distance = (link: Link) => (link.type ? 60 + link.source.radius + link.target.radius : 50)
const strength = (link: Link) =>
  link.type ? 1 / Math.max(1, Math.min(link.source.degree, link.target.degree)) : 0.5
const positions = (nodes: readonly Node[]) => nodes.map(({ x, y }) => [x, y])

test('the link force moves actors exactly as d3’s forceLink does, coincident ends included', () => {
  const ours = graph()
  const layout = new ForceLayout(ours.nodes as unknown as GraphNode[], lcg(3))
  const links = ours.links as unknown as (RelationLink | AffiliationLink)[]
  layout.force(linkForce(links, distance as never, strength as never, layout.random))
  layout.tick(80)

  const theirs = graph()
  const d3 = forceSimulation(theirs.nodes).stop().randomSource(lcg(3))
  d3.force('link', forceLink(theirs.links).distance(distance).strength(strength))
  d3.tick(80)

  expect(positions(ours.nodes)).toEqual(positions(theirs.nodes))
  // They did move, and apart: not two untouched spirals.
  expect(ours.nodes[5]?.x).not.toBe(ours.nodes[6]?.x)
})

test('the centring pull is d3’s forceX and forceY', () => {
  const ours = graph()
  const layout = new ForceLayout(ours.nodes as unknown as GraphNode[], lcg(5)).centre(0.04, 0.16)
  const start = positions(ours.nodes)
  layout.tick(80)

  const theirs = graph()
  const d3 = forceSimulation(theirs.nodes).stop().randomSource(lcg(5))
  d3.force('x', forceX(0).strength(0.04)).force('y', forceY(0).strength(0.16))
  d3.tick(80)

  for (const [i, [x, y]] of positions(ours.nodes).entries()) {
    const [dx, dy] = positions(theirs.nodes)[i] as [number, number]
    expect(x).toBeCloseTo(dx, 9)
    expect(y).toBeCloseTo(dy, 9)
  }
  // Pulled in: the spiral the actors started on is smaller now.
  const spread = (points: number[][]) =>
    Math.max(...points.map(([x, y]) => Math.hypot(x as number, y as number)))
  expect(spread(positions(ours.nodes) as number[][])).toBeLessThan(spread(start as number[][]) / 2)
})
