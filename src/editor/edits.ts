/**
 * The editing operations of the workbench, each a pure function from one `Work` to the next (the input is
 * never changed, so the history can keep every state). Ids are made from names and kept unique; renaming an
 * id renames every reference to it.
 */
import type { Actor, ActorKind, Dataset, Relation, RelationType, Source, Step } from '../dataset.ts'
import { slugify, uniqueId } from './ids.ts'
import type { Work } from './work.ts'

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] }
type Draft = Mutable<Dataset>

/** Copies the dataset, lets `change` edit the copy, and returns the new work. */
function edit(work: Work, change: (dataset: Draft) => void): Work {
  const dataset = structuredClone(work.dataset) as Draft
  change(dataset)
  return { ...work, dataset }
}

/** Sets a field, or removes it when `value` is empty or undefined (optional fields are left out, not ""). */
function setField<T extends object>(target: T, key: keyof T, value: unknown, required = false) {
  if (value === undefined || (value === '' && !required)) delete target[key]
  else (target as Record<keyof T, unknown>)[key] = value
}

const REQUIRED_SOURCE: readonly (keyof Source)[] = ['title', 'publisher']

export function setTitle(work: Work, title: string): Work {
  return edit(work, (d) => {
    d.title = title
  })
}

export function setDescription(work: Work, description: string): Work {
  return edit(work, (d) => setField(d, 'description', description))
}

export function setSourceField(work: Work, key: keyof Source, value: string): Work {
  return edit(work, (d) => setField(d.source, key, value, REQUIRED_SOURCE.includes(key)))
}

/** Replaces the article text (a new paste); quotes already cut from the old text are checked against it. */
export function setText(work: Work, text: string): Work {
  return { ...work, text }
}

// Actors

export interface NewActor {
  name: string
  kind?: ActorKind
  role?: string
}

/** Adds an actor with an id made from its name; returns the work and the id. */
export function addActor(work: Work, { name, kind = 'person', role }: NewActor): { work: Work; id: string } {
  const id = uniqueId(
    slugify(name, 'actor'),
    work.dataset.actors.map((a) => a.id),
  )
  const actor: Mutable<Actor> = { id, name: name.trim(), kind }
  if (role) actor.role = role
  return { work: edit(work, (d) => d.actors.push(actor)), id }
}

export type ActorField = 'name' | 'shortName' | 'kind' | 'role' | 'affiliation' | 'description'

export function setActorField(work: Work, id: string, key: ActorField, value: string): Work {
  return edit(work, (d) => {
    const actor = d.actors.find((a) => a.id === id)
    if (actor) setField(actor, key, value, key === 'name' || key === 'kind')
  })
}

/** Renames an actor's id and every reference to it (relations, affiliations, steps). */
export function renameActor(work: Work, id: string, newId: string): Work {
  if (id === newId) return work
  return edit(work, (d) => {
    for (const actor of d.actors) {
      if (actor.id === id) actor.id = newId
      if (actor.affiliation === id) actor.affiliation = newId
    }
    for (const relation of d.relations) {
      if (relation.source === id) relation.source = newId
      if (relation.target === id) relation.target = newId
    }
    for (const step of d.steps ?? []) step.actors = step.actors?.map((a) => (a === id ? newId : a))
  })
}

/** The relations an actor takes part in: what deleting or merging it touches. */
export const relationsOf = (work: Work, id: string): Relation[] =>
  work.dataset.relations.filter((r) => r.source === id || r.target === id)

/** Removes an actor, the relations it takes part in, its place in steps and affiliations to it. */
export function deleteActor(work: Work, id: string): Work {
  const gone = new Set(relationsOf(work, id).map((r) => r.id))
  return edit(work, (d) => {
    d.actors = d.actors.filter((a) => a.id !== id)
    for (const actor of d.actors) if (actor.affiliation === id) delete actor.affiliation
    d.relations = d.relations.filter((r) => !gone.has(r.id))
    pruneSteps(d, new Set([id]), gone)
  })
}

/**
 * Merges actor `from` into `into` (the same person named twice): `from`'s relations and affiliations move
 * to `into`; a relation that would then join `into` to itself is removed. Returns what was removed.
 */
export function mergeActors(work: Work, from: string, into: string): { work: Work; removed: string[] } {
  const removed = work.dataset.relations
    .filter((r) => (r.source === from && r.target === into) || (r.source === into && r.target === from))
    .map((r) => r.id)
  const gone = new Set(removed)
  const next = edit(work, (d) => {
    d.actors = d.actors.filter((a) => a.id !== from)
    for (const actor of d.actors) {
      if (actor.affiliation === from) actor.affiliation = into
      if (actor.affiliation === actor.id) delete actor.affiliation
    }
    d.relations = d.relations.filter((r) => !gone.has(r.id))
    for (const relation of d.relations) {
      if (relation.source === from) relation.source = into
      if (relation.target === from) relation.target = into
    }
    for (const step of d.steps ?? [])
      if (step.actors) step.actors = [...new Set(step.actors.map((a) => (a === from ? into : a)))]
    pruneSteps(d, new Set(), gone)
  })
  return { work: next, removed }
}

