/**
 * `npm run audit`, after `npm run build`: Lighthouse's mobile preset (simulated Slow 4G and a 4× slower
 * CPU) on the built demo site, served from this process with compression as a real host would serve it.
 * Prints the figures the page is held to and exits 1 when one is missed:
 *
 *   Performance score ≥ 95, Total Blocking Time ≤ 150 ms, Cumulative Layout Shift ≤ 0.02,
 *   and no task of ours (a script of the site, or the page itself) longer than 50 ms.
 *
 *   npm run audit                 one Lighthouse run
 *   npm run audit -- --runs 3     the median of three runs (by score), each printed
 *   npm run audit -- --report F   also writes the (last) full Lighthouse report to file F, as HTML
 *   npm run audit -- --tasks      also the longest task of ours as the widget loads the demo and networks of
 *                                 300 and 2,000 actors, each task past 50 ms with its parts (long-tasks.ts);
 *                                 `--throttle` slows the CPU there rather than counting thread time four times
 *
 * Lighthouse is called in this process, asynchronously: a child process waited on synchronously would
 * block the server it audits.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from '../chromium.ts'
import { measureTasks } from './long-tasks.ts'

const SITE = fileURLToPath(new URL('../../dist/site/', import.meta.url))
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu']

/** The targets: a figure past its bound fails the audit. */
export const TARGETS = { score: 95, totalBlockingTime: 150, layoutShift: 0.02, longestTask: 50 }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** A static host for dist/site that compresses text as a production host would (brotli, else gzip). */
async function answer(request: IncomingMessage, response: ServerResponse) {
  const path = normalize(new URL(request.url ?? '/', 'http://localhost').pathname).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  const file = path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1)
  let body: Buffer
  try {
    body = readFileSync(SITE + file)
  } catch {
    response.writeHead(404).end()
    return
  }
  const type = TYPES[extname(file)]
  const accepts = String(request.headers['accept-encoding'] ?? '')
  const headers: Record<string, string> = { 'content-type': type ?? 'application/octet-stream' }
  if (type && /\bbr\b/.test(accepts)) {
    body = await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    headers['content-encoding'] = 'br'
  } else if (type && /\bgzip\b/.test(accepts)) {
    body = await gzipped(body, { level: 9 })
    headers['content-encoding'] = 'gzip'
  }
  if (type) headers.vary = 'accept-encoding'
  response.writeHead(200, headers).end(body)
}

interface Figures {
  score: number
  totalBlockingTime: number
  layoutShift: number
  /** The longest task attributed to the site (its scripts or the page), in simulated milliseconds. */
  longestTask: number
  longestTaskUrl: string
  /** What shifted, with each element's share of the layout shift. */
  shifts: string[]
  firstContentfulPaint: number
  largestContentfulPaint: number
}

interface TableItem {
  url?: string
  duration?: number
  score?: number
  node?: { selector?: string; nodeLabel?: string }
}

async function audit(url: string, origin: string, report?: string): Promise<Figures> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'error' })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: report ? 'html' : 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
    if (!result) throw new Error('Lighthouse returned no result')
    const { lhr } = result
    if (report) writeFileSync(report, String(result.report))
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`)
    const audits = lhr.audits
    const items = (id: string) =>
      ((audits[id]?.details as { items?: TableItem[] } | undefined)?.items ?? []) as TableItem[]
    const ours = items('long-tasks').filter((task) => task.url?.startsWith(origin))
    const longest = ours.reduce<TableItem | undefined>(
      (max, task) => ((task.duration ?? 0) > (max?.duration ?? 0) ? task : max),
      undefined,
    )
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      totalBlockingTime: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      layoutShift: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      longestTask: longest?.duration ?? 0,
      longestTaskUrl: longest?.url?.slice(origin.length) ?? '',
      shifts: items('layout-shifts').map(
        (shift) => `${shift.node?.selector ?? shift.node?.nodeLabel ?? '?'} ${(shift.score ?? 0).toFixed(3)}`,
      ),
      firstContentfulPaint: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
      largestContentfulPaint: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    }
  } finally {
    chrome.kill()
  }
}

const print = (f: Figures, label: string) =>
  console.log(
    `${label}: Performance ${f.score}, TBT ${Math.round(f.totalBlockingTime)} ms, CLS ${f.layoutShift.toFixed(3)}, ` +
      `longest task of ours ${Math.round(f.longestTask)} ms${f.longestTaskUrl ? ` (${f.longestTaskUrl})` : ''}, ` +
      `FCP ${Math.round(f.firstContentfulPaint)} ms, LCP ${Math.round(f.largestContentfulPaint)} ms` +
      (f.shifts.length ? `\n  shifts: ${f.shifts.join(', ')}` : ''),
  )

const runsFlag = process.argv.indexOf('--runs')
const reportFlag = process.argv.indexOf('--report')
const report = reportFlag >= 0 ? process.argv[reportFlag + 1] : undefined
const runs = runsFlag >= 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 1

const server = createServer((request, response) => {
  answer(request, response).catch(() => response.writeHead(500).end())
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
let failed = false
try {
  const results: Figures[] = []
  for (let run = 1; run <= runs; run++) {
    const figures = await audit(`${origin}/`, origin, report)
    results.push(figures)
    if (runs > 1) print(figures, `run ${run}`)
  }
  const median = [...results].sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)] as Figures
  print(median, runs > 1 ? `median of ${runs}` : 'Lighthouse, mobile')
  const misses = [
    median.score < TARGETS.score && `Performance ${median.score} < ${TARGETS.score}`,
    median.totalBlockingTime > TARGETS.totalBlockingTime &&
      `Total Blocking Time ${Math.round(median.totalBlockingTime)} ms > ${TARGETS.totalBlockingTime} ms`,
    median.layoutShift > TARGETS.layoutShift &&
      `Cumulative Layout Shift ${median.layoutShift.toFixed(3)} > ${TARGETS.layoutShift}`,
    median.longestTask > TARGETS.longestTask &&
      `a task of ours took ${Math.round(median.longestTask)} ms > ${TARGETS.longestTask} ms`,
  ].filter((miss): miss is string => typeof miss === 'string')
  if (process.argv.includes('--tasks')) {
    const sizesFlag = process.argv.indexOf('--tasks-sizes')
    const sizes = sizesFlag >= 0 ? String(process.argv[sizesFlag + 1]).split(',') : ['demo', '300', '2000x3']
    for (const { label, longest, long } of await measureTasks(sizes, process.argv.includes('--throttle'))) {
      console.log(`${label}: longest task ${Math.round(longest)} ms`)
      for (const task of long) console.log(`  ${Math.round(task.ms)} ms: ${task.parts}`)
      if (longest > TARGETS.longestTask)
        misses.push(`${label}: a task took ${Math.round(longest)} ms > ${TARGETS.longestTask} ms`)
    }
  }
  for (const miss of misses) console.error(`missed: ${miss}`)
  if (!misses.length) console.log('every target met')
  failed = misses.length > 0
} finally {
  server.close()
}
process.exit(failed ? 1 : 0)
