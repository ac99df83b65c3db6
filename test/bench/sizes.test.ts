import { expect, test } from 'vitest'
import { BULK_DRAWING, LARGE_NETWORK } from '../../src/graph.ts'
import { sweep } from './sizes.ts'

const sizes = sweep()
  .split(',')
  .map((label) => {
    const [actors, density] = label.split('x')
    return { actors: Number(actors), density: Number(density ?? 1.5) }
  })
const at = (density: number) => sizes.filter((s) => s.density === density).map((s) => s.actors)

test('the default sweep covers 10 to 5,000 actors densely at 1.5 and 3 relations per actor, and 4 up to 400', () => {
  for (const density of [1.5, 3]) {
    const actors = at(density)
    expect(actors.length).toBeGreaterThanOrEqual(10)
    expect(Math.min(...actors)).toBe(10)
    expect(Math.max(...actors)).toBe(5000)
    // Log-spaced: no gap wider than a factor of 2.5 between neighbouring sizes.
    for (let i = 1; i < actors.length; i++)
      expect((actors[i] as number) / (actors[i - 1] as number)).toBeLessThanOrEqual(2.5)
  }
  expect(Math.max(...at(4))).toBe(400)
})

test('the default sweep measures both sides of every mode switch at every density', () => {
  for (const density of [1.5, 3, 4]) {
    const actors = at(density)
    const elements = actors.map((n) => n * (1 + density))
    expect(elements.some((e) => e <= BULK_DRAWING)).toBe(true)
    expect(elements.some((e) => e > BULK_DRAWING && e <= BULK_DRAWING * 1.2)).toBe(true)
    expect(actors).toContain(LARGE_NETWORK)
    expect(actors.some((n) => n > LARGE_NETWORK && n <= LARGE_NETWORK * 1.1)).toBe(true)
  }
})
