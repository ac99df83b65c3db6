/**
 * `npm run bench`: the widget against a plain d3 force graph, in headless Chromium.
 *
 *   npm run bench                          the dense sweep: 10 to 5,000 actors, log-spaced, at 1.5 and 3
 *                                          relations per actor (and 4 up to 400 actors), with both sides of
 *                                          every mode switch (see `sweep`); writes results.json and chart.svg
 *   npm run bench -- --quick               a quick run for development: a few sizes around the switches
 *   npm run bench -- --sizes 50,500        only the sizes listed, both implementations
 *   npm run bench -- --sizes 2000x3        2,000 actors with 3 relations per actor (6,000 relations)
 *   npm run bench -- --chart               redraw chart.svg from results.json, measure nothing
 *   npm run bench -- --profile             also print where the time goes (not minified; not saved);
 *                                          with BENCH_TRACE=/some/prefix set, also writes each raw trace
 *   npm run bench -- --widget-css '.x{…}'  try a style change in the widget's shadow root (not saved)
 *   npm run bench -- --only widget         measure one implementation (not saved)
 *   npm run bench -- --no-save             print only; leave results.json and the chart alone
 *
 * For each size and each implementation, in a fresh browser context: time from data arrival to the first
 * settled paint, JS heap after settling, frame times while zooming for ~1 s and while dragging a node in
 * circles for ~2 s. Results go to `test/bench/results.json`: the latest run in full, and a compact
 * `history` of every run.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { parseDataset } from '../../src/validate.ts'
import { chart } from './chart.ts'
import {
  BASELINE_SETTLE_CAP_MS,
  buildBundles,
  DRAG_MS,
  DRAG_RADIUS,
  ELEMENT,
  IMPLS,
  type Impl,
  type ImplResult,
  launchChromium,
  measure,
  PAGES,
  ROOT,
  SETTLE_TIMEOUT_MS,
  serve,
  VIEWPORT,
  WHEEL_DELTA,
  within,
  ZOOM_MS,
} from './driver.ts'
import { generateDataset } from './generate.ts'
import { fmtInt, fmtMs, judge, machine, type Row, type Run, save, table } from './report.ts'
import { DEFAULT_RELATIONS_PER_ACTOR, QUICK_SIZES, sweep } from './sizes.ts'

const RESULTS = path.join(ROOT, 'test/bench/results.json')
const CHART = path.join(ROOT, 'test/bench/chart.svg')
const SEED = 1

interface Size {
  readonly actors: number
  readonly relationsPerActor: number
  readonly label: string
}

interface Options {
  readonly sizes: Size[]
  readonly profile: boolean
  readonly widgetCss?: string
  readonly only?: Impl
  readonly save: boolean
  /** Only redraw the chart from results.json. */
  readonly chartOnly: boolean
}

function parseSizes(text: string): Size[] {
  return text.split(',').map((part) => {
    const match = /^\s*(\d+)(?:x(\d+(?:\.\d+)?))?\s*$/.exec(part)
    if (!match) throw new Error(`--sizes: "${part}" is not a size like 500 or 2000x3`)
    const actors = Number(match[1])
    const relationsPerActor = match[2] ? Number(match[2]) : DEFAULT_RELATIONS_PER_ACTOR
    if (actors < 2 || actors > 10_000) throw new Error(`--sizes: ${actors} actors is outside 2…10,000`)
    if (relationsPerActor * actors > 50_000)
      throw new Error(`--sizes: ${part} has more than 50,000 relations`)
    const label =
      relationsPerActor === DEFAULT_RELATIONS_PER_ACTOR ? `${actors}` : `${actors}x${relationsPerActor}`
    return { actors, relationsPerActor, label }
  })
}

function parseArgs(argv: readonly string[]): Options {
  let sizes: string | undefined
  let profile = false
  let widgetCss: string | undefined
  let only: Impl | undefined
  let keep = true
  let chartOnly = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined]
    const value = () => inline ?? argv[++i] ?? ''
    if (name === '--sizes') sizes = value()
    else if (name === '--quick') sizes = QUICK_SIZES
    else if (name === '--chart') chartOnly = true
    else if (name === '--widget-css') widgetCss = value()
    else if (name === '--only') {
      const impl = value()
      if (impl !== 'widget' && impl !== 'baseline')
        throw new Error(`--only: "${impl}" is not widget or baseline`)
      only = impl
    } else if (name === '--profile') profile = true
    else if (name === '--no-save') keep = false
    else if (name === '--help' || name === '-h') {
      console.log(
        'usage: npm run bench -- [--quick | --sizes 50,500,2000x3] [--only widget|baseline] [--profile] [--widget-css CSS] [--no-save] [--chart]',
      )
      process.exit(0)
    } else throw new Error(`unknown option ${arg} (try --help)`)
  }
  // Profiled or restyled runs do not measure the widget as shipped: never keep them as results.
  return {
    sizes: parseSizes(sizes ?? sweep()),
    profile,
    widgetCss,
    only,
    save: keep && !profile && widgetCss === undefined && only === undefined,
    chartOnly,
  }
}

