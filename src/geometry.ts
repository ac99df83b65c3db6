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

export interface EdgeShape {
  /** SVG path data. */
  readonly d: string
  /** The curve's midpoint, where a tooltip or label may anchor. */
  readonly mid: { readonly x: number; readonly y: number }
}

/**
 * A straight or quadratic path from the rim of `source` to the rim of `target`. `lane` is the offset from
 * `assignLanes`, `spacing` the distance between neighbouring lanes at the curve's apex, and `arrow` the
 * length of the arrowhead that a marker draws past the path's end (0 for undirected relations).
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
  const cx = (source.x + target.x) / 2 - (dy / length) * bend
  const cy = (source.y + target.y) / 2 + (dx / length) * bend
  const start = towards(source, cx, cy, source.r)
  const end = towards(target, cx, cy, target.r + arrow)
  const mid = { x: 0.25 * start.x + 0.5 * cx + 0.25 * end.x, y: 0.25 * start.y + 0.5 * cy + 0.25 * end.y }
  // Nodes that touch or overlap leave no room for a visible edge: draw nothing rather than a reversed stub.
  if (length <= source.r + target.r + arrow) return { d: '', mid }
  const d =
    lane === 0
      ? `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`
      : `M${round(start.x)},${round(start.y)}Q${round(cx)},${round(cy)} ${round(end.x)},${round(end.y)}`
  return { d, mid }
}

/** The point at `distance` from the centre of `circle`, heading towards (x, y). */
function towards(circle: Circle, x: number, y: number, distance: number) {
  const dx = x - circle.x
  const dy = y - circle.y
  const length = Math.hypot(dx, dy) || 1e-6
  return { x: circle.x + (dx / length) * distance, y: circle.y + (dy / length) * distance }
}

/** Two decimals are below a device pixel and keep path strings short. */
const round = (value: number) => Math.round(value * 100) / 100
