/**
 * `npm run audit -- --tasks` (after `npm run build`): the longest task of the page's main thread while the
 * built widget loads, for the demo page and generated networks of 300 and 2,000 actors (3 relations each),
 * from a timeline trace. As Lighthouse's mobile preset does, each task counts four times the time it took: its
 * thread time, which other processes on a busy machine do not lengthen. `--throttle` slows the CPU four times
 * instead (CDP) and reads the clock, which a busy machine does lengthen. Each task past 50 ms is listed with
 * what it spent its time on, so a long one says where to cut.
 *
 *   --tasks-sizes demo,300,2000x3   the pages measured: the demo site, or N actors (× relations per actor)
 */
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { generateDataset } from '../bench/generate.ts'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url))
/** Lighthouse's mobile preset: a phone's CPU, four times slower than the machine. */
const CPU_SLOWDOWN = 4
/** A task past this holds the host page's input (the Long Tasks API's and Lighthouse's bound). */
export const LONG_TASK_MS = 50

export interface TaskReport {
  readonly label: string
  /** The longest task from the data's arrival to a second after `network-ready`, in (slowed) ms. */
  readonly longest: number
  /** Every task over `LONG_TASK_MS`, each with its biggest parts. */
  readonly long: { ms: number; parts: string }[]
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread time. */
  tdur?: number
  tid: number
  pid: number
  args?: { name?: string }
}

/** A page with the widget at the large preview's size, its dataset from `src` as the demo's. */
const page = (src: string) => `<!doctype html><html lang="en"><meta charset="utf-8"><title>tasks</title>
<body style="margin:0"><actor-network src="${src}" style="display:block;width:1100px;height:760px"></actor-network>
<script type="module" src="/actor-network.js"></script>`

/** What is loaded for `size`: the demo site's page (`demo`), or a generated network of `actors × perActor`. */
function pageFor(size: string): { label: string; path: string; json?: string } {
  if (size === 'demo') return { label: 'demo page (20 actors)', path: '/site/index.html' }
  if (size === 'article') return { label: 'shipped dataset alone', path: '/article.html', json: '' }
  const [actors = 300, perActor = 3] = size.split('x').map(Number)
  const dataset = generateDataset({ actors, relationsPerActor: perActor, seed: 1 })
  return { label: `${actors} × ${perActor}`, path: `/${size}.html`, json: JSON.stringify(dataset) }
}

/**
 * The tasks (`RunTask`) of the page's main thread over `LONG_TASK_MS`, longest first, each with the time of
 * what ran inside it, by kind; and the longest task of all.
 */
function longTasks(
  events: TraceEvent[],
  throttled: boolean,
): { longest: number; long: { ms: number; parts: string }[] } {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const tasksOf = (m: TraceEvent) =>
    events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.ph === 'X')
  // The page's renderer: the one that evaluated the module (not the blank page's before it).
  const pid = events.find((e) => e.name === 'v8.evaluateModule')?.pid
  const main = mains.find((m) => m.pid === pid)
  if (!main) return { longest: 0, long: [] }
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  const ms = (e: TraceEvent) => (throttled ? (e.dur ?? 0) : CPU_SLOWDOWN * (e.tdur ?? e.dur ?? 0)) / 1000
  const tasks = tasksOf(main)
  // Script appears as V8's own events (a module's evaluation, a call into a callback); 'FunctionCall' is thin.
  const KINDS = [
    'v8.evaluateModule',
    'v8.callFunction',
    'v8.compileModule',
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Layerize',
    'ParseHTML',
    'MajorGC',
    'MinorGC',
    'HitTest',
  ]
  const long = tasks
    .filter((task) => ms(task) > LONG_TASK_MS)
    .sort((a, b) => ms(b) - ms(a))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0)
      const inside = onMain.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts < end && KINDS.includes(e.name),
      )
      const sums = new Map<string, number>()
      for (const e of inside) sums.set(e.name, (sums.get(e.name) ?? 0) + ms(e))
      const parts = [...sums]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([name, t]) => `${name} ${Math.round(t)}`)
        .join(', ')
      return { ms: ms(task), parts }
    })
  return { longest: Math.max(0, ...tasks.map(ms)), long }
}

export async function measureTasks(sizes: string[], throttled = false): Promise<TaskReport[]> {
  const files = new Map<string, string>()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const type = path.endsWith('.js')
      ? 'text/javascript'
      : path.endsWith('.json')
        ? 'application/json'
        : 'text/html'
    const file =
      path === '/actor-network.js'
        ? `${DIST}actor-network.js`
        : path.startsWith('/site/') && !path.includes('..')
          ? DIST + path.slice(1)
          : undefined
    const body = files.get(path) ?? (file && existsSync(file) ? readFileSync(file) : undefined)
    if (body === undefined) response.writeHead(404).end()
    else response.writeHead(200, { 'content-type': type }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const reports: TaskReport[] = []
  try {
    for (const size of sizes) {
      const { label, path, json } = pageFor(size)
      if (json === '') files.set(path, page('/site/data/ratcliffe-rodriguez-caracas.json'))
      else if (json) files.set(path, page(`/${size}.json`)).set(`/${size}.json`, json)
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } })
      const tab = await context.newPage()
      const cdp = await context.newCDPSession(tab)
      if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
      const events: TraceEvent[] = []
      cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
      await cdp.send('Tracing.start', {
        categories:
          'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.cpu_profiler,toplevel,__metadata',
        transferMode: 'ReportEvents',
      })
      await tab.goto(origin + path)
      // A string, not a function: tsx's helpers would not exist in the page.
      await tab.evaluate(`new Promise((resolve) => {
        const el = document.querySelector('actor-network')
        const ready = () => setTimeout(resolve, 1000)
        if (el.shadowRoot?.querySelector('g.layer > *')) ready()
        else el.addEventListener('network-ready', ready, { once: true })
      })`)
      await cdp.send('Tracing.end')
      await done
      reports.push({ label, ...longTasks(events, throttled) })
      await context.close()
    }
  } finally {
    await browser.close()
    server.close()
  }
  return reports
}
