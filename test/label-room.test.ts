import { describe, expect, test } from 'vitest'
import { makeRoom } from '../src/label-room.ts'
import { type Box, overlaps } from '../src/labels.ts'

const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)))
const at = (x: number, y: number, width: number, height: number): Box => ({
  x0: x,
  y0: y,
  x1: x + width,
  y1: y + height,
})

describe('makeRoom(footprints, width, height, fixed)', () => {
  test('a crowd of actors and their names is spread until no footprint overlaps another, inside the room', () => {
    // Twenty actors in a 60 px square, each with a name 70 to 130 px long beside it.
    const boxes = Array.from({ length: 20 }, (_, i) =>
      at(100 + ((i * 17) % 60), 150 + ((i * 29) % 60), 70 + ((i * 23) % 60), 18),
    )
    expect(overlapping(boxes).length).toBeGreaterThan(20)
    makeRoom(boxes, 280, 400)
    expect(overlapping(boxes)).toEqual([])
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0)
      expect(b.y0).toBeGreaterThanOrEqual(0)
      expect(b.x1).toBeLessThanOrEqual(280)
      expect(b.y1).toBeLessThanOrEqual(400)
    }
  })

  test('the first keeps its place, the next moves the least it must, and the fixed ones (the zoom buttons) stay', () => {
    const buttons = at(240, 0, 40, 120)
    const first = at(100, 90, 100, 20)
    const second = at(100, 94, 100, 20)
    const beside = at(210, 40, 40, 20)
    makeRoom([buttons, first, second, beside], 280, 400, 1)
    expect(buttons).toEqual(at(240, 0, 40, 120))
    expect(first).toEqual(at(100, 90, 100, 20))
    // 16 px down clears the first; 18 is the nearest step of the grid.
    expect(second).toEqual(at(100, 112, 100, 20))
    // Off the buttons, to the left, at the same height.
    expect(beside).toEqual(at(198, 40, 40, 20))
  })
})
