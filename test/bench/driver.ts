/**
 * The Node half of the benchmark: builds what it measures, serves it on localhost, and drives headless
 * Chromium through each measurement. Every step is time-boxed, so a stuck page costs a timeout, never a
 * hang.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { build } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import type { FrameRecord, Impl, Point, SettleTiming } from './harness.ts'

export type { Impl } from './harness.ts'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export const VIEWPORT = { width: 1280, height: 800 }
export const ELEMENT = { width: 1200, height: 760 }
/** The widget settles synchronously: past this it counts as failed at that size. */
export const SETTLE_TIMEOUT_MS = 60_000
/**
 * The baseline animates its ~300 cooling ticks one per frame, so at large sizes it takes minutes; past this
 * it is stopped where it is (reported as "> cap") and the gestures are measured on it all the same.
 */
export const BASELINE_SETTLE_CAP_MS = 30_000
/** Time-box of each gesture on top of its own length: a page slower than this is not usable anyway. */
const GESTURE_SLACK_MS = 15_000
export const DRAG_MS = 2_000
export const ZOOM_MS = 1_000
/** Radius of the circle the pointer draws around the dragged node's centre, in CSS pixels. */
export const DRAG_RADIUS = 60
/** Hovers timed at each size, on as many actors; their median is the figure. */
export const HOVERS = 5
/** One input event per display frame, as a 60 Hz mouse sends them. */
const INPUT_INTERVAL_MS = 1000 / 60
/** Widget (Ctrl + wheel) and d3-zoom (plain wheel) both turn these deltas into a 2^±0.1 zoom step. */
export const WHEEL_DELTA: Record<Impl, number> = { widget: 10, baseline: 50 }
export const IMPLS: readonly Impl[] = ['widget', 'baseline']

/** The heap reading (`heap()` in the harness) collects first and reads unrounded figures. */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc']

// Results

export interface FrameStats {
  readonly frames: number
  readonly fps: number
  readonly meanMs: number
  readonly p95Ms: number
  readonly maxMs: number
  /** Mean time per frame spent in requestAnimationFrame callbacks (the code under test's drawing). */
  readonly rafScriptMs: number
  /** Mean time per frame spent in pointer, mouse and wheel listeners. */
  readonly inputScriptMs: number
}

export interface ProfileLine {
  readonly fn: string
  readonly selfMs: number
  readonly share: number
}

export interface ImplResult {
  ok: boolean
  errors: string[]
  settle?: SettleTiming
  heap?: { beforeMB: number; afterMB: number; precise: boolean }
  zoom?: FrameStats & { wheels: number; scales: [number, number, number] }
  drag?: FrameStats & {
    moves: number
    followed: boolean
    /** How far the node ended from the pointer's last position, in CSS pixels. */
    distance: number
    node: string
    /**
     * From moving the pointer onto an actor (hover effects start) to the next painted frame: the median of
     * `HOVERS` hovers on different actors, the last of them on the dragged one.
     */
    hoverMs: number
    /** The first of those hovers, the page's first (the pointer has only been on the graphic's ground). */
    firstHoverMs: number
  }
  profile?: Record<string, ProfileLine[]>
}

export interface MeasureOptions {
  /** Record a JS CPU profile and a timeline trace of settling, zooming and dragging (slows everything down). */
  readonly profile?: boolean
  /** A stylesheet adopted into the widget's shadow root after it settles, to try a style fix. */
  readonly widgetCss?: string
}

// Building and serving

/** Bundles the widget exactly as a page loads it, the d3 baseline, and the in-page harness, each alone. */
export async function buildBundles(outDir: string, minify: boolean): Promise<void> {
  const bundle = (entry: string, fileName: string) =>
    build({
      configFile: false,
      root: ROOT,
      logLevel: 'warn',
      build: {
        lib: { entry: path.join(ROOT, entry), formats: ['es'], fileName: () => fileName },
        outDir,
        emptyOutDir: false,
        minify,
        sourcemap: false,
        reportCompressedSize: false,
      },
      define: { 'process.env.NODE_ENV': '"production"' },
      resolve: { conditions: ['production', 'browser'] },
    })
  await bundle('components/actor-network.ts', 'widget.js')
  await bundle('test/bench/baseline.ts', 'baseline.js')
  await bundle('test/bench/harness.ts', 'harness.js')
}

const PAGE_STYLE = `body { margin: 0; padding: 20px 40px; background: #fff; overflow: hidden }
  actor-network, #graph { display: block; width: ${ELEMENT.width}px; height: ${ELEMENT.height}px }`

