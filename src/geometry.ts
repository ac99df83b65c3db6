/**
 * Edge geometry in screen space: several relations between one pair become separate curves ("lanes"),
 * and every path is trimmed at the node rims so arrowheads stop at the rim instead of under the node.
 */

export interface Circle {
  readonly x: number
  readonly y: number
  readonly r: number
}

interface PairedLink {
  readonly id: string
  readonly source: { readonly id: string }
  readonly target: { readonly id: string }
}

/**
 * Lane offset of each link among the links that join the same pair of actors, in lane units:
 * 0 for a lone link, ±0.5 for two, -1/0/1 for three… Offsets are signed in the pair's canonical
 * direction (lower id first) so a relation A→B and one B→A bend to opposite sides, never coincide.
 */
export function assignLanes(links: readonly PairedLink[]): Map<string, number> {
  const pairs = new Map<string, PairedLink[]>()
  for (const link of links) {
    const key = pairKey(link.source.id, link.target.id)
    const pair = pairs.get(key)
    if (pair) pair.push(link)
    else pairs.set(key, [link])
  }
  const lanes = new Map<string, number>()
  for (const pair of pairs.values()) {
    pair.forEach((link, index) => {
      const offset = index - (pair.length - 1) / 2
      const reversed = link.source.id > link.target.id
      lanes.set(link.id, reversed ? -offset : offset)
    })
  }
  return lanes
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`)

type Point = { readonly x: number; readonly y: number }

/** Arrowhead length in CSS pixels; paths stop this far before the target's rim and the arrowhead fills the gap. */
export const ARROW = 8
/** Distance between the apexes of neighbouring parallel relations, in CSS pixels. */
export const LANE_SPACING = 16

/** A relation drawn as a quadratic curve; a straight one has its control point halfway. */
export interface EdgeShape {
  /** SVG path data; empty when the two nodes overlap and leave no room for an edge. */
  readonly d: string
  readonly start: Point
  readonly control: Point
  readonly end: Point
}

/**
 * A straight or quadratic path from the rim of `source` to the rim of `target`. `lane` is the offset from
 * `assignLanes`, `spacing` the distance between neighbouring lanes at the curve's apex, and `arrow` the
 * length of the arrowhead drawn past the path's end (0 for undirected relations).
 */
export function edgePath(
  source: Circle,
  target: Circle,
  lane: number,
  spacing: number,
  arrow = 0,
): EdgeShape {
  const dx = target.x - source.x
  const dy = target.y - source.y
  const length = Math.hypot(dx, dy) || 1e-6
  // A quadratic curve's apex lies halfway to its control point, so the control point sits twice as far out.
  const bend = 2 * lane * spacing
  const control = {
    x: (source.x + target.x) / 2 - (dy / length) * bend,
    y: (source.y + target.y) / 2 + (dx / length) * bend,
  }
  const start = towards(source, control, source.r)
  const end = towards(target, control, target.r + arrow)
  // Nodes that touch or overlap leave no room for a visible edge: draw nothing rather than a reversed stub.
  const d =
    length <= source.r + target.r + arrow
      ? ''
      : lane === 0
        ? `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`
        : `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`
  return { d, start, control, end }
}

/**
 * The arrowhead of an edge as path data: the arrow markers' triangle (see graph-template.ts), `size` long,
 * with its base at the path's end and pointing along the curve's final direction. Large networks draw all
 * arrowheads of a type as one path, where a marker could only mark the whole path's last point.
 */
export function arrowHead({ control, end }: EdgeShape, size: number): string {
  const dx = end.x - control.x
  const dy = end.y - control.y
  const length = Math.hypot(dx, dy) || 1e-6
  const [ux, uy] = [(dx / length) * size, (dy / length) * size]
  const at = (along: number, across: number) =>
    `${round(end.x + along * ux - across * uy)},${round(end.y + along * uy + across * ux)}`
  return `M${at(-0.05, -0.45)}L${at(0.95, 0)}L${at(-0.05, 0.45)}Z`
}

/** Distance from (x, y) to an edge's curve, measured to eight chords of it (within a pixel at these bends). */
export function distanceToEdge({ start, control, end }: EdgeShape, x: number, y: number): number {
  let nearest = Infinity
  let from = start
  for (let i = 1; i <= 8; i++) {
    const t = i / 8
    const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t * t]
    const to = { x: a * start.x + b * control.x + c * end.x, y: a * start.y + b * control.y + c * end.y }
    nearest = Math.min(nearest, distanceToSegment(from, to, x, y))
    from = to
  }
  return nearest
}

function distanceToSegment(a: Point, b: Point, x: number, y: number): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y]
  const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)))
  return Math.hypot(a.x + t * dx - x, a.y + t * dy - y)
}

/** The point at `distance` from the centre of `circle`, heading towards (x, y). */
function towards(circle: Circle, { x, y }: Point, distance: number) {
  const dx = x - circle.x
  const dy = y - circle.y
  const length = Math.hypot(dx, dy) || 1e-6
  return { x: circle.x + (dx / length) * distance, y: circle.y + (dy / length) * distance }
}

/** Two decimals are below a device pixel and keep path strings short. */
const round = (value: number) => Math.round(value * 100) / 100
