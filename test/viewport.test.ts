import { describe, expect, test } from 'vitest'
import {
  extentOf,
  fitTransform,
  IDENTITY,
  SCALE_EXTENT,
  toScreen,
  toWorld,
  zoomAround,
} from '../src/viewport.ts'

describe('zoomAround(transform, factor, x, y)', () => {
  test('keeps the point under the pointer in place', () => {
    const t = zoomAround({ k: 1.3, x: 20, y: -5 }, 2, 150, 80)
    const before = toWorld({ k: 1.3, x: 20, y: -5 }, 150, 80)
    expect(toScreen(t, before.x, before.y)).toEqual({ x: 150, y: 80 })
    expect(t.k).toBeCloseTo(2.6)
  })

  test('clamps the scale to the zoom limits', () => {
    expect(zoomAround(IDENTITY, 1e6, 0, 0).k).toBe(SCALE_EXTENT[1])
    expect(zoomAround(IDENTITY, 1e-6, 0, 0).k).toBe(SCALE_EXTENT[0])
  })
})

describe('fitTransform(extent, width, height, margin, maxScale)', () => {
  test('centres the extent and fits its larger side', () => {
    const t = fitTransform({ x0: -100, y0: -50, x1: 100, y1: 50 }, 440, 440, [20, 20, 20, 20], 10)
    expect(t.k).toBeCloseTo(2)
    expect(toScreen(t, 0, 0)).toEqual({ x: 220, y: 220 })
    expect(toScreen(t, -100, 0).x).toBeCloseTo(20)
  })

  test('never enlarges past maxScale', () => {
    expect(fitTransform({ x0: 0, y0: 0, x1: 1, y1: 1 }, 800, 600, [0, 0, 0, 0], 1.4).k).toBe(1.4)
  })
})

test('extentOf(circles) includes radii; an empty set is a unit box', () => {
  expect(
    extentOf([
      { x: 0, y: 0, radius: 5 },
      { x: 10, y: 20, radius: 1 },
    ]),
  ).toEqual({ x0: -5, y0: -5, x1: 11, y1: 21 })
  expect(extentOf([])).toEqual({ x0: -0.5, y0: -0.5, x1: 0.5, y1: 0.5 })
})
