/**
 * The in-page half of the benchmark, bundled on its own and loaded beside the code under test. It
 * installs `window.bench`, which the driver (`run.ts`) calls through `page.evaluate` with plain
 * expressions: everything measured in the page is timed here, with `performance.now()` and a rAF loop.
 */
import type { ActorNetwork } from '../../components/actor-network.ts'
import type { Dataset } from '../../src/dataset.ts'
import type { mount as mountBaseline } from './baseline.ts'

export type Impl = 'widget' | 'baseline'

export interface Point {
  readonly x: number
  readonly y: number
}

export interface SettleTiming {
  /** From `el.data = dataset` (or mounting the baseline) to `network-ready` (or the simulation's `end`). */
  readonly readyMs: number
  /** … to the first frame after the settled picture was painted. */
  readonly paintedMs: number
  /** The baseline was still cooling when its time ran out: it was stopped there, to measure the rest. */
  readonly timedOut?: boolean
}

export interface FrameRecord {
  /** Intervals between consecutive animation frames, in ms. */
  readonly intervals: number[]
  /** Time spent in requestAnimationFrame callbacks (the harness's own loop included, a few µs a frame). */
  readonly rafMs: number
  /** Time spent in pointer, mouse and wheel listeners. */
  readonly inputMs: number
}

export interface BenchApi {
  readonly impl: Impl
  load(url: string): Promise<{ actors: number; relations: number }>
  render(timeoutMs: number): Promise<SettleTiming>
  heap(): { usedJSHeapSize: number; precise: boolean }
  /**
   * Centres of up to `count` nodes nearest the middle of the view (nearest first), each one the pointer
   * would really hit there, in client pixels.
   */
  nodeTargets(margin: number, count: number): (Point & { id: string })[]
  /** Client position of the node with this id. */
  nodeAt(id: string): Point | null
  /** Centre of the drawing, in client pixels. */
  centre(): Point
  /** A point near the centre over no node and no edge, so the pointer there hovers nothing. */
  emptySpot(): Point
  /** Resolves after the next frame has been painted. */
  painted(): Promise<void>
  /**
   * Resolves once frames come at the display's pace again (ten in a row under 25 ms apart, or after 10 s):
   * a redraw's rasterization runs off the main thread and holds frames back until it is done.
   */
  quiet(): Promise<void>
  /** The current zoom scale. */
  scale(): number
  startFrames(): void
  /** What happened since `startFrames`. */
  stopFrames(): FrameRecord
  /** Adopts a stylesheet into the widget's shadow root, to try a style change without rebuilding. */
  adoptWidgetCss(css: string): void
}

declare global {
  interface Window {
    bench?: BenchApi
  }
}

/** Time spent in script, by kind; see `probe`. */
const busy = { raf: 0, input: 0 }
const INPUT_EVENTS = new Set([
  'pointermove',
  'pointerover',
  'pointerout',
  'mousemove',
  'mouseover',
  'mouseout',
  'wheel',
])

/**
 * Wraps requestAnimationFrame callbacks and input listeners to time them. Runs when this module is
 * evaluated, so the page imports the harness before the code under test (d3-timer keeps its own
 * reference to requestAnimationFrame).
 */
