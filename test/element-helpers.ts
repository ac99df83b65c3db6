/** Helpers for the element's browser tests: mounting, waiting for a drawn network, and real pointer input. */
import { commands } from 'vitest/browser'
import '../components/actor-network.ts'
import type { ActorNetwork } from '../components/actor-network.ts'
import article from '../data/ratcliffe-rodriguez-caracas.json'
import type { Dataset } from '../src/dataset.ts'

export const articleDataset = article as unknown as Dataset

/** Mounts an `<actor-network>` in a sized box and resolves once its network is drawn. */
export async function mount(
  data: unknown = articleDataset,
  { width = 900, height = 620, attributes = {} as Record<string, string> } = {},
): Promise<ActorNetwork> {
  const el = document.createElement('actor-network')
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
  el.style.width = `${width}px`
  el.style.height = `${height}px`
  // The real mouse stays where the last test left it: park it in a corner, away from the new graphic.
  await commands.input([{ type: 'move', x: 0, y: 0 }])
  const ready = nextEvent(el, 'network-ready')
  document.body.append(el)
  el.data = data as Dataset
  await ready
  await frames(2)
  return el
}

export const nextEvent = <T extends Event = Event>(target: EventTarget, type: string) =>
  new Promise<T>((resolve) => target.addEventListener(type, (e) => resolve(e as T), { once: true }))

/** Collects every event of a type fired on `target` from now on. */
export function record<T extends Event = CustomEvent>(target: EventTarget, type: string): T[] {
  const events: T[] = []
  target.addEventListener(type, (e) => events.push(e as T))
  return events
}

export const frames = async (n = 1) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame)
}

export const shadow = (el: ActorNetwork) => el.shadowRoot as ShadowRoot
export const nodes = (el: ActorNetwork) => [...shadow(el).querySelectorAll<SVGGElement>('[part~="node"]')]
export const edges = (el: ActorNetwork) => [...shadow(el).querySelectorAll<SVGGElement>('[part~="edge"]')]
export const node = (el: ActorNetwork, id: string) => {
  const found = shadow(el).querySelector<SVGGElement>(`[part~="node"][data-actor-id="${id}"]`)
  if (!found) throw new Error(`no node ${id}`)
  return found
}

/** An actor's label in the graphic (on the labels' layer, above every actor), if it has one. */
export const label = (el: ActorNetwork, id: string) =>
  shadow(el).querySelector<SVGTextElement>(`.labels .label[data-actor-id="${id}"]`)

/** Centre of an element's drawn glyph in viewport coordinates. */
export function centre(el: Element) {
  const box = (el.querySelector('.glyph') ?? el).getBoundingClientRect()
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** The middle of a relation's drawn line in viewport coordinates: where a reader would point at it. */
export function edgeMiddle(el: ActorNetwork, relationId: string) {
  const line = shadow(el).querySelector<SVGPathElement>(`[data-relation-id="${relationId}"] .edge-line`)
  if (!line) throw new Error(`no edge ${relationId}`)
  const point = line.getPointAtLength(line.getTotalLength() / 2)
  const svgBox = (line.ownerSVGElement as SVGSVGElement).getBoundingClientRect()
  return { x: svgBox.left + point.x, y: svgBox.top + point.y }
}

export const hover = (x: number, y: number) => commands.input([{ type: 'move', x, y, steps: 2 }])
export const click = (x: number, y: number) =>
  commands.input([{ type: 'move', x, y }, { type: 'down' }, { type: 'up' }])
export const drag = (from: { x: number; y: number }, to: { x: number; y: number }) =>
  commands.input([
    { type: 'move', x: from.x, y: from.y },
    { type: 'down' },
    { type: 'move', x: to.x, y: to.y, steps: 12 },
    { type: 'up' },
  ])

/** A point on the widget's background, away from every node and edge. */
export function emptySpot(el: ActorNetwork) {
  const svg = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const box = svg.getBoundingClientRect()
  for (let y = box.top + 10; y < box.bottom - 10; y += 12)
    for (let x = box.left + 10; x < box.right - 50; x += 12) {
      const hit = shadow(el).elementFromPoint(x, y)
      if (hit === svg) return { x, y }
    }
  throw new Error('no empty spot')
}

/** The boxes of the labels drawn in the graphic (a label that has no room is hidden). */
export const visibleLabelBoxes = (el: ActorNetwork) =>
  [...shadow(el).querySelectorAll<SVGTextElement>('.label')]
    .filter((text) => getComputedStyle(text).display !== 'none')
    .map((text) => text.getBoundingClientRect())

/** Pairs of drawn labels that overlap, as `[i, j]` indexes into `visibleLabelBoxes`. */
export function overlappingLabels(el: ActorNetwork): [number, number][] {
  const boxes = visibleLabelBoxes(el)
  const pairs: [number, number][] = []
  for (const [i, a] of boxes.entries())
    for (const [j, b] of boxes.entries())
      if (i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        pairs.push([i, j])
  return pairs
}
