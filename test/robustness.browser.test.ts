/**
 * Bad input never breaks the widget: every entry of `bad-inputs.ts`, through `src` and through `data`,
 * ends in located messages inside the widget and one `error` event, with nothing thrown, nothing
 * drawn and nothing written to `Object.prototype`. Untrusted strings stay text.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { ActorNetwork } from '../components/actor-network.ts'
import articleUrl from '../data/ratcliffe-rodriguez-caracas.json?url'
import type { Dataset } from '../src/dataset.ts'
import { type DatasetError, formatError } from '../src/validate.ts'
import {
  collectUncaught,
  newToken,
  serverOutcome as outcome,
  outcomeWithin,
  sleep,
  until,
} from './async-helpers.ts'
import { BAD_INPUTS, type BadInput, dataOf, srcOf } from './bad-inputs.ts'
import {
  articleDataset,
  centre,
  edgeMiddle,
  edges,
  frames,
  hover,
  label,
  nextEvent,
  node,
  nodes,
  record,
  shadow,
} from './element-helpers.ts'
import { editedDataset, validDataset } from './fixtures.ts'

type ErrorDetail = { errors: readonly DatasetError[] }

const uncaught = collectUncaught()

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network, .fixture')) el.remove()
})

const matching = (text: string | null | undefined, expected: RegExp | string) =>
  typeof expected === 'string' ? expect(text).toContain(expected) : expect(text).toMatch(expected)

function sized<T extends HTMLElement>(el: T): T {
  el.style.width = '600px'
  el.style.height = '420px'
  return el
}

/** Records the element's error events, those that reach the document, and the prototype's keys before. */
function watch(el: ActorNetwork) {
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype)
  const events = record<Event & { detail: ErrorDetail }>(el, 'error')
  const escaped: Event[] = []
  const onDocumentError = (event: Event) => {
    if (event.target === el) escaped.push(event)
  }
  document.addEventListener('error', onDocumentError)
  const done = async (what: string) => {
    await until(() => events.length > 0, what)
    await el.updateComplete
    // Time for a second event, or a late drawing, to show up.
    await frames(3)
    document.removeEventListener('error', onDocumentError)
    return { el, events, escaped, prototypeKeys }
  }
  return done
}

/** Hands `input` to a fresh element through `channel`, and waits for its error event. */
async function feed(channel: 'src' | 'data', input: BadInput) {
  const el = sized(document.createElement('actor-network'))
  const done = watch(el)
  if (channel === 'src') el.src = srcOf(input) as string
  document.body.append(el)
  if (channel === 'data') el.data = dataOf(input)?.value as Dataset
  return done(`the error event for ${input.name}`)
}

/** The checks every bad input must pass, whichever way it came in. */
function expectRefused(result: Awaited<ReturnType<ReturnType<typeof watch>>>, expected: RegExp | string) {
  const { el, events, escaped, prototypeKeys } = result
  const alert = shadow(el).querySelector('[role="alert"]')
  matching(alert?.textContent, expected)

  expect(events).toHaveLength(1)
  const event = events[0] as Event & { detail: ErrorDetail }
  expect(event.bubbles && event.composed).toBe(true)
  expect(escaped).toEqual([event])
  const errors = event.detail.errors
  expect(errors.length).toBeGreaterThan(0)
  for (const error of errors) {
    expect(typeof error.pointer).toBe('string')
    expect(typeof error.message).toBe('string')
  }
  matching(errors.map(formatError).join('\n'), expected)

  expect(nodes(el)).toHaveLength(0)
  expect(edges(el)).toHaveLength(0)
  expect(shadow(el).querySelectorAll('[part~="legend-toggle"]')).toHaveLength(0)
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(uncaught).toEqual([])
}

describe('a corpus of bad inputs', () => {
  test('holds at least 30 entries with unique, URL-safe names', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(30)
    const names = BAD_INPUTS.map((input) => input.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/)
  })

  describe('through src', () => {
    test.each(
      BAD_INPUTS.filter((input) => srcOf(input) !== undefined).map((input) => [input.name, input] as const),
    )('%s: a located message, one error event, nothing drawn or thrown', async (_, input) => {
      expectRefused(await feed('src', input), input.expect)
    })
  })

  describe('through data', () => {
    test.each(
      BAD_INPUTS.filter((input) => dataOf(input) !== undefined).map((input) => [input.name, input] as const),
    )('%s: a located message, one error event, nothing drawn or thrown', async (_, input) => {
      expectRefused(await feed('data', input), input.expect)
    })
  })
})

const byName = (name: string) => BAD_INPUTS.find((input) => input.name === name) as BadInput

