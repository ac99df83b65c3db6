import { describe, expect, test } from 'vitest'
import { arrowHead, assignLanes, distanceToEdge, edgePath } from '../src/geometry.ts'

const link = (id: string, source: string, target: string) => ({
  id,
  source: { id: source },
  target: { id: target },
})

describe('assignLanes(links)', () => {
  test('a lone relation takes the straight middle lane', () => {
    expect(assignLanes([link('a', 'x', 'y')]).get('a')).toBe(0)
  })

  test('parallel relations between one pair get distinct, symmetric lanes', () => {
    const lanes = assignLanes([link('a', 'x', 'y'), link('b', 'x', 'y'), link('c', 'x', 'y')])
    expect([lanes.get('a'), lanes.get('b'), lanes.get('c')]).toEqual([-1, 0, 1])
  })

  test('opposite directions bend to opposite sides instead of coinciding', () => {
    const lanes = assignLanes([link('a', 'x', 'y'), link('b', 'y', 'x')])
    // Lane -0.5 then +0.5 in canonical order; the reversed link's sign flips with its own direction.
    expect(lanes.get('a')).toBe(-0.5)
    expect(lanes.get('b')).toBe(-0.5)
    const ab = edgePath({ x: 0, y: 0, r: 5 }, { x: 100, y: 0, r: 5 }, lanes.get('a') ?? 0, 20)
    const ba = edgePath({ x: 100, y: 0, r: 5 }, { x: 0, y: 0, r: 5 }, lanes.get('b') ?? 0, 20)
    expect(Math.sign(ab.control.y)).toBe(-Math.sign(ba.control.y))
    expect(Math.abs(ab.control.y)).toBeGreaterThan(16)
  })
})

describe('edgePath(source, target, lane, spacing, arrow)', () => {
  test('a straight edge starts and ends at the rims, leaving room for the arrowhead', () => {
    const { d } = edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 12 }, 0, 16, 8)
    expect(d).toBe('M10,0L80,0')
  })

  test('a curved edge bulges by its lane offset at the midpoint', () => {
    const shape = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 1, 16)
    expect(shape.d.startsWith('M')).toBe(true)
    expect(shape.d).toContain('Q')
    // The apex of a quadratic curve, at t = ½.
    const apex = (key: 'x' | 'y') =>
      0.25 * shape.start[key] + 0.5 * shape.control[key] + 0.25 * shape.end[key]
    expect(apex('x')).toBeCloseTo(50, 0)
    expect(Math.abs(apex('y'))).toBeCloseTo(16, 0)
  })

  test('overlapping nodes draw no edge rather than a reversed stub', () => {
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 5, y: 0, r: 10 }, 0, 16, 8).d).toBe('')
  })
})

describe('arrowHead(shape, size)', () => {
  test('a triangle from the path end pointing on along the final direction, as the markers draw it', () => {
    // A straight edge along x ending at 80: the tip lies 0.95 · size further, the base ± 0.45 · size across.
    const shape = edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 12 }, 0, 16, 8)
    expect(arrowHead(shape, 10)).toBe('M79.5,-4.5L89.5,0L79.5,4.5Z')
  })

  test('on a curve it follows the tangent at the end, not the chord', () => {
    const shape = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 1, 16)
    const [, tipX, tipY] = /L([-\d.]+),([-\d.]+)/.exec(arrowHead(shape, 10)) ?? []
    const tangent = Math.atan2(shape.end.y - shape.control.y, shape.end.x - shape.control.x)
    const drawn = Math.atan2(Number(tipY) - shape.end.y, Number(tipX) - shape.end.x)
    expect(drawn).toBeCloseTo(tangent, 2)
    expect(Math.abs(tangent)).toBeGreaterThan(0.5)
  })
})

describe('distanceToEdge(shape, x, y)', () => {
  const straight = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 0, 16)
  const curved = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 1, 16)

  test('measures across a straight edge and past its ends', () => {
    expect(distanceToEdge(straight, 50, 6)).toBeCloseTo(6, 5)
    expect(distanceToEdge(straight, 103, 4)).toBeCloseTo(5, 5)
  })

  test('follows the bend of a curve: its apex is on it, the chord beneath it is not', () => {
    const apexY = 0.5 * curved.control.y
    expect(distanceToEdge(curved, 50, apexY)).toBeLessThan(0.5)
    expect(distanceToEdge(curved, 50, 0)).toBeGreaterThan(15)
  })
})
