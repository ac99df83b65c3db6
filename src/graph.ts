/**
 * The graph model: a dataset turned into nodes and links that d3-force may mutate. The dataset itself is
 * never written to; every node and link is a fresh object that points back to its actor or relation.
 */
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force'
import type { Actor, Dataset, Relation, RelationType } from './dataset.ts'

export interface GraphNode extends SimulationNodeDatum {
  readonly id: string
  readonly actor: Actor
  /** Number of relations the actor takes part in (affiliations not counted). */
  readonly degree: number
  /** Drawn radius in CSS pixels; grows with degree so the most connected actors stand out. */
  readonly radius: number
}

export interface RelationLink extends SimulationLinkDatum<GraphNode> {
  readonly id: string
  readonly relation: Relation
  readonly type: RelationType
  source: GraphNode
  target: GraphNode
}

/** A faint tether from a person to the institution they belong to; not a relation. */
export interface AffiliationLink extends SimulationLinkDatum<GraphNode> {
  source: GraphNode
  target: GraphNode
}

export interface Graph {
  readonly nodes: GraphNode[]
  readonly links: RelationLink[]
  readonly affiliations: AffiliationLink[]
  readonly nodeById: ReadonlyMap<string, GraphNode>
}

/**
 * Past this many actors a network is "large": the layout settles in fewer, cheaper ticks, without the
 * collision force, and only the best-connected actors carry a label in the graphic.
 */
export const LARGE_NETWORK = 300

/**
 * Past this many elements (actors and relations together) the widget draws in bulk: relations as a few
 * paths, hover, selection and drags on a layer of their own over a veil, zoom by scaling the pixels drawn,
 * a dragged actor moving alone (see `graph-template.ts` and the painter). Drawn the careful way, the whole
 * picture is rasterized again whenever the network moves or dims, and long dashed relations crossing it are
 * what costs: on a quiet 2-core machine without a GPU, 30 actors with 90 relations and 24 with 96 sit at the
 * edge of a frame for a zoom or a first hover, 37 / 111 and 75 / 225 miss it. The switch counts actors and
 * relations together because the cost follows the elements drawn, not the actors alone.
 */
export const BULK_DRAWING = 120

/** Whether `graph` is drawn in bulk (see `BULK_DRAWING`). */
export const drawnInBulk = (graph: Graph): boolean => graph.nodes.length + graph.links.length > BULK_DRAWING

/** Radius of a node of the given degree, in CSS pixels. */
export const nodeRadius = (degree: number): number => 7 + 2.6 * Math.sqrt(degree)

/** Builds the graph of a valid dataset (see `parseDataset`): ids are unique and every reference resolves. */
export function buildGraph(dataset: Dataset): Graph {
  const degree = new Map<string, number>()
  for (const { source, target } of dataset.relations) {
    degree.set(source, (degree.get(source) ?? 0) + 1)
    degree.set(target, (degree.get(target) ?? 0) + 1)
  }
  const nodes = dataset.actors.map((actor): GraphNode => {
    const d = degree.get(actor.id) ?? 0
    return { id: actor.id, actor, degree: d, radius: nodeRadius(d) }
  })
  const nodeById = new Map(nodes.map((node) => [node.id, node]))
  const links: RelationLink[] = []
  for (const relation of dataset.relations) {
    const source = nodeById.get(relation.source)
    const target = nodeById.get(relation.target)
    if (source && target) links.push({ id: relation.id, relation, type: relation.type, source, target })
  }
  const affiliations: AffiliationLink[] = []
  for (const node of nodes) {
    const target = node.actor.affiliation === undefined ? undefined : nodeById.get(node.actor.affiliation)
    if (target && target !== node) affiliations.push({ source: node, target })
  }
  return { nodes, links, affiliations, nodeById }
}

/** Actors ranked by degree, most connected first; ties keep dataset order. Do not modify the list. */
export function byDegree(graph: Graph): readonly GraphNode[] {
  // Ranked once per graph: the long description asks on every render, and sorting thousands adds up.
  let ranked = ranks.get(graph)
  if (!ranked) {
    // Array sorts are stable: ties keep their dataset order.
    ranked = [...graph.nodes].sort((a, b) => b.degree - a.degree)
    ranks.set(graph, ranked)
  }
  return ranked
}

const ranks = new WeakMap<Graph, GraphNode[]>()
