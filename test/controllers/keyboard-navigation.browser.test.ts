/**
 * KeyboardController on its own: the one tab stop among the actors, the keys on the graphic (select,
 * clear, leave, zoom, move between actors, nudge), the tooltip that follows the focus, and keys the
 * widget used kept from the page (`containKey`).
 */
import { html, svg } from 'lit'
import { describe, expect, test, vi } from 'vitest'
import type { Target } from '../../components/graph-painter.ts'
import { containKey, KeyboardController } from '../../components/keyboard-navigation.ts'
import { byDegree } from '../../src/graph.ts'
import { record } from '../element-helpers.ts'
import { validDataset } from '../fixtures.ts'
import { connect, createHost, drawnData, fakeParts, type TestHost } from './host.ts'

async function setup() {
  const host = createHost()
  const data = drawnData()
  const frames = { moveNode: vi.fn() }
  const hover = { target: null as Target, hover: vi.fn() }
  const selection = { select: vi.fn(), paint: vi.fn() }
  const view = {
    transform: { k: 2, x: 0, y: 0 },
    zoomBy: vi.fn(),
    fit: vi.fn(),
    scrollIntoView: vi.fn(),
    onScreen: () => ({ x: 100, y: 50 }),
  }
  const node = (id: string) =>
    host.renderRoot.querySelector<SVGGElement>(`.node[data-actor-id="${id}"]`) ?? undefined
  const painter = { node }
  const keyboard = new KeyboardController(host, fakeParts({ data, frames, hover, selection, view, painter }))
  host.content = () => html`<div @keydown=${containKey} @keyup=${containKey}>
    <svg class="graph" tabindex="-1" @keydown=${keyboard.onKeyDown} @focusin=${keyboard.onFocusIn}
      @focusout=${keyboard.onFocusOut}>
      ${validDataset.actors.map((a) => svg`<g class="node" data-actor-id=${a.id} tabindex="-1"><rect width="10" height="10"></rect></g>`)}
    </svg>
  </div><button>Elsewhere</button>`
  await connect(host)
  return { host, data, frames, hover, selection, view, keyboard, node }
}

/** Presses a key on an element the way the browser delivers it: bubbling, composed, cancelable. */
function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  const event = new KeyboardEvent('keydown', {
    key,
    code: key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  })
  target.dispatchEvent(event)
  target.dispatchEvent(new KeyboardEvent('keyup', { key, code: key, bubbles: true, composed: true, ...init }))
  return event
}

const focused = (host: TestHost) => host.shadowRoot?.activeElement?.getAttribute('data-actor-id')

describe('the tab stop', () => {
  test('is on the most connected actor, then the selected one, then the one last focused', async () => {
    const { host, data, keyboard, node } = await setup()
    expect(keyboard.rovingId()).toBe(byDegree(data.graph)[0]?.id)
    host.selected = 'port-authority'
    expect(keyboard.rovingId()).toBe('port-authority')
    node('dockworkers')?.focus()
    expect(keyboard.rovingId()).toBe('dockworkers')
  })

  test('goes back to the selected actor once focus leaves the graphic', async () => {
    const { host, keyboard, node } = await setup()
    host.selected = 'port-authority'
    node('dockworkers')?.focus()
    host.renderRoot.querySelector('button')?.focus()
    expect(keyboard.rovingId()).toBe('port-authority')
  })
})

test('a focused actor is hovered, with the tooltip below it', async () => {
  const { data, hover, selection, node } = await setup()
  node('costa')?.focus()
  const radius = data.node('costa')?.radius ?? 0
  expect(hover.hover).toHaveBeenCalledWith({ kind: 'actor', id: 'costa' }, { x: 100, y: 50 + radius })
  expect(selection.paint).toHaveBeenCalled()
})

test('leaving the graphic unhovers the focused actor', async () => {
  const { host, hover, node } = await setup()
  node('costa')?.focus()
  hover.target = { kind: 'actor', id: 'costa' }
  hover.hover.mockClear()
  host.renderRoot.querySelector('button')?.focus()
  expect(hover.hover).toHaveBeenCalledWith(null)
})

describe('keys', () => {
  test('Enter selects the focused actor', async () => {
    const { selection, node } = await setup()
    const event = press(node('costa') as Element, 'Enter')
    expect(selection.select).toHaveBeenCalledWith('costa')
    expect(event.defaultPrevented).toBe(true)
  })

  test('Escape clears the selection, and with none leaves to the whole graphic', async () => {
    const { host, selection, hover, node } = await setup()
    host.selected = 'costa'
    node('costa')?.focus()
    press(node('costa') as Element, 'Escape')
    expect(selection.select).toHaveBeenCalledWith(undefined)
    host.selected = undefined
    press(node('costa') as Element, 'Escape')
    expect(host.shadowRoot?.activeElement).toBe(host.renderRoot.querySelector('svg.graph'))
    expect(hover.hover).toHaveBeenLastCalledWith(null)
  })

  test('+, - and 0 zoom in, out and fit', async () => {
    const { view, node } = await setup()
    const costa = node('costa') as Element
    press(costa, '+')
    press(costa, '-')
    press(costa, '0')
    expect(view.zoomBy.mock.calls).toEqual([[1.5], [1 / 1.5]])
    expect(view.fit).toHaveBeenCalledOnce()
  })

  test('an arrow moves the focus along a relation, and keeps the actor in view', async () => {
    const { host, data, view, node } = await setup()
    node('costa')?.focus()
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      press(node('costa') as Element, key)
      if (focused(host) !== 'costa') break
    }
    const moved = focused(host) ?? ''
    expect(moved).not.toBe('costa')
    // A neighbour of costa's: a relation or its affiliation joins them.
    const joined = [...data.graph.links, ...data.graph.affiliations].some(
      (l) => [l.source.id, l.target.id].sort().join() === ['costa', moved].sort().join(),
    )
    expect(joined).toBe(true)
    expect(view.scrollIntoView).toHaveBeenLastCalledWith(moved)
  })

  test('Shift + arrow nudges the focused actor 12 screen pixels', async () => {
    const { data, frames, node } = await setup()
    const costa = data.node('costa')
    press(node('costa') as Element, 'ArrowRight', { shiftKey: true })
    // At zoom 2, 12 pixels are 6 layout units.
    expect(frames.moveNode).toHaveBeenCalledWith(costa, (costa?.x ?? 0) + 6, costa?.y ?? 0, 0.1)
  })

  test('a key the graphic does not use is left alone, and so are Ctrl chords', async () => {
    const { view, node } = await setup()
    expect(press(node('costa') as Element, 'x').defaultPrevented).toBe(false)
    expect(press(node('costa') as Element, '+', { ctrlKey: true }).defaultPrevented).toBe(false)
    expect(view.zoomBy).not.toHaveBeenCalled()
  })
})

test('keys the widget used do not reach the page; others do', async () => {
  const { node } = await setup()
  const reached = record<KeyboardEvent>(document, 'keydown')
  const onPage = vi.fn()
  document.addEventListener('keydown', onPage)
  try {
    press(node('costa') as Element, '+')
    press(node('costa') as Element, 'x')
  } finally {
    document.removeEventListener('keydown', onPage)
  }
  expect(reached.map((e) => e.key)).toEqual(['x'])
})