describe('data set before the element is defined', () => {
  let defined = 0
  /** A fresh tag for the element's class: a tag can be defined only once per page. */
  function upgrade(value: unknown) {
    const tag = `actor-network-late-${++defined}`
    const el = sized(document.createElement(tag)) as ActorNetwork
    el.className = 'fixture'
    el.data = value as Dataset
    document.body.append(el)
    return {
      el,
      define: () => {
        customElements.define(tag, class extends ActorNetwork {})
        expect(el).toBeInstanceOf(ActorNetwork)
      },
    }
  }

  for (const name of ['dangling-target', 'proto-key-at-root', 'hostile-proxy', 'null']) {
    test(`${name}: shown as an error once the element upgrades`, async () => {
      const input = byName(name)
      const { el, define } = upgrade(dataOf(input)?.value)
      const done = watch(el)
      define()
      expectRefused(await done('the error event after the upgrade'), input.expect)
    })
  }

  test('a valid dataset set before the upgrade is drawn', async () => {
    const { el, define } = upgrade(structuredClone(validDataset))
    const errors = record(el, 'error')
    const ready = nextEvent(el, 'network-ready')
    define()
    await ready
    expect(errors).toHaveLength(0)
    expect(nodes(el)).toHaveLength(validDataset.actors.length)
  })
})

describe('loading races', () => {
  test('src changed while the previous one loads: only the last renders, the first is aborted', async () => {
    const token = newToken()
    const el = sized(document.createElement('actor-network'))
    const readies = record<Event & { detail: { dataset: Dataset } }>(el, 'network-ready')
    const errors = record(el, 'error')
    el.src = `/__test__/slow/800/fixture/valid?log=${token}`
    document.body.append(el)
    await until(async () => (await outcome(token)).state === 'open', 'the first request to start')
    el.src = articleUrl
    await until(() => readies.length > 0, 'the second dataset')
    expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')
    await sleep(1000)
    await el.updateComplete
    expect(readies).toHaveLength(1)
    expect(readies[0]?.detail.dataset.title).toBe(articleDataset.title)
    expect(el.data?.title).toBe(articleDataset.title)
    expect(nodes(el)).toHaveLength(articleDataset.actors.length)
    expect(errors).toHaveLength(0)
  })

  test('a failing src replaced while it loads reports nothing', async () => {
    const el = sized(document.createElement('actor-network'))
    const readies = record(el, 'network-ready')
    const errors = record(el, 'error')
    el.src = '/__test__/slow/500/body/not-json'
    document.body.append(el)
    await el.updateComplete
    el.src = '/__test__/fixture/valid'
    await until(() => readies.length > 0, 'the valid dataset')
    await sleep(800)
    await el.updateComplete
    expect(errors).toHaveLength(0)
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull()
    expect(nodes(el)).toHaveLength(validDataset.actors.length)
    expect(uncaught).toEqual([])
  })

  test('data set while src loads wins: the late response neither draws nor reports', async () => {
    const token = newToken()
    const el = sized(document.createElement('actor-network'))
    const readies = record<Event & { detail: { dataset: Dataset } }>(el, 'network-ready')
    const errors = record(el, 'error')
    el.src = `/__test__/slow/500/body/dangling-target?log=${token}`
    document.body.append(el)
    await until(async () => (await outcome(token)).state === 'open', 'the request to start')
    el.data = validDataset
    await until(() => readies.length > 0, 'the data to be drawn')
    await sleep(900)
    await el.updateComplete
    expect(errors).toHaveLength(0)
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull()
    expect(readies).toHaveLength(1)
    expect(el.data?.title).toBe(validDataset.title)
    expect(nodes(el)).toHaveLength(validDataset.actors.length)
    expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')
  })
})

describe('a response over the size limit', () => {
  for (const route of ['huge/declared', 'huge/chunked']) {
    test(`${route}: refused with a message, not downloaded further, and the page keeps painting`, async () => {
      const token = newToken()
      const el = sized(document.createElement('actor-network'))
      const errors = record<Event & { detail: ErrorDetail }>(el, 'error')
      let longestFrame = 0
      let last = performance.now()
      let watching = true
      const watch = (now: number) => {
        longestFrame = Math.max(longestFrame, now - last)
        last = now
        if (watching) requestAnimationFrame(watch)
      }
      requestAnimationFrame(watch)
      const started = performance.now()
      el.src = `/__test__/${route}?log=${token}`
      document.body.append(el)
      await until(() => errors.length > 0, 'the error event', 8000)
      watching = false
      await el.updateComplete
      // Alone it takes a quarter of a second; the margins allow for a busy machine running other test files.
      expect(performance.now() - started).toBeLessThan(8000)
      expect(longestFrame).toBeLessThan(1000)
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).toMatch(/too large.*the limit is 20 MB/)
      // The browser must drop the connection, not leave it stalled with the rest of the body unread.
      expect((await outcomeWithin(token, 'aborted')).state).toBe('aborted')
    })
  }
})

