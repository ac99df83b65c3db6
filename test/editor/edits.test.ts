import { describe, expect, test } from 'vitest'
import {
  addActor,
  addEvidence,
  addRelation,
  addStep,
  deleteActor,
  deleteRelation,
  mergeActors,
  moveStep,
  removeEvidence,
  renameActor,
  renameRelation,
  setActorField,
  setRelationField,
  setSourceField,
  toggleInStep,
} from '../../src/editor/edits.ts'
import { slugify, uniqueId } from '../../src/editor/ids.ts'
import { newWork, type Work } from '../../src/editor/work.ts'

/** Three actors, two relations and a step over both. */
function sample(): Work {
  let work = newWork('Text.', { title: 'T', publisher: 'P' })
  for (const name of ['Elena Brandt', 'Town Council', 'Water Utility']) work = addActor(work, { name }).work
  work = addRelation(work, { source: 'elena-brandt', target: 'town-council', quote: 'a' }).work
  work = addRelation(work, { source: 'town-council', target: 'water-utility', quote: 'b' }).work
  work = addStep(work, 'The vote').work
  work = toggleInStep(work, 'the-vote', 'relations', 'elena-brandt-town-council')
  work = toggleInStep(work, 'the-vote', 'relations', 'town-council-water-utility')
  return toggleInStep(work, 'the-vote', 'actors', 'water-utility')
}

describe('ids', () => {
  test('slugify(name) drops accents and punctuation', () => {
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro')
    expect(slugify('  C.I.A.  ')).toBe('c-i-a')
    expect(slugify('—', 'actor')).toBe('actor')
  })
  test('uniqueId(base, taken) numbers a taken id', () => {
    expect(uniqueId('council', [])).toBe('council')
    expect(uniqueId('council', ['council', 'council-2'])).toBe('council-3')
  })
})

describe('actors', () => {
  test('addActor makes a unique id from the name and leaves the input unchanged', () => {
    const before = newWork('')
    const { work, id } = addActor(before, { name: 'Town Council', kind: 'institution' })
    expect(id).toBe('town-council')
    expect(addActor(work, { name: 'Town council' }).id).toBe('town-council-2')
    expect(before.dataset.actors).toEqual([])
  })

  test('renameActor renames every reference: relations, affiliations and steps', () => {
    let work = setActorField(sample(), 'elena-brandt', 'affiliation', 'town-council')
    work = renameActor(work, 'town-council', 'council')
    expect(work.dataset.actors.map((a) => a.id)).toEqual(['elena-brandt', 'council', 'water-utility'])
    expect(work.dataset.actors[0]?.affiliation).toBe('council')
    expect(work.dataset.relations.map((r) => [r.source, r.target])).toEqual([
      ['elena-brandt', 'council'],
      ['council', 'water-utility'],
    ])
  })

  test('setActorField removes an optional field set to empty, keeps a required one', () => {
    let work = setActorField(sample(), 'town-council', 'role', 'Governing body')
    expect(work.dataset.actors[1]?.role).toBe('Governing body')
    work = setActorField(work, 'town-council', 'role', '')
    expect(work.dataset.actors[1]).not.toHaveProperty('role')
    expect(setActorField(work, 'town-council', 'name', '').dataset.actors[1]?.name).toBe('')
  })

  test('deleteActor removes its relations and its place in steps and affiliations', () => {
    let work = setActorField(sample(), 'elena-brandt', 'affiliation', 'water-utility')
    work = deleteActor(work, 'water-utility')
    expect(work.dataset.relations.map((r) => r.id)).toEqual(['elena-brandt-town-council'])
    expect(work.dataset.actors[0]).not.toHaveProperty('affiliation')
    expect(work.dataset.steps?.[0]).toMatchObject({ actors: [], relations: ['elena-brandt-town-council'] })
  })

  test('mergeActors moves relations to the kept actor and drops the ones that would join it to itself', () => {
    const { work, removed } = mergeActors(sample(), 'elena-brandt', 'town-council')
    expect(removed).toEqual(['elena-brandt-town-council'])
    expect(work.dataset.actors.map((a) => a.id)).toEqual(['town-council', 'water-utility'])
    expect(work.dataset.steps?.[0]?.relations).toEqual(['town-council-water-utility'])
    const moved = mergeActors(sample(), 'water-utility', 'elena-brandt').work
    expect(moved.dataset.relations[1]).toMatchObject({ source: 'town-council', target: 'elena-brandt' })
  })
})

describe('relations and evidence', () => {
  test('addRelation names it after its actors; renameRelation follows into steps', () => {
    const { work, id } = addRelation(sample(), { source: 'elena-brandt', target: 'town-council' })
    expect(id).toBe('elena-brandt-town-council-2')
    expect(work.dataset.relations.at(-1)).toMatchObject({ summary: '', evidence: [], directed: false })
    const renamed = renameRelation(sample(), 'elena-brandt-town-council', 'mayor-backs-deal')
    expect(renamed.dataset.steps?.[0]?.relations).toContain('mayor-backs-deal')
  })

  test('addEvidence adds a quote once; removeEvidence takes it out', () => {
    let work = addEvidence(sample(), 'elena-brandt-town-council', 'c')
    work = addEvidence(work, 'elena-brandt-town-council', 'c')
    expect(work.dataset.relations[0]?.evidence).toEqual(['a', 'c'])
    work = removeEvidence(work, 'elena-brandt-town-council', 0)
    expect(work.dataset.relations[0]?.evidence).toEqual(['c'])
  })

  test('setRelationField sets `when` and removes it when emptied; deleteRelation prunes steps', () => {
    let work = setRelationField(sample(), 'elena-brandt-town-council', 'when', 'on Tuesday')
    expect(work.dataset.relations[0]?.when).toBe('on Tuesday')
    work = setRelationField(work, 'elena-brandt-town-council', 'when', '')
    expect(work.dataset.relations[0]).not.toHaveProperty('when')
    work = deleteRelation(work, 'elena-brandt-town-council')
    expect(work.dataset.steps?.[0]?.relations).toEqual(['town-council-water-utility'])
  })
})

describe('source and steps', () => {
  test('setSourceField removes an emptied optional field, keeps an emptied required one', () => {
    let work = setSourceField(sample(), 'author', 'A. Writer')
    expect(work.dataset.source.author).toBe('A. Writer')
    work = setSourceField(setSourceField(work, 'author', ''), 'title', '')
    expect(work.dataset.source).not.toHaveProperty('author')
    expect(work.dataset.source.title).toBe('')
  })

  test('moveStep reorders steps and stops at either end', () => {
    let work = addStep(sample(), 'After').work
    work = moveStep(work, 'after', -1)
    expect(work.dataset.steps?.map((s) => s.id)).toEqual(['after', 'the-vote'])
    expect(moveStep(work, 'after', -1)).toEqual(work)
  })
})
