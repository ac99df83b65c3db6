/**
 * A defensive copy of untrusted input, guided by the schema, made before anything validates it.
 *
 * Input may come from `JSON.parse` or from any script on the page: getters that throw, proxies,
 * cycles, class instances, BigInts, a million-element array, an own `__proto__` key. The copy reads
 * each value once, inside `try`, and only where the schema expects something, so its depth is the
 * schema's depth and cycles never matter. What it produces is plain data that Valibot can check
 * without surprises: fresh objects holding only the keys the schema knows (the others are reported
 * as unknown), arrays within their schema's `maxLength`, primitives, and for everything else a
 * symbol that describes what was there (`Symbol('a Map')`), which every schema rejects with a
 * message naming it.
 */
import * as v from 'valibot'
import { closest } from './closest.ts'
import { errorText, formatCount, quote } from './describe-value.ts'
import type { Path, Problem } from './problem.ts'

/**
 * Unknown keys listed one by one per object; the rest are counted in one problem. An object in this
 * format has at most eight keys, and a million-key object must not cost a million error messages.
 */
const MAX_UNKNOWN_KEYS = 100

/** The parts of a Valibot schema the copy follows: object entries, array items, optional wrappers. */
export interface SchemaNode {
  readonly type: string
  readonly entries?: Readonly<Record<string, SchemaNode>>
  readonly item?: SchemaNode
  readonly wrapped?: SchemaNode
  readonly pipe?: readonly v.GenericPipeItem[]
}

export interface Snapshot {
  /** The copy: plain data and describing symbols only. */
  readonly value: unknown
  /** Unknown keys, unreadable values and arrays over their size limit, found while copying. */
  readonly problems: Problem[]
  /** Each copied object's keys in input order, unknown keys included, to sort problems in document order. */
  readonly keysOf: WeakMap<object, readonly string[]>
}

type Shape = 'primitive' | 'array' | 'object' | 'foreign'

/** A location as a link to its parent: most values never need their path spelled out. */
interface Location {
  readonly parent: Location | undefined
  readonly key: string | number
}

/** Copies `input` as far as `schema` describes it. Never throws for a hostile value. */
export function snapshot(schema: SchemaNode, input: unknown): Snapshot {
  const problems: Problem[] = []
  const keysOf = new WeakMap<object, readonly string[]>()

  const copy = (schema: SchemaNode, value: unknown, at: Location | undefined): unknown => {
    const inner = unwrapOptional(schema)
    let shape: Shape
    try {
      shape = shapeOf(value)
    } catch (error) {
      return unreadable(at, error)
    }
    if (shape === 'primitive') return typeof value === 'symbol' ? Symbol('a symbol') : value
    if (shape === 'foreign') return Symbol(describeForeign(value))
    if (inner.type === 'array' && inner.item && shape === 'array') {
      return copyArray(inner, inner.item, value, at)
    }
    if (inner.type === 'strict_object' && inner.entries && shape === 'object') {
      return copyObject(inner.entries, value as object, at)
    }
    // The schema wants something else here; its own message will say what, naming what was found.
    return Symbol(shape === 'array' ? 'an array' : 'an object')
  }

  const copyArray = (schema: SchemaNode, item: SchemaNode, array: unknown, at: Location | undefined) => {
    const length = read(array, 'length', at)
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return typeof length === 'symbol' ? length : unreadable(at, 'its length is not a number')
    }
    // Refused before a single item is read, so a million-element array costs nothing.
    const tooLong = overLimitMessage(schema, length)
    if (tooLong) {
      problems.push({ path: pathOf(at), message: tooLong })
      return Symbol(`an array of ${formatCount(length)} items`)
    }
    const out: unknown[] = []
    for (let index = 0; index < length; index++) {
      const here = { parent: at, key: index }
      out.push(copy(item, read(array, index, here), here))
    }
    return out
  }

  const copyObject = (
    entries: Readonly<Record<string, SchemaNode>>,
    object: object,
    at: Location | undefined,
  ) => {
    let keys: string[]
    try {
      keys = Object.keys(object)
    } catch (error) {
      return unreadable(at, error)
    }
    // Only the schema's keys are copied, so an own "__proto__" key never reaches the copy (it is
    // reported as unknown), and no entry name collides with what `{}` inherits.
    const out: Record<string, unknown> = {}
    keysOf.set(out, keys)
    let unknown = 0
    for (const key of keys) {
      const here = { parent: at, key }
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined
      if (entry) out[key] = copy(entry, read(object, key, here), here)
      else if (++unknown <= MAX_UNKNOWN_KEYS) {
        problems.push({ path: pathOf(here), message: () => unknownKey(key, Object.keys(entries)) })
      }
    }
    if (unknown > MAX_UNKNOWN_KEYS) {
      const more = formatCount(unknown - MAX_UNKNOWN_KEYS)
      problems.push({ path: pathOf(at), message: `this object has ${more} more unknown keys` })
    }
    return out
  }

  /** `container[key]`, or a describing symbol when reading it throws. */
  const read = (container: unknown, key: string | number, at: Location | undefined): unknown => {
    try {
      return (container as Record<string | number, unknown>)[key]
    } catch (error) {
      return unreadable(at, error)
    }
  }

  const unreadable = (at: Location | undefined, reason: unknown): symbol => {
    problems.push({ path: pathOf(at), message: `this value cannot be read: ${errorText(reason)}` })
    return Symbol('an unreadable value')
  }

  return { value: copy(schema, input, undefined), problems, keysOf }
}