/** The harness is imported first, so its probes are in place before the code under test loads. */
export const PAGES: Record<Impl, string> = {
  widget: `<!doctype html><html lang="en"><meta charset="utf-8"><title>widget</title>
<style>${PAGE_STYLE}</style>
<actor-network></actor-network>
<script type="module">import { install } from './harness.js'; import './widget.js'; install('widget')</script>`,
  baseline: `<!doctype html><html lang="en"><meta charset="utf-8"><title>baseline</title>
<style>${PAGE_STYLE}</style>
<div id="graph"></div>
<script type="module">import { install } from './harness.js'; import { mount } from './baseline.js'; install('baseline', mount)</script>`,
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

/** A static server for `dir` on 127.0.0.1: plain file names one folder deep at most, no traversal. */
export async function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).slice(1)
    const file = path.join(dir, name)
    if (!/^[\w.-]+(\/[\w.-]+)?$/.test(name) || name.includes('..') || !existsSync(file)) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    response.end(readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { server, origin: `http://127.0.0.1:${port}` }
}

export function launchChromium(): Promise<Browser> {
  return within(
    chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: BENCH_ARGS,
      headless: true,
      timeout: 60_000,
    }),
    70_000,
    'launch Chromium',
  )
}

// Measuring

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** `promise`, or a rejection naming `what` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, expired])
  } finally {
    clearTimeout(timer)
  }
}

/** Evaluates an expression on `window.bench` in the page, time-boxed. */
function call<T>(page: Page, expression: string, ms = 10_000): Promise<T> {
  return within(page.evaluate(`window.bench.${expression}`) as Promise<T>, ms, expression)
}

function frameStats(record: FrameRecord): FrameStats {
  const { intervals } = record
  const sorted = [...intervals].sort((a, b) => a - b)
  const total = intervals.reduce((a, b) => a + b, 0)
  const count = intervals.length
  return {
    frames: count,
    fps: count ? (1000 * count) / total : Number.NaN,
    meanMs: count ? total / count : Number.NaN,
    // Nearest rank.
    p95Ms: sorted[Math.max(0, Math.ceil(0.95 * count) - 1)] ?? Number.NaN,
    maxMs: sorted.at(-1) ?? Number.NaN,
    rafScriptMs: count ? record.rafMs / count : Number.NaN,
    inputScriptMs: count ? record.inputMs / count : Number.NaN,
  }
}

/** The middle value (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length / 2
  if (!sorted.length) return Number.NaN
  return Number.isInteger(mid)
    ? ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
    : (sorted[Math.floor(mid)] as number)
}

/** Sends input once per 60 Hz slot for `ms`, waiting for each to be taken; returns how many were sent. */
async function paced(ms: number, send: (elapsed: number) => Promise<void>): Promise<number> {
  const start = performance.now()
  let sent = 0
  for (let elapsed = 0; elapsed < ms; elapsed = performance.now() - start) {
    await send(elapsed)
    sent++
    await sleep(Math.max(0, start + sent * INPUT_INTERVAL_MS - performance.now()))
  }
  return sent
}

/** ~1 s of wheel events near the middle of the drawing: zooming in for half of it, out for the rest. */
async function measureZoom(page: Page, impl: Impl): Promise<NonNullable<ImplResult['zoom']>> {
  // Over empty ground, so hover effects are not part of the zoom's cost.
  const spot = await call<Point>(page, 'emptySpot()')
  await page.mouse.move(spot.x, spot.y)
  await call(page, 'painted()', 30_000)
  const before = await call<number>(page, 'scale()')
  // The widget zooms on Ctrl/⌘ + wheel only (a plain wheel scrolls the host page); d3-zoom on any wheel.
  if (impl === 'widget') await page.keyboard.down('Control')
  let peak = before
  try {
    await call(page, 'startFrames()')
    let turned = false
    const wheels = await paced(ZOOM_MS, async (elapsed) => {
      const zoomIn = elapsed < ZOOM_MS / 2
      if (!zoomIn && !turned) {
        turned = true
        peak = await call<number>(page, 'scale()')
      }
      await within(page.mouse.wheel(0, (zoomIn ? -1 : 1) * WHEEL_DELTA[impl]), 5_000, 'wheel')
    })
    const record = await call<FrameRecord>(page, 'stopFrames()')
    const after = await call<number>(page, 'scale()')
    return { ...frameStats(record), wheels, scales: [before, peak, after] }
  } finally {
    if (impl === 'widget') await page.keyboard.up('Control')
  }
}

