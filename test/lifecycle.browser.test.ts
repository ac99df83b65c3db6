/**
 * The widget's lifecycle: removed, it leaves nothing running and nothing listening outside itself;
 * re-added, it resumes where it was with one simulation; off-screen, it pauses; resized, it follows
 * without a ResizeObserver loop.
 */
// First: the probe wraps the timer and listener functions before the element's modules bind them.
import './leak-probe.ts'
import { afterEach, describe, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { collectUncaught, newToken, outcomeWithin, serverOutcome, until } from './async-helpers.ts'
import { articleDataset, centre, mount, nextEvent, node, nodes, shadow } from './element-helpers.ts'
import { validDataset } from './fixtures.ts'
import { frameRequestsPerFrame, nativeFrame, nativeFrames, probe } from './leak-probe.ts'

const uncaught = collectUncaught()

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network, .fixture')) el.remove()
  window.scrollTo(0, 0)
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search)
})

const transforms = (el: ActorNetwork) => nodes(el).map((n) => n.getAttribute('transform'))
const positions = (el: ActorNetwork) => nodes(el).map((n) => centre(n))
/** Each actor's place in the SVG, read from its transform: unlike a client rect, it survives detaching. */
const places = (el: ActorNetwork) =>
  transforms(el).map((t) => {
    const [x = Number.NaN, y = Number.NaN] = (/translate\(([^,]+),([^)]+)\)/.exec(t ?? '') ?? [])
      .slice(1)
      .map(Number)
    return { x, y }
  })
const zeros = (n: number) => Array.from({ length: n }, () => 0)

/** Drags an actor and lets go: the layout re-heats and runs for a couple of seconds. */
async function stir(el: ActorNetwork, id = 'costa') {
  const from = centre(node(el, id))
  await commands.input([
    { type: 'move', x: from.x, y: from.y },
    { type: 'down' },
    { type: 'move', x: from.x + 50, y: from.y + 35, steps: 6 },
    { type: 'up' },
  ])
}

/** Waits until the widget has requested no frame for 10 frames in a row: the layout is at rest. */
async function rest() {
  await until(
    async () => (await frameRequestsPerFrame(10)).every((count) => count === 0),
    'the layout to rest',
  )
}

describe('removal', () => {
  test('stops the animation frames, timers and observers, and removes every listener added outside', async () => {
    const listeners = probe.listeners
    const observations = probe.observations
    const el = await mount(validDataset)
    expect(probe.observations).toBeGreaterThan(observations)
    await stir(el)
    // A plain wheel over the graph shows a hint, on a timer.
    const box = el.getBoundingClientRect()
    await commands.input([
      { type: 'wheel', x: box.left + box.width / 2, y: box.top + box.height / 2, dy: 10 },
    ])
    expect(probe.pendingFrames.size).toBeGreaterThan(0)
    expect([...probe.timers.values()]).toContain('timeout')

    el.remove()
    expect(await frameRequestsPerFrame(30)).toEqual(zeros(30))
    expect(probe.pendingFrames.size).toBe(0)
    expect([...probe.timers.values()]).toEqual([])
    expect(probe.observations).toBe(observations)
    expect(probe.listeners).toBe(listeners)
    expect(probe.widgetListeners).toBe(0)
  })

  test('aborts a pending fetch; re-added, the element loads it again', async () => {
    const token = newToken()
    const el = document.createElement('actor-network')
    el.style.width = '600px'
    el.style.height = '420px'
    el.src = `/__test__/slow/600/fixture/valid?log=${token}`
    document.body.append(el)
    await until(async () => (await serverOutcome(token)).state === 'open', 'the request to start')
    el.remove()
    expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')

    const ready = nextEvent(el, 'network-ready')
    document.body.append(el)
    await ready
    expect(await serverOutcome(token)).toEqual({ state: 'finished', requests: 2 })
    expect(nodes(el)).toHaveLength(validDataset.actors.length)
  })

  test('in the middle of a drag leaves no listener behind and no drag in progress', async () => {
    const listeners = probe.listeners
    const el = await mount(validDataset)
    const from = centre(node(el, 'costa'))
    await commands.input([
      { type: 'move', x: from.x, y: from.y },
      { type: 'down' },
      { type: 'move', x: from.x + 40, y: from.y + 20, steps: 4 },
    ])
    el.remove()
    await commands.input([{ type: 'move', x: from.x + 80, y: from.y + 60, steps: 4 }, { type: 'up' }])
    expect(probe.listeners).toBe(listeners)
    expect(probe.widgetListeners).toBe(0)
    expect(await frameRequestsPerFrame(10)).toEqual(zeros(10))

    document.body.append(el)
    await rest()
    const dropped = centre(node(el, 'costa'))
    // The drag ended with the removal: moving the mouse no longer carries the actor.
    await commands.input([{ type: 'move', x: dropped.x + 120, y: dropped.y + 90, steps: 4 }])
    await nativeFrames(5)
    expect(centre(node(el, 'costa'))).toEqual(dropped)
  })

  test('with sync-url, its hashchange listener and URL timer go with it; re-added, it listens again', async () => {
    const el = await mount(validDataset, { attributes: { 'sync-url': 'net' } })
    expect(probe.widgetListeners).toBe(1)
    // Selecting schedules a write of the view to the URL.
    el.selected = 'costa'
    await el.updateComplete
    expect([...probe.timers.values()]).toContain('timeout')
    el.remove()
    expect(probe.widgetListeners).toBe(0)
    expect([...probe.timers.values()]).toEqual([])

    document.body.append(el)
    await nativeFrames(2)
    expect(probe.widgetListeners).toBe(1)
    location.hash = '#net.selected=dockworkers'
    await until(() => el.selected === 'dockworkers', 'a link in the hash to select the actor', 2000)
  })
})

