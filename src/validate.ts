/**
 * The validator: any value in, either a dataset the widget can trust or every problem with its
 * location. Pure and DOM-free, so the widget, the command line and the tests share it.
 */
import * as v from 'valibot'
import { checkConsistency } from './consistency.ts'
import { type Dataset, DatasetSchema } from './dataset.ts'
import { errorText, formatCount, quote } from './describe-value.ts'
import { type Path, type Problem, toPointer } from './problem.ts'
import { type Snapshot, snapshot } from './snapshot.ts'

/** One problem with a dataset. */
export interface DatasetError {
  /** JSON Pointer (RFC 6901) to the offending value, e.g. `/relations/3/target`; `''` is the whole dataset. */
  readonly pointer: string
  /** What is wrong, naming the value found, e.g. `unknown actor "madur0" — did you mean "maduro"?`. */
  readonly message: string
  /** For text that is not JSON: 1-based line and column of the first syntax error (see `parseJsonText`). */
  readonly line?: number
  readonly column?: number
}

export type ParseResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] }

/** Past this many, problems are counted in one final entry rather than listed. */
export const MAX_ERRORS = 100

/**
 * Checks any value against the dataset format: shape, types, unknown keys, size limits, unique ids,
 * references that resolve. Never throws. On success the dataset is a fresh copy made of plain
 * objects, sharing nothing with `input`; on failure the errors are in document order, one per
 * location, at most `MAX_ERRORS` of them plus a count of the rest.
 */
export function parseDataset(input: unknown): ParseResult {
  try {
    return check(input)
  } catch (error) {
    // Unreachable by design; a last guard so the promise "never throws" does not rest on it.
    return {
      ok: false,
      errors: [{ pointer: '', message: `the dataset could not be checked: ${errorText(error)}` }],
    }
  }
}

/** `/relations/3/target: unknown actor …`; the root prints as `/`, a syntax error by line and column. */
export function formatError(error: DatasetError): string {
  if (error.line !== undefined) return `line ${error.line}, column ${error.column ?? 1}: ${error.message}`
  return `${error.pointer || '/'}: ${error.message}`
}

function check(input: unknown): ParseResult {
  const copy = snapshot(DatasetSchema, input)
  const result = v.safeParse(DatasetSchema, copy.value, { abortEarly: false })
  const problems = [
    ...copy.problems,
    ...(result.issues ?? []).map(toProblem),
    ...checkConsistency(copy.value),
  ]
  if (result.success && problems.length === 0) return { ok: true, dataset: result.output }
  return { ok: false, errors: report(problems, copy) }
}

function toProblem(issue: v.BaseIssue<unknown>): Problem {
  const path: Path = (issue.path ?? []).map((item) =>
    typeof item.key === 'number' ? item.key : String(item.key),
  )
  // Valibot words a missing key with the object's own type message; say what is missing instead.
  const last = issue.path?.at(-1)
  if (last?.origin === 'key') return { path, message: `missing required key ${quote(String(last.key))}` }
  return { path, message: issue.message }
}

/** Sorts into document order, keeps the first problem at each location, caps and words them. */
function report(problems: Problem[], copy: Snapshot): DatasetError[] {
  const rankOf = documentRanker(copy)
  const ranked = problems.map((problem) => ({ problem, rank: rankOf(problem.path) }))
  ranked.sort((a, b) => compareRanks(a.rank, b.rank))
  const errors: DatasetError[] = []
  const seen = new Set<string>()
  let more = 0
  for (const { problem } of ranked) {
    const pointer = toPointer(problem.path)
    if (seen.has(pointer)) continue
    seen.add(pointer)
    if (errors.length === MAX_ERRORS) {
      more++
      continue
    }
    const message = typeof problem.message === 'string' ? problem.message : problem.message()
    errors.push({ pointer, message })
  }
  if (more > 0) {
    errors.push({ pointer: '', message: `… and ${formatCount(more)} more problem${more === 1 ? '' : 's'}` })
  }
  return errors
}

/**
 * Where a path falls in the input, as one number per step: array indexes, and each key's position
 * among its object's keys. A missing key ranks -1, first inside its object.
 */
function documentRanker(copy: Snapshot): (path: Path) => number[] {
  // Built only for objects that hold a problem, and once each: an object may have a million keys.
  const positions = new Map<object, Map<string, number>>()
  const positionsIn = (holder: object) => {
    let map = positions.get(holder)
    if (!map) {
      map = new Map((copy.keysOf.get(holder) ?? []).map((key, index) => [key, index]))
      positions.set(holder, map)
    }
    return map
  }
  return (path) => {
    let container: unknown = copy.value
    return path.map((key) => {
      const holder = typeof container === 'object' && container !== null ? container : undefined
      const rank = typeof key === 'number' ? key : ((holder && positionsIn(holder).get(key)) ?? -1)
      container =
        holder && Object.hasOwn(holder, key) ? (holder as Record<string | number, unknown>)[key] : undefined
      return rank
    })
  }
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0)
    if (difference !== 0) return difference
  }
  return a.length - b.length
}
