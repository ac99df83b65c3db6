/**
 * The element's events: one class each, all bubbling and composed so a host page can listen on any
 * ancestor. They fire for reader actions and asynchronous state only, never because the host set a property.
 */

import type { Actor, Dataset, Relation, RelationType } from '../src/dataset.ts'
import type { DatasetError } from '../src/validate.ts'

const init = { bubbles: true, composed: true } as const

/** The reader's pointer entered an actor (`actor`) or left it (`null`). */
export class ActorHoverEvent extends Event {
  constructor(readonly actor: Actor | null) {
    super('actor-hover', init)
  }
  get detail() {
    return { actor: this.actor }
  }
}

/** The reader selected an actor, or cleared the selection (`null`). */
export class ActorSelectEvent extends Event {
  constructor(readonly actor: Actor | null) {
    super('actor-select', init)
  }
  get detail() {
    return { actor: this.actor }
  }
}

/** The reader's pointer entered a relation (`relation`) or left it (`null`). */
export class RelationHoverEvent extends Event {
  constructor(readonly relation: Relation | null) {
    super('relation-hover', init)
  }
  get detail() {
    return { relation: this.relation }
  }
}

/** The reader changed the visible relation types. */
export class FilterChangeEvent extends Event {
  constructor(readonly relations: RelationType[]) {
    super('filter-change', init)
  }
  get detail() {
    return { relations: this.relations }
  }
}

/** The reader chose a quote: the host can show that sentence in the source (the demo page scrolls to it). */
export class EvidenceSelectEvent extends Event {
  constructor(
    readonly relation: Relation,
    readonly quote: string,
  ) {
    super('evidence-select', init)
  }
  get detail() {
    return { relation: this.relation, quote: this.quote }
  }
}

/** The reader moved to another story step (0 is the overview before the first step). */
export class StepChangeEvent extends Event {
  constructor(
    readonly step: number,
    readonly title: string | null,
  ) {
    super('step-change', init)
  }
  get detail() {
    return { step: this.step, title: this.title }
  }
}

/** A dataset was loaded, validated and drawn. */
export class NetworkReadyEvent extends Event {
  constructor(readonly dataset: Dataset) {
    super('network-ready', init)
  }
  get detail() {
    return { dataset: this.dataset }
  }
}

/** The dataset could not be loaded or is invalid; `errors` lists every problem with its location. */
export class NetworkErrorEvent extends Event {
  constructor(readonly errors: readonly DatasetError[]) {
    super('error', init)
  }
  get detail() {
    return { errors: this.errors }
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
