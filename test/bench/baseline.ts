/**
 * The plain d3 baseline: a minimal, standard d3 force graph, as a typical page writes it (after the
 * "Force-directed graph" and "Disjoint force-directed graph" examples): d3-force with its default
 * forces and cooling, animated by d3's own timer, SVG circles and lines rewritten on every tick,
 * d3-drag with an alphaTarget reheat, d3-zoom transforming one `<g>`.
 */

import { drag } from 'd3-drag'
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force'
import { select } from 'd3-selection'
import { zoom } from 'd3-zoom'
import type { Dataset } from '../../src/dataset.ts'

interface Node extends SimulationNodeDatum {
  id: string
  kind: string
}
interface Link extends SimulationLinkDatum<Node> {
  type: string
}

const COLOUR: Record<string, string> = {
  cooperation: '#0072b2',
  negotiation: '#92005f',
  opposition: '#c84300',
}
const FILL: Record<string, string> = { person: '#2d3e50', institution: '#53616f', group: '#7a5a2f' }

export interface Baseline {
  /** Resolves when the simulation first cools below alphaMin (its `end` event). */
  readonly ended: Promise<void>
  /** Stops the simulation where it is (it restarts when a node is dragged). */
  stop(): void
}

/** Draws `dataset` into `container` as a `width` × `height` SVG and starts the simulation. */
export function mount(container: Element, dataset: Dataset, width: number, height: number): Baseline {
  const nodes: Node[] = dataset.actors.map((a) => ({ id: a.id, kind: a.kind }))
  const links: Link[] = dataset.relations.map((r) => ({ source: r.source, target: r.target, type: r.type }))

  const simulation = forceSimulation(nodes)
    .force(
      'link',
      forceLink<Node, Link>(links).id((d) => d.id),
    )
    .force('charge', forceManyBody())
    .force('x', forceX())
    .force('y', forceY())

  const svg = select(container)
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('viewBox', [-width / 2, -height / 2, width, height].join(' '))
    .attr('style', 'max-width: 100%; height: auto; display: block')
  const g = svg.append('g')

  const link = g
    .append('g')
    .attr('stroke-opacity', 0.6)
    .selectAll('line')
    .data(links)
    .join('line')
    .attr('stroke', (d) => COLOUR[d.type] ?? '#999')
    .attr('stroke-width', 1.5)

  const node = g
    .append('g')
    .attr('stroke', '#fff')
    .attr('stroke-width', 1.5)
    .selectAll<SVGCircleElement, Node>('circle')
    .data(nodes)
    .join('circle')
    .attr('r', 5)
    .attr('fill', (d) => FILL[d.kind] ?? '#333')
    .attr('data-actor-id', (d) => d.id)

  node.append('title').text((d) => d.id)

  node.call(
    drag<SVGCircleElement, Node>()
      .on('start', (event, d) => {
        if (!event.active) simulation.alphaTarget(0.3).restart()
        d.fx = d.x
        d.fy = d.y
      })
      .on('drag', (event, d) => {
        d.fx = event.x
        d.fy = event.y
      })
      .on('end', (event, d) => {
        if (!event.active) simulation.alphaTarget(0)
        d.fx = null
        d.fy = null
      }),
  )

  svg.call(
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.1, 8])
      .on('zoom', (event) => g.attr('transform', event.transform)),
  )

  const ended = new Promise<void>((resolve) => {
    simulation.on('end', () => resolve())
  })

  const ticked = () => {
    link
      .attr('x1', (d) => (d.source as Node).x ?? 0)
      .attr('y1', (d) => (d.source as Node).y ?? 0)
      .attr('x2', (d) => (d.target as Node).x ?? 0)
      .attr('y2', (d) => (d.target as Node).y ?? 0)
    node.attr('cx', (d) => d.x ?? 0).attr('cy', (d) => d.y ?? 0)
  }
  simulation.on('tick', ticked)

  return { ended, stop: () => simulation.stop() }
}
