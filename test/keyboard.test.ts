import { expect, test } from 'vitest'
import { step } from '../src/keyboard.ts'

const actors = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'east', x: 100, y: 10 },
  { id: 'far-east', x: 300, y: 0 },
  { id: 'north', x: 5, y: -80 },
  { id: 'south-west', x: -60, y: 70 },
]
const from = actors[0] as (typeof actors)[0]
const order = actors.map((a) => a.id)

test('step(from, direction, …) prefers a neighbour in that direction over a closer stranger', () => {
  expect(step(from, 'right', actors, new Set(['far-east']), order)).toBe('far-east')
})

test('step(…) falls back to the nearest actor in that direction when no neighbour lies there', () => {
  expect(step(from, 'right', actors, new Set(['north']), order)).toBe('east')
  expect(step(from, 'up', actors, new Set(), order)).toBe('north')
})

test('step(…) falls back to reading order when nothing lies in that direction', () => {
  const corner = { id: 'far-east', x: 300, y: 0 }
  expect(step(corner, 'right', actors, new Set(), order)).toBe('north')
  expect(step(actors[0] as typeof corner, 'left', [actors[0] as typeof corner], new Set(), order)).toBe(
    'south-west',
  )
})
