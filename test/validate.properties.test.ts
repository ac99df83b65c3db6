/**
 * Properties of `parseDataset` over generated input: it never throws, every error points into the
 * input, and a valid dataset comes back unchanged. Runs are kept modest so the suite stays fast.
 */
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { ACTOR_KINDS, type Dataset, RELATION_TYPES } from '../src/dataset.ts'
import { MAX_ERRORS, type ParseResult, parseDataset } from '../src/validate.ts'
import { copyOfValidDataset, validDataset } from './fixtures.ts'

const RUNS = { numRuns: 300 }

/** Checks what every result must satisfy, whatever the input, and that each error points into `input`. */
function expectWellFormed(result: ParseResult, input: unknown) {
  if (result.ok) return
  expect(result.errors.length).toBeGreaterThan(0)
  expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS + 1)
  for (const error of result.errors) {
    expect(error.message).toMatch(/\S/)
    expect(resolvesToLocationOrParent(input, error.pointer), error.pointer).toBe(true)
  }
}

/** Whether a JSON Pointer names a value in `input`, or a missing key of an object that is there. */
function resolvesToLocationOrParent(input: unknown, pointer: string): boolean {
  if (pointer === '') return true
  if (!pointer.startsWith('/')) return false
  const keys = pointer
    .slice(1)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
  let node = input
  for (const [index, key] of keys.entries()) {
    if (typeof node !== 'object' || node === null) return false
    if (!Object.hasOwn(node, key)) return index === keys.length - 1
    node = (node as Record<string, unknown>)[key]
  }
  return true
}

describe('parseDataset(input) never throws', () => {
  test('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => expectWellFormed(parseDataset(input), input)),
      RUNS,
    )
  })

  test('on anything JavaScript can hold', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    })
    fc.assert(
      fc.property(anything, (input) => expectWellFormed(parseDataset(input), input)),
      RUNS,
    )
  })

  test('on anything placed where a dataset expects its parts', () => {
    const part = fc.oneof(fc.anything({ withBigInt: true, withMap: true }), fc.jsonValue())
    const input = fc.record(
      { title: part, source: part, actors: fc.array(part, { maxLength: 4 }), relations: part, extra: part },
      { requiredKeys: [] },
    )
    fc.assert(
      fc.property(input, (input) => expectWellFormed(parseDataset(input), input)),
      RUNS,
    )
  })
})

type Step = string | number
type Mutation =
  | { kind: 'delete' | 'rename'; path: Step[]; key: string }
  | { kind: 'replace'; path: Step[]; value: unknown }
  | { kind: 'reference'; path: Step[]; id: string }

/** Every location in a value, as paths from the root. */
function locations(value: unknown, path: Step[] = []): Step[][] {
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => {
    const here = [...path, Array.isArray(value) ? Number(key) : key]
    return [here, ...locations(child, here)]
  })
}

const allLocations = locations(validDataset)
const idLocations = allLocations.filter((path) =>
  /^(id|source|target|affiliation)$/.test(String(path.at(-1))),
)
const actorIds = validDataset.actors.map((actor) => actor.id)
const trickyKeys = ['__proto__', 'constructor', 'toString', 'souce', 'affilation', 'a/b~c', '']

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('delete' as const, 'rename' as const),
    path: fc.constantFrom(...allLocations),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...trickyKeys)),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.constantFrom(...allLocations),
    value: fc.jsonValue(),
  }),
  fc.record({
    kind: fc.constant('reference' as const),
    path: fc.constantFrom(...idLocations),
    id: fc.oneof(fc.constantFrom(...actorIds), fc.stringMatching(/^[a-z0-9-]{1,12}$/)),
  }),
)

/** Applies a mutation to `data` in place; a path whose parent an earlier mutation removed is skipped. */
function mutate(data: unknown, change: Mutation) {
  let parent = data
  for (const step of change.path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return
    parent = (parent as Record<Step, unknown>)[step]
  }
  if (typeof parent !== 'object' || parent === null) return
  const container = parent as Record<Step, unknown>
  const last = change.path.at(-1) ?? ''
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(container)) container.splice(Number(last), 1)
      else delete container[last]
      return
    case 'rename': {
      const value = container[last]
      delete container[last]
      // defineProperty, as JSON.parse does: assigning "__proto__" would set the prototype instead.
      Object.defineProperty(container, change.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
      return
    }
    case 'replace':
      container[last] = change.value
      return
    case 'reference':
      container[last] = change.id
  }
}

