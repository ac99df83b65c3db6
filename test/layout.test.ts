import { expect, test } from 'vitest'
import article from '../data/ratcliffe-rodriguez-caracas.json'
import type { Dataset } from '../src/dataset.ts'
import { buildGraph } from '../src/graph.ts'
import { createLayout, finish, layOutAround, settle } from '../src/layout.ts'
import { validDataset } from './fixtures.ts'

const dataset = article as unknown as Dataset

test('settle(createLayout(graph)) gives finite, deterministic positions', () => {
  const a = buildGraph(dataset)
  const b = buildGraph(dataset)
  settle(createLayout(a))
  settle(createLayout(b))
  for (const node of a.nodes) {
    expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true)
  }
  expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]))
})

test('the settled layout is at rest: one more tick barely moves anything', () => {
  const graph = buildGraph(dataset)
  const layout = settle(createLayout(graph))
  const before = graph.nodes.map((n) => [n.x ?? 0, n.y ?? 0])
  layout.tick()
  const moved = graph.nodes.map((n, i) =>
    Math.hypot((n.x ?? 0) - before[i]![0]!, (n.y ?? 0) - before[i]![1]!),
  )
  expect(Math.max(...moved)).toBeLessThan(0.5)
})

test('nodes do not overlap, and affiliated actors sit near each other', () => {
  const graph = buildGraph(dataset)
  settle(createLayout(graph))
  const distance = (a: string, b: string) => {
    const p = graph.nodeById.get(a)!
    const q = graph.nodeById.get(b)!
    return Math.hypot(p.x! - q.x!, p.y! - q.y!)
  }
  for (const [i, p] of graph.nodes.entries())
    for (const q of graph.nodes.slice(i + 1))
      expect(distance(p.id, q.id), `${p.id}/${q.id}`).toBeGreaterThan(p.radius + q.radius)
  const all = graph.nodes.flatMap((p) => graph.nodes.filter((q) => q !== p).map((q) => distance(p.id, q.id)))
  const median = all.sort((x, y) => x - y)[Math.floor(all.length / 2)]!
  const tethers = graph.affiliations.map((t) => distance(t.source.id, t.target.id))
  const meanTether = tethers.reduce((sum, d) => sum + d, 0) / tethers.length
  expect(meanTether).toBeLessThan(0.75 * median)
})

test('pinned nodes stay put while the rest settles', () => {
  const graph = buildGraph(validDataset)
  const pinned = graph.nodeById.get('costa')!
  pinned.fx = 123
  pinned.fy = -45
  settle(createLayout(graph))
  expect([pinned.x, pinned.y]).toEqual([123, -45])
})

test('layOutAround keeps placed actors exactly where they were, pins included, and settles a new one beside its neighbours', () => {
  const before = buildGraph(dataset)
  settle(createLayout(before))
  const pinned = before.nodes[3] as (typeof before.nodes)[number]
  pinned.fx = pinned.x
  pinned.fy = pinned.y
  // The same network with one actor more, joined to one that is there already.
  const anchor = dataset.actors[0]?.id as string
  const edited: Dataset = {
    ...dataset,
    actors: [...dataset.actors, { id: 'newcomer', name: 'A newcomer', kind: 'person' }],
    relations: [
      ...dataset.relations,
      { id: 'newcomer-link', source: 'newcomer', target: anchor, type: 'cooperation', evidence: ['x'] },
    ],
  } as Dataset
  const after = buildGraph(edited)
  const placed = after.nodes.filter((node) => {
    const old = before.nodeById.get(node.id)
    if (old) Object.assign(node, { x: old.x, y: old.y, fx: old.fx, fy: old.fy })
    return old
  })
  finish(layOutAround(after, placed))
  for (const node of placed) {
    const old = before.nodeById.get(node.id)
    expect([node.x, node.y], node.id).toEqual([old?.x, old?.y])
  }
  expect(after.nodeById.get(pinned.id)?.fx).toBe(pinned.x)
  expect(after.nodeById.get(before.nodes[0]?.id ?? '')?.fx ?? null).toBeNull()
  const newcomer = after.nodeById.get('newcomer')
  const neighbour = after.nodeById.get(anchor)
  const distance = Math.hypot(
    (newcomer?.x ?? 0) - (neighbour?.x ?? 0),
    (newcomer?.y ?? 0) - (neighbour?.y ?? 0),
  )
  expect(Number.isFinite(distance)).toBe(true)
  expect(distance).toBeLessThan(250)
})
