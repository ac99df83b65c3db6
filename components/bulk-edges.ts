/**
 * Relations drawn in bulk: each type as a path of lines and one of arrowheads per cell of a grid over the
 * view, written from the curves the painter computed; and the relation under the pointer, found by distance
 * since the relations have no elements of their own to take it.
 */
import { ARROW, arrowHead, distanceToEdge, type EdgeShape } from '../src/geometry.ts'
import type { RelationLink } from '../src/graph.ts'
import { setIfChanged } from './svg-writes.ts'

/**
 * About how many relations of one type a cell of the grid holds. Fewer make more elements to style and
 * paint; more make each repainted tile draw more relations beyond it. At 5,000 actors a drag's repaints took
 * 1.6 s a second in cells of 128 px and 0.6 s in cells of 24, against 0.5 s with an element per relation. 6
 * makes cells of about 30 px there, 50 px at 2,000 actors, in a 1,100 × 760 view.
 */
const PER_CELL = 6

/**
 * The side of the cells, in CSS pixels, that hold about `PER_CELL` relations of a type each where `links`
 * spread over a view of `size`.
 */
export function cellSize(links: readonly RelationLink[], size: { width: number; height: number }): number {
  const types = new Set(links.map((link) => link.type)).size
  const perType = links.length / (types || 1)
  return Math.max(16, Math.sqrt((size.width * size.height * PER_CELL) / (perType || 1)))
}

/**
 * Writes into each type's group (`groups`, by type) its relations in `shapes`, but those `skip` leaves out,
 * as a path of lines and one of arrowheads per cell. One pair for all would look the same, but the browser
 * rasterizes a path whole in every tile it touches: cut by place, a tile repainted (under a drag, say) draws
 * only the relations near it, where one path of 15,000 relations took seconds a frame.
 */
export function drawBulk(
  groups: ReadonlyMap<string, SVGGElement>,
  shapes: ReadonlyMap<RelationLink, EdgeShape>,
  cell: number,
  skip: (link: RelationLink) => boolean,
) {
  // Path data by type and cell: `[lines, arrowheads]`.
  const cells = new Map<string, [string, string]>()
  for (const [link, shape] of shapes) {
    if (!shape.d || skip(link)) continue
    const { x, y } = shape.control
    const key = `${link.type} ${Math.floor(x / cell)},${Math.floor(y / cell)}`
    const paths = cells.get(key) ?? ['', '']
    cells.set(key, [
      paths[0] + shape.d,
      link.relation.directed ? paths[1] + arrowHead(shape, ARROW + 1) : paths[1],
    ])
  }
  for (const [type, group] of groups) {
    const paths = [...cells].flatMap(([key, pair]) => (key.startsWith(`${type} `) ? pair : []))
    while (group.children.length > paths.length) group.lastElementChild?.remove()
    while (group.children.length < paths.length) {
      const path = group.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'))
      path.setAttribute('class', group.children.length % 2 ? 'edge-line' : `arrowheads arrow--${type}`)
    }
    paths.forEach((d, i) => {
      setIfChanged(group.children[i] as Element, 'd', d)
    })
  }
}

/** The relation in `shapes` drawn within `tolerance` CSS pixels of (x, y), the nearest one, if any. */
export function relationNear(
  shapes: ReadonlyMap<RelationLink, EdgeShape>,
  x: number,
  y: number,
  tolerance: number,
): RelationLink | undefined {
  let found: RelationLink | undefined
  let nearest = tolerance
  for (const [link, shape] of shapes) {
    // Most relations are nowhere near: the box around their curve's points says so in a few compares,
    // with nothing allocated (this runs on every pointer move, over thousands of relations).
    const { d, start: a, control: c, end: b } = shape
    if (!d || Math.min(a.x, c.x, b.x) > x + nearest || Math.max(a.x, c.x, b.x) < x - nearest) continue
    if (Math.min(a.y, c.y, b.y) > y + nearest || Math.max(a.y, c.y, b.y) < y - nearest) continue
    const distance = distanceToEdge(shape, x, y)
    if (distance < nearest) [nearest, found] = [distance, link]
  }
  return found
}
