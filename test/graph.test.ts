import { expect, test } from 'vitest'
import { BULK_DRAWING, buildGraph, byDegree, drawnInBulk } from '../src/graph.ts'
import { generateDataset } from './bench/generate.ts'
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

test('drawing in bulk starts where actors and relations together pass the limit, whatever their mix', () => {
  expect(drawnInBulk(buildGraph(validDataset))).toBe(false)
  const sparse = buildGraph(generateDataset({ actors: 48, relationsPerActor: 1.5, seed: 1 }))
  const dense = buildGraph(generateDataset({ actors: 30, relationsPerActor: 4, seed: 1 }))
  expect(sparse.nodes.length + sparse.links.length).toBeLessThanOrEqual(BULK_DRAWING)
  expect(drawnInBulk(sparse)).toBe(false)
  expect(dense.nodes.length).toBeLessThan(sparse.nodes.length)
  expect(drawnInBulk(dense)).toBe(true)
})
