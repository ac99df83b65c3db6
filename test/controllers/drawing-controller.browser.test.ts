/**
 * DrawingController on its own: the network's SVG goes into the layer once per dataset or filter (not on
 * every render), a new network is measured, fitted and announced (`network-ready`) once, every render paints
 * the state, and a late web font has the labels measured again.
 */
import { html } from 'lit'
import { describe, expect, test, vi } from 'vitest'
import { DrawingController } from '../../components/drawing-controller.ts'
import type { NetworkReadyEvent } from '../../components/events.ts'
import { yieldToBrowser } from '../../components/yield-to-browser.ts'
import { filterGraph } from '../../src/filter.ts'
import { collectUncaught, until } from '../async-helpers.ts'
import { record } from '../element-helpers.ts'
import { validDataset } from '../fixtures.ts'
import { connect, createHost, drawnData, fakeParts, type TestHost } from './host.ts'

collectUncaught()

async function setup({ fresh = true, step = 0, userZoomed = false, font = '' } = {}) {
  const host = createHost()
  host.step = step
  host.content = () => html`<div class="stage" style="width: 600px; height: 400px">
    <svg class="graph"><text class="label-probe" style=${font ? `font-family: ${font}` : ''}></text><g class="layer"></g></svg>
  </div>`
  const drawn = drawnData()
  const data = { ...drawn, fresh, ready: drawn.ready as typeof drawn.ready | undefined }
  const frames = { draw: vi.fn() }
  const hover = { placeTooltip: vi.fn() }
  const painter = { labelFont: '', collect: vi.fn(), reset: vi.fn() }
  const selection = { paint: vi.fn() }
  const story = { show: vi.fn() }
  const url = { read: vi.fn() }
  const view = {
    size: { width: 600, height: 400 },
    userZoomed,
    measure: vi.fn(),
    refit: vi.fn(),
    keepClearOfDetails: vi.fn(),
  }
  const parts = fakeParts({ data, frames, hover, painter, selection, story, url, view })
  new DrawingController(host, parts)
  const ready = record<NetworkReadyEvent>(host, 'network-ready')
  await connect(host)
  // A new network's graph is put in a task after the render that brought it (see the test below).
  const chromeOnly = actors(host)
  if (fresh) {
    await yieldToBrowser()
    await host.updateComplete
  }
  return {
    chromeOnly,
    host,
    data,
    frames,
    hover,
    painter,
    selection,
    story,
    url,
    view,
    ready,
  }
}

const layer = (host: TestHost) => host.renderRoot.querySelector('.layer') as SVGGElement
const actors = (host: TestHost) =>
  [...layer(host).querySelectorAll('[part~="node"]')].map((n) => n.getAttribute('data-actor-id'))
const relations = (host: TestHost) =>
  [...layer(host).querySelectorAll('[part~="edge"]')].map((e) => e.getAttribute('data-relation-id'))

describe('a new network', () => {
  test('is put into the layer, measured, fitted, drawn and announced once', async () => {
    const { host, data, frames, painter, url, view, ready } = await setup()
    expect(actors(host)).toEqual(expect.arrayContaining(validDataset.actors.map((a) => a.id)))
    expect(relations(host)).toHaveLength(validDataset.relations.length)
    expect(painter.collect).toHaveBeenCalledOnce()
    // The stage's size is read before the first fit, not left to the resize observer's next report.
    expect(view.measure).toHaveBeenCalledOnce()
    expect(view.refit).toHaveBeenCalledOnce()
    expect(frames.draw).toHaveBeenCalledOnce()
    expect(url.read).toHaveBeenCalledOnce()
    expect(ready.map((e) => e.detail.dataset)).toEqual([data.dataset])
    expect(data.fresh).toBe(false)
    // Measured in the label's font, read from the probe before the graph is in.
    expect(painter.labelFont).toMatch(/px/)
  })

  test('is put in a task after the render that brought it: the host page gets a turn between the two', async () => {
    const { chromeOnly, host, ready } = await setup()
    // The render that brought the network (the toolbar, in the element) left the layer empty and announced
    // nothing; the next task put every actor in, and announced it once.
    expect(chromeOnly).toEqual([])
    expect(actors(host)).toHaveLength(validDataset.actors.length)
    expect(ready).toHaveLength(1)
  })

  test('at a story step shows the step', async () => {
    const { story } = await setup({ step: 1 })
    expect(story.show).toHaveBeenCalledOnce()
  })

  test('keeps the reader’s zoom', async () => {
    const { view } = await setup({ userZoomed: true })
    expect(view.refit).not.toHaveBeenCalled()
  })
})

test('another render paints the state without putting the network in again', async () => {
  const { host, painter, selection, hover, view, ready } = await setup()
  const first = layer(host).firstElementChild
  host.requestUpdate()
  await host.updateComplete
  expect(painter.collect).toHaveBeenCalledOnce()
  expect(layer(host).firstElementChild).toBe(first)
  expect(selection.paint).toHaveBeenCalledTimes(2)
  expect(hover.placeTooltip).toHaveBeenCalledTimes(2)
  expect(view.keepClearOfDetails).toHaveBeenCalledTimes(2)
  expect(ready).toHaveLength(1)
})

test('a new version (a filter) is put in again, and not announced', async () => {
  const { host, data, frames, ready } = await setup()
  data.visibility = filterGraph(data.graph, ['cooperation'])
  data.ready = { graph: data.graph, visibility: data.visibility }
  data.version++
  host.requestUpdate()
  await host.updateComplete
  expect(relations(host)).toEqual(['council-port-lease'])
  expect(frames.draw).toHaveBeenCalledTimes(2)
  expect(ready).toHaveLength(1)
})

test('no network (an error, or loading): the layer is emptied', async () => {
  const { host, data } = await setup()
  data.ready = undefined
  host.requestUpdate()
  await host.updateComplete
  expect(actors(host)).toEqual([])
})

test('a web font that arrives after the first draw has the labels measured again', async () => {
  const face = new FontFace('Controller Late Font', 'url(/__test__/font/controllerlate)')
  document.fonts.add(face)
  try {
    const { host, painter } = await setup({ font: "'Controller Late Font', sans-serif" })
    expect(painter.collect).toHaveBeenCalledOnce()
    expect(painter.reset).not.toHaveBeenCalled()
    await fetch('/__test__/release/controllerlate')
    await face.loaded
    await until(() => painter.collect.mock.calls.length === 2, 'the labels measured again')
    await host.updateComplete
    expect(painter.reset).toHaveBeenCalledOnce()
    expect(actors(host)).toHaveLength(validDataset.actors.length)
  } finally {
    document.fonts.delete(face)
  }
})

test('a font the browser cannot read (a widget outside a rendered page has none) is not waited for, and breaks nothing', async () => {
  const check = vi.spyOn(document.fonts, 'check').mockImplementation(() => {
    throw new SyntaxError("Failed to execute 'check' on 'FontFaceSet': Could not resolve '   ' as a font.")
  })
  try {
    const { host, selection, ready } = await setup()
    expect(actors(host)).toHaveLength(validDataset.actors.length)
    expect(selection.paint).toHaveBeenCalled()
    expect(ready).toHaveLength(1)
  } finally {
    check.mockRestore()
  }
})
