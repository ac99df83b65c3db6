/**
 * `layOut(graph)`: the layout in small steps, which the widget spreads over several tasks so the host
 * page's main thread is never held for the whole of it. Stepping must not change the picture.
 */
import { expect, test } from 'vitest'
import article from '../data/ratcliffe-rodriguez-caracas.json'
import type { Dataset } from '../src/dataset.ts'
import { buildGraph, LARGE_NETWORK } from '../src/graph.ts'
import { createLayout, layOut, settle } from '../src/layout.ts'
import { runInSlices } from '../src/slices.ts'
import { generateDataset } from './bench/generate.ts'

const positions = (graph: ReturnType<typeof buildGraph>) => graph.nodes.map((n) => [n.x, n.y])

/** Runs `layOut(graph)` in slices of `stepsPerSlice` steps; returns the layout and the number of slices. */
async function sliced(graph: ReturnType<typeof buildGraph>, stepsPerSlice: number) {
  let steps = 0
  let slices = 1
  const layout = await runInSlices(layOut(graph), {
    budget: stepsPerSlice,
    now: () => steps++,
    pause: async () => {
      slices++
    },
  })
  return { layout, slices }
}

test.each([
  ['the article', article as unknown as Dataset],
  ['a large network', generateDataset({ actors: LARGE_NETWORK + 100, relationsPerActor: 3, seed: 1 })],
])('layOut(graph) in slices settles %s exactly as settle(createLayout(graph)) does', async (_, dataset) => {
  const whole = buildGraph(dataset)
  const wholeLayout = settle(createLayout(whole))
  const inSteps = buildGraph(dataset)
  const { layout, slices } = await sliced(inSteps, 5)
  expect(slices).toBeGreaterThan(5)
  expect(positions(inSteps)).toEqual(positions(whole))
  // At rest, ready for interaction, like the layout settled in one go.
  expect([layout?.alpha, layout?.alphaDecay]).toEqual([wholeLayout.alpha, wholeLayout.alphaDecay])
})

test('layOut(graph) steps through a large network’s placement a search at a time, then tick by tick', () => {
  const graph = buildGraph(generateDataset({ actors: LARGE_NETWORK + 100, relationsPerActor: 3, seed: 1 }))
  const steps = layOut(graph)
  let count = 0
  let placed = -1
  while (!steps.next().done) {
    count++
    // The first step after which every node has a position ends the placement.
    if (placed < 0 && graph.nodes.every((n) => n.x !== undefined)) placed = count
  }
  // 24 pivot searches (one part) and the eigenvector step, then 14 ticks; the step that ends the placement
  // also makes the layout and runs its first tick.
  expect(placed).toBeGreaterThanOrEqual(24)
  expect(count - placed).toBe(13)
})
