import { expect, test } from 'vitest'
import { buildGraph } from '../src/graph.ts'
import { createLayout, settle } from '../src/layout.ts'
import { recallLayout, rememberLayout } from '../src/layout-cache.ts'
import { copyOfValidDataset } from './fixtures.ts'

test('recallLayout(key, graph) gives back exactly the settled positions remembered for that dataset', () => {
  const data = copyOfValidDataset()
  const first = buildGraph(data)
  settle(createLayout(first))
  rememberLayout(data, first)
  const second = buildGraph(data)
  expect(recallLayout(data, second)).toBe(true)
  expect(second.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]))
})

test('recallLayout misses for another dataset, or one whose actors changed', () => {
  const data = copyOfValidDataset()
  const graph = buildGraph(data)
  settle(createLayout(graph))
  rememberLayout('{"text":1}', graph)
  expect(recallLayout(copyOfValidDataset(), buildGraph(data))).toBe(false)
  const changed = copyOfValidDataset()
  changed.actors.push({ id: 'newcomer', name: 'Newcomer', kind: 'person' })
  expect(recallLayout('{"text":1}', buildGraph(changed))).toBe(false)
  expect(recallLayout('{"text":1}', buildGraph(data))).toBe(true)
})
