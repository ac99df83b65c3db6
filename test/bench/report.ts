/**
 * What the benchmark prints and keeps: the table, the targets met or missed, and `results.json` with the
 * latest run in full and a compact history of every run.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BASELINE_SETTLE_CAP_MS, type ImplResult, ROOT } from './driver.ts'

export interface Row {
  /** `2000`, or `2000x3` for 3 relations per actor. */
  readonly size: string
  readonly actors: number
  readonly relations: number
  /** The baseline is left out of the rows that only check the widget against the absolute targets. */
  readonly results: { readonly widget?: ImplResult; readonly baseline?: ImplResult }
}

export type Verdict = 'met' | 'missed' | 'not measured'

export interface Target {
  readonly id: string
  readonly text: string
  readonly verdict: Verdict
  readonly detail: string
}

/** "No worse than the baseline" allows this much noise. */
const TOLERANCE = 1.05

/** The targets, each judged on the row of its shape (or, failing that, the densest row of its size). */
export function judge(rows: readonly Row[]): Target[] {
  const find = (actors: number, relations: number) =>
    rows.find((r) => r.actors === actors && r.relations === relations) ??
    rows.filter((r) => r.actors === actors).sort((a, b) => b.relations - a.relations)[0]
  const at = (row: Row | undefined, actors: number) =>
    row ? `at ${fmtInt(row.actors)} / ${fmtInt(row.relations)}` : `no ${fmtInt(actors)}-actor row`
  const check = (row: Row | undefined, value: number | undefined, limit: number): Verdict => {
    if (!row) return 'not measured'
    if (!row.results.widget) return 'not measured'
    if (!row.results.widget.ok || value === undefined) return 'missed'
    return value <= limit ? 'met' : 'missed'
  }

  const row2k = find(2000, 6000)
  const row5k = find(5000, 15000)
  const settle2k = row2k?.results.widget?.settle?.paintedMs
  const drag2k = row2k?.results.widget?.drag?.p95Ms
  const drag5k = row5k?.results.widget?.drag?.p95Ms

  const compared = rows.filter((r) => r.results.widget && r.results.baseline?.drag)
  const worse = compared.filter((r) => {
    const ours = r.results.widget?.drag?.p95Ms
    return ours === undefined || ours > (r.results.baseline?.drag?.p95Ms ?? 0) * TOLERANCE
  })
  return [
    {
      id: 'settle-2000',
      text: '2,000 actors / 6,000 relations: first paint already settled within 1.5 s of the data arriving',
      verdict: check(row2k, settle2k, 1500),
      detail: `${fmtMs(settle2k)} ${at(row2k, 2000)}`,
    },
    {
      id: 'drag-2000',
      text: '2,000 actors / 6,000 relations: continuous node drag keeps p95 frame time ≤ 20 ms',
      verdict: check(row2k, drag2k, 20),
      detail: `${fmtMs(drag2k)} ${at(row2k, 2000)}`,
    },
    {
      id: 'drag-5000',
      text: '5,000 actors / 15,000 relations: stays usable, drag p95 frame time ≤ 50 ms',
      verdict: check(row5k, drag5k, 50),
      detail: `${fmtMs(drag5k)} ${at(row5k, 5000)}`,
    },
    {
      id: 'drag-vs-baseline',
      text: `every size: drag p95 frame time no worse than the plain d3 baseline's (+${Math.round((TOLERANCE - 1) * 100)} % for noise)`,
      verdict: compared.length === 0 ? 'not measured' : worse.length ? 'missed' : 'met',
      detail: worse.length
        ? `worse at ${worse.map((r) => `${r.size} (${fmtMs(r.results.widget?.drag?.p95Ms)} vs ${fmtMs(r.results.baseline?.drag?.p95Ms)})`).join(', ')}`
        : `${compared.length} sizes compared`,
    },
  ]
}

