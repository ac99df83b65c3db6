import { describe, expect, it } from 'vitest'
import { RELATION_TYPES } from '../../src/dataset.ts'
import { parseDataset } from '../../src/validate.ts'
import { generateDataset } from './generate.ts'

const pairOf = (r: { source: string; target: string }) =>
  r.source < r.target ? `${r.source} ${r.target}` : `${r.target} ${r.source}`

describe('generateDataset', () => {
  it.each([50, 500])('makes %i actors and 1.5 relations per actor, valid per parseDataset', (actors) => {
    const dataset = generateDataset({ actors, seed: 7 })
    expect(dataset.actors).toHaveLength(actors)
    expect(dataset.relations).toHaveLength(Math.round(1.5 * actors))
    const parsed = parseDataset(dataset)
    expect(parsed.ok ? [] : parsed.errors).toEqual([])
  })

  it('has the mix a real network has: all relation types and kinds, parallels, affiliations, hubs', () => {
    const { actors, relations } = generateDataset({ actors: 500 })
    expect(new Set(relations.map((r) => r.type))).toEqual(new Set(RELATION_TYPES))
    expect(new Set(actors.map((a) => a.kind))).toEqual(new Set(['person', 'institution', 'group']))
    const pairs = relations.map(pairOf)
    const parallels = pairs.length - new Set(pairs).size
    expect(parallels).toBeGreaterThanOrEqual(3)
    expect(parallels).toBeLessThan(0.05 * relations.length)
    expect(actors.filter((a) => a.affiliation).length).toBeGreaterThan(20)
    const degree = new Map<string, number>()
    for (const r of relations)
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1)
    // Preferential attachment: the biggest hub has far more than the mean degree of 3.
    expect(Math.max(...degree.values())).toBeGreaterThan(20)
  })

  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ actors: 200, seed: 3 }))
    expect(JSON.stringify(generateDataset({ actors: 200, seed: 3 }))).toBe(a)
    expect(JSON.stringify(generateDataset({ actors: 200, seed: 4 }))).not.toBe(a)
  })
})
