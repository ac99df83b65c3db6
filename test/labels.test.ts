import { describe, expect, test } from 'vitest'
import { placeLabels } from '../src/labels.ts'

const box = (x: number, y: number, dx: number, dy: number, w: number, h: number) => ({
  x0: x + dx - w / 2,
  y0: y + dy - h / 2,
  x1: x + dx + w / 2,
  y1: y + dy + h / 2,
})

describe('placeLabels(nodes, bounds)', () => {
  test('a lone label sits below its node', () => {
    const placed = placeLabels([{ id: 'a', x: 100, y: 100, r: 10, width: 60, height: 16 }], {
      width: 400,
      height: 300,
    })
    expect(placed.get('a')).toEqual({ dx: 0, dy: 21, visible: true })
  })

  test('neighbouring labels never overlap each other or an actor’s centre', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      x: 60 + (i % 6) * 70,
      y: 40 + Math.floor(i / 6) * 45,
      r: 8,
      width: 64,
      height: 16,
    }))
    const placed = placeLabels(nodes, { width: 520, height: 300 })
    const boxes = nodes.flatMap((n) => {
      const p = placed.get(n.id)
      return p?.visible ? [box(n.x, n.y, p.dx, p.dy, n.width, n.height)] : []
    })
    expect(boxes.length).toBeGreaterThan(10)
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)
    for (const a of boxes)
      for (const n of nodes) expect(a.x0 < n.x && n.x < a.x1 && a.y0 < n.y && n.y < a.y1).toBe(false)
  })

  test('a label keeps clear of glyphs where it can, and lies over a neighbour’s glyph only where it cannot', () => {
    // An actor just above another: below would cover the other's glyph, so the label goes above, clear.
    const stacked = placeLabels(
      [
        { id: 'lower', x: 100, y: 122, r: 10, width: 20, height: 16 },
        { id: 'upper', x: 100, y: 100, r: 10, width: 20, height: 16 },
      ],
      { width: 400, height: 300 },
    )
    expect(stacked.get('upper')).toEqual({ dx: 0, dy: -21, visible: true })
    // Hemmed in by a ring of actors, a label still shows, over a glyph's edge but clear of every centre.
    const ring = Array.from({ length: 8 }, (_, i) => ({
      id: `r${i}`,
      x: 200 + 28 * Math.cos((i * Math.PI) / 4),
      y: 150 + 28 * Math.sin((i * Math.PI) / 4),
      r: 9,
      width: 12,
      height: 12,
    }))
    const hub = { id: 'hub', x: 200, y: 150, r: 9, width: 14, height: 12 }
    const placed = placeLabels([hub, ...ring], { width: 400, height: 300 })
    const p = placed.get('hub')
    expect(p?.visible).toBe(true)
    const b = box(hub.x, hub.y, p?.dx ?? 0, p?.dy ?? 0, hub.width, hub.height)
    for (const n of ring) expect(b.x0 < n.x && n.x < b.x1 && b.y0 < n.y && n.y < b.y1).toBe(false)
    const overGlyph = ring.some(
      (n) => b.x0 < n.x + n.r && n.x - n.r < b.x1 && b.y0 < n.y + n.r && n.y - n.r < b.y1,
    )
    expect(overGlyph).toBe(true)
  })

  test('with `besides`, a label tries right and left of its actor before below and above', () => {
    const a = { id: 'a', x: 100, y: 100, r: 8, width: 60, height: 16 }
    expect(placeLabels([a], { width: 400, height: 300 }, [], true).get('a')).toEqual({
      dx: 41,
      dy: 0,
      visible: true,
    })
    // With no room on the right, the left; with none beside it at all, below as usual.
    expect(placeLabels([a], { width: 160, height: 300 }, [], true).get('a')).toEqual({
      dx: -41,
      dy: 0,
      visible: true,
    })
    expect(placeLabels([{ ...a, x: 50 }], { width: 100, height: 300 }, [], true).get('a')).toEqual({
      dx: 0,
      dy: 19,
      visible: true,
    })
  })

  test('a label with no free spot is hidden, the earlier (more important) one is kept', () => {
    const nodes = [
      { id: 'hub', x: 50, y: 20, r: 8, width: 90, height: 16 },
      { id: 'leaf', x: 52, y: 22, r: 8, width: 90, height: 16 },
    ]
    const placed = placeLabels(nodes, { width: 100, height: 60 })
    expect(placed.get('hub')?.visible).toBe(true)
    expect(placed.get('leaf')?.visible).toBe(false)
  })

  test('no label is placed over a reserved box, such as the zoom buttons', () => {
    const node = { id: 'a', x: 330, y: 40, r: 10, width: 60, height: 16 }
    const free = placeLabels([node], { width: 400, height: 300 })
    expect(free.get('a')).toEqual({ dx: 0, dy: 21, visible: true })
    const placed = placeLabels([node], { width: 400, height: 300 }, [{ x0: 354, y0: 0, x1: 400, y1: 120 }])
    const p = placed.get('a')
    expect(p?.visible).toBe(true)
    // Left of the actor, the only spot clear of the buttons' corner and inside the bounds.
    expect((p?.dx ?? 0) + node.x + node.width / 2).toBeLessThanOrEqual(354)
  })

  test('labels stay inside the bounds, flipping above when below would cross the edge', () => {
    const placed = placeLabels([{ id: 'a', x: 100, y: 290, r: 10, width: 60, height: 16 }], {
      width: 400,
      height: 300,
    })
    expect(placed.get('a')?.dy).toBeLessThan(0)
  })
})
