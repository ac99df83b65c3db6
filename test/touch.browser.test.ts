/**
 * Touch, the way a reader on a phone uses the widget: real touch input through the browser, so that the
 * browser's own scrolling and pinch handling, and the widget's `touch-action` rules, take part.
 */
import { afterEach, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import type { TouchFrame } from './commands.ts'
import { articleDataset, centre, emptySpot, frames, mount, node, nodes, shadow } from './element-helpers.ts'

afterEach(async () => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
  // A swipe may leave the page still gliding: the next test starts once it has stopped, at the top.
  for (let still = 0, i = 0; still < 3 && i < 120; i++) {
    const y = window.scrollY
    window.scrollTo(0, 0)
    await frames(1)
    still = y === 0 && window.scrollY === 0 ? still + 1 : 0
  }
  document.body.style.height = ''
})

type Point = { x: number; y: number }

/**
 * One finger from `a` to `b`, held still at the end before it lifts: a swipe that ends moving would fling
 * the page on into the next test.
 */
function stroke(a: Point, b: Point, steps = 12): TouchFrame[] {
  const path = Array.from({ length: steps + 1 }, (_, i) => ({
    x: a.x + ((b.x - a.x) * i) / steps,
    y: a.y + ((b.y - a.y) * i) / steps,
  }))
  return [...path.map((p) => [p]), ...Array.from({ length: 6 }, () => [b]), []]
}

const stage = (el: ActorNetwork) => shadow(el).querySelector('svg.graph')?.getBoundingClientRect() as DOMRect

/** Actors drawn well inside the stage, clear of its edges and of the zoom buttons. */
const innerActors = (el: ActorNetwork) => {
  const box = stage(el)
  return nodes(el)
    .map((n) => ({ id: n.dataset.actorId as string, ...centre(n) }))
    .filter((p) => p.y > box.top + 40 && p.y < box.bottom - 40 && p.x > box.left + 40 && p.x < box.right - 60)
}

/** A phone-sized widget in a page that scrolls. */
async function onPhone() {
  document.body.style.height = '3000px'
  return mount(articleDataset, { width: 390, height: 560 })
}

test('one finger on the background scrolls the page, and the graph stays as it was', async () => {
  const el = await onPhone()
  const before = el.transform
  const from = emptySpot(el)
  await commands.touch(stroke(from, { x: from.x, y: from.y - 200 }))
  await frames(3)
  expect(window.scrollY).toBeGreaterThan(100)
  expect(el.transform).toEqual(before)
})

test('one finger on an actor drags it, under the finger all the way, and the page does not scroll', async () => {
  const el = await onPhone()
  const { id, x, y } = innerActors(el)[0] as Point & { id: string }
  await commands.touch(stroke({ x, y }, { x: x + 60, y: y + 40 }))
  await frames(3)
  const after = centre(node(el, id))
  expect(after.x).toBeCloseTo(x + 60, 0)
  expect(after.y).toBeCloseTo(y + 40, 0)
  expect(window.scrollY).toBe(0)
})

test('a tap on an actor selects it and opens its details; a tap on the background clears it', async () => {
  const el = await onPhone()
  const { id, x, y } = innerActors(el)[0] as Point & { id: string }
  await commands.touch([[{ x, y }], []])
  await el.updateComplete
  expect(el.selected).toBe(id)
  expect(shadow(el).querySelector('[part~="details"]')?.textContent).toContain(
    articleDataset.actors.find((actor) => actor.id === id)?.name,
  )
  const empty = emptySpot(el)
  await commands.touch([[empty], []])
  await el.updateComplete
  expect(el.selected).toBeFalsy()
  expect(window.scrollY).toBe(0)
})

test('two fingers pinch the graph around their middle, even when one lands on an actor, and the page is not zoomed', async () => {
  const el = await onPhone()
  const box = stage(el)
  const actor = innerActors(el).find((p) => p.x < box.left + box.width / 2) as Point & { id: string }
  const before = el.transform
  /** Where an actor lies in the layout, from where it is drawn. */
  const layoutOf = (p: Point, t = el.transform) => ({
    x: (p.x - box.left - t.x) / t.k,
    y: (p.y - box.top - t.y) / t.k,
  })
  const actorBefore = layoutOf(actor, before)
  // One finger on the actor, the other 60 px to its right; they spread to 180 px apart: three times the zoom.
  const middle = { x: actor.x + 30, y: actor.y }
  const pinch = Array.from({ length: 13 }, (_, i) => [
    { x: middle.x - 30 - i * 5, y: middle.y },
    { x: middle.x + 30 + i * 5, y: middle.y },
  ])
  await commands.touch([...pinch, []])
  await frames(3)
  expect(el.transform.k / before.k).toBeCloseTo(3, 1)
  // The layout point under the fingers' middle stays under it, and the actor was not dragged.
  const under = layoutOf(middle, before)
  expect(under.x * el.transform.k + el.transform.x + box.left).toBeCloseTo(middle.x, 0)
  expect(under.y * el.transform.k + el.transform.y + box.top).toBeCloseTo(middle.y, 0)
  const actorAfter = layoutOf(centre(node(el, actor.id)))
  expect(Math.hypot(actorAfter.x - actorBefore.x, actorAfter.y - actorBefore.y)).toBeLessThan(1)
  expect(window.visualViewport?.scale).toBe(1)
  expect(window.scrollY).toBe(0)
})
