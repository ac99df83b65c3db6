import { describe, expect, test } from 'vitest'
import type { Dataset } from '../src/dataset.ts'
import { type DatasetError, formatError, MAX_ERRORS, parseDataset } from '../src/validate.ts'
import { copyOfValidDataset, editedDataset, validDataset } from './fixtures.ts'

/** The errors for `input`, failing the test if it unexpectedly passes. */
function errorsOf(input: unknown): DatasetError[] {
  const result = parseDataset(input)
  if (result.ok) throw new Error('expected the dataset to be refused')
  return result.errors
}

describe('parseDataset(input) accepts a valid dataset', () => {
  test('returns it unchanged', () => {
    const result = parseDataset(copyOfValidDataset())
    expect(result).toEqual({ ok: true, dataset: validDataset })
  })

  test('returns a fresh copy that shares no object with the input', () => {
    const input = copyOfValidDataset()
    const result = parseDataset(input)
    if (!result.ok) throw new Error('expected ok')
    expect(result.dataset).not.toBe(input)
    expect(result.dataset.actors[0]).not.toBe(input.actors[0])
    expect(result.dataset.relations[0]?.evidence).not.toBe(input.relations[0]?.evidence)
    expect(Object.getPrototypeOf(result.dataset.source)).toBe(Object.prototype)
  })

  test('accepts an object without a prototype and an actor whose id is "constructor"', () => {
    const input = editedDataset((data) => {
      data.actors[1].id = 'constructor'
      data.actors[0].affiliation = 'constructor'
      data.relations[2].source = 'constructor'
    })
    expect(parseDataset(Object.assign(Object.create(null), input)).ok).toBe(true)
  })
})

describe('parseDataset(input) reports references', () => {
  test('a dangling target, with its pointer and the closest actor id', () => {
    const input = editedDataset((data) => {
      data.relations[1].target = 'cota'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations/1/target', message: 'unknown actor "cota" — did you mean "costa"?' },
    ])
  })

  test('a dangling source with no plausible suggestion', () => {
    const input = editedDataset((data) => {
      data.relations[0].source = 'somebody-else'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations/0/source', message: 'unknown actor "somebody-else"' },
    ])
  })

  test('a dangling affiliation, and a transposed id suggested back', () => {
    const input = editedDataset((data) => {
      data.actors[0].affiliation = 'city-cuoncil'
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/actors/0/affiliation',
        message: 'unknown actor "city-cuoncil" — did you mean "city-council"?',
      },
    ])
  })

  test('duplicate actor and relation ids, pointing back at the first', () => {
    const input = editedDataset((data) => {
      data.actors[3].id = 'dockworkers'
      data.relations[2].id = 'costa-dockworkers-talks'
      data.relations[2].target = 'dockworkers'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/3/id', message: 'duplicate actor id "dockworkers" (first at /actors/2)' },
      {
        pointer: '/relations/2/id',
        message: 'duplicate relation id "costa-dockworkers-talks" (first at /relations/0)',
      },
    ])
  })

  test('a self-relation and a self-affiliation', () => {
    const input = editedDataset((data) => {
      data.relations[0].target = 'costa'
      data.actors[1].affiliation = 'city-council'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/1/affiliation', message: 'actor "city-council" is affiliated with itself' },
      {
        pointer: '/relations/0/target',
        message: 'source and target are both "costa": a relation links two actors',
      },
    ])
  })

  test('the same quote twice in one relation, even with different spacing', () => {
    const input = editedDataset((data) => {
      data.relations[1].evidence.push(' The strike  entered its third week. ')
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/relations/1/evidence/2',
        message: 'quote " The strike  entered its third week. " repeats /relations/1/evidence/1',
      },
    ])
  })

  test('only the format problem when a reference is also malformed', () => {
    const input = editedDataset((data) => {
      data.relations[0].source = 'Costa'
    })
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/relations/0/source',
        message: 'source must be a slug: lowercase letters, digits and single hyphens, not "Costa"',
      },
    ])
  })

  test('dangling references even when another part of the dataset is malformed', () => {
    const input = editedDataset((data) => {
      data.source.url = 'not a url'
      data.relations[0].target = 'dockworker'
    })
    expect(errorsOf(input).map(formatError)).toEqual([
      '/source/url: url must be an absolute URL, not "not a url"',
      '/relations/0/target: unknown actor "dockworker" — did you mean "dockworkers"?',
    ])
  })
})