function probe() {
  const raf = window.requestAnimationFrame.bind(window)
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      const start = performance.now()
      try {
        callback(time)
      } finally {
        busy.raf += performance.now() - start
      }
    })
  type Listener = EventListenerOrEventListenerObject
  const wrappers = new WeakMap<object, Map<string, EventListener>>()
  const keyOf = (type: string, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`
  const add = EventTarget.prototype.addEventListener
  const remove = EventTarget.prototype.removeEventListener
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (!listener || !INPUT_EVENTS.has(type)) return add.call(this, type, listener, options)
    const key = keyOf(type, options)
    let byKey = wrappers.get(listener)
    if (!byKey) {
      byKey = new Map()
      wrappers.set(listener, byKey)
    }
    let wrapper = byKey.get(key)
    if (!wrapper) {
      const target = listener
      wrapper = function (this: unknown, event: Event) {
        const start = performance.now()
        try {
          if (typeof target === 'function') target.call(this, event)
          else target.handleEvent(event)
        } finally {
          busy.input += performance.now() - start
        }
      }
      byKey.set(key, wrapper)
    }
    add.call(this, type, wrapper, options)
  }
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: Listener | null,
    options?: boolean | EventListenerOptions,
  ) {
    const wrapper = listener ? wrappers.get(listener)?.get(keyOf(type, options)) : undefined
    remove.call(this, type, wrapper ?? listener, options)
  }
}
probe()

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

function timeout(ms: number, what: string) {
  return new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms),
  )
}

/** Installs `window.bench` for the widget (already defined by its bundle) or for the baseline's `mount`. */
export function install(impl: Impl, mount?: typeof mountBaseline) {
  let dataset: Dataset | undefined
  let stamps: number[] = []
  let recording = false

  const widget = () => {
    const el = document.querySelector<ActorNetwork>('actor-network')
    if (!el?.shadowRoot) throw new Error('no <actor-network> with a shadow root in the page')
    return el
  }
  const container = () => {
    const el = document.querySelector('#graph')
    if (!el) throw new Error('no #graph container in the page')
    return el
  }
  /** The SVG the nodes are drawn in (the widget's shadow root has other SVGs, in its legend). */
  const drawing = () => nodes()[0]?.closest('svg')
  const nodes = (): Element[] =>
    impl === 'widget'
      ? [...(widget().shadowRoot?.querySelectorAll('[part~="node"][data-actor-id]') ?? [])]
      : [...container().querySelectorAll('circle[data-actor-id]')]
  /** The centre of a node's shape: the widget's group also holds its label, so use its glyph. */
  const centreOf = (node: Element): Point => {
    const shape = node.querySelector('.glyph') ?? node
    const r = shape.getBoundingClientRect()
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
  }
  const hitNode = (p: Point) => {
    const root: DocumentOrShadowRoot = impl === 'widget' ? (widget().shadowRoot as ShadowRoot) : document
    const hit = root.elementFromPoint(p.x, p.y)
    return impl === 'widget' ? hit?.closest('[part~="node"][data-actor-id]') : hit?.closest('circle')
  }

  const loop = (time: number) => {
    if (!recording) return
    stamps.push(time)
    requestAnimationFrame(loop)
  }

  const api: BenchApi = {
    impl,
    async load(url) {
      const response = await fetch(url)
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
      dataset = (await response.json()) as Dataset
      return { actors: dataset.actors.length, relations: dataset.relations.length }
    },

    async render(timeoutMs) {
      if (!dataset) throw new Error('no dataset loaded')
      const data = dataset
      if (impl === 'widget') {
        const el = widget()
        const ready = new Promise<number>((resolve, reject) => {
          el.addEventListener('network-ready', () => resolve(performance.now()), { once: true })
          el.addEventListener(
            'error',
            (e) =>
              reject(new Error(`error event: ${JSON.stringify((e as Event & { detail?: unknown }).detail)}`)),
            {
              once: true,
            },
          )
        })
        const start = performance.now()
        el.data = data
        const readyAt = await Promise.race([ready, timeout(timeoutMs, 'network-ready')])
        await nextFrame()
        await nextFrame()
        return { readyMs: readyAt - start, paintedMs: performance.now() - start }
      }
      if (!mount) throw new Error('the baseline page has no mount function')
      const start = performance.now()
      const mounted = mount(container(), data, 1200, 760)
      const ended = await Promise.race([mounted.ended.then(() => true), sleep(timeoutMs).then(() => false)])
      if (!ended) {
        mounted.stop()
        await nextFrame()
        return { readyMs: Number.NaN, paintedMs: Number.NaN, timedOut: true }
      }
      const readyAt = performance.now()
      await nextFrame()
      return { readyMs: readyAt - start, paintedMs: performance.now() - start }
    },

    heap() {
      const gc = (globalThis as { gc?: () => void }).gc
      gc?.()
      gc?.()
      const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory
      return { usedJSHeapSize: memory?.usedJSHeapSize ?? Number.NaN, precise: gc !== undefined }
    },

    nodeTargets(margin, count) {
      const box = drawing()?.getBoundingClientRect()
      if (!box) return []
      const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      const inside = nodes()
        .map((node) => ({ node, p: centreOf(node) }))
        .filter(({ p }) => p.x >= box.left + margin && p.x <= box.right - margin)
        .filter(({ p }) => p.y >= box.top + margin && p.y <= box.bottom - margin)
        .sort((a, b) => Math.hypot(a.p.x - mid.x, a.p.y - mid.y) - Math.hypot(b.p.x - mid.x, b.p.y - mid.y))
      const targets: (Point & { id: string })[] = []
      for (const { node, p } of inside) {
        if (targets.length >= count) break
        if (hitNode(p) === node) targets.push({ ...p, id: node.getAttribute('data-actor-id') ?? '' })
      }
      return targets
    },

    nodeAt(id) {
      // Mid-drag, a large network draws the dragged actor as a copy on its lift layer, over the hidden original.
      if (impl === 'widget') {
        const copy = widget().shadowRoot?.querySelector(`svg.lift .node[data-actor-id="${CSS.escape(id)}"]`)
        if (copy) return centreOf(copy)
      }
      const node = nodes().find((n) => n.getAttribute('data-actor-id') === id)
      return node ? centreOf(node) : null
    },

    centre() {
      const box = drawing()?.getBoundingClientRect()
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : { x: 0, y: 0 }
    },

    emptySpot() {
      const svg = drawing()
      const box = svg?.getBoundingClientRect()
      if (!svg || !box) return { x: 0, y: 0 }
      const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      const root: DocumentOrShadowRoot = impl === 'widget' ? (widget().shadowRoot as ShadowRoot) : document
      const drawn = impl === 'widget' ? '[part~="node"], [part~="edge"], .tether' : 'circle, line'
      // A large network's relations, drawn in bulk, take no pointer events: the widget finds them by
      // distance, up to 6 px away. Widened for the search, their strokes say where that is.
      const bulk = [...svg.querySelectorAll<SVGPathElement>('.bulk .edge-line')]
      for (const path of bulk) path.style.setProperty('stroke-width', '16px')
      const nearRelation = (p: Point) =>
        bulk.some((path) => path.isPointInStroke(new DOMPoint(p.x - box.x, p.y - box.y)))
      try {
        for (let radius = 0; radius < Math.min(box.width, box.height) / 2; radius += 6) {
          const steps = Math.max(1, Math.round((2 * Math.PI * radius) / 6))
          for (let k = 0; k < steps; k++) {
            const p = {
              x: mid.x + radius * Math.cos((2 * Math.PI * k) / steps),
              y: mid.y + radius * Math.sin((2 * Math.PI * k) / steps),
            }
            const hit = root.elementFromPoint(p.x, p.y)
            if (hit && svg.contains(hit) && !hit.closest(drawn) && !nearRelation(p)) return p
          }
        }
        return mid
      } finally {
        for (const path of bulk) path.style.removeProperty('stroke-width')
      }
    },

    async painted() {
      await nextFrame()
      await nextFrame()
    },

    async quiet() {
      const start = performance.now()
      let last = await nextFrame()
      for (let smooth = 0; smooth < 10 && last - start < 10_000; ) {
        const now = await nextFrame()
        smooth = now - last < 25 ? smooth + 1 : 0
        last = now
      }
    },

    scale() {
      if (impl === 'widget') return widget().transform.k
      const g = container().querySelector('svg > g')
      const match = /scale\(([-\d.e]+)/.exec(g?.getAttribute('transform') ?? '')
      return match ? Number(match[1]) : 1
    },

    startFrames() {
      stamps = []
      recording = true
      busy.raf = 0
      busy.input = 0
      requestAnimationFrame(loop)
    },

    stopFrames() {
      recording = false
      const intervals = stamps.slice(1).map((t, i) => t - (stamps[i] as number))
      return { intervals, rafMs: busy.raf, inputMs: busy.input }
    },

    adoptWidgetCss(css) {
      const root = widget().shadowRoot as ShadowRoot
      const sheet = new CSSStyleSheet()
      sheet.replaceSync(css)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    },
  }
  window.bench = api
}
