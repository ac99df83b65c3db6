/**
 * The page side of the engine checks: read-only helpers the scenarios call through `Engine.call`, bundled
 * into one classic script (`/engines.js`, allowed by the host page's strict policy) so that every engine
 * runs the same code. Input never comes from here: the drivers send it as real events.
 */
import type { ActorNetwork } from '../../components/actor-network.ts'
import { formatError } from '../../src/validate.ts'
import { BAD_INPUTS, type BadInput, dataOf, srcOf } from '../bad-inputs.ts'

type Box = { x: number; y: number; width: number; height: number }

const widget = () => document.querySelector('actor-network') as ActorNetwork
const root = () => widget().shadowRoot as ShadowRoot
const all = (selector: string) => [...root().querySelectorAll<HTMLElement | SVGElement>(selector)]
const one = (selector: string) => root().querySelector<HTMLElement | SVGElement>(selector)
const nodes = () => all('[part~="node"]')
const node = (id: string) => one(`[part~="node"][data-actor-id="${id}"]`)
const glyph = (id: string) => node(id)?.querySelector('.glyph') ?? undefined
const shown = (el: Element | null | undefined) =>
  !!el &&
  !(el as HTMLElement).hidden &&
  getComputedStyle(el).display !== 'none' &&
  el.getClientRects().length > 0

function boxOf(el: Element | null | undefined): Box | null {
  if (!el) return null
  const { x, y, width, height } = el.getBoundingClientRect()
  return { x, y, width, height }
}
const centreOf = (el: Element | null | undefined) => {
  const box = boxOf(el)
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}
const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve())
    next(n)
  })
async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = performance.now() + ms; performance.now() < end; await frames(1)) if (check()) return true
  return check()
}

/** The dataset the widget was given, as the file says it. */
async function dataset() {
  const response = await fetch(widget().getAttribute('src') ?? '')
  return (await response.json()) as {
    actors: { id: string; name: string }[]
    relations: { id: string; evidence: string[] }[]
    steps: { text: string }[]
  }
}

const helpers = {
  /** Waits for the drawing, then counts what it shows against the file, and finds overlapping labels. */
  async drawn() {
    await until(() => !!widget()?.shadowRoot && nodes().length > 0, 20_000)
    await frames(3)
    const data = await dataset()
    const labels = all('.label')
      .filter((label) => getComputedStyle(label).display !== 'none')
      .map((label) => label.getBoundingClientRect())
    let overlaps = 0
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlaps++
    return {
      actors: nodes().length,
      relations: all('[part~="edge"]').length,
      fileActors: data.actors.length,
      fileRelations: data.relations.length,
      labels: labels.length,
      overlaps,
      graph: boxOf(one('svg.graph')),
    }
  },

  /** The actors in document order, each with its name (the first part of its accessible name). */
  actors: () =>
    nodes().map((n) => ({
      id: n.dataset.actorId ?? '',
      name: n.getAttribute('aria-label')?.split(',')[0] ?? '',
    })),
  /** Centre of an actor's glyph on screen. */
  actorCentre: (id: string) => centreOf(glyph(id)),
  /** Centres of every actor's glyph, by id. */
  positions: () =>
    Object.fromEntries(nodes().map((n) => [n.dataset.actorId, centreOf(n.querySelector('.glyph'))])),
  /** Centre of the first element matching `selector` in the widget, or null when there is none. */
  centre: (selector: string) => centreOf(one(selector)),
  /** A spot of the graphic's background, where a click lands on nothing. */
  emptySpot() {
    const svg = one('svg.graph') as SVGSVGElement
    const box = svg.getBoundingClientRect()
    for (let y = box.top + 10; y < box.bottom - 10; y += 12)
      for (let x = box.left + 10; x < box.right - 50; x += 12)
        if (root().elementFromPoint(x, y) === svg) return { x, y }
    return null
  },
  count: (selector: string) => all(selector).length,
  /** The rendered text of the first element matching `selector` if it is shown, else null. */
  // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees is the point.
  text: (selector: string) => (shown(one(selector)) ? (one(selector) as HTMLElement).innerText : null),
  attribute: (selector: string, name: string) => one(selector)?.getAttribute(name) ?? null,
  /** Ids of the actors whose part list holds `state` (`node--dimmed`, `node--selected`). */
  actorsIn: (state: string) =>
    nodes()
      .filter((n) => n.part.contains(state))
      .map((n) => n.dataset.actorId),

  /** What has focus: an actor's id, another control of the widget, or an element of the page. */
  focused() {
    const active = document.activeElement
    if (active !== widget()) return { actor: null, where: active?.id || active?.tagName || 'nothing' }
    const inner = root().activeElement as HTMLElement | null
    return {
      actor: inner?.closest('[part~="node"]')?.getAttribute('data-actor-id') ?? null,
      where: inner?.getAttribute('part') || inner?.className || inner?.tagName || 'the widget',
    }
  },
  focusPage: (id: string) => (document.getElementById(id) as HTMLElement).focus(),
  focusActor: (id: string) => (node(id) as SVGElement).focus(),

  media: () => ({
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    forcedColors: matchMedia('(forced-colors: active)').matches,
  }),

  /** How relations, actors and labels are painted (computed), for the forced-colours check. */
  paint() {
    const style = (selector: string) => {
      const el = one(selector)
      return el ? getComputedStyle(el) : undefined
    }
    const line = (type: string) => style(`[part~="edge--${type}"] .edge-line`)
    return {
      cooperation: { stroke: line('cooperation')?.stroke, dash: line('cooperation')?.strokeDasharray },
      opposition: { stroke: line('opposition')?.stroke, dash: line('opposition')?.strokeDasharray },
      glyph: { fill: style('.glyph')?.fill, stroke: style('.glyph')?.stroke },
      label: { fill: style('.label')?.fill },
      background: getComputedStyle(one('.frame') as Element).backgroundColor,
    }
  },

  /** A verbatim quote of the dataset that the details panel shows, if any. */
  async quoteInDetails() {
    const text = helpers.text('[part="details"]') ?? ''
    const quotes = (await dataset()).relations.flatMap((relation) => relation.evidence)
    return quotes.find((quote) => text.includes(quote)) ?? null
  },
  steps: async () => (await dataset()).steps.map((step) => step.text),
  /** The rows of the table view's two tables. */
  tableRows: () => all('.tables table').map((table) => table.querySelectorAll('tbody tr').length),

  /** Keeps the files the export menu would save: the anchor's click is recorded instead of followed. */
  catchDownloads() {
    const blobs = new Map<string, Blob>()
    const createObjectURL = URL.createObjectURL
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object)
      if (object instanceof Blob) blobs.set(url, object)
      return url
    }
    const saved: { name: string; blob: Blob }[] = []
    ;(window as unknown as { __saved: typeof saved }).__saved = saved
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href)
      if (this.download && blob) saved.push({ name: this.download, blob })
    }
  },
  /** The files caught so far: name, type, and what they hold (actors and relations, or pixel size). */
  async downloads() {
    const saved = (window as unknown as { __saved: { name: string; blob: Blob }[] }).__saved
    return Promise.all(
      saved.map(async ({ name, blob }) => {
        if (blob.type === 'image/svg+xml') {
          const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml')
          return {
            name,
            type: blob.type,
            actors: new Set(
              [...doc.querySelectorAll('[data-actor-id]')].map((el) => el.getAttribute('data-actor-id')),
            ).size,
            relations: new Set(
              [...doc.querySelectorAll('[data-relation-id]')].map((el) =>
                el.getAttribute('data-relation-id'),
              ),
            ).size,
          }
        }
        const image = await createImageBitmap(blob)
        return { name, type: blob.type, width: image.width, height: image.height }
      }),
    )
  },

  /** What the host page's probe (probe.js) saw: policy violations and uncaught errors. */
  probe: () => (window as unknown as { __probe: { violations: string[]; errors: string[] } }).__probe,

  /** Feeds every bad input through `src` and through `data`; returns what went wrong, by input. */
  async badInputs() {
    const problems: string[] = []
    let fed = 0
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join()
    for (const input of BAD_INPUTS)
      for (const channel of ['src', 'data'] as const) {
        if (channel === 'src' ? srcOf(input) === undefined : dataOf(input) === undefined) continue
        fed++
        const problem = await refuses(input, channel)
        if (problem) problems.push(`${input.name} through ${channel}: ${problem}`)
      }
    if (Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys)
      problems.push('Object.prototype gained keys')
    return { inputs: BAD_INPUTS.length, fed, problems }
  },
}

