/**
 * Bad inputs for the widget: every one must end in a located message inside the widget and an `error`
 * event, never in an exception, a polluted prototype or a half-drawn graph.
 *
 * Shared by the browser test (`robustness.browser.test.ts`), which feeds each entry through `src` and
 * through `data`, and by the test server (`failing-routes.ts`), which serves `body` raw, or `value` as
 * JSON, at `/__test__/body/<name>`. Plain data only: this module also runs in Node.
 */
import { editedDataset, validDataset } from './fixtures.ts'

export interface BadInput {
  /** Unique; also the last segment of the URL the test server serves it at. */
  readonly name: string
  /** Raw text served for `src`; when it parses as JSON, the parsed value also goes through `data`. */
  readonly body?: string
  /** A value set as the `data` property, and served as JSON for `src` unless `body` or `dataOnly` says otherwise. */
  readonly value?: unknown
  /** The value is not JSON (a Map, a throwing getter, a cycle): it only goes through `data`. */
  readonly dataOnly?: boolean
  /** A `/__test__/` route that fails the way a server or network does; `src` only. */
  readonly route?: string
  /** A `src` that is not a route at all, such as a malformed URL; `src` only. */
  readonly src?: string
  /** What the alert and the event's errors must contain: a pointer, a message, or a pattern. */
  readonly expect: RegExp | string
}

const json = (data: unknown) => JSON.stringify(data, null, 2)
/** Valid dataset JSON with `extra` spliced in as the first key of the root object. */
const withRootKey = (extra: string) => json(validDataset).replace('{', `{\n  ${extra},`)
/** Valid dataset JSON with `extra` spliced in as the first key of the first actor. */
const withActorKey = (extra: string) => json(validDataset).replace('"id": "costa"', `${extra}, "id": "costa"`)

