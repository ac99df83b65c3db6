/**
 * The element's events: one class each, all bubbling and composed so a host page can listen on any
 * ancestor. They fire for reader actions and asynchronous state only, never because the host set a property.
 * Each class extends Event and passes its type to `super` first: the manifest's build reads them so.
 */

import type { Actor, Dataset, Relation, RelationType } from '../src/dataset.ts'
import type { DatasetError } from '../src/validate.ts'

const init = { bubbles: true, composed: true } as const

/** Puts the event's fields on it (`event.actor`), and again as `detail` for listeners written for CustomEvent. */
const expose = (event: Event, detail: object) => Object.assign(event, detail, { detail })

/** The reader's pointer entered an actor (`actor`) or left it (`null`). */
export class ActorHoverEvent extends Event {
  declare readonly actor: Actor | null
  declare readonly detail: { actor: Actor | null }
  constructor(actor: Actor | null) {
    super('actor-hover', init)
    expose(this, { actor })
  }
}

/** The reader selected an actor, or cleared the selection (`null`). */
export class ActorSelectEvent extends Event {
  declare readonly actor: Actor | null
  declare readonly detail: { actor: Actor | null }
  constructor(actor: Actor | null) {
    super('actor-select', init)
    expose(this, { actor })
  }
}

/** The reader's pointer entered a relation (`relation`) or left it (`null`). */
export class RelationHoverEvent extends Event {
  declare readonly relation: Relation | null
  declare readonly detail: { relation: Relation | null }
  constructor(relation: Relation | null) {
    super('relation-hover', init)
    expose(this, { relation })
  }
}

/** The reader changed the visible relation types. */
export class FilterChangeEvent extends Event {
  declare readonly relations: RelationType[]
  declare readonly detail: { relations: RelationType[] }
  constructor(relations: RelationType[]) {
    super('filter-change', init)
    expose(this, { relations })
  }
}

/** The reader chose a quote: the host can show that sentence in the source (the demo page scrolls to it). */
export class EvidenceSelectEvent extends Event {
  declare readonly relation: Relation
  declare readonly quote: string
  declare readonly detail: { relation: Relation; quote: string }
  constructor(relation: Relation, quote: string) {
    super('evidence-select', init)
    expose(this, { relation, quote })
  }
}

/** The reader moved to another story step (0 is the overview before the first step). */
export class StepChangeEvent extends Event {
  declare readonly step: number
  declare readonly title: string | null
  declare readonly detail: { step: number; title: string | null }
  constructor(step: number, title: string | null) {
    super('step-change', init)
    expose(this, { step, title })
  }
}

/** A dataset was loaded, validated and drawn. */
export class NetworkReadyEvent extends Event {
  declare readonly dataset: Dataset
  declare readonly detail: { dataset: Dataset }
  constructor(dataset: Dataset) {
    super('network-ready', init)
    expose(this, { dataset })
  }
}

/** The dataset could not be loaded or is invalid; `errors` lists every problem with its location. */
export class NetworkErrorEvent extends Event {
  declare readonly errors: readonly DatasetError[]
  declare readonly detail: { errors: readonly DatasetError[] }
  constructor(errors: readonly DatasetError[]) {
    super('error', init)
    expose(this, { errors })
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'actor-hover': ActorHoverEvent
    'actor-select': ActorSelectEvent
    'relation-hover': RelationHoverEvent
    'filter-change': FilterChangeEvent
    'network-ready': NetworkReadyEvent
    'evidence-select': EvidenceSelectEvent
    'step-change': StepChangeEvent
  }
}
