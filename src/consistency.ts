/**
 * The rules a schema cannot express: ids are unique, references name existing actors and relations,
 * nothing relates to itself, and a relation does not cite the same quote twice, nor a step name the
 * same id twice. One more it could, kept here because it costs the embed bundle less: a step
 * highlights something.
 *
 * They run on the validator's copy even when parts of it are malformed, reading only the fields that
 * are strings, so one bad URL does not hide a dangling reference. Where the schema already reported
 * a problem at the same place, the validator keeps the schema's.
 */
import { didYouMean } from './closest.ts'
import { quote } from './describe-value.ts'
import type { Path, Problem } from './problem.ts'

/**
 * An item of a list in the copy: a plain object, or whatever else the schema rejects there (a primitive,
 * a describing symbol), whose keys read as undefined just as safely.
 */
type Item = Readonly<Record<string, unknown>> | null | undefined
type List = 'actors' | 'relations' | 'steps'
type CheckReference = (path: Path, id: string) => void

/** What one item of a list is called: `actors` → `actor`. */
const nounOf = (list: List) => list.slice(0, -1)

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
  return (path: Path, id: string) => {
    if (!ids || ids.has(id)) return
    problems.push({
      path,
      message: () => `unknown ${nounOf(list)} ${quote(id)}${didYouMean(id, ids.keys())}`,
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
    checkRepeats(relation?.evidence, ['relations', index, 'evidence'], 'quote', problems)
  }
}

/** A step highlights something, and its actors and relations resolve, each named once. */
function checkSteps(
  steps: readonly Item[],
  checkers: Readonly<Record<'actors' | 'relations', CheckReference>>,
  problems: Problem[],
) {
  for (const [index, step] of steps.entries()) {
    if (highlightsNothing(step)) {
      problems.push({
        path: ['steps', index],
        message: 'a step must highlight something: give it a non-empty actors or relations list',
      })
    }
    for (const list of ['actors', 'relations'] as const) {
      const path = ['steps', index, list]
      for (const [id, position] of checkRepeats(step?.[list], path, nounOf(list), problems)) {
        checkers[list]([...path, position], id)
      }
    }
  }
}

/**
 * A step object whose `actors` and `relations` are each absent or empty. A step that is not an object,
 * or a list that is not an array, is the schema's to report, so the rule stays silent there rather
 * than add a second message about the same mistake. It still speaks when the title or text is wrong,
 * so both problems are reported at once.
 */
function highlightsNothing(step: Item): boolean {
  if (typeof step !== 'object' || step === null) return false
  const empty = (list: unknown) => (Array.isArray(list) ? !list.length : list === undefined)
  return empty(step.actors) && empty(step.relations)
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
        message: `duplicate ${nounOf(list)} id ${quote(id)} (first at /${list}/${earlier})`,
      })
    }
  }
  return first
}

/**
 * Reports each string in `values`, found at `path`, that repeats an earlier one; returns each distinct
 * string, normalised, with the index where it first appears. The same quote twice adds no evidence;
 * spacing differences do not make it a different quote. Ids are compared the same way: one with spacing
 * in it is no slug, and the schema's problem at that place is the one the validator keeps.
 */
function checkRepeats(values: unknown, path: Path, noun: string, problems: Problem[]) {
  const firsts = new Map<string, number>()
  if (!Array.isArray(values)) return firsts
  for (const [index, value] of values.entries()) {
    if (typeof value !== 'string') continue
    // Most lists hold one entry (a relation's single quote): nothing can repeat, so nothing is normalised.
    const normalised = values.length === 1 ? value : value.replace(/\s+/g, ' ').trim()
    const earlier = firsts.get(normalised)
    if (earlier === undefined) firsts.set(normalised, index)
    else {
      const first = `/${path.join('/')}/${earlier}`
      problems.push({ path: [...path, index], message: `${noun} ${quote(value)} repeats ${first}` })
    }
  }
  return firsts
}

/** The list in `data[key]`, when it is an array; anything else in it is the schema's business. */
function listAt(data: unknown, key: string): Item[] | undefined {
  const list = (data as Item)?.[key]
  return Array.isArray(list) ? list : undefined
}

/** `item[key]` when it is a string. The copy is plain data: reading it runs no code. */
const stringAt = (item: Item, key: string): string | undefined => {
  const value = item?.[key]
  return typeof value === 'string' ? value : undefined
}
