import { expect, test } from 'vitest'
import { describeActor, describeNetwork, listCounts } from '../src/describe.ts'
import { filterGraph } from '../src/filter.ts'
import { buildGraph } from '../src/graph.ts'
import { validDataset } from './fixtures.ts'

const graph = buildGraph(validDataset)

test('listCounts(counts) names only the types present, in legend order', () => {
  expect(listCounts({ cooperation: 13, negotiation: 3, opposition: 12 })).toBe(
    '13 cooperation, 3 negotiation and 12 opposition',
  )
  expect(listCounts({ cooperation: 0, negotiation: 2, opposition: 0 })).toBe('2 negotiation')
})

test('describeActor(node, visibility) announces name, role and visible relations by type', () => {
  const costa = graph.nodeById.get('costa')!
  expect(describeActor(costa, filterGraph(graph, ['cooperation', 'negotiation', 'opposition']))).toBe(
    'Ana Costa, Mayor. 1 negotiation, 1 opposition.',
  )
  expect(describeActor(costa, filterGraph(graph, ['cooperation']))).toBe(
    'Ana Costa, Mayor. No visible relations.',
  )
})

test('describeNetwork(graph, visibility, shown) gives size, breakdown, hubs and what the filter hides', () => {
  const all = describeNetwork(graph, filterGraph(graph, ['cooperation', 'negotiation', 'opposition']), [
    'cooperation',
    'negotiation',
    'opposition',
  ])
  expect(all).toBe(
    'A network of 4 actors and 3 relations: 1 cooperation, 1 negotiation and 1 opposition. Most connected: Ana Costa (2 relations), Dockworkers’ Union (2 relations), City Council (1 relation).',
  )
  const filtered = describeNetwork(graph, filterGraph(graph, ['cooperation']), ['cooperation'])
  expect(filtered).toContain('The filter hides 1 negotiation and 1 opposition relations; 1 relation shown.')
})
