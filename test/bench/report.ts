/**
 * What the benchmark prints and keeps: the table, the targets met or missed, and `results.json` with the
 * latest run in full and a compact history of every run.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BASELINE_SETTLE_CAP_MS, HOVERS, type ImplResult, ROOT } from './driver.ts'

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

/** A gesture's figure, the limit it must keep at every size, and what it is called in a verdict. */
const GESTURES = [
  { id: 'drag', name: 'drag p95 frame time', limit: 20, get: (r: ImplResult) => r.drag?.p95Ms },
  { id: 'zoom', name: 'zoom p95 frame time', limit: 20, get: (r: ImplResult) => r.zoom?.p95Ms },
  {
    id: 'hover',
    name: `hover (pointer on an actor → painted, median of ${HOVERS} actors)`,
    limit: 100,
    get: (r: ImplResult) => r.drag?.hoverMs,
  },
] as const

/** The targets of issue #18: the settled first paint at 2,000 / 6,000, and each gesture at every size. */
export function judge(rows: readonly Row[]): Target[] {
  const row2k = rows.find((r) => r.actors === 2000 && r.relations === 6000)
  const settle2k = row2k?.results.widget?.settle?.paintedMs
  const measured = rows.filter((r) => r.results.widget)
  const targets: Target[] = [
    {
      id: 'settle-2000',
      text: '2,000 actors / 6,000 relations: first paint already settled within 1.5 s of the data arriving',
      verdict: !row2k?.results.widget
        ? 'not measured'
        : row2k.results.widget.ok && settle2k !== undefined && settle2k <= 1500
          ? 'met'
          : 'missed',
      detail: row2k ? fmtMs(settle2k) : 'no 2,000 / 6,000 row',
    },
  ]
  for (const gesture of GESTURES) {
    const value = (r: Row) => {
      const widget = r.results.widget
      return widget?.ok ? gesture.get(widget) : undefined
    }
    const over = measured.filter((r) => {
      const v = value(r)
      return v === undefined || Number.isNaN(v) || v > gesture.limit
    })
    targets.push({
      id: `${gesture.id}-limit`,
      text: `every size: ${gesture.name} ≤ ${gesture.limit} ms`,
      verdict: measured.length === 0 ? 'not measured' : over.length ? 'missed' : 'met',
      detail: over.length
        ? `over at ${over.map((r) => `${r.size} (${fmtMs(value(r))})`).join(', ')}`
        : `${measured.length} sizes`,
    })
    const compared = measured.filter((r) => r.results.baseline?.ok)
    const baseline = (r: Row) => {
      const result = r.results.baseline
      return result ? gesture.get(result) : undefined
    }
    const worse = compared.filter((r) => {
      const ours = value(r)
      const theirs = baseline(r)
      return ours === undefined || (theirs !== undefined && ours > theirs * TOLERANCE)
    })
    targets.push({
      id: `${gesture.id}-vs-baseline`,
      text: `every size: ${gesture.name} no worse than the plain d3 graph's (+${Math.round((TOLERANCE - 1) * 100)} % for noise)`,
      verdict: compared.length === 0 ? 'not measured' : worse.length ? 'missed' : 'met',
      detail: worse.length
        ? `worse at ${worse.map((r) => `${r.size} (${fmtMs(value(r))} vs ${fmtMs(baseline(r))})`).join(', ')}`
        : `${compared.length} sizes compared`,
    })
  }
  return targets
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
  { title: 'first hover ms', digits: 0, get: (r) => r.drag?.firstHoverMs },
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
            firstHoverMs: round(r.drag?.firstHoverMs),
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