describe('parseDataset(input) on edits of a valid dataset', () => {
  test('never throws, points only into the input, and returns what it accepts unchanged', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        const input = copyOfValidDataset()
        for (const change of changes) mutate(input, change)
        const result = parseDataset(input)
        expectWellFormed(result, input)
        // Unchanged as data: a rename can leave a named property on an array (`evidence.__proto__`), which
        // no JSON text can give an array and the copy rightly leaves behind.
        if (result.ok) expect(result.dataset).toEqual(JSON.parse(JSON.stringify(input)))
      }),
      RUNS,
    )
  })

  test('an array’s named properties are not data: accepted, and left behind', () => {
    const input = copyOfValidDataset()
    const evidence = input.relations[0]?.evidence as string[]
    Object.defineProperty(evidence, '__proto__', { value: 'a quote', enumerable: true })
    const result = parseDataset(input)
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(Object.keys(result.dataset.relations[0]?.evidence ?? [])).toEqual(
        evidence.map((_, i) => String(i)),
      )
  })
})

const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((id) => id.length <= 100)
const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((value) => /\S/.test(value))
const normalised = (quote: string) => quote.replace(/\s+/g, ' ').trim()

/** Random valid datasets: unique ids, resolving references, no self-loops, no repeated quotes. */
const validDatasets: fc.Arbitrary<Dataset> = fc
  .tuple(fc.uniqueArray(slug, { minLength: 2, maxLength: 6 }), fc.uniqueArray(slug, { maxLength: 6 }))
  .chain(([ids, relationIds]) => {
    /** Another actor's id than the one at `index`, picked by `offset`. */
    const other = (index: number, offset: number) =>
      ids[(index + 1 + (offset % (ids.length - 1))) % ids.length] ?? ''
    const actors = fc.tuple(
      ...ids.map((id, index) =>
        fc
          .record(
            {
              name: text,
              kind: fc.constantFrom(...ACTOR_KINDS),
              role: text,
              affiliation: fc.nat(),
              description: text,
            },
            { requiredKeys: ['name', 'kind'] },
          )
          .map(({ affiliation, ...actor }) => ({
            id,
            ...actor,
            ...(affiliation === undefined ? {} : { affiliation: other(index, affiliation) }),
          })),
      ),
    )
    const relations = fc.tuple(
      ...relationIds.map((id) =>
        fc
          .record(
            {
              from: fc.nat(ids.length - 1),
              to: fc.nat(),
              type: fc.constantFrom(...RELATION_TYPES),
              directed: fc.boolean(),
              summary: text,
              evidence: fc.uniqueArray(text, { minLength: 1, maxLength: 4, selector: normalised }),
              when: text,
            },
            { requiredKeys: ['from', 'to', 'type', 'directed', 'summary', 'evidence'] },
          )
          .map(({ from, to, ...relation }) => ({
            id,
            source: ids[from] ?? '',
            target: other(from, to),
            ...relation,
          })),
      ),
    )
    const source = fc.record(
      {
        title: text,
        publisher: text,
        author: text,
        published: fc
          .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        url: fc.webUrl(),
        text,
      },
      { requiredKeys: ['title', 'publisher'] },
    )
    return fc.record(
      { title: text, description: text, source, actors, relations },
      { requiredKeys: ['title', 'source', 'actors', 'relations'] },
    )
  })

describe('parseDataset(input) on valid datasets', () => {
  test('accepts them and returns them unchanged', () => {
    fc.assert(
      fc.property(validDatasets, (input) => {
        const result = parseDataset(input)
        expect(result.ok ? 'ok' : result.errors).toBe('ok')
        if (result.ok) expect(result.dataset).toEqual(input)
      }),
      RUNS,
    )
  })
})