/** One bad input through one channel: a located message, one error event, nothing drawn. Null when so. */
async function refuses(input: BadInput, channel: 'src' | 'data'): Promise<string | null> {
  const el = document.createElement('actor-network') as ActorNetwork
  const events: CustomEvent<{ errors: Parameters<typeof formatError>[0][] }>[] = []
  el.addEventListener('error', (event) => events.push(event as unknown as (typeof events)[number]))
  try {
    if (channel === 'src') el.src = srcOf(input) as string
    document.body.append(el)
    if (channel === 'data') el.data = dataOf(input)?.value as ActorNetwork['data']
    if (!(await until(() => events.length > 0, 10_000))) return 'no error event'
    await el.updateComplete
    await frames(3)
    const matches = (text: string | null | undefined) =>
      typeof input.expect === 'string' ? !!text?.includes(input.expect) : input.expect.test(text ?? '')
    const alert = el.shadowRoot?.querySelector('[role="alert"]')?.textContent
    if (!matches(alert)) return `the message reads ${JSON.stringify(alert?.slice(0, 160))}`
    if (events.length !== 1) return `${events.length} error events`
    const errors = events[0]?.detail.errors ?? []
    if (!errors.length || !matches(errors.map(formatError).join('\n')))
      return 'the event does not carry the message'
    if (el.shadowRoot?.querySelector('[part~="node"], [part~="edge"]')) return 'something was drawn'
    return null
  } catch (error) {
    return `threw ${String(error)}`
  } finally {
    el.remove()
  }
}

type Helpers = typeof helpers
declare global {
  interface Window {
    __engines: { call(name: string, args: unknown[]): Promise<{ ok: unknown } | { error: string }> }
  }
}

window.__engines = {
  async call(name, args) {
    try {
      const helper = helpers[name as keyof Helpers] as (...args: unknown[]) => unknown
      if (!helper) throw new Error(`no helper named ${name}`)
      // Undefined does not survive every driver's JSON: null does.
      return { ok: (await helper(...args)) ?? null }
    } catch (error) {
      return { error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }
    }
  },
}