describe('re-adding', () => {
  test('resumes a running layout from the same positions, with exactly one simulation', async () => {
    const el = await mount(validDataset)
    await stir(el)
    expect(Math.max(...(await frameRequestsPerFrame(3)))).toBe(1)
    el.remove()
    const removed = transforms(el)
    const at = places(el)
    await nativeFrames(10)
    expect(transforms(el)).toEqual(removed)

    document.body.append(el)
    expect(transforms(el)).toEqual(removed)
    await nativeFrame()
    await nativeFrame()
    // One or two ticks on from where it stopped, not a fresh layout.
    for (const [i, p] of places(el).entries()) {
      const before = at[i] as { x: number; y: number }
      expect(Math.hypot(p.x - before.x, p.y - before.y)).toBeLessThan(10)
    }
    const perFrame = await frameRequestsPerFrame(20)
    expect(Math.max(...perFrame)).toBe(1)
    expect(transforms(el)).not.toEqual(removed)

    // Removed and re-added several times in a row, it still runs one simulation.
    for (let i = 0; i < 5; i++) {
      el.remove()
      document.body.append(el)
    }
    expect(Math.max(...(await frameRequestsPerFrame(20)))).toBe(1)
    await rest()
  })

  test('a network at rest comes back exactly as it was, and stays at rest', async () => {
    const el = await mount(articleDataset)
    await rest()
    const before = transforms(el)
    el.remove()
    await nativeFrames(3)
    document.body.append(el)
    await nativeFrames(5)
    expect(transforms(el)).toEqual(before)
    expect(await frameRequestsPerFrame(10)).toEqual(zeros(10))
  })
})

test('scrolled out of view, the layout pauses; back in view, it resumes', async () => {
  const el = await mount(validDataset)
  const spacer = document.createElement('div')
  spacer.className = 'fixture'
  spacer.style.height = '3000px'
  document.body.append(spacer)
  await stir(el)
  expect(Math.max(...(await frameRequestsPerFrame(3)))).toBe(1)

  window.scrollTo(0, 2500)
  await nativeFrames(3)
  const paused = transforms(el)
  expect(await frameRequestsPerFrame(30)).toEqual(zeros(30))
  expect(probe.pendingFrames.size).toBe(0)
  expect(transforms(el)).toEqual(paused)

  window.scrollTo(0, 0)
  await nativeFrames(3)
  expect(Math.max(...(await frameRequestsPerFrame(10)))).toBe(1)
  expect(transforms(el)).not.toEqual(paused)
  await rest()
})

test('resizing the container from 320 to 1,200 px in 20 steps logs no ResizeObserver loop error', async () => {
  const container = document.createElement('div')
  container.className = 'fixture'
  container.style.width = '320px'
  const el = document.createElement('actor-network')
  el.style.width = '100%'
  el.style.height = '420px'
  container.append(el)
  document.body.append(container)
  const ready = nextEvent(el, 'network-ready')
  el.data = articleDataset
  await ready
  await nativeFrame()
  for (let step = 0; step < 20; step++) {
    container.style.width = `${Math.round(320 + (880 * step) / 19)}px`
    await nativeFrame()
  }
  await nativeFrames(3)
  expect(uncaught.filter((error) => /ResizeObserver loop/.test(String(error)))).toEqual([])
  expect(el.getBoundingClientRect().width).toBe(1200)
  const svg = (shadow(el).querySelector('svg.graph') as SVGSVGElement).getBoundingClientRect()
  expect(svg.width).toBe(1200)
  for (const p of positions(el)) {
    expect(p.x).toBeGreaterThan(svg.left)
    expect(p.x).toBeLessThan(svg.right)
  }
})
