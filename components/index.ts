/**
 * The package's public entry: the element, its events, and the dataset format with its validator.
 * Importing it defines `<actor-network>` (the registration in `actor-network.ts` is guarded).
 */
export type { Actor, ActorKind, Dataset, Relation, RelationType, Source } from '../src/dataset.ts'
export { ACTOR_KINDS, RELATION_TYPES } from '../src/dataset.ts'
export type { DatasetError, ParseResult } from '../src/validate.ts'
export { formatError, parseDataset } from '../src/validate.ts'
export { ActorNetwork } from './actor-network.ts'
export {
  ActorHoverEvent,
  ActorSelectEvent,
  FilterChangeEvent,
  NetworkErrorEvent,
  NetworkReadyEvent,
  RelationHoverEvent,
} from './events.ts'