describe('parseDataset(input) reports keys', () => {
  test('an unknown key, suggesting the closest known one', () => {
    const input = editedDataset((data) => {
      data.souce = data.source
      delete data.source
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/source', message: 'missing required key "source"' },
      { pointer: '/souce', message: 'unknown key "souce" — did you mean "source"?' },
    ])
  })

  test('every unknown key in an object, listing the allowed keys when none is close', () => {
    const input = editedDataset((data) => {
      data.actors[2].affilation = 'city-council'
      data.actors[2].colour = 'red'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/2/affilation', message: 'unknown key "affilation" — did you mean "affiliation"?' },
      {
        pointer: '/actors/2/colour',
        message:
          'unknown key "colour"; expected one of id, name, shortName, kind, role, affiliation, description',
      },
    ])
  })

  test('a missing required key, pointing where it belongs', () => {
    const input = editedDataset((data) => {
      delete data.relations[2].summary
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations/2/summary', message: 'missing required key "summary"' },
    ])
  })

  test('escapes "/" and "~" in pointers (RFC 6901)', () => {
    const input = editedDataset((data) => {
      data['a/b~c'] = 1
    })
    expect(errorsOf(input)[0]?.pointer).toBe('/a~1b~0c')
  })
})

describe('parseDataset(input) reports values', () => {
  test('a kind or type outside its list, naming the value', () => {
    const input = editedDataset((data) => {
      data.actors[0].kind = 'persn'
      data.relations[0].type = 'alliance'
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/0/kind', message: 'kind must be one of person, institution, group, not "persn"' },
      {
        pointer: '/relations/0/type',
        message: 'type must be one of cooperation, negotiation, opposition, not "alliance"',
      },
    ])
  })

  test('empty evidence', () => {
    const input = editedDataset((data) => {
      data.relations[2].evidence = []
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations/2/evidence', message: 'evidence must hold at least one quote' },
    ])
  })

  test('wrong types, naming what was found', () => {
    const input = editedDataset((data) => {
      data.title = '  '
      data.actors[1].name = 42
      data.relations[0].directed = 'yes'
      data.relations[1].evidence = 'a quote'
      data.relations[2].when = null
    })
    expect(errorsOf(input).map(formatError)).toEqual([
      '/title: title must not be empty',
      '/actors/1/name: name must be a string, not 42',
      '/relations/0/directed: directed must be true or false, not "yes"',
      '/relations/1/evidence: evidence must be an array of quotes, not "a quote"',
      '/relations/2/when: when must be a string, not null',
    ])
  })

  test('an object where an array belongs, and an array where an object belongs', () => {
    const input = editedDataset((data) => {
      data.source = []
      data.relations = {}
    })
    expect(errorsOf(input).map(formatError)).toEqual([
      '/source: source must be an object, not an array',
      '/relations: relations must be an array, not an object',
    ])
  })

  test('a long value, quoted and cut short', () => {
    const input = editedDataset((data) => {
      data.actors[0].id = `Costa ${'x'.repeat(200)}`
    })
    const [error] = errorsOf(input)
    expect(error?.message).toBe(
      `actor id must be a slug: lowercase letters, digits and single hyphens, not "Costa ${'x'.repeat(34)}…"`,
    )
  })

  test.each([
    ['an array', [], 'a dataset must be a JSON object, not an array'],
    ['null', null, 'a dataset must be a JSON object, not null'],
    ['a string', 'data.json', 'a dataset must be a JSON object, not "data.json"'],
    ['a number', 7, 'a dataset must be a JSON object, not 7'],
    ['undefined', undefined, 'a dataset must be a JSON object, not undefined'],
  ])('a root that is %s', (_, input, message) => {
    expect(errorsOf(input)).toEqual([{ pointer: '', message }])
  })
})

describe('parseDataset(input) enforces the size limits', () => {
  test('refuses a million actors at once, saying how many and the limit', () => {
    const input = editedDataset((data) => {
      data.actors = new Array(1_000_000).fill(validDataset.actors[0])
    })
    const started = performance.now()
    const errors = errorsOf(input)
    expect(performance.now() - started).toBeLessThan(500)
    expect(errors).toEqual([
      { pointer: '/actors', message: '1,000,000 actors, more than the limit of 10,000' },
    ])
  })

  test('refuses one relation too many', () => {
    const input = editedDataset((data) => {
      data.relations = new Array(50_001).fill(validDataset.relations[0])
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations', message: '50,001 relations, more than the limit of 50,000' },
    ])
  })

  test('refuses more than 20 quotes for one relation', () => {
    const input = editedDataset((data) => {
      data.relations[0].evidence = Array.from({ length: 21 }, (_, index) => `Quote ${index}.`)
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/relations/0/evidence', message: 'evidence holds 21 quotes, more than the limit of 20' },
    ])
  })
})

