/**
 * The mount-churn page: mounts and removes `<actor-network>` over and over, and reports what is left
 * behind. It runs in a browser page of its own (opened by the `churn` command), not in the test runner's
 * frame, so the JS heap it is measured by holds nothing but this page: in the runner's frame the heap also
 * carries whatever earlier test files left for the collector.
 */
import '../leak-probe.ts'
import '../../components/actor-network.ts'
import { generateDataset } from '../bench/generate.ts'
import { frameRequestsPerFrame, nativeFrame, nativeFrames, probe } from '../leak-probe.ts'

/** What the page reports after a churn. */
export interface ChurnReport {
  readonly mounted: number
  /** Removed widgets the collector has taken (a FinalizationRegistry counts them). */
  readonly collected: number
  /** Widget animation-frame requests in each of 20 frames after the last removal. */
  readonly frameRequests: number[]
  readonly pendingFrames: number
  readonly timers: string[]
  /** Listeners on window, document and media queries, before the first mount and now. */
  readonly listeners: readonly [before: number, after: number]
  /** Of the listeners now, the ones the widget added. */
  readonly widgetListeners: number
  readonly observations: readonly [before: number, after: number]
}

declare global {
  interface Window {
    churn(mounts: number, actors: number): Promise<void>
    churnReport(): Promise<ChurnReport>
  }
}

let mounted = 0
let collected = 0
const registry = new FinalizationRegistry(() => {
  collected++
})
// Taken at the first mount, not when this module runs: the dev server's client adds listeners of its own
// once it has connected.
let listenersBefore: number | undefined
let observationsBefore: number | undefined

window.churn = async (mounts, actors) => {
  listenersBefore ??= probe.listeners
  observationsBefore ??= probe.observations
  const data = generateDataset({ actors, relationsPerActor: 1.5, seed: 7 })
  for (let i = 0; i < mounts; i++) {
    const el = document.createElement('actor-network')
    registry.register(el, null)
    mounted++
    el.style.width = '640px'
    el.style.height = '440px'
    const ready = new Promise((resolve) => el.addEventListener('network-ready', resolve, { once: true }))
    document.body.append(el)
    el.data = data
    await ready
    // One rendering step, so the observers deliver and the first frame is drawn.
    await nativeFrame()
    el.remove()
  }
  await nativeFrames(5)
}

window.churnReport = async () => ({
  mounted,
  collected,
  frameRequests: await frameRequestsPerFrame(20),
  pendingFrames: probe.pendingFrames.size,
  timers: [...probe.timers.values()],
  listeners: [listenersBefore ?? 0, probe.listeners],
  widgetListeners: probe.widgetListeners,
  observations: [observationsBefore ?? 0, probe.observations],
})
