/**
 * What the reader is looking at (hover, selection, highlight, a drag) and the neighbourhood that follows from
 * it: the actors and relations that stay while the rest of the network dims.
 */
import type { Visibility } from '../src/filter.ts'
import type { Graph, RelationLink } from '../src/graph.ts'

/** What the pointer or keyboard focus is on. */
export type Target = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null

export interface PaintState {
  readonly hovered: Target
  readonly selected: string | undefined
  /** The actor holding the graph's single tab stop. */
  readonly roving: string | undefined
  /** Relations highlighted by the host or a story step: they and their actors stay, the rest dims. */
  readonly highlighted?: ReadonlySet<string>
  /** The selected relation, drawn active. */
  readonly selectedRelation?: string
  /** The actor being dragged, if any. */
  readonly dragged?: string
  /** How far a selection's highlighted neighbourhood reaches: 1 (neighbours) or 2 (their neighbours too). */
  readonly hops?: number
}

export interface Neighbourhood {
  /** The selected actor, if it is in the graph. */
  readonly selected: string | undefined
  /** The actor hovered, or else the one selected: its neighbourhood stays. */
  readonly focusActor: string | undefined
  /** The relation hovered, or else the one selected. */
  readonly relationId: string | undefined
  /** The actors that stay; empty when nothing is in focus and nothing dims. */
  readonly near: ReadonlySet<string>
  /** The relations that stay, by id. */
  readonly nearEdges: ReadonlyMap<string, RelationLink>
}

/**
 * The neighbourhood that `state` keeps: a hovered actor's relations (one hop), a selected actor's up to
 * `hops`, a hovered or selected relation, or else the highlighted relations; each with their actors.
 */
export function neighbourhood(graph: Graph, visibility: Visibility, state: PaintState): Neighbourhood {
  const { hovered, highlighted } = state
  const selected = state.selected && graph.nodeById.has(state.selected) ? state.selected : undefined
  const focusActor = hovered?.kind === 'actor' ? hovered.id : hovered ? undefined : selected
  const near = new Set<string>()
  const nearEdges = new Map<string, RelationLink>()
  const keep = (link: RelationLink) => {
    nearEdges.set(link.id, link)
    near.add(link.source.id)
    near.add(link.target.id)
  }
  const relationId = hovered?.kind === 'relation' ? hovered.id : hovered ? undefined : state.selectedRelation
  if (focusActor) {
    // Hover shows one hop; a selection reaches as far as `hops`.
    let frontier = new Set([focusActor])
    near.add(focusActor)
    const hops = hovered?.kind === 'actor' ? 1 : (state.hops ?? 1)
    for (let hop = 0; hop < hops; hop++) {
      const next = new Set<string>()
      for (const link of visibility.links) {
        if (!frontier.has(link.source.id) && !frontier.has(link.target.id)) continue
        for (const id of [link.source.id, link.target.id]) if (!near.has(id)) next.add(id)
        keep(link)
      }
      frontier = next
    }
  } else if (relationId) {
    const link = visibility.links.find((l) => l.id === relationId)
    if (link) keep(link)
  } else if (highlighted?.size) {
    for (const link of visibility.links) if (highlighted.has(link.id)) keep(link)
  }
  return { selected, focusActor, relationId, near, nearEdges }
}
