import { describe, expect, test } from 'vitest'
import { assignLanes, edgePath } from '../src/geometry.ts'

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
    expect(Math.sign(ab.mid.y)).toBe(-Math.sign(ba.mid.y))
    expect(Math.abs(ab.mid.y)).toBeGreaterThan(8)
  })
})

describe('edgePath(source, target, lane, spacing, arrow)', () => {
  test('a straight edge starts and ends at the rims, leaving room for the arrowhead', () => {
    const { d } = edgePath({ x: 0, y: 0, r: 10 }, { x: 100, y: 0, r: 12 }, 0, 16, 8)
    expect(d).toBe('M10,0L80,0')
  })

  test('a curved edge bulges by its lane offset at the midpoint', () => {
    const { d, mid } = edgePath({ x: 0, y: 0, r: 0 }, { x: 100, y: 0, r: 0 }, 1, 16)
    expect(d.startsWith('M')).toBe(true)
    expect(d).toContain('Q')
    expect(mid.x).toBeCloseTo(50, 0)
    expect(Math.abs(mid.y)).toBeCloseTo(16, 0)
  })

  test('overlapping nodes draw no edge rather than a reversed stub', () => {
    expect(edgePath({ x: 0, y: 0, r: 10 }, { x: 5, y: 0, r: 10 }, 0, 16, 8).d).toBe('')
  })
})
