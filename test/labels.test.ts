import { describe, expect, test } from 'vitest'
import { leaderEnd, placeLabels } from '../src/labels.ts'

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
    // Hemmed in by a ring of actors, a label lies a little way off, clear of every glyph, on a leader line.
    const ring = Array.from({ length: 8 }, (_, i) => ({
      id: `r${i}`,
      x: 200 + 28 * Math.cos((i * Math.PI) / 4),
      y: 150 + 28 * Math.sin((i * Math.PI) / 4),
      r: 9,
      width: 12,
      height: 12,
    }))
    const hub = { id: 'hub', x: 200, y: 150, r: 9, width: 14, height: 12 }
    const overGlyph = (b: ReturnType<typeof box>) =>
      ring.some((n) => b.x0 < n.x + n.r && n.x - n.r < b.x1 && b.y0 < n.y + n.r && n.y - n.r < b.y1)
    const off = placeLabels([hub, ...ring], { width: 400, height: 300 }).get('hub')
    expect(off).toMatchObject({ visible: true, leader: true })
    expect(overGlyph(box(hub.x, hub.y, off?.dx ?? 0, off?.dy ?? 0, hub.width, hub.height))).toBe(false)
    // Walled in as well (boxes reserved all round), it lies over a glyph's edge, clear of every centre.
    const walls = [
      { x0: 0, y0: 0, x1: 400, y1: 105 },
      { x0: 0, y0: 195, x1: 400, y1: 300 },
      { x0: 0, y0: 0, x1: 155, y1: 300 },
      { x0: 245, y0: 0, x1: 400, y1: 300 },
    ]
    const p = placeLabels([hub, ...ring], { width: 400, height: 300 }, walls).get('hub')
    expect(p?.visible).toBe(true)
    expect(p?.leader).toBeUndefined()
    const b = box(hub.x, hub.y, p?.dx ?? 0, p?.dy ?? 0, hub.width, hub.height)
    for (const n of ring) expect(b.x0 < n.x && n.x < b.x1 && b.y0 < n.y && n.y < b.y1).toBe(false)
    expect(overGlyph(b)).toBe(true)
  })

  test('a leader line crosses no other label, and a label prefers its side when asked (besides)', () => {
    const nodes = [
      { id: 'a', x: 100, y: 100, r: 8, width: 60, height: 16 },
      { id: 'b', x: 100, y: 124, r: 8, width: 60, height: 16 },
      { id: 'c', x: 100, y: 76, r: 8, width: 60, height: 16 },
    ]
    const side = placeLabels(nodes, { width: 400, height: 300 }, [], true)
    expect(side.get('a')).toEqual({ dx: 41, dy: 0, visible: true })
    // A crowded core: some labels go off on leader lines, and no line runs under another label.
    const crowd = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      x: 150 + 60 * Math.cos(i * 2.4) * Math.sqrt(i / 30),
      y: 200 + 60 * Math.sin(i * 2.4) * Math.sqrt(i / 30),
      r: 6,
      width: 50 + ((i * 37) % 60),
      height: 16,
    }))
    const placed = placeLabels(crowd, { width: 300, height: 400 })
    const boxes = new Map(
      crowd.flatMap((n) => {
        const q = placed.get(n.id)
        return q?.visible ? [[n.id, box(n.x, n.y, q.dx, q.dy, n.width, n.height)] as const] : []
      }),
    )
    const leaders = crowd.filter((n) => placed.get(n.id)?.leader)
    expect(leaders.length).toBeGreaterThan(3)
    for (const n of leaders) {
      const q = placed.get(n.id) as { dx: number; dy: number }
      const [ex, ey] = leaderEnd(q.dx, q.dy, n.width, n.height)
      const length = Math.hypot(ex, ey)
      for (let t = n.r + 3; t < length - 1; t += 2) {
        const [x, y] = [n.x + (ex * t) / length, n.y + (ey * t) / length]
        for (const [id, b] of boxes)
          if (id !== n.id)
            expect(b.x0 < x && x < b.x1 && b.y0 < y && y < b.y1, `${n.id} under ${id}`).toBe(false)
      }
    }
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
