/**
 * The validator: any value in, either a dataset the widget can trust or every problem with its
 * location. Pure and DOM-free, so the widget, the command line and the tests share it.
 */
import * as v from 'valibot'
import { checkConsistency } from './consistency.ts'
import { type Dataset, DatasetSchema } from './dataset.ts'
import { errorText, formatCount, quote } from './describe-value.ts'
import { type Problem, toPointer } from './problem.ts'
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
  const where =
    error.line === undefined ? error.pointer || '/' : `line ${error.line}, column ${error.column ?? 1}`
  return `${where}: ${error.message}`
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
  // The schema holds only objects and arrays, whose path keys are strings and indexes.
  const path = (issue.path ?? []).map((item) => item.key as string | number)
  // Valibot words a missing key with the object's own type message; say what is missing instead.
  const last = issue.path?.at(-1)
  return {
    path,
    message: last?.origin === 'key' ? `missing required key ${quote(last.key as string)}` : issue.message,
  }
}

/** Sorts into document order, keeps the first problem at each location, caps and words them. */
function report(problems: Problem[], copy: Snapshot): DatasetError[] {
  problems.sort(documentOrder(copy))
  const errors: DatasetError[] = []
  const seen = new Set<string>()
  for (const { path, message } of problems) {
    const pointer = toPointer(path)
    if (seen.has(pointer)) continue
    seen.add(pointer)
    if (errors.length < MAX_ERRORS) {
      errors.push({ pointer, message: typeof message === 'string' ? message : message() })
    }
  }
  // Every location beyond the cap, counted.
  const more = seen.size - errors.length
  if (more > 0) {
    errors.push({ pointer: '', message: `… and ${formatCount(more)} more problem${more === 1 ? '' : 's'}` })
  }
  return errors
}

/**
 * Compares problems by where they fall in the input. Paths are compared at the first step where they
 * part, inside the same container: by array index, or by each key's position among its object's keys,
 * a missing key first. A location comes before what is inside it.
 */
function documentOrder(copy: Snapshot): (a: Problem, b: Problem) => number {
  // Built only for objects where two problems part, and once each: an object may have a million keys.
  const positions = new WeakMap<readonly string[], Map<string, number>>()
  const positionOf = (container: unknown, key: string | number) => {
    if (typeof key === 'number') return key
    const keys = copy.keysOf.get(container as object)
    if (!keys) return -1
    let map = positions.get(keys)
    if (!map) {
      map = new Map(keys.map((key, index) => [key, index]))
      positions.set(keys, map)
    }
    return map.get(key) ?? -1
  }
  return ({ path: a }, { path: b }) => {
    // The copy is plain data (objects, arrays, primitives, symbols): reading it runs no code.
    let container: unknown = copy.value
    for (const [index, key] of a.entries()) {
      const other = b[index]
      if (other === undefined) return 1
      if (key !== other) return positionOf(container, key) - positionOf(container, other)
      container = (container as Record<string | number, unknown> | undefined)?.[key]
    }
    return a.length - b.length
  }
}
