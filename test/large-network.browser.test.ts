/**
 * Large networks (past LARGE_NETWORK actors): hover, selection and drags draw on a lift layer over a veil,
 * so the thousands of elements of the graph beneath are neither restyled nor repainted. What a reader sees
 * must be the same as in a small network: the neighbourhood stands out, the dragged actor follows the
 * pointer with its relations, and after the drop everything is where it was left.
 */
import { afterEach, expect, test } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { LARGE_NETWORK } from '../src/graph.ts'
import { contrast } from '../src/palette.ts'
import { generateDataset } from './bench/generate.ts'
import { centre, frames, hover, mount, nextEvent, nodes, shadow } from './element-helpers.ts'
import { validDataset } from './fixtures.ts'

const data = generateDataset({ actors: LARGE_NETWORK + 200, seed: 3 })

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
})

/** A node near the middle whose glyph is the topmost element under its centre. */
function reachableNode(el: ActorNetwork) {
  const svg = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const box = svg.getBoundingClientRect()
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const candidates = nodes(el)
    .map((n) => ({ n, p: centre(n) }))
    .filter(
      ({ p }) => p.x > box.left + 80 && p.x < box.right - 80 && p.y > box.top + 80 && p.y < box.bottom - 80,
    )
    .sort((a, b) => Math.hypot(a.p.x - mid.x, a.p.y - mid.y) - Math.hypot(b.p.x - mid.x, b.p.y - mid.y))
  const found = candidates.find(({ n, p }) => shadow(el).elementFromPoint(p.x, p.y)?.closest('.node') === n)
  if (!found) throw new Error('no reachable node')
  return found
}

const lifted = (el: ActorNetwork, kind: 'node' | 'edge') =>
  [...shadow(el).querySelectorAll(`svg.lift .${kind}`)].map(
    (copy) => (copy as SVGElement).dataset[kind === 'node' ? 'actorId' : 'relationId'],
  )

test('hovering an actor brings its neighbourhood forward over a veil and leaves the graph beneath alone', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const { n, p } = reachableNode(el)
  const id = n.dataset.actorId as string
  const neighbours = new Set([id])
  const touching = data.relations.filter((r) => r.source === id || r.target === id)
  for (const r of touching) neighbours.add(r.source).add(r.target)

  await hover(p.x, p.y)
  await el.updateComplete
  await frames(2)
  const lift = shadow(el).querySelector('svg.lift') as SVGSVGElement
  expect(lift.classList.contains('is-focused')).toBe(true)
  expect(getComputedStyle(lift.querySelector('.veil') as Element).opacity).toBe('0.85')
  expect(new Set(lifted(el, 'node'))).toEqual(neighbours)
  expect(new Set(lifted(el, 'edge'))).toEqual(new Set(touching.map((r) => r.id)))
  // The copies are pictures: no tab stops, no parts, inside an aria-hidden layer.
  expect(lift.getAttribute('aria-hidden')).toBe('true')
  expect(lift.querySelectorAll('[tabindex], [part]')).toHaveLength(0)
  // The graph beneath keeps its state: nothing was dimmed element by element.
  expect(shadow(el).querySelectorAll('[part~="node--dimmed"], [part~="edge--dimmed"]')).toHaveLength(0)
  expect(shadow(el).querySelector('svg.graph:not(.lift)')?.classList.contains('is-focused')).toBe(false)
  expect(shadow(el).querySelectorAll('svg.graph:not(.lift) :is(.is-near, .is-active)')).toHaveLength(0)

  await commands.input([{ type: 'move', x: 2, y: 2 }])
  await el.updateComplete
  await frames(2)
  expect(lift.classList.contains('is-focused')).toBe(false)
  expect(lifted(el, 'node')).toEqual([])
})