function summary(r: ImplResult, seconds: number): string {
  if (!r.ok) return `FAILED: ${r.errors.join('; ')}`
  const settle = r.settle?.timedOut
    ? `>${BASELINE_SETTLE_CAP_MS / 1000} s`
    : `${fmtMs(r.settle?.paintedMs)} (ready at ${fmtMs(r.settle?.readyMs)})`
  const script = (f?: { rafScriptMs: number; inputScriptMs: number }) =>
    f ? ` (script ${f.rafScriptMs.toFixed(1)} + ${f.inputScriptMs.toFixed(1)} ms/frame)` : ''
  return (
    `settled ${settle}, zoom p95 ${fmtMs(r.zoom?.p95Ms)}${script(r.zoom)}, ` +
    `hover ${fmtMs(r.drag?.hoverMs)} (first ${fmtMs(r.drag?.firstHoverMs)}), drag p95 ${fmtMs(r.drag?.p95Ms)}${script(r.drag)}  [${seconds.toFixed(0)} s]`
  )
}

function writeChart(run: Run) {
  const caption = `${run.timestamp.slice(0, 10)}, ${run.machine.cpus} × ${run.machine.cpuModel}, Chromium ${run.machine.chromium}, commit ${run.machine.commit}; the 20 and 100 ms lines are the targets`
  writeFileSync(CHART, chart(run.rows, caption))
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.chartOnly) {
    writeChart((JSON.parse(readFileSync(RESULTS, 'utf8')) as { latest: Run }).latest)
    console.log(`Wrote ${path.relative(process.cwd(), CHART)}`)
    return
  }
  const started = performance.now()
  const dir = mkdtempSync(path.join(os.tmpdir(), 'actor-network-bench-'))
  let server: Server | undefined
  let browser: Browser | undefined
  try {
    console.log(
      `Building the widget, the d3 baseline and the harness${options.profile ? ' (not minified)' : ''}…`,
    )
    await buildBundles(dir, !options.profile)
    for (const impl of IMPLS) writeFileSync(path.join(dir, `${impl}.html`), PAGES[impl])

    mkdirSync(path.join(dir, 'data'))
    const sizes: (Size & { relations: number })[] = []
    for (const size of options.sizes) {
      const dataset = generateDataset({
        actors: size.actors,
        relationsPerActor: size.relationsPerActor,
        seed: SEED,
      })
      const parsed = parseDataset(dataset)
      if (!parsed.ok)
        throw new Error(`dataset ${size.label} is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
      writeFileSync(path.join(dir, 'data', `${size.label}.json`), JSON.stringify(dataset))
      sizes.push({ ...size, relations: dataset.relations.length })
    }

    const served = await serve(dir)
    server = served.server
    browser = await launchChromium()
    const info = machine(browser.version())
    console.log(`${info.cpus} × ${info.cpuModel}, Node ${info.node}, Chromium ${info.chromium}\n`)

    const rows: Row[] = []
    for (const size of sizes) {
      const results: Partial<Record<Impl, ImplResult>> = {}
      const impls = options.only ? [options.only] : IMPLS
      for (const impl of impls) {
        // Each measurement gets a browser of its own: the teardown of the page before (a 30 s baseline run
        // at 5,000 actors leaves a large renderer to dispose of) must not slow the next one down.
        if (rows.length || impl !== impls[0]) {
          await within(browser.close(), 20_000, 'close Chromium').catch(() => undefined)
          browser = await launchChromium()
        }
        const what = `${fmtInt(size.actors).padStart(5)} actors / ${fmtInt(size.relations).padStart(6)} relations`
        process.stdout.write(`${impl.padEnd(8)} ${what} … `)
        const t = performance.now()
        const result = await measure(browser, served.origin, impl, `/data/${size.label}.json`, options)
        results[impl] = result
        console.log(summary(result, (performance.now() - t) / 1000))
        for (const error of result.ok ? result.errors : []) console.log(`${' '.repeat(9)}${error}`)
      }
      rows.push({ size: size.label, actors: size.actors, relations: size.relations, results })
    }

    console.log(
      '\nours = <actor-network>, d3 = a plain d3 force graph; ratio = ours / d3 (below 1 is better, but for fps)\n',
    )
    console.log(table(rows))
    const targets = judge(rows)
    console.log('\nTargets')
    for (const t of targets) console.log(`  ${`[${t.verdict}]`.padEnd(14)} ${t.text}: ${t.detail}`)

    if (options.profile)
      for (const row of rows)
        for (const impl of IMPLS)
          for (const [phase, lines] of Object.entries(row.results[impl]?.profile ?? {})) {
            console.log(`\nProfile: ${impl}, ${row.size} actors, ${phase} (self time)`)
            for (const l of lines)
              console.log(
                `  ${l.selfMs.toFixed(0).padStart(6)} ms ${(100 * l.share).toFixed(1).padStart(5)} %  ${l.fn}`,
              )
          }

    const run: Run = {
      timestamp: new Date().toISOString(),
      durationS: Math.round((performance.now() - started) / 1000),
      machine: info,
      settings: {
        seed: SEED,
        viewport: VIEWPORT,
        element: ELEMENT,
        dragMs: DRAG_MS,
        dragRadius: DRAG_RADIUS,
        zoomMs: ZOOM_MS,
        wheelDelta: WHEEL_DELTA,
        settleTimeoutMs: SETTLE_TIMEOUT_MS,
      },
      rows,
      targets,
    }
    if (options.save) {
      save(RESULTS, run)
      writeChart(run)
      console.log(`\nWrote ${path.relative(process.cwd(), RESULTS)} and the chart in ${run.durationS} s`)
    } else console.log(`\nNot saved (${run.durationS} s)`)
  } finally {
    await within(browser?.close() ?? Promise.resolve(), 20_000, 'close Chromium').catch(() => undefined)
    server?.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
