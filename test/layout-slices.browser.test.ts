/**
 * The host page's main thread while the widget loads: the layout is computed in slices, with the browser's
 * other tasks (the page's scripts, input, painting) running between them, and the network is drawn once,
 * settled. What is counted is structural, not timed: how often the page's own tasks got a turn between the
 * data arriving and `network-ready`. A layout computed in one go, as before, gives them none.
 */
import { afterEach, expect, test } from 'vitest'
import type { ActorNetwork } from '../components/actor-network.ts'
import { LARGE_NETWORK } from '../src/graph.ts'
import { generateDataset } from './bench/generate.ts'
import { articleDataset, nextEvent, nodes, record } from './element-helpers.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
})

/**
 * A task of the page that reschedules itself until stopped, as a page's own work would; calls `each` in every
 * turn it gets. A message, not a timer: it is never clamped, so it runs as soon as the event loop is free.
 */
function pageTasks(each: () => void = () => {}) {
  const channel = new MessageChannel()
  let turns = 0
  let running = true
  channel.port1.onmessage = () => {
    if (!running) return
    turns++
    each()
    channel.port2.postMessage(undefined)
  }
  channel.port2.postMessage(undefined)
  return {
    stop: () => {
      running = false
      channel.port1.close()
      return turns
    },
  }
}

function widget(): ActorNetwork {
  const el = document.createElement('actor-network')
  el.style.width = '900px'
  el.style.height = '620px'
  document.body.append(el)
  return el
}

test.each([
  // A copy: the layout of an object already laid out is remembered, and taken at once.
  ['the article', () => structuredClone(articleDataset), 2],
  ['a large network', () => generateDataset({ actors: 4 * LARGE_NETWORK, relationsPerActor: 3, seed: 5 }), 3],
])(
  'loading %s leaves the page turns to run while it lays out, and draws it once, settled',
  async (_, make, least) => {
    const data = make()
    const el = widget()
    const ready = nextEvent(el, 'network-ready')
    const drawnEarly: number[] = []
    // Nothing of the network may be drawn before it is ready: the first drawing is the settled one.
    const page = pageTasks(() => drawnEarly.push(nodes(el).length))
    el.data = data
    await ready
    const turns = page.stop()
    // Before, the layout ran in the same task as the data's arrival, and the page had no turn at all. The
    // bound is structural: the article takes 688 ticks, a large network 24 searches and 14 ticks, each slice
    // at most 4 ms, and the drawing a task of its own.
    expect(turns).toBeGreaterThanOrEqual(least)
    expect(drawnEarly.filter((count) => count > 0)).toEqual([])
    expect(nodes(el)).toHaveLength(data.actors.length)
  },
)

test('a dataset replaced while it is being laid out: only the last is drawn, and announced once', async () => {
  const el = widget()
  const ready = record(el, 'network-ready')
  const large = generateDataset({ actors: 4 * LARGE_NETWORK, relationsPerActor: 3, seed: 6 })
  el.data = large
  await el.updateComplete
  // The first slice has run; the large network is still being laid out.
  expect(nodes(el)).toHaveLength(0)
  const small = structuredClone(articleDataset)
  const announced = nextEvent(el, 'network-ready')
  el.data = small
  await announced
  // Long enough for the first layout to have finished, had it not been dropped.
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(ready).toHaveLength(1)
  expect(nodes(el)).toHaveLength(small.actors.length)
  expect(el.data?.title).toBe(small.title)
})

test('bad data arriving while a dataset is laid out: the error shows, and the layout is dropped', async () => {
  const el = widget()
  const ready = record(el, 'network-ready')
  const failed = nextEvent(el, 'error')
  el.data = generateDataset({ actors: 4 * LARGE_NETWORK, relationsPerActor: 3, seed: 7 })
  await el.updateComplete
  el.data = { actors: 'none' } as never
  await failed
  await new Promise((resolve) => setTimeout(resolve, 500))
  expect(ready).toHaveLength(0)
  expect(nodes(el)).toHaveLength(0)
  expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toContain('could not be shown')
})

test('the first render is a task of its own, and until it an empty frame holds the widget’s room', async () => {
  const el = document.createElement('actor-network')
  el.style.width = '800px'
  document.body.append(el)
  // Every microtask of the connecting task: a render queued as one (Lit's default) would have run by now.
  for (let turn = 0; turn < 20; turn++) await Promise.resolve()
  expect(el.hasUpdated).toBe(false)
  // Not yet rendered, already its final size (the default 16:11): the page around it does not move.
  const early = el.getBoundingClientRect().height
  expect(early).toBeCloseTo((800 * 11) / 16, 0)
  await el.updateComplete
  expect(el.shadowRoot?.querySelector('.stage')).not.toBeNull()
  expect(el.getBoundingClientRect().height).toBe(early)
})

test('a new network: the page gets a turn between the render of its legend and tools and the drawing of its graph', async () => {
  const el = widget()
  await el.updateComplete
  const ready = nextEvent(el, 'network-ready')
  const seen: { legend: boolean; actors: number }[] = []
  const page = pageTasks(() =>
    seen.push({ legend: !!el.shadowRoot?.querySelector('[part~="legend"]'), actors: nodes(el).length }),
  )
  el.data = structuredClone(articleDataset)
  await ready
  page.stop()
  // Before, the legend and the graph came in the same task: no turn of the page saw one without the other.
  // And no turn saw the graph before it was announced: it is drawn once, settled, in one task.
  expect(seen).toContainEqual({ legend: true, actors: 0 })
  expect(seen.filter((turn) => turn.actors > 0)).toEqual([])
  expect(nodes(el)).toHaveLength(articleDataset.actors.length)
})

test('fetched data: the page gets a turn between parsing the JSON and validating it', async () => {
  const text = JSON.stringify({ title: 'Bad', actors: 'none' })
  const src = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const parse = JSON.parse
  let turns = 0
  let parsedAt = -1
  JSON.parse = (json: string, ...rest) => {
    if (json === text) parsedAt = turns
    return parse(json, ...rest)
  }
  try {
    const page = pageTasks(() => turns++)
    const el = widget()
    const failed = nextEvent(el, 'error')
    el.src = src
    await failed
    // The error is the validation's outcome: before, it came in the task that parsed the text.
    const reportedAt = turns
    page.stop()
    expect(parsedAt).toBeGreaterThanOrEqual(0)
    expect(reportedAt).toBeGreaterThan(parsedAt)
  } finally {
    JSON.parse = parse
    URL.revokeObjectURL(src)
  }
})
