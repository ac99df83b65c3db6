/**
 * SimulationController on its own, with animation frames run one at a time: the layout moves after a
 * reheat and stops once cool, frames pause off screen and stop on removal, reduced motion keeps the
 * layout still, and a dragged actor is pinned where it is put.
 */
import { describe, expect, test, vi } from 'vitest'
import { SimulationController } from '../../components/simulation-controller.ts'
import { IDENTITY } from '../../src/viewport.ts'
import { connect, createHost, drawnData, fakeParts, manualFrames } from './host.ts'

async function setup({ reducedMotion = false } = {}) {
  const frames = manualFrames()
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reducedMotion && query.includes('prefers-reduced-motion: reduce'),
  }))
  const host = createHost()
  const data = drawnData()
  const onScreen = { inView: true }
  const painter = { draw: vi.fn(), drawNodes: vi.fn(), drawnFor: () => true }
  const gestures = { dragging: false }
  const selection = { paint: vi.fn() }
  const view = { transform: IDENTITY, size: { width: 600, height: 400 } }
  const simulation = new SimulationController(
    host,
    fakeParts({ data, onScreen, painter, gestures, selection, view }),
  )
  await connect(host)
  return { host, frames, simulation, data, onScreen, painter, gestures, selection }
}

/** Runs frames until none is asked for; says how many ran (and gives up past `limit`). */
function runOut(frames: ReturnType<typeof manualFrames>, limit = 1000) {
  let count = 0
  while (frames.pending && count < limit) count += frames.run()
  return count
}

test('a reheat moves the layout on every frame until it has cooled, then frames stop', async () => {
  const { frames, simulation, data, painter } = await setup()
  const costa = data.node('costa')
  const start = { x: costa?.x, y: costa?.y }
  simulation.reheat(0.3)
  expect(simulation.running).toBe(true)
  expect(frames.pending).toBe(1)
  frames.run()
  expect(painter.draw).toHaveBeenCalledTimes(1)
  expect({ x: costa?.x, y: costa?.y }).not.toEqual(start)
  const ran = runOut(frames)
  expect(ran).toBeLessThan(1000)
  expect(simulation.running).toBe(false)
  expect(data.layout.alpha).toBeLessThan(data.layout.alphaMin)
  expect(painter.draw).toHaveBeenCalledTimes(ran + 1)
  // Wide hit paths wait for the layout to rest: only the last draw has them.
  expect(painter.draw.mock.lastCall?.[5]).toEqual({ hits: true })
  expect(painter.draw.mock.calls[0]?.[5]).toEqual({ hits: false })
})

test('one frame at most is pending, however often a draw is asked for', async () => {
  const { frames, simulation } = await setup()
  simulation.scheduleDraw()
  simulation.scheduleDraw()
  simulation.reheat(0.2)
  expect(frames.pending).toBe(1)
})

describe('off screen', () => {
  test('no frames are asked for', async () => {
    const { frames, simulation, onScreen } = await setup()
    onScreen.inView = false
    simulation.reheat(0.3)
    expect(frames.pending).toBe(0)
  })

  test('pause() cancels the pending frame; resume() goes on while the layout runs', async () => {
    const { frames, simulation, data } = await setup()
    simulation.reheat(0.3)
    simulation.pause()
    expect(frames.pending).toBe(0)
    const alpha = data.layout.alpha
    simulation.resume()
    expect(frames.pending).toBe(1)
    frames.run()
    expect(data.layout.alpha).toBeLessThan(alpha)
  })

  test('resume() asks for nothing when the layout is at rest', async () => {
    const { frames, simulation } = await setup()
    expect(simulation.running).toBe(false)
    simulation.resume()
    expect(frames.pending).toBe(0)
  })
})

test('removing the host cancels the pending frame, and a removed host asks for none', async () => {
  const { host, frames, simulation } = await setup()
  simulation.reheat(0.3)
  host.remove()
  expect(frames.pending).toBe(0)
  simulation.scheduleDraw()
  expect(frames.pending).toBe(0)
})

test('with reduced motion a reheat draws once and leaves the layout where it is', async () => {
  const { frames, simulation, data, painter } = await setup({ reducedMotion: true })
  const places = data.graph.nodes.map((n) => [n.x, n.y])
  simulation.reheat(0.3)
  expect(simulation.running).toBe(false)
  expect(runOut(frames)).toBe(1)
  expect(painter.draw).toHaveBeenCalledOnce()
  expect(data.graph.nodes.map((n) => [n.x, n.y])).toEqual(places)
})

describe('moving an actor', () => {
  test('pins it where it is put, repaints once for the pin, and redraws only it on the next frame', async () => {
    const { frames, simulation, data, painter, selection } = await setup({ reducedMotion: true })
    const costa = data.node('costa')
    if (!costa) throw new Error('no costa')
    simulation.moveNode(costa, 10, 20, 0.3)
    expect([costa.x, costa.y, costa.fx, costa.fy]).toEqual([10, 20, 10, 20])
    expect(selection.paint).toHaveBeenCalledOnce()
    simulation.moveNode(costa, 15, 25, 0.3)
    expect(selection.paint).toHaveBeenCalledOnce()
    // The set passed is the controller's own, emptied after the frame: read it while it is drawn.
    const drawn: unknown[][] = []
    painter.drawNodes.mockImplementation((nodes: Iterable<unknown>) => drawn.push([...nodes]))
    frames.run()
    expect(drawn).toEqual([[costa]])
    expect(painter.draw).not.toHaveBeenCalled()
  })

  test('unpin() releases it into the layout', async () => {
    const { simulation, data, selection } = await setup()
    const costa = data.node('costa')
    if (!costa) throw new Error('no costa')
    simulation.moveNode(costa, 10, 20, 0.3)
    simulation.unpin(costa)
    expect([costa.fx, costa.fy]).toEqual([null, null])
    expect(selection.paint).toHaveBeenCalledTimes(2)
    expect(simulation.running).toBe(true)
  })

  test('while dragged the layout keeps warm; the end of the drag lets it cool', async () => {
    const { simulation, data, gestures } = await setup()
    const costa = data.node('costa')
    if (!costa) throw new Error('no costa')
    gestures.dragging = true
    simulation.moveNode(costa, 10, 20, 0.3)
    expect(data.layout.alphaTarget).toBe(0.3)
    simulation.dragEnd()
    expect(data.layout.alphaTarget).toBe(0)
  })
})
