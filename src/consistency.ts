/**
 * The rules a schema cannot express: ids are unique, references name existing actors, nothing
 * relates to itself, and a relation does not cite the same quote twice.
 *
 * They run on the validator's copy even when parts of it are malformed, reading only the fields that
 * are strings, so one bad URL does not hide a dangling reference. Where the schema already reported
 * a problem at the same place, the validator keeps the schema's.
 */
import { closest } from './closest.ts'
import { quote } from './describe-value.ts'
import type { Path, Problem } from './problem.ts'

type Item = Readonly<Record<string, unknown>>

/** Every consistency problem in `data`, a copy made by `snapshot` (plain data only). */
export function checkConsistency(data: unknown): Problem[] {
  const problems: Problem[] = []
  const actors = listAt(data, 'actors')
  const relations = listAt(data, 'relations')
  if (!actors) return problems

  const actorIds = firstIndexes(actors, 'actors', problems)
  let idList: string[] | undefined
  const suggest = (id: string) => {
    idList ??= [...actorIds.keys()]
    return closest(id, idList)
  }
  const checkReference = (path: Path, id: string) => {
    if (actorIds.has(id)) return
    problems.push({
      path,
      message: () => {
        const suggestion = suggest(id)
        return `unknown actor ${quote(id)}${suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`}`
      },
    })
  }

  for (const [index, actor] of actors.entries()) {
    const affiliation = stringAt(actor, 'affiliation')
    if (affiliation === undefined) continue
    const path = ['actors', index, 'affiliation']
    if (affiliation === stringAt(actor, 'id')) {
      problems.push({ path, message: `actor ${quote(affiliation)} is affiliated with itself` })
    } else checkReference(path, affiliation)
  }

  if (!relations) return problems
  firstIndexes(relations, 'relations', problems)
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
    checkRepeatedQuotes(relation, ['relations', index, 'evidence'], problems)
  }
  return problems
}

/** Maps each id to where it first appears, reporting every later repeat. */
function firstIndexes(items: readonly Item[], list: 'actors' | 'relations', problems: Problem[]) {
  // A Map, not an object: "constructor" is a valid slug and must not find Object.prototype.
  const first = new Map<string, number>()
  const noun = list === 'actors' ? 'actor' : 'relation'
  for (const [index, item] of items.entries()) {
    const id = stringAt(item, 'id')
    if (id === undefined) continue
    const earlier = first.get(id)
    if (earlier === undefined) first.set(id, index)
    else {
      problems.push({
        path: [list, index, 'id'],
        message: `duplicate ${noun} id ${quote(id)} (first at /${list}/${earlier})`,
      })
    }
  }
  return first
}

/** The same quote twice adds no evidence; spacing differences do not make it a different quote. */
function checkRepeatedQuotes(relation: Item, path: Path, problems: Problem[]) {
  const evidence = relation.evidence
  if (!Array.isArray(evidence)) return
  const seen = new Map<string, number>()
  for (const [index, quoted] of evidence.entries()) {
    if (typeof quoted !== 'string') continue
    const normalised = quoted.replace(/\s+/g, ' ').trim()
    const earlier = seen.get(normalised)
    if (earlier === undefined) seen.set(normalised, index)
    else {
      const first = `/${path.join('/')}/${earlier}`
      problems.push({ path: [...path, index], message: `quote ${quote(quoted)} repeats ${first}` })
    }
  }
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