function pathOf(at: Location | undefined): Path {
  const keys: (string | number)[] = []
  for (let link = at; link; link = link.parent) keys.push(link.key)
  return keys.reverse()
}

const unwrapOptional = (schema: SchemaNode): SchemaNode =>
  schema.type === 'optional' && schema.wrapped ? unwrapOptional(schema.wrapped) : schema

/** May throw: `Array.isArray` and `getPrototypeOf` run a proxy's traps. */
function shapeOf(value: unknown): Shape {
  if (typeof value === 'function') return 'foreign'
  if (typeof value !== 'object' || value === null) return 'primitive'
  if (Array.isArray(value)) return 'array'
  const prototype: unknown = Object.getPrototypeOf(value)
  // Plain objects from any realm (an iframe's too) have Object.prototype, or nothing, above them.
  return prototype === null || Object.getPrototypeOf(prototype) === null ? 'object' : 'foreign'
}

/** "a Map", "a Date", "a function": what a non-JSON value is, as far as it can be told safely. */
function describeForeign(value: unknown): string {
  if (typeof value === 'function') return 'a function'
  try {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name
    // An object whose prototype is another plain object: its inherited keys would be invisible data.
    if (name === 'Object') return 'an object with a prototype of its own'
    if (typeof name === 'string' && /^\w{1,40}$/.test(name)) {
      return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`
    }
  } catch {
    // A proxy or getter refused: fall through to the generic description.
  }
  return 'an object that is not plain JSON data'
}

/**
 * The schema's own `maxLength` message when `length` exceeds it. Only the length is passed to
 * Valibot, so the message stays the one written next to the limit in dataset.ts.
 */
function overLimitMessage(schema: SchemaNode, length: number): string | undefined {
  const limit = maxLengthOf(schema)
  if (!limit || length <= limit.requirement) return undefined
  const result = v.safeParse(
    v.pipe(
      v.custom<v.LengthInput>(() => true),
      limit,
    ),
    { length },
  )
  return result.issues?.[0].message
}

type MaxLength = v.MaxLengthAction<
  v.LengthInput,
  number,
  v.ErrorMessage<v.MaxLengthIssue<v.LengthInput, number>>
>
const maxLengths = new WeakMap<SchemaNode, MaxLength | undefined>()

/** The `maxLength` action in a schema's pipe, looked up once per schema: arrays are many. */
function maxLengthOf(schema: SchemaNode): MaxLength | undefined {
  if (!maxLengths.has(schema)) {
    const found = flatPipe(schema).find((item) => item.type === 'max_length')
    maxLengths.set(schema, found as MaxLength | undefined)
  }
  return maxLengths.get(schema)
}

/** A pipe's actions, nested pipes included: `v.pipe(v.pipe(array, maxLength), description)` nests the limit. */
function flatPipe(schema: SchemaNode): v.GenericPipeItem[] {
  return (schema.pipe ?? []).flatMap((item) => ('pipe' in item ? flatPipe(item as SchemaNode) : [item]))
}

function unknownKey(key: string, known: readonly string[]): string {
  const suggestion = closest(key, known)
  return suggestion === undefined
    ? `unknown key ${quote(key)}; expected one of ${known.join(', ')}`
    : `unknown key ${quote(key)} — did you mean "${suggestion}"?`
}
