/**
 * Which relations are visible for a set of relation types, and which actors that leaves without a visible
 * relation (drawn dimmed, never removed, so the picture keeps its shape).
 */
import { RELATION_TYPES, type RelationType } from './dataset.ts'
import type { Graph, GraphNode, RelationLink } from './graph.ts'

/**
 * Reads the `relations` attribute: space-separated relation types. Unknown tokens are ignored;
 * a missing attribute means every type. Returned in legend order, without duplicates.
 */
export function parseRelationTypes(value: string | null | undefined): RelationType[] {
  if (value == null) return [...RELATION_TYPES]
  const tokens = new Set(value.trim().toLowerCase().split(/\s+/))
  return RELATION_TYPES.filter((type) => tokens.has(type))
}

/** Writes relation types back as the attribute value, in legend order. */
export const formatRelationTypes = (types: Iterable<RelationType>): string => {
  const set = new Set(types)
  return RELATION_TYPES.filter((type) => set.has(type)).join(' ')
}

export interface Visibility {
  readonly links: RelationLink[]
  /** Actors with no visible relation. */
  readonly isolated: ReadonlySet<string>
  /** Visible relation count per type. */
  readonly counts: Readonly<Record<RelationType, number>>
}

/** The visible part of the graph for the given relation types. */
export function filterGraph(graph: Graph, types: Iterable<RelationType>): Visibility {
  const shown = new Set(types)
  const links = graph.links.filter((link) => shown.has(link.type))
  const connected = new Set<string>()
  for (const link of links) {
    connected.add(link.source.id)
    connected.add(link.target.id)
  }
  const isolated = new Set(graph.nodes.filter((node) => !connected.has(node.id)).map((node) => node.id))
  return { links, isolated, counts: countByType(graph.links) }
}

/** The visible relations an actor takes part in, in dataset order. */
export const linksOf = (node: GraphNode, visibility: Visibility): RelationLink[] =>
  visibility.links.filter((link) => link.source === node || link.target === node)

/** Relation count per type, all types present (zero when absent). */
export function countByType(links: readonly { type: RelationType }[]): Record<RelationType, number> {
  const counts = { cooperation: 0, negotiation: 0, opposition: 0 }
  for (const link of links) counts[link.type]++
  return counts
}