test('a dragged actor and its relations follow the pointer on the lift layer, and stay where dropped', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const { n, p } = reachableNode(el)
  const id = n.dataset.actorId as string
  const to = { x: p.x + 60, y: p.y - 40 }
  const before = curveEnds(el)
  await commands.input([
    { type: 'move', x: p.x, y: p.y },
    { type: 'down' },
    { type: 'move', x: to.x, y: to.y, steps: 10 },
  ])
  await frames(2)
  // Mid-drag: the copy follows the pointer; the actor itself is hidden so that it does not stay behind.
  const copy = shadow(el).querySelector(`svg.lift .node[data-actor-id="${id}"]`) as SVGGElement
  expect(copy).not.toBeNull()
  const during = centre(copy)
  expect(during.x).toBeCloseTo(to.x, 0)
  expect(during.y).toBeCloseTo(to.y, 0)
  expect(getComputedStyle(n).visibility).toBe('hidden')

  // Dropped, and still hovered: the actor itself shows again, where it was dropped (no ghost where it began).
  await commands.input([{ type: 'up' }])
  await el.updateComplete
  await frames(2)
  expect(getComputedStyle(n).visibility).toBe('visible')
  expect(centre(n).x).toBeCloseTo(to.x, 0)
  expect(centre(n).y).toBeCloseTo(to.y, 0)

  await commands.input([{ type: 'move', x: 2, y: 2 }])
  await el.updateComplete
  await frames(2)
  expect(shadow(el).querySelectorAll('svg.lift .node, svg.lift .edge, svg.lift .tether')).toHaveLength(0)
  expect(getComputedStyle(n).visibility).toBe('visible')
  const after = centre(n)
  expect(after.x).toBeCloseTo(to.x, 0)
  expect(after.y).toBeCloseTo(to.y, 0)
  // Its relations are back in the bulk paths: each now ends at (or starts from) the actor where it was
  // dropped, and none is left where the drag began. (Other relations may end nearby, and a neighbour's end may slide along its rim: count the change.)
  const touching = data.relations.filter((r) => r.source === id || r.target === id).length
  const ends = curveEnds(el)
  const near = (list: typeof ends, at: { x: number; y: number }) =>
    list.filter((end) => Math.hypot(end.x - at.x, end.y - at.y) < n.getBBox().width / 2 + 10).length
  expect(ends).toHaveLength(before.length)
  expect(near(ends, after) - near(before, to)).toBeGreaterThanOrEqual(touching)
  expect(near(before, p) - near(ends, p)).toBeGreaterThanOrEqual(touching)
})

/** Both ends of every curve in the bulk paths, in client coordinates. */
function curveEnds(el: ActorNetwork) {
  const svg = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const origin = svg.getBoundingClientRect()
  return [...svg.querySelectorAll('.bulk .edge-line')].flatMap((path) =>
    (path.getAttribute('d') ?? '')
      .split('M')
      .filter(Boolean)
      .flatMap((curve) => {
        const numbers = curve
          .split(/[LQ ,]/)
          .filter(Boolean)
          .map(Number)
        const [x0 = 0, y0 = 0] = numbers
        const [x1 = 0, y1 = 0] = numbers.slice(-2)
        return [
          { x: origin.x + x0, y: origin.y + y0 },
          { x: origin.x + x1, y: origin.y + y1 },
        ]
      }),
  )
}

test('relations are drawn in bulk, a few paths of lines and of arrowheads per type, and filter with the legend', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const graph = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const curves = (type: string, what = 'edge-line') =>
    [...graph.querySelectorAll(`.bulk[data-relation-type="${type}"] .${what}`)]
      .map((path) => path.getAttribute('d') ?? '')
      .join('')
      .split('M').length - 1
  expect(graph.querySelectorAll('.edge, [part~="edge"]')).toHaveLength(0)
  // Cut by place into paths of their own: a few hundred elements, not one per relation.
  const paths = graph.querySelectorAll('.bulk path').length
  expect(paths).toBeGreaterThan(6)
  expect(paths).toBeLessThan(data.relations.length / 2)
  for (const type of ['cooperation', 'negotiation', 'opposition']) {
    const ofType = data.relations.filter((r) => r.type === type)
    // Every relation but those between actors too close to leave room for a line (zoom in to see them).
    expect(curves(type)).toBeLessThanOrEqual(ofType.length)
    expect(curves(type)).toBeGreaterThan(0.9 * ofType.length)
    const directed = ofType.filter((r) => r.directed).length
    expect(curves(type, 'arrowheads')).toBeLessThanOrEqual(directed)
    expect(curves(type, 'arrowheads')).toBeGreaterThan(0.85 * directed)
  }
  const toggle = shadow(el).querySelector('[part~="legend-toggle"][data-relation-type="negotiation"]')
  ;(toggle as HTMLButtonElement).click()
  await el.updateComplete
  await frames(2)
  expect(curves('negotiation')).toBe(0)
  expect(curves('cooperation')).toBeGreaterThan(
    0.9 * data.relations.filter((r) => r.type === 'cooperation').length,
  )
})

