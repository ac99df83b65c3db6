/**
 * ViewController on its own, on a 600 × 400 stage: the fit, zoom and pan, the reader's own view kept
 * over a resize, a tall box given a network of its shape, the view in a shared link, and keeping the
 * selected actor out from under the details panel.
 */
import { html } from 'lit'
import { describe, expect, test, vi } from 'vitest'
import { ViewController } from '../../components/view-controller.ts'
import type { GraphNode } from '../../src/graph.ts'
import { toWorld } from '../../src/viewport.ts'
import { collectUncaught, until } from '../async-helpers.ts'
import { connect, createHost, drawnData, fakeParts, type TestHost } from './host.ts'

collectUncaught()

/** Where the fit leaves room: labels beside and below, the zoom buttons on the right (see `#fitMargin`). */
const WIDEST_LABEL = 80
const LABEL_HEIGHT = 16
const SIDE = WIDEST_LABEL / 2 + 6
const MARGIN = { top: 14, right: SIDE + 34, bottom: LABEL_HEIGHT + 12, left: SIDE }

async function setup({ details = false, data = drawnData() } = {}) {
  const host = createHost()
  if (details)
    host.content = () => html`<div class="stage" style="position: relative; width: 600px; height: 400px">
      <svg class="graph" width="600" height="400"></svg>
      <div class="details" style="position: absolute; top: 0; right: 0; width: 200px; height: 400px"></div>
    </div>`
  const story = { nodes: (): GraphNode[] | undefined => undefined }
  const frames = { scheduleDraw: vi.fn(), draw: vi.fn() }
  const painter = {
    widestLabel: WIDEST_LABEL,
    labelHeight: LABEL_HEIGHT,
    labelWidth: () => WIDEST_LABEL,
    besides: false,
    preview: vi.fn(),
  }
  const url = { write: vi.fn() }
  const selection = { relation: undefined as string | undefined }
  const view = new ViewController(host, fakeParts({ data, story, frames, painter, url, selection }))
  await connect(host)
  await until(() => view.size.width > 0, 'the stage’s size')
  return { host, view, data, story, frames, painter, url }
}

const stage = (host: TestHost) => host.renderRoot.querySelector('.stage') as HTMLElement

function expectInside(view: ViewController, nodes: readonly GraphNode[]) {
  for (const node of nodes) {
    const p = view.onScreen(node)
    expect(p.x, node.id).toBeGreaterThanOrEqual(MARGIN.left - 0.5)
    expect(p.x, node.id).toBeLessThanOrEqual(view.size.width - MARGIN.right + 0.5)
    expect(p.y, node.id).toBeGreaterThanOrEqual(MARGIN.top - 0.5)
    expect(p.y, node.id).toBeLessThanOrEqual(view.size.height - MARGIN.bottom + 0.5)
  }
}

describe('the fit', () => {
  test('follows the stage’s size and puts every actor inside it, within the margins', async () => {
    const { view, data, frames } = await setup()
    expect(view.size).toEqual({ width: 600, height: 400 })
    expectInside(view, data.graph.nodes)
    expect(frames.draw).toHaveBeenCalled()
  })

  test('fit() forgets the reader’s zoom and fits again', async () => {
    const { view, data, frames } = await setup()
    const fitted = view.transform
    view.zoomBy(3)
    expect(view.userZoomed).toBe(true)
    view.fit()
    expect(view.userZoomed).toBe(false)
    expect(view.transform).toEqual(fitted)
    expectInside(view, data.graph.nodes)
    expect(frames.scheduleDraw).toHaveBeenCalled()
  })

  test('frames a story step’s actors, closer than the whole network', async () => {
    const { view, data, story } = await setup()
    const whole = view.transform.k
    const step = [data.node('costa'), data.node('dockworkers')] as GraphNode[]
    story.nodes = () => step
    view.fit()
    expect(view.transform.k).toBeGreaterThan(whole)
    expectInside(view, step)
  })

  test('a resize fits again, unless the reader has zoomed', async () => {
    const { host, view, data } = await setup()
    stage(host).style.width = '500px'
    await until(() => view.size.width === 500, 'the resize')
    expectInside(view, data.graph.nodes)
    view.zoomBy(2)
    const zoomed = view.transform
    stage(host).style.width = '560px'
    await until(() => view.size.width === 560, 'the resize')
    expect(view.transform).toEqual(zoomed)
  })

  for (const [width, height] of [
    [240, 640],
    [700, 1000],
  ] as const)
    test(`a tall stage (${width} × ${height}) gets a network of its own shape, every actor inside it, names beside their actors`, async () => {
      const { host, view, data, painter } = await setup()
      Object.assign(stage(host).style, { width: `${width}px`, height: `${height}px` })
      await until(() => view.size.height === height, 'the resize')
      const places = data.graph.nodes.map((node) => view.onScreen(node))
      const span = (values: number[]) => Math.max(...values) - Math.min(...values)
      // The fixture settles wide; in the tall box it is drawn taller than wide.
      expect(span(places.map((p) => p.y))).toBeGreaterThan(span(places.map((p) => p.x)))
      for (const p of places) {
        expect(p.x).toBeGreaterThanOrEqual(0)
        expect(p.x).toBeLessThanOrEqual(width)
        expect(p.y).toBeGreaterThanOrEqual(0)
        expect(p.y).toBeLessThanOrEqual(height)
      }
      expect(painter.besides).toBe(true)
    })
  test('a tall stage resized and back gives the same picture', async () => {
    const { host, view, data } = await setup()
    const resize = async (height: number) => {
      Object.assign(stage(host).style, { width: '240px', height: `${height}px` })
      await until(() => view.size.height === height, 'the resize')
    }
    await resize(640)
    const places = () => data.graph.nodes.map((node) => view.onScreen(node))
    const before = places()
    for (const height of [520, 640, 580, 640]) await resize(height)
    const after = places()
    after.forEach((p, i) => {
      expect(p.x).toBeCloseTo(before[i]?.x ?? Number.NaN, 6)
      expect(p.y).toBeCloseTo(before[i]?.y ?? Number.NaN, 6)
    })
  })
})