/** "could not load data from localhost:63315", with nothing after the host: no status to name. */
const NETWORK_FAILURE = /could not load data from [\w.-]+:\d+(?! \(HTTP)/

export const BAD_INPUTS: readonly BadInput[] = [
  // Transport: what a server or the network does wrong.
  { name: 'http-404', route: 'status/404', expect: /could not load data from [\w.-]+:\d+ \(HTTP 404\)/ },
  { name: 'http-500', route: 'status/500', expect: /could not load data from [\w.-]+:\d+ \(HTTP 500\)/ },
  { name: 'http-204-no-content', route: 'status/204', expect: 'empty file, expected a JSON object' },
  { name: 'html-with-status-200', route: 'html', expect: 'sent an HTML page, not JSON data' },
  { name: 'network-failure', route: 'destroy', expect: NETWORK_FAILURE },
  { name: 'connection-cut-mid-body', route: 'cut', expect: NETWORK_FAILURE },
  {
    name: 'over-size-limit-declared',
    route: 'huge/declared',
    expect: /too large \(64\.0 MB\); the limit is 20 MB/,
  },
  { name: 'over-size-limit-streamed', route: 'huge/chunked', expect: 'too large; the limit is 20 MB' },
  { name: 'malformed-url', src: 'http://[::1', expect: '"http://[::1" is not a valid URL' },

  // Text that is not a JSON value.
  { name: 'not-json', body: 'title: Harbour lease\nactors: []\n', expect: "unexpected word 'title'" },
  { name: 'truncated-json', body: json(validDataset).slice(0, 400), expect: /line \d+, column \d+/ },
  { name: 'empty-body', body: '', expect: 'empty file, expected a JSON object' },
  { name: 'whitespace-and-bom-only', body: '\uFEFF \n\t ', expect: 'empty file, expected a JSON object' },
  {
    name: 'trailing-garbage',
    body: `${json(validDataset)}\n</script>`,
    expect: 'after the end of the JSON data',
  },
  { name: 'nan-literal', body: '{"title": NaN}', expect: "unexpected word 'NaN'" },
  { name: 'single-quotes', body: "{'title': 'x'}", expect: 'property names must be in double quotes' },
  { name: 'html-served-as-json', body: '<!doctype html><p>{"title": "x"}</p>', expect: 'sent an HTML page' },

  // JSON, but not a dataset.
  {
    name: 'array-instead-of-object',
    value: [validDataset],
    expect: 'a dataset must be a JSON object, not an array',
  },
  { name: 'null', value: null, expect: 'a dataset must be a JSON object, not null' },
  { name: 'string', value: 'hello', expect: 'a dataset must be a JSON object, not "hello"' },
  { name: 'number', value: 42, expect: 'a dataset must be a JSON object, not 42' },
  { name: 'empty-object', value: {}, expect: '/title: missing required key "title"' },
  {
    name: 'deeply-nested-arrays',
    body: `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    expect: 'a dataset must be a JSON object, not an array',
  },

  // References and ids.
  {
    name: 'dangling-target',
    value: editedDataset((d) => {
      d.relations[0].target = 'dockworker'
    }),
    expect: '/relations/0/target: unknown actor "dockworker" — did you mean "dockworkers"?',
  },
  {
    name: 'dangling-source',
    value: editedDataset((d) => {
      d.relations[2].source = 'nobody'
    }),
    expect: '/relations/2/source: unknown actor "nobody"',
  },
  {
    name: 'dangling-affiliation',
    value: editedDataset((d) => {
      d.actors[0].affiliation = 'city-hall'
    }),
    expect: '/actors/0/affiliation: unknown actor "city-hall"',
  },
  {
    name: 'duplicate-actor-id',
    value: editedDataset((d) => {
      d.actors[3].id = 'costa'
    }),
    expect: '/actors/3/id: duplicate actor id "costa" (first at /actors/0)',
  },
  {
    name: 'duplicate-relation-id',
    value: editedDataset((d) => {
      d.relations[2].id = d.relations[0].id
    }),
    expect: '/relations/2/id: duplicate relation id',
  },
  {
    name: 'self-relation',
    value: editedDataset((d) => {
      d.relations[0].target = 'costa'
    }),
    expect: '/relations/0/target: source and target are both "costa"',
  },
  {
    name: 'unknown-relation-type',
    value: editedDataset((d) => {
      d.relations[1].type = 'alliance'
    }),
    expect: '/relations/1/type: type must be one of cooperation, negotiation, opposition, not "alliance"',
  },
  {
    name: 'unknown-actor-kind',
    value: editedDataset((d) => {
      d.actors[2].kind = 'persn'
    }),
    expect: '/actors/2/kind',
  },
  {
    name: 'many-dangling-relations',
    value: editedDataset((d) => {
      d.relations = Array.from({ length: 300 }, (_, i) => ({
        ...d.relations[0],
        id: `r${i}`,
        target: `ghost-${i}`,
      }))
    }),
    expect: '/relations/0/target: unknown actor "ghost-0"',
  },

  // Prototype names: an own "__proto__" key (JSON.parse makes one), "constructor", and ids that name them.
  {
    name: 'proto-key-at-root',
    body: withRootKey('"__proto__": {"polluted": true}'),
    expect: '/__proto__: unknown key "__proto__"',
  },
  {
    name: 'proto-key-in-actor',
    body: withActorKey('"__proto__": {"polluted": true, "kind": "person"}'),
    expect: '/actors/0/__proto__: unknown key "__proto__"',
  },
  {
    name: 'constructor-prototype-key',
    body: withRootKey('"constructor": {"prototype": {"polluted": true}}'),
    expect: '/constructor: unknown key "constructor"',
  },
  {
    name: 'proto-as-actor-id',
    value: editedDataset((d) => {
      d.actors[1].id = '__proto__'
    }),
    expect: '/actors/1/id: actor id must be a slug',
  },
  {
    name: 'constructor-as-dangling-target',
    value: editedDataset((d) => {
      d.relations[0].target = 'constructor'
    }),
    expect: '/relations/0/target: unknown actor "constructor"',
  },
  {
    name: 'constructor-as-dangling-affiliation',
    value: editedDataset((d) => {
      d.actors[0].affiliation = 'constructor'
    }),
    expect: '/actors/0/affiliation: unknown actor "constructor"',
  },

  // Values of the wrong type or size.
  {
    name: 'non-finite-coordinates',
    // Positions are not part of the format; JSON's 1e999 parses to Infinity.
    body: withActorKey('"x": 1e999, "y": -1e999'),
    expect: '/actors/0/x: unknown key "x"',
  },
  {
    name: 'directed-not-boolean',
    value: editedDataset((d) => {
      d.relations[0].directed = 'yes'
    }),
    expect: '/relations/0/directed: directed must be true or false, not "yes"',
  },
  {
    name: 'no-evidence',
    value: editedDataset((d) => {
      d.relations[1].evidence = []
    }),
    expect: '/relations/1/evidence: evidence must hold at least one quote',
  },
  {
    name: 'name-over-length-limit',
    value: editedDataset((d) => {
      d.actors[1].name = 'x'.repeat(2001)
    }),
    expect: '/actors/1/name: name is 2,001 characters long',
  },
  {
    name: 'actors-over-count-limit',
    value: editedDataset((d) => {
      d.actors = Array.from({ length: 10_001 }, (_, i) => ({ id: `a${i}`, name: 'A', kind: 'person' }))
    }),
    expect: '/actors: 10,001 actors, more than the limit of 10,000',
  },
  {
    name: 'missing-source',
    value: editedDataset((d) => {
      delete d.source
    }),
    expect: '/source: missing required key "source"',
  },

  // Values a script can set but JSON cannot carry.
  {
    name: 'non-finite-coordinates-from-script',
    value: editedDataset((d) => {
      d.actors[0].x = Number.POSITIVE_INFINITY
      d.actors[0].y = Number.NaN
    }),
    dataOnly: true,
    expect: '/actors/0/x: unknown key "x"',
  },
  {
    name: 'map-instead-of-array',
    value: editedDataset((d) => {
      d.actors = new Map()
    }),
    dataOnly: true,
    expect: '/actors: actors must be an array, not a Map',
  },
  {
    name: 'throwing-getter',
    value: editedDataset((d) => {
      Object.defineProperty(d, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      })
    }),
    dataOnly: true,
    expect: '/title: this value cannot be read: boom',
  },
  {
    name: 'cycle',
    value: editedDataset((d) => {
      d.actors[0].self = d
    }),
    dataOnly: true,
    expect: '/actors/0/self: unknown key "self"',
  },
  {
    name: 'hostile-proxy',
    value: new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap')
        },
      },
    ),
    dataOnly: true,
    expect: 'this value cannot be read: trap',
  },
  {
    name: 'bigint-title',
    value: editedDataset((d) => {
      d.title = 12n
    }),
    dataOnly: true,
    expect: '/title: title must be a string, not the BigInt 12n',
  },
]

/** The text the test server sends for an entry at `/__test__/body/<name>`. */
export const bodyOf = (input: BadInput): string | undefined =>
  input.body ?? (input.value === undefined || input.dataOnly ? undefined : JSON.stringify(input.value))

/** What a test sets as `src` for an entry, or undefined when it only goes through `data`. */
export function srcOf(input: BadInput): string | undefined {
  if (input.src !== undefined) return input.src
  if (input.route !== undefined) return `/__test__/${input.route}`
  return bodyOf(input) === undefined ? undefined : `/__test__/body/${encodeURIComponent(input.name)}`
}

/** What a test sets as `data` for an entry: `value`, else `body` when it parses as JSON. */
export function dataOf(input: BadInput): { value: unknown } | undefined {
  if ('value' in input) return { value: input.value }
  if (input.body === undefined) return undefined
  try {
    return { value: JSON.parse(input.body) }
  } catch {
    return undefined
  }
}