export const fmtInt = (n: number) => n.toLocaleString('en-US')
export const fmtMs = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? '—' : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`

/** A figure; `Infinity` stands for a baseline still cooling when its time ran out. */
const num = (value: number | undefined, digits: number) => {
  if (value === undefined || Number.isNaN(value)) return '—'
  return value === Infinity ? `>${BASELINE_SETTLE_CAP_MS}` : value.toFixed(digits)
}

const ratio = (ours: number | undefined, theirs: number | undefined) => {
  if (ours === undefined || theirs === undefined || Number.isNaN(ours) || Number.isNaN(theirs) || !theirs)
    return '—'
  if (ours === Infinity)
    return theirs === Infinity ? '—' : `>${(BASELINE_SETTLE_CAP_MS / theirs).toFixed(2)}×`
  if (theirs === Infinity) return `<${(ours / BASELINE_SETTLE_CAP_MS).toFixed(2)}×`
  return `${(ours / theirs).toFixed(2)}×`
}

interface Column {
  readonly title: string
  readonly digits: number
  readonly get: (r: ImplResult) => number | undefined
}

const COLUMNS: readonly Column[] = [
  { title: 'settled paint ms', digits: 0, get: (r) => (r.settle?.timedOut ? Infinity : r.settle?.paintedMs) },
  { title: 'drag fps', digits: 1, get: (r) => r.drag?.fps },
  { title: 'drag p95 ms', digits: 1, get: (r) => r.drag?.p95Ms },
  { title: 'zoom mean ms', digits: 1, get: (r) => r.zoom?.meanMs },
  { title: 'zoom p95 ms', digits: 1, get: (r) => r.zoom?.p95Ms },
  { title: 'hover ms', digits: 0, get: (r) => r.drag?.hoverMs },
  { title: 'JS heap MB', digits: 1, get: (r) => r.heap?.afterMB },
]

/** Rows = sizes; for each figure three columns: ours, the d3 baseline's, and ours / d3. */
export function table(rows: readonly Row[]): string {
  const head = ['actors', 'relations']
  for (const _ of COLUMNS) head.push('ours', 'd3', 'ratio')
  const body = rows.map((row) => {
    const cells = [fmtInt(row.actors), fmtInt(row.relations)]
    const { widget, baseline } = row.results
    for (const c of COLUMNS) {
      const ours = widget?.ok ? c.get(widget) : undefined
      const theirs = baseline?.ok ? c.get(baseline) : undefined
      const cell = (r: ImplResult | undefined, value: number | undefined) =>
        !r ? 'n/a' : r.ok ? num(value, c.digits) : 'FAIL'
      cells.push(cell(widget, ours), cell(baseline, theirs), ratio(ours, theirs))
    }
    return cells
  })
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((r) => (r[i] ?? '').length)))
  const spanOf = (k: number) => {
    const i = 2 + 3 * k
    return (widths[i] ?? 0) + (widths[i + 1] ?? 0) + (widths[i + 2] ?? 0) + 4
  }
  // Each group title spans its three columns, which widen to fit it.
  COLUMNS.forEach((c, k) => {
    while (spanOf(k) < c.title.length) widths[4 + 3 * k] = (widths[4 + 3 * k] ?? 0) + 1
  })
  const line = (cells: readonly string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')
  const groups = [
    ''.padEnd((widths[0] ?? 0) + (widths[1] ?? 0) + 2),
    ...COLUMNS.map((c, k) => c.title.padStart(spanOf(k))),
  ]
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [groups.join('  '), line(head), rule, ...body.map(line)].join('\n')
}

export type Machine = ReturnType<typeof machine>

export function machine(chromiumVersion: string) {
  const cpus = os.cpus()
  let commit = 'unknown'
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()
    if (dirty) commit += '+dirty'
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 1024 ** 3),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    commit,
  }
}

export interface Run {
  readonly timestamp: string
  readonly durationS: number
  readonly machine: Machine
  readonly settings: Record<string, unknown>
  readonly rows: readonly Row[]
  readonly targets: readonly Target[]
}

const HISTORY_LIMIT = 200

/** Writes `file` with `run` as `latest` and a compact entry for it appended to the `history` kept there. */
export function save(file: string, run: Run) {
  let history: unknown[] = []
  try {
    const old = JSON.parse(readFileSync(file, 'utf8')) as { history?: unknown }
    if (Array.isArray(old.history)) history = old.history
  } catch {
    // No file yet, or not ours: start a new history.
  }
  const round = (value: number | undefined) =>
    value === undefined || !Number.isFinite(value) ? null : Math.round(value * 10) / 10
  const compact = (r: ImplResult | undefined) =>
    !r
      ? null
      : r.ok
        ? {
            settleMs: r.settle?.timedOut ? `>${BASELINE_SETTLE_CAP_MS}` : round(r.settle?.paintedMs),
            dragFps: round(r.drag?.fps),
            dragP95: round(r.drag?.p95Ms),
            zoomMean: round(r.zoom?.meanMs),
            zoomP95: round(r.zoom?.p95Ms),
            hoverMs: round(r.drag?.hoverMs),
            heapMB: round(r.heap?.afterMB),
          }
        : { failed: r.errors[0] ?? 'failed' }
  history.push({
    timestamp: run.timestamp,
    commit: run.machine.commit,
    cpus: run.machine.cpus,
    chromium: run.machine.chromium,
    rows: run.rows.map((row) => ({
      size: row.size,
      actors: row.actors,
      relations: row.relations,
      ours: compact(row.results.widget),
      d3: compact(row.results.baseline),
    })),
    targets: Object.fromEntries(run.targets.map((t) => [t.id, t.verdict])),
  })
  writeFileSync(file, `${JSON.stringify({ latest: run, history: history.slice(-HISTORY_LIMIT) }, null, 2)}\n`)
  // In the project's own JSON style (short arrays on one line), so `npm run lint` passes on the file.
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' })
  } catch {
    // Formatting is a nicety: the file is valid JSON either way.
  }
}