/** ~2 s of dragging a node near the middle of the view in circles, one pointer move per frame. */
async function measureDrag(page: Page): Promise<NonNullable<ImplResult['drag']>> {
  const targets = await call<(Point & { id: string })[]>(page, `nodeTargets(${DRAG_RADIUS + 20}, ${HOVERS})`)
  const target = targets[0]
  if (!target) throw new Error('no node to drag near the middle of the view')
  // A reader's pointer rests on a node before pressing it: time what a hover costs (on a few actors, one
  // hover being a frame or two of noise), the last one on the node then dragged. First let the zoom before
  // it finish (a large network redraws in full 120 ms after the last wheel, and the browser then rasterizes
  // the new picture for up to a second), so that its redraw is not counted as the hover's.
  const ground = await call<Point>(page, 'emptySpot()')
  const hovers: number[] = []
  for (const on of [...targets.slice(1), target]) {
    await page.mouse.move(ground.x, ground.y)
    await sleep(200)
    await call(page, 'quiet()', 60_000)
    const hoverStart = performance.now()
    await within(page.mouse.move(on.x, on.y), 30_000, 'hover')
    await call(page, 'painted()', 60_000)
    hovers.push(performance.now() - hoverStart)
  }
  const firstHoverMs = hovers[0] ?? Number.NaN
  const hoverMs = median(hovers)
  await within(page.mouse.down(), 10_000, 'mouse down')
  let last: Point = target
  try {
    await call(page, 'startFrames()')
    const moves = await paced(DRAG_MS, async (elapsed) => {
      const angle = (2 * Math.PI * elapsed) / 1000
      last = { x: target.x + DRAG_RADIUS * Math.cos(angle), y: target.y + DRAG_RADIUS * Math.sin(angle) }
      await within(page.mouse.move(last.x, last.y), 5_000, 'mouse move')
    })
    const record = await call<FrameRecord>(page, 'stopFrames()')
    // The node must have followed the pointer, or this measured something other than a drag.
    // A slow page may still have the last moves queued: give it a few frames to catch up.
    let distance = Number.POSITIVE_INFINITY
    for (let tries = 0; tries < 3 && distance >= 12; tries++) {
      await call(page, 'painted()', 30_000)
      const at = await call<Point | null>(page, `nodeAt(${JSON.stringify(target.id)})`)
      distance = at ? Math.hypot(at.x - last.x, at.y - last.y) : Number.POSITIVE_INFINITY
    }
    return {
      ...frameStats(record),
      moves,
      followed: distance < 12,
      distance,
      node: target.id,
      hoverMs,
      firstHoverMs,
    }
  } finally {
    await page.mouse.up()
  }
}

/**
 * One implementation at one size, in a fresh browser context: settle time, heap, zoom, drag. Never
 * throws: what failed is in `errors`, and `ok` is false when it did not get as far as a settled picture.
 */