describe('untrusted strings', () => {
  const MARKUP = '<img src=x onerror="globalThis.__hacked=1">'
  const hostile = editedDataset((d) => {
    d.title = '<b>Harbour</b> lease'
    d.source.title = `${MARKUP} Talks stall`
    d.source.publisher = '<b>Gazette</b>'
    d.actors[0].name = '<b>bold</b>'
    d.actors[0].role = MARKUP
    d.relations[2].summary = `${MARKUP} they drafted it`
    d.relations[2].evidence = ['<script>globalThis.__hacked=2</script> said the council']
  }) as Dataset

  async function draw(data: unknown, attributes: Record<string, string> = {}) {
    const el = document.createElement('actor-network')
    el.style.width = '900px'
    el.style.height = '620px'
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
    const ready = nextEvent(el, 'network-ready')
    document.body.append(el)
    el.data = data as Dataset
    await ready
    await frames(2)
    return el
  }

  const noMarkupElements = (el: ActorNetwork) => {
    expect(shadow(el).querySelectorAll('img, b, script')).toHaveLength(0)
    expect(document.querySelectorAll('img')).toHaveLength(0)
    expect((globalThis as { __hacked?: number }).__hacked).toBeUndefined()
  }

  test('markup in names, roles, summaries and quotes renders as text in the label and tooltips', async () => {
    const el = await draw(hostile)
    expect(label(el, 'costa')?.textContent).toBe('<b>bold</b>')

    const { x, y } = centre(node(el, 'costa'))
    await hover(x, y)
    await el.updateComplete
    const tooltip = shadow(el).querySelector('[part="tooltip"]') as HTMLElement
    expect(tooltip.hidden).toBe(false)
    expect(tooltip.textContent).toContain('<b>bold</b>')
    expect(tooltip.textContent).toContain(MARKUP)

    const middle = edgeMiddle(el, 'council-port-lease')
    await hover(middle.x, middle.y)
    await el.updateComplete
    expect(tooltip.textContent).toContain(`${MARKUP} they drafted it`)
    expect(tooltip.textContent).toContain('<script>globalThis.__hacked=2</script> said the council')
    expect(tooltip.textContent).toContain(`${MARKUP} Talks stall`)

    expect(shadow(el).querySelector('.credit')?.textContent).toContain(
      `${MARKUP} Talks stall, <b>Gazette</b>`,
    )
    noMarkupElements(el)
  })

  test('markup renders as text in the table view', async () => {
    const el = await draw(hostile, { view: 'table' })
    const table = shadow(el).querySelector('[part="table"]') as HTMLElement
    expect(table.textContent).toContain('<b>bold</b>')
    expect(table.textContent).toContain(MARKUP)
    expect(table.textContent).toContain(`${MARKUP} they drafted it`)
    expect(table.textContent).toContain('<script>globalThis.__hacked=2</script> said the council')
    noMarkupElements(el)
  })

  for (const url of [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ]) {
    test(`a source url ${JSON.stringify(url)} renders no link`, async () => {
      const el = await draw(
        editedDataset((d) => {
          d.source.url = url
        }),
      )
      const credit = shadow(el).querySelector('.credit') as HTMLElement
      expect(credit.textContent).toContain(validDataset.source.title)
      expect(shadow(el).querySelectorAll('a')).toHaveLength(0)
    })
  }

  for (const url of ['https://example.org/harbour-lease', 'http://example.org/harbour-lease']) {
    test(`a source url ${url} becomes a link with rel="noopener noreferrer"`, async () => {
      const el = await draw(
        editedDataset((d) => {
          d.source.url = url
        }),
      )
      const link = shadow(el).querySelector('.credit a') as HTMLAnchorElement
      expect(link.href).toBe(url)
      expect(link.rel.split(' ').sort()).toEqual(['noopener', 'noreferrer'])
      expect(link.textContent).toBe(validDataset.source.title)
    })
  }

  test('control characters are stripped from labels in the graphic', async () => {
    const el = await draw(
      editedDataset((d) => {
        d.actors[0].name = 'Ana\u0007 Co\u0000sta\u001b\u009b'
        d.actors[3].name = 'Port\u0008 Authority\u007f'
      }),
    )
    expect(label(el, 'costa')?.textContent).toBe('Ana Costa')
    expect(label(el, 'port-authority')?.textContent).toBe('Port Authority')
  })

  test('a 200-character name is shortened in the graphic, full in the tooltip and the table', async () => {
    const long = 'The Extraordinary and Plenipotentiary Joint Standing Committee on Harbour Leases, '
      .repeat(3)
      .slice(0, 200)
    expect(long).toHaveLength(200)
    const data = editedDataset((d) => {
      d.actors[1].name = long
    })
    const el = await draw(data)
    const shown = label(el, 'city-council')?.textContent ?? ''
    expect(shown.endsWith('…')).toBe(true)
    expect(shown.length).toBeLessThanOrEqual(40)
    expect(long.startsWith(shown.slice(0, -1).trimEnd())).toBe(true)

    const { x, y } = centre(node(el, 'city-council'))
    await hover(x, y)
    await el.updateComplete
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).toContain(long)

    el.setAttribute('view', 'table')
    await el.updateComplete
    expect(shadow(el).querySelector('[part="table"]')?.textContent).toContain(long)
  })

  test('ids that name Object.prototype members are ordinary actors', async () => {
    const data = editedDataset((d) => {
      d.actors[1].id = 'constructor'
      d.actors[0].affiliation = 'constructor'
      d.relations[2].source = 'constructor'
    })
    const el = await draw(data)
    expect(nodes(el)).toHaveLength(4)
    expect(label(el, 'constructor')?.textContent).toBe('City Council')
    expect(edges(el)).toHaveLength(3)
  })
})
