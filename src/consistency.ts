/**
 * The rules a schema cannot express: ids are unique, references name existing actors and relations,
 * nothing relates to itself, and a relation does not cite the same quote twice, nor a step name the
 * same id twice.
 *
 * They run on the validator's copy even when parts of it are malformed, reading only the fields that
 * are strings, so one bad URL does not hide a dangling reference. Where the schema already reported
 * a problem at the same place, the validator keeps the schema's.
 */
import { closest } from './closest.ts'
import { quote } from './describe-value.ts'
import type { Path, Problem } from './problem.ts'

type Item = Readonly<Record<string, unknown>>
type List = 'actors' | 'relations' | 'steps'
type CheckReference = (path: Path, id: string) => void

const NOUNS = { actors: 'actor', relations: 'relation', steps: 'step' } as const

/** Every consistency problem in `data`, a copy made by `snapshot` (plain data only). */
export function checkConsistency(data: unknown): Problem[] {
  const problems: Problem[] = []
  const actors = listAt(data, 'actors')
  const relations = listAt(data, 'relations')
  const steps = listAt(data, 'steps')
  const actorIds = actors && firstIndexes(actors, 'actors', problems)
  const relationIds = relations && firstIndexes(relations, 'relations', problems)
  const checkers = {
    actors: referenceChecker('actors', actorIds, problems),
    relations: referenceChecker('relations', relationIds, problems),
  }
  if (actors) checkAffiliations(actors, checkers.actors, problems)
  if (relations) checkRelations(relations, checkers.actors, problems)
  if (steps) {
    firstIndexes(steps, 'steps', problems)
    checkSteps(steps, checkers, problems)
  }
  return problems
}

/**
 * Reports an id missing from `ids`, suggesting the closest one once the message is worded. Without
 * `ids` (the list itself is malformed) nothing can be said to be missing.
 */
function referenceChecker(list: List, ids: Map<string, number> | undefined, problems: Problem[]) {
  let idList: string[] | undefined
  return (path: Path, id: string) => {
    if (!ids || ids.has(id)) return
    problems.push({
      path,
      message: () => {
        idList ??= [...ids.keys()]
        const suggestion = closest(id, idList)
        const hint = suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`
        return `unknown ${NOUNS[list]} ${quote(id)}${hint}`
      },
    })
  }
}

function checkAffiliations(actors: readonly Item[], checkReference: CheckReference, problems: Problem[]) {
  for (const [index, actor] of actors.entries()) {
    const affiliation = stringAt(actor, 'affiliation')
    if (affiliation === undefined) continue
    const path = ['actors', index, 'affiliation']
    if (affiliation === stringAt(actor, 'id')) {
      problems.push({ path, message: `actor ${quote(affiliation)} is affiliated with itself` })
    } else checkReference(path, affiliation)
  }
}

function checkRelations(relations: readonly Item[], checkReference: CheckReference, problems: Problem[]) {
  for (const [index, relation] of relations.entries()) {
    const source = stringAt(relation, 'source')
    const target = stringAt(relation, 'target')
    if (source !== undefined) checkReference(['relations', index, 'source'], source)
    if (target !== undefined) {
      const path = ['relations', index, 'target']
      if (target === source) {
        problems.push({
          path,
          message: `source and target are both ${quote(target)}: a relation links two actors`,
        })
      } else checkReference(path, target)
    }
    checkRepeats(relation.evidence, ['relations', index, 'evidence'], 'quote', problems)
  }
}

/** A step's actors and relations resolve, and each is named once. */
function checkSteps(
  steps: readonly Item[],
  checkers: Readonly<Record<'actors' | 'relations', CheckReference>>,
  problems: Problem[],
) {
  for (const [index, step] of steps.entries()) {
    for (const list of ['actors', 'relations'] as const) {
      const path = ['steps', index, list]
      const firsts = checkRepeats(step[list], path, NOUNS[list], problems)
      for (const [position, id] of firsts) checkers[list]([...path, position], id)
    }
  }
}

/** Maps each id to where it first appears, reporting every later repeat. */
function firstIndexes(items: readonly Item[], list: List, problems: Problem[]) {
  // A Map, not an object: "constructor" is a valid slug and must not find Object.prototype.
  const first = new Map<string, number>()
  for (const [index, item] of items.entries()) {
    const id = stringAt(item, 'id')
    if (id === undefined) continue
    const earlier = first.get(id)
    if (earlier === undefined) first.set(id, index)
    else {
      problems.push({
        path: [list, index, 'id'],
        message: `duplicate ${NOUNS[list]} id ${quote(id)} (first at /${list}/${earlier})`,
      })
    }
  }
  return first
}

/**
 * Reports each string in `values`, found at `path`, that repeats an earlier one; returns the first
 * occurrences by index. The same quote twice adds no evidence; spacing differences do not make it a
 * different quote.
 */
function checkRepeats(values: unknown, path: Path, noun: string, problems: Problem[]) {
  const firsts = new Map<number, string>()
  if (!Array.isArray(values)) return firsts
  // Most lists hold one entry (a relation's single quote): nothing can repeat, and nothing need be normalised.
  if (values.length === 1) {
    if (typeof values[0] === 'string') firsts.set(0, values[0])
    return firsts
  }
  const seen = new Map<string, number>()
  for (const [index, value] of values.entries()) {
    if (typeof value !== 'string') continue
    const normalised = value.replace(/\s+/g, ' ').trim()
    const earlier = seen.get(normalised)
    if (earlier === undefined) {
      seen.set(normalised, index)
      firsts.set(index, value)
    } else {
      const first = `/${path.join('/')}/${earlier}`
      problems.push({ path: [...path, index], message: `${noun} ${quote(value)} repeats ${first}` })
    }
  }
  return firsts
}

/** The objects in `data[key]`, when it is an array; anything else in it is the schema's business. */
function listAt(data: unknown, key: string): Item[] | undefined {
  const list = isItem(data) ? data[key] : undefined
  return Array.isArray(list) ? list.map((item: unknown) => (isItem(item) ? item : {})) : undefined
}

const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const stringAt = (item: Item, key: string): string | undefined => {
  const value = item[key]
  return typeof value === 'string' ? value : undefined
}