export async function measure(
  browser: Browser,
  origin: string,
  impl: Impl,
  dataUrl: string,
  options: MeasureOptions = {},
): Promise<ImplResult> {
  const result: ImplResult = { ok: false, errors: [] }
  let context: BrowserContext | undefined
  try {
    context = await within(browser.newContext({ viewport: VIEWPORT }), 30_000, 'new context')
    const page = await within(context.newPage(), 30_000, 'new page')
    page.on('pageerror', (error) => result.errors.push(`page error: ${error.message}`))
    await within(page.goto(`${origin}/${impl}.html`), 30_000, 'page load')
    await within(
      page.waitForFunction('window.bench !== undefined', null, { timeout: 30_000 }),
      35_000,
      'bench',
    )
    await call(page, `load(${JSON.stringify(dataUrl)})`, 30_000)
    const before = await call<{ usedJSHeapSize: number }>(page, 'heap()')

    const profiler = options.profile ? await startProfile(browser, page) : undefined
    result.settle = await call<SettleTiming>(
      page,
      `render(${impl === 'widget' ? SETTLE_TIMEOUT_MS : BASELINE_SETTLE_CAP_MS})`,
      SETTLE_TIMEOUT_MS + 15_000,
    ).catch((error: Error) => {
      throw new Error(`did not settle within ${SETTLE_TIMEOUT_MS / 1000} s (${error.message})`)
    })
    if (profiler) result.profile = { settle: await profiler.stop() }
    if (result.settle.timedOut)
      result.errors.push(
        `still cooling after ${BASELINE_SETTLE_CAP_MS / 1000} s: stopped there to measure the rest`,
      )

    const after = await call<{ usedJSHeapSize: number; precise: boolean }>(page, 'heap()')
    result.heap = {
      beforeMB: mb(before.usedJSHeapSize),
      afterMB: mb(after.usedJSHeapSize),
      precise: after.precise,
    }
    result.ok = true
    if (impl === 'widget' && options.widgetCss)
      await call(page, `adoptWidgetCss(${JSON.stringify(options.widgetCss)})`)

    // Each gesture is time-boxed and recorded on its own: one failing does not lose the others.
    await sleep(300)
    try {
      const zoomProfiler = options.profile ? await startProfile(browser, page) : undefined
      result.zoom = await within(measureZoom(page, impl), ZOOM_MS + GESTURE_SLACK_MS, 'zoom')
      if (zoomProfiler && result.profile) result.profile.zoom = await zoomProfiler.stop()
    } catch (error) {
      result.errors.push(`zoom: ${(error as Error).message}`)
    }
    await sleep(300)
    try {
      const dragProfiler = options.profile ? await startProfile(browser, page) : undefined
      result.drag = await within(measureDrag(page), DRAG_MS + GESTURE_SLACK_MS + 60_000, 'drag')
      if (!result.drag.followed)
        result.errors.push(`drag: the node ended ${result.drag.distance.toFixed(0)} px from the pointer`)
      if (dragProfiler && result.profile) result.profile.drag = await dragProfiler.stop()
    } catch (error) {
      result.errors.push(`drag: ${(error as Error).message}`)
    }
  } catch (error) {
    result.errors.push((error as Error).message)
  } finally {
    await within(context?.close() ?? Promise.resolve(), 20_000, 'close context').catch(() => undefined)
  }
  return result
}

const mb = (bytes: number) => bytes / 1024 / 1024

// Profiling (--profile)

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples?: number[]
  timeDeltas?: number[]
}

interface TraceEvent {
  ph: string
  name: string
  pid: number
  tid: number
  ts: number
  dur?: number
  args?: { name?: string }
}

/**
 * Starts Chromium's JS sampling profiler and a timeline trace; `stop` returns the top functions by self
 * time, then the top renderer main-thread tasks (style, layout, paint, script, GC…) by self time.
 */
async function startProfile(browser: Browser, page: Page) {
  const session = await page.context().newCDPSession(page)
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await session.send('Profiler.start')
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
  })
  return {
    async stop(): Promise<ProfileLine[]> {
      const { profile } = (await within(session.send('Profiler.stop'), 30_000, 'profile')) as {
        profile: CpuProfile
      }
      await session.detach().catch(() => undefined)
      const text = (await within(browser.stopTracing(), 60_000, 'trace')).toString()
      if (process.env.BENCH_TRACE) writeFileSync(`${process.env.BENCH_TRACE}-${Date.now()}.json`, text)
      const trace = JSON.parse(text) as { traceEvents: TraceEvent[] }
      return [
        ...top(jsSelfTimes(profile), 'js'),
        ...top(mainThreadSelfTimes(trace.traceEvents), 'main thread'),
      ]
    },
  }
}

function top(self: Map<string, number>, kind: string): ProfileLine[] {
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([fn, selfMs]) => ({ fn: `${kind}: ${fn}`, selfMs, share: selfMs / total }))
}

function jsSelfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]))
  const self = new Map<string, number>()
  profile.samples?.forEach((id, i) => {
    const frame = byId.get(id)
    if (!frame) return
    const file = frame.url ? ` ${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''
    const key = `${frame.functionName || '(anonymous)'}${file}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000)
  })
  return self
}

/** Self time of the complete events on the renderer main thread(s), by event name. */
function mainThreadSelfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const byThread = new Map<string, TraceEvent[]>()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (e.ph !== 'X' || e.dur === undefined || !main.has(key)) continue
    const list = byThread.get(key)
    if (list) list.push(e)
    else byThread.set(key, [e])
  }
  const self = new Map<string, number>()
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
    const stack: { end: number; name: string }[] = []
    for (const e of list) {
      const dur = (e.dur ?? 0) / 1000
      while (stack.length && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop()
      const parent = stack.at(-1)
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - dur)
      self.set(e.name, (self.get(e.name) ?? 0) + dur)
      stack.push({ end: e.ts + (e.dur ?? 0), name: e.name })
    }
  }
  return self
}
