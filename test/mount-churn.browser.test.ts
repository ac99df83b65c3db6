/**
 * Mounting and removing the element many times, in a page of its own (test/pages/churn.ts), so that the
 * JS heap measured is the widget's alone and not what earlier test files left to the collector.
 */
import { expect, test } from 'vitest'
import { commands } from 'vitest/browser'

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`

test('mounting and removing 250 times with 200 actors leaves nothing running or listening, every widget collectable, and the heap flat', async () => {
  // Warm up first: the engine's code and caches grow over the first few dozen mounts, then level off; a
  // leak keeps growing after that. Speed is the benchmark's business: this only counts what is left.
  const result = await commands.churn({ warmup: 50, mounts: 200, actors: 200 })
  const [warm, after] = result.heap
  console.info(
    `heap after ${result.mounted - 200} mounts ${mb(warm)}, after ${result.mounted} ${mb(after)} (${(((after - warm) / warm) * 100).toFixed(1)} %); ${result.collected} of ${result.mounted} widgets collected`,
  )
  expect(result.mounted).toBe(250)
  expect(result.frameRequests).toEqual(Array.from({ length: 20 }, () => 0))
  expect(result.pendingFrames).toBe(0)
  expect(result.timers).toEqual([])
  expect(result.widgetListeners).toBe(0)
  expect(result.listeners[1]).toBe(result.listeners[0])
  expect(result.observations[1]).toBe(result.observations[0])
  expect(result.collected).toBe(result.mounted)
  expect(after).toBeLessThan(warm * 1.1)
}, 180_000)
