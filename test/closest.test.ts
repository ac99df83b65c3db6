import { describe, expect, test } from 'vitest'
import { closest, editDistance } from '../src/closest.ts'

describe('editDistance(a, b)', () => {
  test('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('souce', 'source')).toBe(1)
    expect(editDistance('sources', 'source')).toBe(1)
    expect(editDistance('madur0', 'maduro')).toBe(1)
    expect(editDistance('soucre', 'source')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })

  test('gives up past its maximum', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(Infinity)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
  })
})

describe('closest(word, candidates)', () => {
  test('suggests a near candidate, ignoring case', () => {
    expect(closest('Maduro', ['rodriguez', 'maduro'])).toBe('maduro')
    expect(closest('affilation', ['id', 'name', 'affiliation'])).toBe('affiliation')
  })

  test('suggests nothing far away, nor the word itself', () => {
    expect(closest('colour', ['id', 'name', 'kind'])).toBeUndefined()
    expect(closest('maduro', ['maduro'])).toBeUndefined()
  })

  test('prefers the nearest, then the first', () => {
    expect(closest('ciaa', ['cia-2', 'ciab', 'cia'])).toBe('ciab')
  })
})
