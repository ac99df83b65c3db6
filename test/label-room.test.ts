import { describe, expect, test } from 'vitest'
import { type Footprint, makeRoom } from '../src/label-room.ts'

const boxOf = (f: Footprint) => {
  const cx = f.x + (f.dx ?? 0)
  return { x0: cx - f.width / 2, y0: f.y - f.height / 2, x1: cx + f.width / 2, y1: f.y + f.height / 2 }
}
const overlapping = (items: Footprint[]) =>
  items.flatMap((a, i) =>
    items.slice(i + 1).flatMap((b) => {
      const [p, q] = [boxOf(a), boxOf(b)]
      return p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1 ? [[a, b]] : []
    }),
  )

describe('makeRoom(footprints, room)', () => {
  test('a crowd of names beside their actors is spread until none overlaps, inside the room', () => {
    // Twenty actors in a 60 px square, each with a name 70 to 130 px long to its right.
    const items: Footprint[] = Array.from({ length: 20 }, (_, i) => {
      const width = 70 + ((i * 23) % 60)
      return { x: 100 + ((i * 17) % 60), y: 150 + ((i * 29) % 60), dx: width / 2 - 8, width, height: 18 }
    })
    expect(overlapping(items).length).toBeGreaterThan(20)
    makeRoom(items, { x0: 0, y0: 0, x1: 280, y1: 400 })
    expect(overlapping(items)).toEqual([])
    for (const item of items) {
      const b = boxOf(item)
      expect(b.x0).toBeGreaterThanOrEqual(0)
      expect(b.y0).toBeGreaterThanOrEqual(0)
      expect(b.x1).toBeLessThanOrEqual(280)
      expect(b.y1).toBeLessThanOrEqual(400)
    }
  })

  test('the first keeps its place, the next moves the least it must, and a fixed one (the zoom buttons) stays', () => {
    const buttons = { x: 260, y: 60, width: 40, height: 120, fixed: true }
    const first = { x: 150, y: 100, width: 100, height: 20 }
    const second = { x: 150, y: 104, width: 100, height: 20 }
    const beside = { x: 230, y: 50, width: 40, height: 20 }
    makeRoom([buttons, first, second, beside], { x0: 0, y0: 0, x1: 280, y1: 400 })
    expect(buttons).toMatchObject({ x: 260, y: 60 })
    expect(first).toMatchObject({ x: 150, y: 100 })
    // 16 px down clears the first (20 px apart); 18 is the grid's nearest.
    expect(second).toMatchObject({ x: 150, y: 122 })
    // Off the buttons, to the left.
    expect(boxOf(beside).x1).toBeLessThanOrEqual(240)
    expect(beside.y).toBe(50)
  })
})
