import { expect, test } from 'vitest'
import { buildGraph, byDegree } from '../src/graph.ts'
import { copyOfValidDataset, validDataset } from './fixtures.ts'

test('buildGraph(dataset) makes one node per actor and one link per relation, without touching the dataset', () => {
  const before = structuredClone(validDataset)
  const graph = buildGraph(validDataset)
  expect(graph.nodes.map((n) => n.id)).toEqual(validDataset.actors.map((a) => a.id))
  expect(graph.links.map((l) => l.id)).toEqual(validDataset.relations.map((r) => r.id))
  graph.nodes[0]!.x = 42
  expect(validDataset).toEqual(before)
})

test('buildGraph(dataset) counts degrees over relations, not affiliations', () => {
  const graph = buildGraph(validDataset)
  expect(graph.nodeById.get('costa')?.degree).toBe(2)
  expect(graph.nodeById.get('city-council')?.degree).toBe(1)
  expect(graph.affiliations.map((a) => [a.source.id, a.target.id])).toEqual([['costa', 'city-council']])
  expect(graph.nodeById.get('costa')!.radius).toBeGreaterThan(graph.nodeById.get('city-council')!.radius)
})

test('byDegree(graph) ranks the most connected first, ties in dataset order', () => {
  const data = copyOfValidDataset()
  expect(byDegree(buildGraph(data)).map((n) => n.id)).toEqual([
    'costa',
    'dockworkers',
    'city-council',
    'port-authority',
  ])
})
