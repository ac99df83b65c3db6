/**
 * Keyboard navigation over the drawn network: an arrow key moves to the neighbour that lies in that
 * direction (relations and affiliation tethers both count); failing that, to the nearest actor in that
 * direction; failing that, to the next (right, down) or previous (left, up) actor in reading order.
 */

export type Direction = 'left' | 'right' | 'up' | 'down'

/** An actor where it is drawn; one not placed yet counts as at the origin. */
export interface Placed {
  readonly id: string
  readonly x?: number
  readonly y?: number
}

/** Unit vectors of the directions, on screen (y down). */
export const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
}

/**
 * The actor to move to from `from` when pressing `direction`. `order` is the fallback reading order (e.g.
 * most connected first); `neighbours` the ids connected to `from` by a visible relation.
 */
export function step(
  from: Placed,
  direction: Direction,
  actors: readonly Placed[],
  neighbours: ReadonlySet<string>,
  order: readonly string[],
): string {
  const toNeighbour = best(
    from,
    direction,
    actors.filter((a) => neighbours.has(a.id)),
  )
  if (toNeighbour) return toNeighbour
  const toAny = best(from, direction, actors)
  if (toAny) return toAny
  const index = order.indexOf(from.id)
  const forward = direction === 'right' || direction === 'down'
  const next = (index + (forward ? 1 : -1) + order.length) % order.length
  return order[next] ?? from.id
}

/** The candidate within 60° of the direction with the smallest distance, penalising the off-axis part. */
function best(from: Placed, direction: Direction, candidates: readonly Placed[]): string | undefined {
  const [vx, vy] = VECTORS[direction]
  let winner: string | undefined
  let score = Infinity
  for (const c of candidates) {
    if (c.id === from.id) continue
    const dx = (c.x ?? 0) - (from.x ?? 0)
    const dy = (c.y ?? 0) - (from.y ?? 0)
    const along = dx * vx + dy * vy
    const across = Math.abs(dx * vy - dy * vx)
    // Within ±60° of the arrow: tan(60°) ≈ 1.73.
    if (along <= 0 || across > along * 1.73) continue
    const s = along + 2 * across
    if (s < score) {
      score = s
      winner = c.id
    }
  }
  return winner
}
