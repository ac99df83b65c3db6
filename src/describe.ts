/**
 * Words for screen readers: the long description of the whole network (W3C's guidance for complex images)
 * and the short announcement of one actor. Generated from the data, so they never drift from the picture.
 */
import { RELATION_TYPES, type RelationType } from './dataset.ts'
import { formatCount } from './describe-value.ts'
import type { Visibility } from './filter.ts'
import { byDegree, type Graph, type GraphNode } from './graph.ts'

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`

type Counts = Readonly<Record<RelationType, number>>

/** `["13 cooperation", "3 negotiation"]`: the counts of `types` that are present, in legend order. */
const countParts = (counts: Counts, types: readonly RelationType[]) =>
  RELATION_TYPES.filter((type) => types.includes(type) && counts[type] > 0).map(
    (type) => `${counts[type]} ${type}`,
  )

/** "13 cooperation, 3 negotiation and 12 opposition" — only the types present (of `types`, when given). */
export function listCounts(counts: Counts, types: readonly RelationType[] = RELATION_TYPES): string {
  const parts = countParts(counts, types)
  if (parts.length < 2) return parts[0] ?? 'none'
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** Relations of one actor among the visible ones, counted by type. */
export function countsOf(node: GraphNode, visibility: Visibility): Record<RelationType, number> {
  let all = countsByNode.get(visibility)
  if (!all) {
    // Counted for every actor in one pass, once per filter: describing each of thousands of actors by
    // scanning every relation would take seconds.
    all = new Map()
    for (const link of visibility.links)
      for (const end of [link.source, link.target]) {
        const counts = all.get(end) ?? { cooperation: 0, negotiation: 0, opposition: 0 }
        counts[link.type]++
        all.set(end, counts)
      }
    countsByNode.set(visibility, all)
  }
  return { cooperation: 0, negotiation: 0, opposition: 0, ...all.get(node) }
}

const countsByNode = new WeakMap<Visibility, Map<GraphNode, Record<RelationType, number>>>()

/** "Delcy Rodríguez, interim president of Venezuela. 3 cooperation, 1 negotiation." */
export function describeActor(node: GraphNode, visibility: Visibility): string {
  const { name, role } = node.actor
  const relations = countParts(countsOf(node, visibility), RELATION_TYPES)
  return `${name}${role ? `, ${role}` : ''}. ${relations.length ? `${relations.join(', ')}.` : 'No visible relations.'}`
}

/** The long description: size, breakdown by type, the most connected actors, and what the filter hides. */
export function describeNetwork(
  graph: Graph,
  visibility: Visibility,
  shown: readonly RelationType[],
): string {
  const total = graph.links.length
  const top = byDegree(graph)
    .filter((node) => node.degree > 0)
    .slice(0, 3)
    .map((node) => `${node.actor.name} (${plural(node.degree, 'relation')})`)
  const hidden = RELATION_TYPES.filter((type) => !shown.includes(type) && visibility.counts[type] > 0)
  const sentences = [
    `A network of ${plural(graph.nodes.length, 'actor')} and ${plural(total, 'relation')}${total ? `: ${listCounts(visibility.counts)}` : ''}.`,
  ]
  if (top.length) sentences.push(`Most connected: ${top.join(', ')}.`)
  if (hidden.length) {
    const one = hidden.length === 1 && visibility.counts[hidden[0] as RelationType] === 1
    sentences.push(
      `The filter hides ${listCounts(visibility.counts, hidden)} ${one ? 'relation' : 'relations'}; ${plural(visibility.links.length, 'relation')} shown.`,
    )
  }
  return sentences.join(' ')
}
