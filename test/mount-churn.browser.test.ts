/**
 * Mounting and removing the element many times. In a file of its own: the JS heap it measures is the
 * page's, and tests that ran before it in the same page would blur the reading.
 */
import './leak-probe.ts'
import { expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import type { Actor, Dataset, Relation } from '../src/dataset.ts'
import { RELATION_TYPES } from '../src/dataset.ts'
import { lcg } from '../src/layout.ts'
import { nextEvent } from './element-helpers.ts'
import { frameRequestsPerFrame, measureHeap, nativeFrame, nativeFrames, probe } from './leak-probe.ts'

const zeros = (n: number) => Array.from({ length: n }, () => 0)
const mb = (bytes: number | undefined) => `${((bytes ?? 0) / 1048576).toFixed(1)} MB`

/** A seeded network of `actors` actors and `relations` relations, some of them parallel. */
function network(actors: number, relations: number, seed = 7): Dataset {
  const random = lcg(seed)
  const pick = (below: number) => Math.floor(random() * below)
  const kinds = ['person', 'institution', 'group'] as const
  const list: Actor[] = Array.from({ length: actors }, (_, i) => ({
    id: `actor-${i}`,
    name: `Actor ${i}`,
    kind: kinds[i % 3] as Actor['kind'],
  }))
  const links: Relation[] = Array.from({ length: relations }, (_, i) => {
    const source = i % actors
    const target = (source + 1 + pick(actors - 1)) % actors
    return {
      id: `relation-${i}`,
      source: `actor-${source}`,
      target: `actor-${target}`,
      type: RELATION_TYPES[pick(3)] as Relation['type'],
      directed: random() < 0.5,
      summary: `Relation ${i}.`,
      evidence: [`Quote ${i}.`],
    }
  })
  return {
    title: 'Synthetic network',
    source: { title: 'Generated', publisher: 'Tests' },
    actors: list,
    relations: links,
  }
}

test('mounting and removing 250 times with 200 actors leaves nothing running or listening, and every widget collectable', async () => {
  // Park the real mouse away from where the widgets appear (a hover would make every mount also a hover).
  await commands.input([{ type: 'move', x: 0, y: 0 }])
  const data = network(200, 300)
  const host = document.createElement('div')
  host.className = 'fixture'
  document.body.append(host)
  // Every removed widget must be garbage-collectable: the registry counts those the collector took.
  let collected = 0
  const registry = new FinalizationRegistry(() => {
    collected++
  })
  let mounted = 0
  const cycle = async () => {
    const el = document.createElement('actor-network')
    registry.register(el, null)
    mounted++
    el.style.width = '640px'
    el.style.height = '440px'
    const ready = nextEvent(el, 'network-ready')
    host.append(el)
    el.data = data
    await ready
    // One rendering step, so the observers deliver and the first frame is drawn.
    await nativeFrame()
    el.remove()
  }
  const listeners = probe.listeners
  const observations = probe.observations
  // Speed is the benchmark's business, not this test's: it only counts what is left behind.
  // Warm up first: the engine's code and caches grow over the first few dozen mounts, then level off; a
  // leak keeps growing after that.
  for (let i = 0; i < 50; i++) await cycle()
  await nativeFrames(5)
  const warm = await measureHeap()
  for (let i = 0; i < 200; i++) await cycle()
  await nativeFrames(5)
  const after = await measureHeap()
  console.info(
    `heap after ${mounted - 200} mounts ${mb(warm)}, after ${mounted} ${mb(after)}; ${collected} of ${mounted} widgets collected`,
  )

  expect(await frameRequestsPerFrame(20)).toEqual(zeros(20))
  expect(probe.pendingFrames.size).toBe(0)
  expect([...probe.timers.values()]).toEqual([])
  expect(probe.listeners).toBe(listeners)
  expect(probe.observations).toBe(observations)
  // Run only when Chromium is started with --js-flags=--expose-gc and --enable-precise-memory-info (the config does).
  if (warm === undefined || after === undefined) return
  // The last widget or two may still be held by the task that removed them.
  expect(collected).toBeGreaterThanOrEqual(mounted - 2)
  // The page's heap is reported, not asserted: in a full run it has grown several-fold here while every
  // widget above was collected (so the growth is not held by the widget), and alone it stays flat. Until
  // that is explained, the collection count is the leak check. See issue 6.
}, 180_000)