describe('parseDataset(input) orders and caps its report', () => {
  test('lists problems in document order, whatever the key order', () => {
    const { relations, actors, ...rest } = editedDataset((data) => {
      data.relations[0].kind = 'x'
      data.actors[0].kind = 'x'
    }) as Dataset
    const errors = errorsOf({ relations, ...rest, actors })
    expect(errors.map((error) => error.pointer)).toEqual(['/relations/0/kind', '/actors/0/kind'])
  })

  test(`lists the first ${MAX_ERRORS} problems and counts the rest`, () => {
    const input = editedDataset((data) => {
      data.actors = Array.from({ length: 150 }, (_, index) => ({
        id: `actor-${index}`,
        name: '',
        kind: 'person',
      }))
      data.relations = []
      delete data.steps
    })
    const errors = errorsOf(input)
    expect(errors).toHaveLength(MAX_ERRORS + 1)
    expect(errors[0]).toEqual({ pointer: '/actors/0/name', message: 'name must not be empty' })
    expect(errors.at(-1)).toEqual({ pointer: '', message: '… and 50 more problems' })
  })
})

describe('parseDataset(input) survives hostile input', () => {
  test('an object with a thousand unknown keys costs a hundred messages, not a thousand', () => {
    const input = editedDataset((data) => {
      for (let index = 0; index < 1000; index++) data[`extra-${index}`] = index
    })
    const errors = errorsOf(input)
    expect(errors[0]).toEqual({ pointer: '', message: 'this object has 900 more unknown keys' })
    expect(errors[1]?.pointer).toBe('/extra-0')
    expect(errors.at(-1)).toEqual({ pointer: '', message: '… and 1 more problem' })
  })

  test('a getter that throws', () => {
    const input = editedDataset((data) => {
      Object.defineProperty(data.actors[2], 'name', {
        enumerable: true,
        get() {
          throw new Error('no access')
        },
      })
    })
    expect(errorsOf(input)).toEqual([
      { pointer: '/actors/2/name', message: 'this value cannot be read: no access' },
    ])
  })

  test('proxies whose traps throw, and a revoked proxy', () => {
    const trap = () => {
      throw new Error('trapped')
    }
    const hostile = new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap, has: trap })
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(errorsOf(hostile)).toEqual([{ pointer: '', message: 'this value cannot be read: trapped' }])
    const withRevoked = editedDataset((data) => {
      data.source = proxy
    })
    expect(errorsOf(withRevoked)[0]?.pointer).toBe('/source')
  })

  test('a cycle', () => {
    const input = editedDataset((data) => {
      data.source.url = data
    })
    expect(errorsOf(input).map(formatError)).toEqual(['/source/url: url must be a string, not an object'])
  })

  test('BigInts, symbols, functions, Maps, Dates and class instances, each named', () => {
    class Actor {}
    const input = editedDataset((data) => {
      data.title = 10n
      data.description = Symbol('text')
      data.source.title = () => 'title'
      data.actors.push(new Map(), new Date(0), new Actor())
    })
    expect(errorsOf(input).map(formatError)).toEqual([
      '/title: title must be a string, not the BigInt 10n',
      '/description: description must be a string, not a symbol',
      '/source/title: source title must be a string, not a function',
      '/actors/4: actor must be an object, not a Map',
      '/actors/5: actor must be an object, not a Date',
      '/actors/6: actor must be an object, not an Actor',
    ])
  })

  test('a JSON "__proto__" key is an unknown key, and pollutes nothing', () => {
    const json = JSON.stringify(validDataset).replace('{', '{"__proto__":{"polluted":true},')
    const input: unknown = JSON.parse(json)
    expect(errorsOf(input)).toEqual([
      {
        pointer: '/__proto__',
        message:
          'unknown key "__proto__"; expected one of $schema, title, description, source, actors, relations, steps',
      },
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('"__proto__" as an id is simply not a slug', () => {
    const input = editedDataset((data) => {
      data.actors[3].id = '__proto__'
      data.relations[2].target = '__proto__'
    })
    expect(errorsOf(input).map((error) => error.pointer)).toEqual(['/actors/3/id', '/relations/2/target'])
  })
})

describe('formatError(error)', () => {
  test('prints the pointer, with the root as "/"', () => {
    expect(formatError({ pointer: '/relations/3/target', message: 'unknown actor "x"' })).toBe(
      '/relations/3/target: unknown actor "x"',
    )
    expect(formatError({ pointer: '', message: 'a dataset must be a JSON object, not null' })).toBe(
      '/: a dataset must be a JSON object, not null',
    )
  })

  test('prints a syntax error by line and column', () => {
    expect(formatError({ pointer: '', message: 'trailing comma', line: 3, column: 9 })).toBe(
      'line 3, column 9: trailing comma',
    )
  })
})
