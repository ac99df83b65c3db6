/**
 * The SVG structure of a network: tethers, edges (a wide invisible hit path under each visible line) and
 * nodes (hit area, focus ring, selection ring, glyph, label). Rendered by Lit once per dataset or filter;
 * positions are written afterwards by the GraphPainter.
 */
import { nothing, render, svg } from 'lit'
import { RELATION_TYPES } from '../src/dataset.ts'
import { describeActor } from '../src/describe.ts'
import type { Visibility } from '../src/filter.ts'
import { byDegree, drawnInBulk, type Graph, LARGE_NETWORK, type RelationLink } from '../src/graph.ts'
import { glyphPath } from '../src/shapes.ts'
import { shortLabel } from '../src/text.ts'

/**
 * One relation: a wide invisible hit path (small networks only) under the visible line, and the arrowhead of a
 * directed one as a path of its own. A marker would do, but fading a line with its marker takes a layer of
 * its own for each: a hover in a network of 100 relations rasterized a hundred layers and missed its frame.
 */
const edge = (link: RelationLink, hit: boolean) =>
  svg`<g class="edge edge--${link.type}" part="edge edge--${link.type}"
      data-relation-id=${link.id} data-relation-type=${link.type}>
    ${hit ? svg`<path class="edge-hit"></path>` : nothing}
    <path class="edge-line"></path>
    ${link.relation.directed ? svg`<path class="arrowheads arrow--${link.type}"></path>` : nothing}
  </g>`

/**
 * A relation's own elements, made outside the document: a large network draws its relations in bulk and
 * makes these only for the few that hover, selection or a drag lift onto the lift layer.
 */
export function edgeElements(link: RelationLink): {
  group: SVGGElement
  line: SVGPathElement
  arrow: SVGPathElement | null
} {
  const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
  render(edge(link, false), holder)
  const group = holder.querySelector('g') as SVGGElement
  return {
    group,
    line: group.querySelector('.edge-line') as SVGPathElement,
    arrow: group.querySelector('.arrowheads'),
  }
}

/**
 * A network drawn in bulk (see `drawnInBulk`) draws the relations of each type as a few paths for hundreds of
 * relations (the painter writes them, and finds which relation the pointer is on); its actors go without
 * their wider hit circle (the glyph takes the pointer) and their focus and selection rings (the glyph's own
 * outline shows both). Past LARGE_NETWORK actors, only the best-connected actors carry a label in the
 * graphic (every name stays in the tooltip, the details and the table). Thousands fewer elements to create,
 * style and paint before the first picture: at 2,000 actors and 6,000 relations, the relations' own
 * elements alone took about half a second.
 */
const LABELS_IN_LARGE = 120

/** `short`: labels give the actors' short names (`shortName`) where the dataset has them, as on a phone. */
export function renderGraph(graph: Graph, visibility: Visibility, short = false) {
  const large = drawnInBulk(graph)
  const labelled =
    graph.nodes.length > LARGE_NETWORK ? new Set(byDegree(graph).slice(0, LABELS_IN_LARGE)) : undefined
  const nodes = graph.nodes.map(
    (
      node,
    ) => svg`<g class="node node--${node.actor.kind}" part="node node--${node.actor.kind}" data-actor-id=${node.id}
          role="button" tabindex="-1" aria-label=${describeActor(node, visibility)}>
        ${
          large
            ? nothing
            : svg`<circle class="node-hit" r=${Math.max(12, node.radius + 4)}></circle>
        <path class="focus-ring" d=${glyphPath(node.actor.kind, node.radius + 6)}></path>
        <path class="ring" d=${glyphPath(node.actor.kind, node.radius + 3.5)}></path>`
        }
        <path class="glyph" d=${glyphPath(node.actor.kind, node.radius)}></path>
      </g>`,
  )
  return svg`<g class="tethers" aria-hidden="true">${graph.affiliations.map(() => svg`<line class="tether"></line>`)}</g>
    <g class="edges" aria-hidden="true">${
      large
        ? RELATION_TYPES.map((type) => svg`<g class="bulk edge--${type}" data-relation-type=${type}></g>`)
        : visibility.links.map((link) => edge(link, true))
    }</g>
    ${
      // A template for each way of drawing, so that a network drawn the other way replaces the actors rather
      // than reusing them: the painter moves a careful actor's group, but writes a bulk actor's glyph where it
      // is, and a reused element would keep the other way's transform or path. (Two identical ones would be
      // merged into one by the minifier.)
      large ? svg`<g class="nodes is-bulk">${nodes}</g>` : svg`<g class="nodes">${nodes}</g>`
    }
    <g class="labels" aria-hidden="true">${(
      labelled ? graph.nodes.filter((node) => labelled.has(node)) : graph.nodes
    ).map(
      (node) =>
        svg`<text class="label" part="label" data-actor-id=${node.id}>${(short && node.actor.shortName) || shortLabel(node.actor.name)}</text>`,
    )}</g>`
}