test('a relation drawn in bulk is found under the pointer: hover shows it, a click opens its details', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const graph = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const origin = graph.getBoundingClientRect()
  // A straight relation whose middle is clear of actors and of the ends of relations, well inside the view.
  const straight = [...graph.querySelectorAll('.bulk[data-relation-type="cooperation"] .edge-line')]
    .flatMap((path) => (path.getAttribute('d') ?? '').split('M'))
    .filter((c) => c.includes('L') && !c.includes('Q'))
  const middles = straight.map((curve) => {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = curve.split(/[L,]/).map(Number)
    return { x: origin.x + (x0 + x1) / 2, y: origin.y + (y0 + y1) / 2, length: Math.hypot(x1 - x0, y1 - y0) }
  })
  const ends = curveEnds(el)
  const clear = middles.find(
    (m) =>
      m.length > 40 &&
      m.x > origin.left + 80 &&
      m.x < origin.right - 80 &&
      m.y > origin.top + 80 &&
      m.y < origin.bottom - 80 &&
      !shadow(el).elementFromPoint(m.x, m.y)?.closest('.node') &&
      ends.every((end) => Math.hypot(end.x - m.x, end.y - m.y) > 16),
  )
  if (!clear) throw new Error('no clear relation')
  const events: (string | null)[] = []
  el.addEventListener('relation-hover', (e) => events.push(e.relation?.id ?? null))

  await hover(clear.x, clear.y + 2)
  await el.updateComplete
  const [id] = events
  expect(id).toBeTypeOf('string')
  expect(lifted(el, 'edge')).toEqual([id])
  const tooltip = shadow(el).querySelector('[part="tooltip"]') as HTMLElement
  expect(tooltip.hidden).toBe(false)
  expect(getComputedStyle(graph).cursor).toBe('pointer')

  await commands.input([{ type: 'down' }, { type: 'up' }])
  await el.updateComplete
  const details = shadow(el).querySelector('[part="details"]')
  const relation = data.relations.find((r) => r.id === id)
  expect(details?.textContent).toContain(relation?.summary ?? '?')

  // Moving off it, onto background more than 8 px from every relation and actor, lets it go.
  const away = emptyNear(el, clear)
  await hover(away.x, away.y)
  await el.updateComplete
  expect(events.at(-1)).toBeNull()
})

/** A point 30 to 120 px from `from` over no actor and at least 8 px from every relation drawn in bulk. */
function emptyNear(el: ActorNetwork, from: { x: number; y: number }) {
  const graph = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const origin = graph.getBoundingClientRect()
  const paths = [...graph.querySelectorAll<SVGPathElement>('.bulk .edge-line')]
  // Widened for the search, the relations' strokes say where the pointer would still find one.
  for (const path of paths) path.style.setProperty('stroke-width', '16px')
  try {
    for (let radius = 30; radius <= 120; radius += 6)
      for (let k = 0; k < 24; k++) {
        const p = { x: from.x + radius * Math.cos(k / 3.8), y: from.y + radius * Math.sin(k / 3.8) }
        const inside = p.x > origin.left && p.x < origin.right && p.y > origin.top && p.y < origin.bottom
        const local = new DOMPoint(p.x - origin.x, p.y - origin.y)
        if (
          inside &&
          shadow(el).elementFromPoint(p.x, p.y) === graph &&
          !paths.some((e) => e.isPointInStroke(local))
        )
          return p
      }
  } finally {
    for (const path of paths) path.style.removeProperty('stroke-width')
  }
  throw new Error('no empty spot near the relation')
}

test('a keyboard-focused actor keeps a visible focus ring while its neighbourhood is lifted', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const before = document.createElement('button')
  before.textContent = 'before'
  el.before(before)
  before.focus()
  const focusedId = () => (shadow(el).activeElement as SVGElement | null)?.dataset?.actorId
  for (let i = 0; i < 10 && !focusedId(); i++) await userEvent.keyboard('{Tab}')
  // Focus alone (no selection) lifts the actor's neighbourhood, as a hover does.
  await userEvent.keyboard('{ArrowRight}')
  await el.updateComplete
  await frames(2)
  const id = focusedId()
  expect(id).toBeDefined()
  expect(el.selected ?? null).toBeNull()
  // The copy over the focused actor shows the ring the actor itself would: 2 px or more, 4.5:1 or more.
  const copy = shadow(el).querySelector(`svg.lift .node[data-actor-id="${id}"] .glyph`) as SVGPathElement
  expect(copy).not.toBeNull()
  const style = getComputedStyle(copy)
  expect(Number.parseFloat(style.strokeWidth)).toBeGreaterThanOrEqual(2)
  const background = getComputedStyle(shadow(el).querySelector('.frame') as Element).backgroundColor
  expect(contrast(hex(style.stroke), hex(background))).toBeGreaterThanOrEqual(4.5)
  before.remove()
})