describe('zoom and pan', () => {
  test('zoomBy keeps what is in the middle of the view in the middle', async () => {
    const { view } = await setup()
    const middle = (t = view.transform) => toWorld(t, 300, 200)
    const before = middle()
    const k = view.transform.k
    view.zoomBy(1.5)
    expect(view.transform.k).toBeCloseTo(k * 1.5)
    expect(middle().x).toBeCloseTo(before.x)
    expect(middle().y).toBeCloseTo(before.y)
  })

  test('setTransform is the reader’s: remembered as zoomed, written to the URL, drawn', async () => {
    const { view, url, frames } = await setup()
    frames.scheduleDraw.mockClear()
    view.setTransform({ k: 2, x: 10, y: 20 })
    expect(view.transform).toEqual({ k: 2, x: 10, y: 20 })
    expect(view.userZoomed).toBe(true)
    expect(url.write).toHaveBeenCalledOnce()
    expect(frames.scheduleDraw).toHaveBeenCalledOnce()
  })

  test('in a large network it previews at once and draws in full once the gesture pauses', async () => {
    const { view, painter, frames } = await setup({ data: { ...drawnData(), large: true } })
    vi.useFakeTimers()
    frames.scheduleDraw.mockClear()
    view.setTransform({ k: 2, x: 0, y: 0 })
    view.setTransform({ k: 2.2, x: 0, y: 0 })
    expect(painter.preview).toHaveBeenCalledTimes(2)
    expect(frames.scheduleDraw).not.toHaveBeenCalled()
    vi.runAllTimers()
    expect(frames.scheduleDraw).toHaveBeenCalledOnce()
  })

  test('a removed host drops the full draw still waiting', async () => {
    const { host, view, frames } = await setup({ data: { ...drawnData(), large: true } })
    vi.useFakeTimers()
    frames.scheduleDraw.mockClear()
    view.setTransform({ k: 2, x: 0, y: 0 })
    host.remove()
    vi.runAllTimers()
    expect(frames.scheduleDraw).not.toHaveBeenCalled()
  })

  test('centreOn brings an actor to the middle', async () => {
    const { view, data } = await setup()
    view.centreOn('port-authority')
    const p = view.onScreen(data.node('port-authority') as GraphNode)
    expect(p.x).toBeCloseTo(300)
    expect(p.y).toBeCloseTo(200)
  })
})

describe('the view in a shared link', () => {
  test('is only shared once the reader has moved it', async () => {
    const { view } = await setup()
    expect(view.shareable).toBeUndefined()
    view.zoomBy(2)
    expect(view.shareable?.k).toBeCloseTo(view.transform.k)
  })

  test('shows the same view on another widget of the same size', async () => {
    const a = await setup()
    a.view.zoomBy(2)
    a.view.setTransform({ ...a.view.transform, x: a.view.transform.x + 40 })
    const b = await setup()
    b.view.showShared(a.view.shareable)
    expect(b.view.userZoomed).toBe(true)
    expect(b.view.transform.k).toBeCloseTo(a.view.transform.k)
    expect(b.view.transform.x).toBeCloseTo(a.view.transform.x)
    expect(b.view.transform.y).toBeCloseTo(a.view.transform.y)
  })
})

describe('the details panel (200 px on the right)', () => {
  /** Puts an actor at (x, y) on the stage, at zoom 1. */
  function place(view: ViewController, node: GraphNode, x: number, y: number) {
    view.transform = { k: 1, x: x - (node.x ?? 0), y: y - (node.y ?? 0) }
  }

  test('moves a selected actor it covers out from under it, once per selection', async () => {
    const { host, view, data, frames } = await setup({ details: true })
    const costa = data.node('costa') as GraphNode
    place(view, costa, 500, 200)
    host.selected = 'costa'
    frames.scheduleDraw.mockClear()
    view.keepClearOfDetails()
    // 48 px clear of the panel's edge, at 400 px.
    expect(view.onScreen(costa).x).toBeCloseTo(352)
    expect(view.onScreen(costa).y).toBeCloseTo(200)
    expect(frames.scheduleDraw).toHaveBeenCalledOnce()
    // The reader then pans it back under: the same selection is left alone.
    place(view, costa, 500, 200)
    view.keepClearOfDetails()
    expect(view.onScreen(costa).x).toBeCloseTo(500)
  })

  test('leaves the view alone when the selected actor is not covered', async () => {
    const { host, view, data } = await setup({ details: true })
    const costa = data.node('costa') as GraphNode
    place(view, costa, 200, 200)
    const before = view.transform
    host.selected = 'costa'
    view.keepClearOfDetails()
    expect(view.transform).toEqual(before)
  })

  test('does nothing without a panel open', async () => {
    const { host, view, data } = await setup()
    const costa = data.node('costa') as GraphNode
    place(view, costa, 590, 200)
    const before = view.transform
    host.selected = 'costa'
    view.keepClearOfDetails()
    expect(view.transform).toEqual(before)
  })
})