// Relations

export interface NewRelation {
  source: string
  target: string
  type?: RelationType
  directed?: boolean
  quote?: string
}

/** Adds a relation with an id made from its two actors; returns the work and the id. */
export function addRelation(work: Work, relation: NewRelation): { work: Work; id: string } {
  const { source, target, type = 'cooperation', directed = false, quote } = relation
  const id = uniqueId(
    slugify(`${source}-${target}`, 'relation'),
    work.dataset.relations.map((r) => r.id),
  )
  const added: Mutable<Relation> = {
    id,
    source,
    target,
    type,
    directed,
    summary: '',
    evidence: quote ? [quote] : [],
  }
  return { work: edit(work, (d) => d.relations.push(added)), id }
}

export type RelationField = 'source' | 'target' | 'type' | 'directed' | 'summary' | 'when'

export function setRelationField(work: Work, id: string, key: RelationField, value: string | boolean): Work {
  return edit(work, (d) => {
    const relation = d.relations.find((r) => r.id === id)
    if (relation) setField(relation, key, value, key !== 'when')
  })
}

/** Renames a relation's id and every step that names it. */
export function renameRelation(work: Work, id: string, newId: string): Work {
  if (id === newId) return work
  return edit(work, (d) => {
    for (const relation of d.relations) if (relation.id === id) relation.id = newId
    for (const step of d.steps ?? []) step.relations = step.relations?.map((r) => (r === id ? newId : r))
  })
}

export function deleteRelation(work: Work, id: string): Work {
  return edit(work, (d) => {
    d.relations = d.relations.filter((r) => r.id !== id)
    pruneSteps(d, new Set(), new Set([id]))
  })
}

/** Adds a quote to a relation's evidence, unless it is there already. */
export function addEvidence(work: Work, id: string, quote: string): Work {
  return edit(work, (d) => {
    const relation = d.relations.find((r) => r.id === id)
    if (relation && !relation.evidence.includes(quote)) relation.evidence.push(quote)
  })
}

export function setEvidence(work: Work, id: string, index: number, quote: string): Work {
  return edit(work, (d) => {
    const relation = d.relations.find((r) => r.id === id)
    if (relation && index < relation.evidence.length) relation.evidence[index] = quote
  })
}

export function removeEvidence(work: Work, id: string, index: number): Work {
  return edit(work, (d) => {
    const relation = d.relations.find((r) => r.id === id)
    relation?.evidence.splice(index, 1)
  })
}

// Steps

/** Adds a story step with a title; returns the work and the step's id. */
export function addStep(work: Work, title: string): { work: Work; id: string } {
  const id = uniqueId(
    slugify(title, 'step'),
    (work.dataset.steps ?? []).map((s) => s.id),
  )
  const step: Mutable<Step> = { id, title, text: '', relations: [] }
  const next = edit(work, (d) => {
    d.steps = [...(d.steps ?? []), step]
  })
  return { work: next, id }
}

export function setStepField(work: Work, id: string, key: 'title' | 'text', value: string): Work {
  return edit(work, (d) => {
    const step = d.steps?.find((s) => s.id === id)
    if (step) step[key] = value
  })
}

/** Lights or unlights an actor or relation in a step. */
export function toggleInStep(work: Work, id: string, list: 'actors' | 'relations', itemId: string): Work {
  return edit(work, (d) => {
    const step = d.steps?.find((s) => s.id === id)
    if (!step) return
    const items = step[list] ?? []
    step[list] = items.includes(itemId) ? items.filter((i) => i !== itemId) : [...items, itemId]
    if (step[list]?.length === 0 && list === 'actors') delete step.actors
  })
}

/** Moves a step one place earlier (-1) or later (+1). */
export function moveStep(work: Work, id: string, by: -1 | 1): Work {
  return edit(work, (d) => {
    const steps = d.steps ?? []
    const from = steps.findIndex((s) => s.id === id)
    const to = from + by
    if (from < 0 || to < 0 || to >= steps.length) return
    const [step] = steps.splice(from, 1)
    if (step) steps.splice(to, 0, step)
  })
}

export function deleteStep(work: Work, id: string): Work {
  return edit(work, (d) => {
    d.steps = d.steps?.filter((s) => s.id !== id)
    if (d.steps?.length === 0) delete d.steps
  })
}

/** Takes removed actors and relations out of every step. */
function pruneSteps(d: Draft, actors: ReadonlySet<string>, relations: ReadonlySet<string>) {
  for (const step of d.steps ?? []) {
    if (step.actors) step.actors = step.actors.filter((a) => !actors.has(a))
    if (step.relations) step.relations = step.relations.filter((r) => !relations.has(r))
  }
}
