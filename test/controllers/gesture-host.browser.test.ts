/**
 * The GestureHost the pointer gestures act through: each gesture reaches the controller whose job it
 * is, and in a large network a relation under the pointer is found by its position.
 */
import { html, svg } from 'lit'
import { expect, test, vi } from 'vitest'
import { gestureHost } from '../../components/gesture-host.ts'
import type { Target } from '../../components/graph-painter.ts'
import type { GraphNode } from '../../src/graph.ts'
import { IDENTITY } from '../../src/viewport.ts'
import { connect, createHost, drawnData, fakeParts } from './host.ts'

async function setup({ large = false } = {}) {
  const host = createHost()
  host.content = () => html`<svg class="graph">
    ${svg`<g class="node" data-actor-id="costa"></g><rect class="background"></rect>`}</svg>`
  const data = { ...drawnData(), large }
  const frames = { moveNode: vi.fn(), dragEnd: vi.fn(), unpin: vi.fn() }
  const hover = { target: null as Target, hover: vi.fn() }
  const notices = { showHint: vi.fn() }
  const painter = { relationAt: vi.fn((): Target => ({ kind: 'relation', id: 'council-port-lease' })) }
  const selection = { select: vi.fn(), selectRelation: vi.fn() }
  const view = { transform: IDENTITY, setTransform: vi.fn(), pointer: vi.fn(() => new DOMPoint(7, 8)) }
  const gestures = gestureHost(host, fakeParts({ data, frames, hover, notices, painter, selection, view }))
  await connect(host)
  return { host, data, gestures, frames, hover, notices, painter, selection, view }
}

/** What `read` makes of a pointer event on `el`, while it is dispatched (afterwards its target is the host). */
function onPointer<T>(el: Element, read: (event: PointerEvent) => T): T {
  let result: T | undefined
  el.addEventListener('pointermove', (e) => (result = read(e as PointerEvent)), { once: true })
  el.dispatchEvent(new PointerEvent('pointermove', { clientX: 1, clientY: 2, bubbles: true, composed: true }))
  return result as T
}

test('reads the view, the host’s wheel-zoom and the hover as they are now', async () => {
  const { host, gestures, view, hover } = await setup()
  expect(gestures.transform).toBe(IDENTITY)
  view.transform = { k: 2, x: 1, y: 1 }
  expect(gestures.transform).toEqual({ k: 2, x: 1, y: 1 })
  expect(gestures.wheelZoom).toBe(false)
  host.wheelZoom = true
  expect(gestures.wheelZoom).toBe(true)
  hover.target = { kind: 'actor', id: 'costa' }
  expect(gestures.hovered).toEqual({ kind: 'actor', id: 'costa' })
})

test('each gesture reaches the controller whose job it is', async () => {
  const { gestures, data, frames, hover, notices, selection, view } = await setup()
  const costa = data.node('costa') as GraphNode
  expect(gestures.node('costa')).toBe(costa)
  gestures.hover({ kind: 'actor', id: 'costa' }, { x: 1, y: 2 })
  expect(hover.hover).toHaveBeenCalledWith({ kind: 'actor', id: 'costa' }, { x: 1, y: 2 })
  gestures.select('costa')
  expect(selection.select).toHaveBeenCalledWith('costa')
  gestures.selectRelation('council-port-lease')
  expect(selection.selectRelation).toHaveBeenCalledWith('council-port-lease')
  gestures.setTransform({ k: 3, x: 0, y: 0 })
  expect(view.setTransform).toHaveBeenCalledWith({ k: 3, x: 0, y: 0 })
  gestures.dragTo(costa, 5, 6)
  expect(frames.moveNode).toHaveBeenCalledWith(costa, 5, 6, 0.3)
  gestures.dragEnd(costa)
  expect(frames.dragEnd).toHaveBeenCalledOnce()
  gestures.unpin(costa)
  expect(frames.unpin).toHaveBeenCalledWith(costa)
  gestures.showWheelHint()
  expect(notices.showHint).toHaveBeenCalledWith()
  expect(gestures.pointer({ clientX: 1, clientY: 2 })).toMatchObject({ x: 7, y: 8 })
})

test('the target is the actor under the pointer; nothing else, in a small network', async () => {
  const { host, gestures, painter } = await setup()
  const root = host.renderRoot
  expect(onPointer(root.querySelector('.node') as Element, gestures.target)).toEqual({
    kind: 'actor',
    id: 'costa',
  })
  expect(onPointer(root.querySelector('.background') as Element, gestures.target)).toBeNull()
  expect(painter.relationAt).not.toHaveBeenCalled()
})

test('in a large network a relation is found where the pointer is', async () => {
  const { host, gestures, painter } = await setup({ large: true })
  const target = onPointer(host.renderRoot.querySelector('.background') as Element, gestures.target)
  expect(target).toEqual({ kind: 'relation', id: 'council-port-lease' })
  expect(painter.relationAt).toHaveBeenCalledWith(7, 8)
})
