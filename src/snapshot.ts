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
import type * as v from 'valibot'
import { didYouMean } from './closest.ts'
import { errorText, formatCount, quote } from './describe-value.ts'
import type { Path, Problem } from './problem.ts'

/**
 * Unknown keys listed one by one per object; the rest are counted in one problem. An object in this
 * format has at most eight keys, and a million-key object must not cost a million error messages.
 */
const MAX_UNKNOWN_KEYS = 100

/**
 * The prototype of the copied objects: empty, with none of its own. Not `Object.create(null)` for each copy,
 * which V8 keeps as a slower dictionary (validating 5,000 actors took a third longer).
 */
const NOTHING = Object.freeze(Object.create(null))

/** The parts of a Valibot schema the copy follows: object entries, array items, optional wrappers. */
export interface SchemaNode {
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

/** A location as a link to its parent: most values never need their path spelled out. */
interface Location {
  readonly parent: Location | undefined
  readonly key: string | number
}

/** Copies `input` as far as `schema` describes it. Never throws for a hostile value. */
export function snapshot(schema: SchemaNode, input: unknown): Snapshot {
  const problems: Problem[] = []
  const keysOf = new WeakMap<object, readonly string[]>()
  const report = (at: Location | undefined, message: Problem['message']) => {
    problems.push({ path: pathOf(at), message })
  }

  /**
   * Copies one value: as it is, as an array or plain object the schema describes there, or (anything a
   * JSON parser cannot produce, or that the schema does not want here) as a symbol that describes it.
   * `v.optional` holds a field's schema in `wrapped`. The format's containers are arrays (`item`) and
   * strict objects (`entries`); anything else is a leaf that Valibot checks, whose own message will say
   * what it wanted, naming what was found.
   */
  const copy = (schema: SchemaNode, value: unknown, at: Location | undefined): unknown => {
    const inner = schema.wrapped ?? schema
    if (typeof value === 'symbol') return Symbol('a symbol')
    if (typeof value === 'function') return Symbol('a function')
    if (typeof value !== 'object' || value === null) return value
    try {
      // `Array.isArray` and `getPrototypeOf` run a proxy's traps, which may throw (copying never does).
      if (Array.isArray(value))
        return inner.item ? copyArray(inner, inner.item, value, at) : Symbol('an array')
      const prototype: unknown = Object.getPrototypeOf(value)
      // Plain objects from any realm (an iframe's too) have Object.prototype, or nothing, above them.
      if (prototype !== null && Object.getPrototypeOf(prototype) !== null) {
        return Symbol(describeInstance(prototype as object))
      }
    } catch (error) {
      return unreadable(at, error)
    }
    return inner.entries ? copyObject(inner.entries, value, at) : Symbol('an object')
  }

  const copyArray = (schema: SchemaNode, item: SchemaNode, array: unknown, at: Location | undefined) => {
    const length = read(array, 'length', at)
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      return typeof length === 'symbol' ? length : unreadable(at, 'its length is not a number')
    }
    // Refused before a single item is read, so a million-element array costs nothing.
    const tooLong = overLimitMessage(schema, length)
    if (tooLong) {
      report(at, tooLong)
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
    // reported as unknown). The copy inherits nothing: Valibot walks it with `for…in`, which would also
    // visit anything a page's script made enumerable on Object.prototype.
    const out: Record<string, unknown> = Object.create(NOTHING)
    keysOf.set(out, keys)
    let unknown = 0
    for (const key of keys) {
      const here = { parent: at, key }
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined
      if (entry) out[key] = copy(entry, read(object, key, here), here)
      else if (++unknown <= MAX_UNKNOWN_KEYS) {
        report(here, () => unknownKey(key, Object.keys(entries)))
      }
    }
    if (unknown > MAX_UNKNOWN_KEYS) {
      const more = formatCount(unknown - MAX_UNKNOWN_KEYS)
      report(at, `this object has ${more} more unknown keys`)
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
    report(at, `this value cannot be read: ${errorText(reason)}`)
    return Symbol('an unreadable value')
  }

  return { value: copy(schema, input, undefined), problems, keysOf }
}

const pathOf = (at: Location | undefined): Path => (at ? [...pathOf(at.parent), at.key] : [])

/** "a Map", "a Date": what an object with this prototype is, as far as it can be told safely. */
function describeInstance(prototype: object): string {
  try {
    const name: unknown = prototype.constructor?.name
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
 * The schema's own `maxLength` message when `length` exceeds it, so the message stays the one written
 * next to the limit in dataset.ts. Those messages read only the length of the input, which is all that
 * is passed: the array itself is never handed over.
 */
function overLimitMessage(schema: SchemaNode, length: number): string | undefined {
  const limit = maxLengthOf(schema)
  if (!limit || length <= limit.requirement) return undefined
  const { message } = limit
  return typeof message === 'function' ? message({ input: { length } } as MaxLengthIssue) : message
}

type MaxLengthIssue = v.MaxLengthIssue<v.LengthInput, number>
type MaxLength = v.MaxLengthAction<v.LengthInput, number, v.ErrorMessage<MaxLengthIssue>>

/** The `maxLength` action in a schema's pipe, nested pipes included: `v.pipe(v.pipe(array, maxLength), description)`. */
function maxLengthOf(schema: SchemaNode): MaxLength | undefined {
  for (const item of schema.pipe ?? []) {
    const found = item.type === 'max_length' ? (item as MaxLength) : maxLengthOf(item as SchemaNode)
    if (found) return found
  }
  return undefined
}

function unknownKey(key: string, known: readonly string[]): string {
  return `unknown key ${quote(key)}${didYouMean(key, known) || `; expected one of ${known.join(', ')}`}`
}
