/**
 * The layout of large networks (past LARGE_NETWORK actors): placed by pivot MDS, then 14 ticks. What a
 * reader would notice, on the benchmark's seeded networks (communities, hubs): the same picture every
 * time, related actors near each other, few overlaps and crossings, separate parts kept apart. The
 * thresholds sit between today's figures and those of the old start from d3's spiral (in comments).
 */
import { describe, expect, test } from 'vitest'
import type { Dataset } from '../src/dataset.ts'
import { buildGraph, type Graph, type GraphNode, LARGE_NETWORK } from '../src/graph.ts'
import { createLayout, lcg, settle } from '../src/layout.ts'
import { generateDataset } from './bench/generate.ts'

const settled = (actors: number, relationsPerActor: number) => {
  const graph = buildGraph(generateDataset({ actors, relationsPerActor, seed: 1 }))
  const layout = settle(createLayout(graph))
  return { graph, layout }
}
const distance = (p: GraphNode, q: GraphNode) => Math.hypot(p.x! - q.x!, p.y! - q.y!)
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** Share of node pairs whose circles come within 2 px of each other. */
function overlapShare({ nodes }: Graph): number {
  let overlaps = 0
  for (const [i, p] of nodes.entries())
    for (const q of nodes.slice(i + 1)) if (distance(p, q) < p.radius + q.radius + 2) overlaps++
  return overlaps / ((nodes.length * (nodes.length - 1)) / 2)
}

/** Share of 3,000 seeded pairs of relations without a shared actor that cross each other. */
function crossingShare({ links }: Graph): number {
  const random = lcg(7)
  const side = (a: GraphNode, b: GraphNode, c: GraphNode) =>
    Math.sign((b.x! - a.x!) * (c.y! - a.y!) - (b.y! - a.y!) * (c.x! - a.x!))
  let crossings = 0
  let pairs = 0
  while (pairs < 3000) {
    const e = links[Math.floor(random() * links.length)]!
    const f = links[Math.floor(random() * links.length)]!
    if (new Set([e.source, e.target, f.source, f.target]).size < 4) continue
    pairs++
    if (
      side(f.source, f.target, e.source) * side(f.source, f.target, e.target) < 0 &&
      side(e.source, e.target, f.source) * side(e.source, e.target, f.target) < 0
    )
      crossings++
  }
  return crossings / pairs
}

describe('the layout of a large network', () => {
  const dense = settled(2000, 3)
  const sparse = settled(2000, 1.5)

  test('is the same on every run, with finite positions, and at rest once settled', () => {
    expect(dense.graph.nodes.length).toBeGreaterThan(LARGE_NETWORK)
    const again = settled(2000, 3)
    expect(again.graph.nodes.map((n) => [n.x, n.y])).toEqual(dense.graph.nodes.map((n) => [n.x, n.y]))
    for (const node of dense.graph.nodes)
      expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true)
    // At rest: cooled to a stop, so a further tick barely moves anything.
    expect(again.layout.alpha).toBe(0)
    const before = again.graph.nodes.map((n) => [n.x!, n.y!] as const)
    again.layout.tick()
    const moved = again.graph.nodes.map((n, i) => Math.hypot(n.x! - before[i]![0], n.y! - before[i]![1]))
    expect(Math.max(...moved)).toBeLessThan(0.5)
  })

  test('keeps related actors near each other', () => {
    for (const { graph } of [dense, sparse]) {
      const random = lcg(3)
      const pick = () => graph.nodes[Math.floor(random() * graph.nodes.length)]!
      const anyPair = median(Array.from({ length: 4000 }, () => distance(pick(), pick())))
      const related = median(graph.links.map((link) => distance(link.source, link.target)))
      // 0.52 and 0.24 of the distance between any two actors; 0.58 and 0.31 from the spiral.
      expect(related).toBeLessThan((graph === dense.graph ? 0.54 : 0.28) * anyPair)
    }
  })

  test('has few overlapping actors and few crossing relations', () => {
    // 0.47 % of pairs overlap at 2,000 / 6,000 (0.63 % from the spiral), 0.19 % at 2,000 / 3,000 (0.32 %).
    expect(overlapShare(dense.graph)).toBeLessThan(0.006)
    expect(overlapShare(sparse.graph)).toBeLessThan(0.0027)
    // 5.7 % and 1.2 % of relation pairs cross (6.8 % and 2.2 % from the spiral).
    expect(crossingShare(dense.graph)).toBeLessThan(0.062)
    expect(crossingShare(sparse.graph)).toBeLessThan(0.02)
  })
})

test('separate parts of a large network keep apart', () => {
  const part = (dataset: Dataset, prefix: string) => ({
    actors: dataset.actors.map((a) => ({
      ...a,
      id: prefix + a.id,
      affiliation: a.affiliation && prefix + a.affiliation,
    })),
    relations: dataset.relations.map((r) => ({
      ...r,
      id: prefix + r.id,
      source: prefix + r.source,
      target: prefix + r.target,
    })),
  })
  const a = part(generateDataset({ actors: 600, seed: 1 }), 'a')
  const b = part(generateDataset({ actors: 300, seed: 2 }), 'b')
  const loners = Array.from({ length: 100 }, (_, i) => ({
    id: `c${i}`,
    name: `Lone ${i}`,
    kind: 'person' as const,
  }))
  const graph = buildGraph({
    ...generateDataset({ actors: 2 }),
    actors: [...a.actors, ...b.actors, ...loners],
    relations: [...a.relations, ...b.relations],
  })
  settle(createLayout(graph))
  // Nearly every actor's nearest neighbour on screen is of its own part (97 %; 62 % from the spiral).
  const parted = graph.nodes.filter((p) => !p.id.startsWith('c'))
  const own = parted.filter((p) => {
    let nearest = p
    for (const q of graph.nodes)
      if (q !== p && (nearest === p || distance(p, q) < distance(p, nearest))) nearest = q
    return nearest.id[0] === p.id[0]
  })
  expect(own.length / parted.length).toBeGreaterThan(0.9)
  for (const node of graph.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true)
})

test('a large network keeps the positions already on its nodes', () => {
  const graph = buildGraph(generateDataset({ actors: 500, seed: 4 }))
  const old = graph.nodes.slice(0, 400)
  for (const [i, node] of old.entries()) Object.assign(node, { x: 3 * i, y: -2 * i })
  createLayout(graph)
  expect(old.map((n) => [n.x, n.y])).toEqual(old.map((_, i) => [3 * i, -2 * i]))
  // The others start on d3's spiral, as in smaller networks.
  for (const node of graph.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true)
})
