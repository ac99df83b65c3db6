import { expect, test } from 'vitest'
import { filterGraph, formatRelationTypes, parseRelationTypes } from '../src/filter.ts'
import { buildGraph } from '../src/graph.ts'
import { validDataset } from './fixtures.ts'

test('parseRelationTypes(value) reads the attribute: absent means all, unknown tokens are ignored', () => {
  expect(parseRelationTypes(null)).toEqual(['cooperation', 'negotiation', 'opposition'])
  expect(parseRelationTypes('')).toEqual([])
  expect(parseRelationTypes('  Opposition  bogus cooperation opposition')).toEqual([
    'cooperation',
    'opposition',
  ])
})

test('formatRelationTypes(types) writes legend order without duplicates', () => {
  expect(formatRelationTypes(['opposition', 'cooperation', 'opposition'])).toBe('cooperation opposition')
})

test('filterGraph(graph, types) keeps the chosen types and dims, not removes, the actors left alone', () => {
  const graph = buildGraph(validDataset)
  const view = filterGraph(graph, ['opposition'])
  expect(view.links.map((l) => l.id)).toEqual(['dockworkers-costa-strike'])
  expect([...view.isolated].sort()).toEqual(['city-council', 'port-authority'])
  expect(view.counts).toEqual({ cooperation: 1, negotiation: 1, opposition: 1 })
  expect(filterGraph(graph, []).isolated.size).toBe(4)
})
