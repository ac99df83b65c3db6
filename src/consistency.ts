/**
 * The rules a schema cannot express: ids are unique, references name existing actors and relations,
 * nothing relates to itself, and a relation does not cite the same quote twice, nor a step name the
 * same id twice. One more it could, kept here because it costs the embed bundle less: a step
 * highlights something.
 *
 * They run on the validator's copy even when parts of it are malformed, reading only the fields that
 * are strings, so one bad URL does not hide a dangling reference. Where the schema already reported
 * a problem at the same place, the validator keeps the schema's. Each rule reports at a place of its
 * own, so the order in which they run does not matter.
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
/** The lists whose items other items refer to by id. */
type Referenced = 'actors' | 'relations'

/** What one item of a list is called: `actors` → `actor`. */
const nounOf = (list: List) => list.slice(0, -1)

/** Every consistency problem in `data`, a copy made by `snapshot` (plain data only). */
export function checkConsistency(data: unknown): Problem[] {
  const problems: Problem[] = []
  const report = (path: Path, message: Problem['message']) => {
    problems.push({ path, message })
  }

  /** The items of `data[list]` with their indexes; none when it is not an array (the schema's business). */
  const itemsOf = (list: List): Iterable<[number, Item]> => {
    const items = (data as Item)?.[list]
    return Array.isArray(items) ? items.entries() : []
  }

  /**
   * Maps each id to where it first appears, reporting every later repeat. Without an array there are no
   * ids, and nothing can be said to be missing from them. A Map, not an object: "constructor" is a
   * valid slug and must not find Object.prototype.
   */
  const idsOf = (list: List) => {
    if (!Array.isArray((data as Item)?.[list])) return undefined
    const first = new Map<string, number>()
    for (const [index, item] of itemsOf(list)) {
      const id = stringAt(item, 'id')
      if (id === undefined) continue
      const earlier = first.get(id)
      if (earlier === undefined) first.set(id, index)
      else
        report(
          [list, index, 'id'],
          `duplicate ${nounOf(list)} id ${quote(id)} (first at /${list}/${earlier})`,
        )
    }
    return first
  }
  const ids = { actors: idsOf('actors'), relations: idsOf('relations') }
  idsOf('steps')

  /** Reports an id missing from `list`, suggesting the closest one once the message is worded. */
  const checkReference = (list: Referenced, path: Path, id: string) => {
    const known = ids[list]
    if (known && !known.has(id)) {
      report(path, () => `unknown ${nounOf(list)} ${quote(id)}${didYouMean(id, known.keys())}`)
    }
  }

  /** A reference to an actor at `path`, which must not be `self`, the item's own id or source. */
  const checkActorReference = (
    path: Path,
    id: string | undefined,
    self?: string,
    itself?: (id: string) => string,
  ) => {
    if (id === undefined) return
    if (id === self && itself) report(path, itself(quote(id)))
    else checkReference('actors', path, id)
  }

  /**
   * Reports each string in `values`, found at `path`, that repeats an earlier one; returns each distinct
   * string, normalised, with the index where it first appears. The same quote twice adds no evidence;
   * spacing differences do not make it a different quote. Ids are compared the same way: one with spacing
   * in it is no slug, and the schema's problem at that place is the one the validator keeps.
   */
  const checkRepeats = (values: unknown, path: Path, noun: string) => {
    const firsts = new Map<string, number>()
    if (!Array.isArray(values)) return firsts
    for (const [index, value] of values.entries()) {
      if (typeof value !== 'string') continue
      // Most lists hold one entry (a relation's single quote): nothing can repeat, so nothing is normalised.
      const normalised = values.length === 1 ? value : value.replace(/\s+/g, ' ').trim()
      const earlier = firsts.get(normalised)
      if (earlier === undefined) firsts.set(normalised, index)
      else report([...path, index], `${noun} ${quote(value)} repeats /${path.join('/')}/${earlier}`)
    }
    return firsts
  }

  for (const [index, actor] of itemsOf('actors')) {
    const path = ['actors', index, 'affiliation']
    const itself = (id: string) => `actor ${id} is affiliated with itself`
    checkActorReference(path, stringAt(actor, 'affiliation'), stringAt(actor, 'id'), itself)
  }
  for (const [index, relation] of itemsOf('relations')) {
    const source = stringAt(relation, 'source')
    checkActorReference(['relations', index, 'source'], source)
    checkActorReference(
      ['relations', index, 'target'],
      stringAt(relation, 'target'),
      source,
      (id) => `source and target are both ${id}: a relation links two actors`,
    )
    checkRepeats(relation?.evidence, ['relations', index, 'evidence'], 'quote')
  }
  // A step highlights something, and its actors and relations resolve, each named once.
  for (const [index, step] of itemsOf('steps')) {
    // A step that is not an object, or a list that is not an array, is the schema's to report: the
    // rule stays silent there rather than add a second message about the same mistake. It still speaks
    // when the title or text is wrong, so both problems are reported at once.
    let highlights = typeof step !== 'object' || step === null
    for (const list of ['actors', 'relations'] as const) {
      const ids = step?.[list]
      highlights ||= Array.isArray(ids) ? ids.length > 0 : ids !== undefined
      const path = ['steps', index, list]
      for (const [id, position] of checkRepeats(ids, path, nounOf(list))) {
        checkReference(list, [...path, position], id)
      }
    }
    if (!highlights) {
      report(
        ['steps', index],
        'a step must highlight something: give it a non-empty actors or relations list',
      )
    }
  }
  return problems
}

/** `item[key]` when it is a string. The copy is plain data: reading it runs no code. */
const stringAt = (item: Item, key: string): string | undefined => {
  const value = item?.[key]
  return typeof value === 'string' ? value : undefined
}
