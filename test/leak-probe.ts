/**
 * Counts what the widget leaves running: animation frames, timers and intervals it requested, observers
 * still observing, and event listeners on targets outside the element (window, document, media queries).
 *
 * Import it before anything that loads the element: d3-timer binds `requestAnimationFrame` when its
 * module is evaluated, and the browser runs each test file in a page of its own, so the probe sees every
 * call the widget makes. A call counts as the widget's when its stack passes through the element, `src/`,
 * d3 or Lit; the probe's own `nativeFrames` are not counted.
 */

/** Stack frames from the widget's code or the libraries it drives. */
const WIDGET = /\/(components|src)\/[\w-]+\.ts|\/deps\/(d3|lit)/

function fromWidget(): boolean {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 40
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  return WIDGET.test(stack)
}

const nativeRequestFrame = window.requestAnimationFrame.bind(window)
const nativeCancelFrame = window.cancelAnimationFrame.bind(window)
const nativeSetTimeout = window.setTimeout.bind(window)
const nativeClearTimeout = window.clearTimeout.bind(window)
const nativeSetInterval = window.setInterval.bind(window)
const nativeClearInterval = window.clearInterval.bind(window)
const nativeAdd = EventTarget.prototype.addEventListener
const nativeRemove = EventTarget.prototype.removeEventListener

export const probe = {
  /** Animation frames the widget has requested since the page loaded. */
  frameRequests: 0,
  /** Its requested frames that have neither run nor been cancelled. */
  pendingFrames: new Set<number>(),
  /** Its timeouts not yet run or cleared, and its intervals not yet cleared. */
  timers: new Map<number, 'timeout' | 'interval'>(),
  /** Elements observed by a ResizeObserver or IntersectionObserver, whoever created it. */
  observations: 0,
  /** Listeners on window, document, the root elements and media queries, whoever added them. */
  get listeners() {
    return outside.size
  },
  /** Of those, the ones the widget added. */
  get widgetListeners() {
    return [...outside.values()].filter(Boolean).length
  },
}

/** One animation frame, requested natively, so waiting does not count as the widget's request. */
export const nativeFrame = () => new Promise<number>((resolve) => nativeRequestFrame(resolve))

export async function nativeFrames(n: number) {
  for (let i = 0; i < n; i++) await nativeFrame()
}

/** Widget frame requests during `n` frames: one number per frame. */
export async function frameRequestsPerFrame(n: number): Promise<number[]> {
  const counts: number[] = []
  for (let i = 0; i < n; i++) {
    const before = probe.frameRequests
    await nativeFrame()
    counts.push(probe.frameRequests - before)
  }
  return counts
}

window.requestAnimationFrame = (callback) => {
  if (!fromWidget()) return nativeRequestFrame(callback)
  probe.frameRequests++
  const id = nativeRequestFrame((time) => {
    probe.pendingFrames.delete(id)
    callback(time)
  })
  probe.pendingFrames.add(id)
  return id
}
window.cancelAnimationFrame = (id) => {
  probe.pendingFrames.delete(id)
  nativeCancelFrame(id)
}

window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  if (!fromWidget() || typeof handler !== 'function') return nativeSetTimeout(handler, delay, ...args)
  const id = nativeSetTimeout(
    (...params: unknown[]) => {
      probe.timers.delete(id)
      handler(...params)
    },
    delay,
    ...args,
  )
  probe.timers.set(id, 'timeout')
  return id
}) as typeof window.setTimeout
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) probe.timers.delete(id)
  nativeClearTimeout(id)
}) as typeof window.clearTimeout
window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  const id = nativeSetInterval(handler, delay, ...args)
  if (fromWidget()) probe.timers.set(id, 'interval')
  return id
}) as typeof window.setInterval
window.clearInterval = ((id?: number) => {
  if (id !== undefined) probe.timers.delete(id)
  nativeClearInterval(id)
}) as typeof window.clearInterval

/** Active listeners on outside targets, keyed by target, type, capture and listener; true if the widget's. */
const outside = new Map<string, boolean>()
const listenerIds = new WeakMap<object, number>()
const targetIds = new WeakMap<object, number>()
let nextId = 1
const idOf = (map: WeakMap<object, number>, value: object) => {
  const known = map.get(value)
  if (known !== undefined) return known
  map.set(value, nextId)
  return nextId++
}

const isOutside = (target: EventTarget) =>
  target === window ||
  target === document ||
  target === document.documentElement ||
  target === document.body ||
  target === window.visualViewport ||
  target instanceof MediaQueryList

function keyOf(
  target: EventTarget,
  type: string,
  listener: object,
  options?: boolean | EventListenerOptions,
) {
  const capture = typeof options === 'boolean' ? options : Boolean(options?.capture)
  return `${idOf(targetIds, target)} ${type} ${capture} ${idOf(listenerIds, listener)}`
}

function noteAdd(
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  if (!listener || !isOutside(target)) return
  const key = keyOf(target, type, listener, options)
  if (outside.has(key)) return
  outside.set(key, fromWidget())
  const forget = () => outside.delete(key)
  if (typeof options === 'object' && options.once)
    nativeAdd.call(target, type, forget, { once: true, capture: options.capture })
  if (typeof options === 'object' && options.signal) nativeAdd.call(options.signal, 'abort', forget)
}

function noteRemove(
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
) {
  if (listener && isOutside(target)) outside.delete(keyOf(target, type, listener, options))
}

EventTarget.prototype.addEventListener = function (type, listener, options) {
  noteAdd(this, type, listener, options)
  return nativeAdd.call(this, type, listener, options)
}
EventTarget.prototype.removeEventListener = function (type, listener, options) {
  noteRemove(this, type, listener, options)
  return nativeRemove.call(this, type, listener, options)
}
// Vitest's error catcher gives window methods of its own, which call the native ones directly.
if (Object.hasOwn(window, 'addEventListener')) {
  const ownAdd = window.addEventListener
  const ownRemove = window.removeEventListener
  window.addEventListener = function (
    this: Window,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    noteAdd(window, type, listener, options)
    return ownAdd.call(this, type, listener as EventListenerOrEventListenerObject, options)
  } as typeof ownAdd
  window.removeEventListener = function (
    this: Window,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    noteRemove(window, type, listener, options)
    return ownRemove.call(this, type, listener as EventListenerOrEventListenerObject, options)
  } as typeof ownRemove
}

/** Wraps an observer class so that `probe.observations` counts the elements it observes. */
function countObservations<T extends typeof ResizeObserver | typeof IntersectionObserver>(Native: T): T {
  const Counted = class extends (Native as typeof ResizeObserver) {
    #observed = new WeakSet<Element>()
    #count = 0
    override observe(target: Element, options?: ResizeObserverOptions) {
      if (!this.#observed.has(target)) {
        this.#observed.add(target)
        this.#count++
        probe.observations++
      }
      super.observe(target, options)
    }
    override unobserve(target: Element) {
      if (this.#observed.delete(target)) {
        this.#count--
        probe.observations--
      }
      super.unobserve(target)
    }
    override disconnect() {
      probe.observations -= this.#count
      this.#count = 0
      this.#observed = new WeakSet()
      super.disconnect()
    }
  }
  return Counted as unknown as T
}
window.ResizeObserver = countObservations(window.ResizeObserver)
window.IntersectionObserver = countObservations(window.IntersectionObserver)