/** `rgb(r, g, b)` → `#rrggbb`. */
function hex(color: string) {
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number)
  return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`
}

test('a zoom scales the drawn picture on the compositor while the wheel turns, then redraws it in place', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const svg = shadow(el).querySelector('svg.graph') as SVGSVGElement
  const { n, p } = reachableNode(el)
  const box = svg.getBoundingClientRect()
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  const k = el.transform.k
  /** How far the actor is drawn from where a zoom around `at` puts it (a pixel allows for rounding). */
  const off = () => {
    const scale = el.transform.k / k
    const c = centre(n)
    return Math.hypot(c.x - (at.x + (p.x - at.x) * scale), c.y - (at.y + (p.y - at.y) * scale))
  }

  await commands.input([
    { type: 'key-down', key: 'Control' },
    { type: 'wheel', x: at.x, y: at.y, dy: -100 },
  ])
  await frames(1)
  expect(el.transform.k).toBeGreaterThan(k)
  // Mid-gesture: one CSS transform on the graph's <svg>, nothing rewritten inside it.
  expect(getComputedStyle(svg).transform).not.toBe('none')
  expect(getComputedStyle(svg).willChange).toBe('transform')
  expect(off()).toBeLessThan(1.5)
  await commands.input([{ type: 'key-up', key: 'Control' }])

  // Once the wheel rests, the picture is redrawn at the new scale, with the actor in the same place.
  for (let i = 0; i < 120 && getComputedStyle(svg).transform !== 'none'; i++) await frames(1)
  expect(getComputedStyle(svg).transform).toBe('none')
  expect(off()).toBeLessThan(1.5)
})

test('a keyboard nudge moves an actor’s relations in the bulk paths with it', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const before = document.createElement('button')
  el.before(before)
  before.focus()
  const focused = () => shadow(el).activeElement as SVGGElement | null
  for (let i = 0; i < 10 && !focused()?.dataset?.actorId; i++) await userEvent.keyboard('{Tab}')
  const actor = focused() as SVGGElement
  const id = actor.dataset.actorId
  const touching = data.relations.filter((r) => r.source === id || r.target === id).length
  const from = centre(actor)
  const ends = curveEnds(el)
  await userEvent.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowDown}{/Shift}')
  await el.updateComplete
  await frames(2)
  // Focus lifted the actor's neighbourhood: its copy on the lift layer is what shows where it is.
  const to = centre(shadow(el).querySelector(`svg.lift .node[data-actor-id="${id}"]`) ?? actor)
  expect(to.y - from.y).toBeGreaterThan(20)
  const moved = curveEnds(el)
  const near = (list: typeof ends, at: { x: number; y: number }) =>
    list.filter((end) => Math.hypot(end.x - at.x, end.y - at.y) < actor.getBBox().width / 2 + 10).length
  // The most connected actor has the tab stop: some of its relations are too short to draw, or end in a
  // crowd of others' ends; most must have come along.
  expect(near(moved, to) - near(ends, to)).toBeGreaterThan(touching / 2)
  before.remove()
})

test('under the veil, the selection moves from actor to actor while a hover rests on another', async () => {
  const el = await mount(data, { width: 900, height: 640 })
  const pressed = () =>
    nodes(el)
      .filter((node) => node.getAttribute('aria-pressed') === 'true' && node.part.contains('node--selected'))
      .map((node) => node.dataset.actorId)

  const first = data.actors[0]?.id
  el.selected = first
  await el.updateComplete
  expect(pressed()).toEqual([first])
  // The view glides to keep the selected actor clear of its details: wait until it rests.
  for (let still = 0, last = ''; still < 10; ) {
    await frames(1)
    const now = JSON.stringify(el.transform)
    still = now === last ? still + 1 : 0
    last = now
  }
  const { n, p } = reachableNode(el)
  const hovered = n.dataset.actorId as string
  const second = data.actors.find((a) => a.id !== first && a.id !== hovered)?.id
  await hover(p.x, p.y)
  await el.updateComplete
  expect(lifted(el, 'node')).toContain(hovered)
  expect(pressed()).toEqual([first])
  // A new selection while the hover stays: the elements beneath the veil change with it.
  el.selected = second
  await el.updateComplete
  expect(pressed()).toEqual([second])
  el.selected = undefined
  await el.updateComplete
  expect(pressed()).toEqual([])
})

test('a network that replaces one drawn the other way (bulk or careful) is drawn as on a fresh load', async () => {
  // Its own ids: actors the two networks share would keep their places (see DatasetController).
  const small = validDataset
  const glyphs = (el: ActorNetwork) =>
    Object.fromEntries(nodes(el).map((n) => [n.dataset.actorId, centre(n)]))
  const size = { width: 900, height: 640 }
  const fresh = async (dataset: unknown) => {
    const el = await mount(dataset, size)
    const drawn = glyphs(el)
    el.remove()
    return drawn
  }
  const [large, careful] = [await fresh(data), await fresh(small)]

  const el = await mount(small, size)
  for (const [dataset, expected] of [
    [data, large],
    [small, careful],
  ] as const) {
    const ready = nextEvent(el, 'network-ready')
    el.data = dataset
    await ready
    await frames(2)
    expect(glyphs(el)).toEqual(expected)
  }
})
