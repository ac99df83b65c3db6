/**
 * Room for names in a small box. Fitted into a phone, a network keeps the shape it settled in but shrinks,
 * while its names keep their size: the actors of its core end up closer together than their names are
 * long, and no placement can name them all. This spreads the actors, as drawn on screen, until the box
 * around each one and its name (its footprint) overlaps no other, within the box they are fitted in: each
 * overlapping pair is pushed apart along the axis where they overlap least, so the picture keeps its
 * arrangement and uses the room a tall screen has below and above it. Labels are then placed as usual.
 */

/** Stages up to this wide (a phone's) make room for names, in networks up to this size. */
export const ROOMY = { width: 560, actors: 100 }

/** An actor's footprint: a box centred on it, in screen pixels. `x` and `y` are moved in place. */
export interface Footprint {
  x: number
  y: number
  /** How far right of the actor the box's centre lies (a name beside it). */
  readonly dx?: number
  readonly width: number
  readonly height: number
  /** A pinned actor stays where the reader put it. */
  readonly fixed?: boolean
}

/** The box the footprints must stay inside. */
export interface Room {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/**
 * Pushes overlapping footprints apart, keeping them inside `room`, for at most `rounds` passes
 * over every pair (about n²/2 checks each: meant for the 100 or so actors a phone can name). Deterministic.
 */
export function makeRoom(items: readonly Footprint[], room: Room, rounds = 80): void {
  for (let round = 0; round < rounds; round++) {
    let moved = false
    for (const [i, a] of items.entries())
      for (const b of items.slice(i + 1)) {
        const dx = b.x + (b.dx ?? 0) - a.x - (a.dx ?? 0)
        const dy = b.y - a.y
        const overlapX = (a.width + b.width) / 2 - Math.abs(dx)
        const overlapY = (a.height + b.height) / 2 - Math.abs(dy)
        if (overlapX <= 0 || overlapY <= 0) continue
        moved = true
        // Each gives way by half (all of it when the other is pinned), away from the other.
        const share = a.fixed || b.fixed ? 1 : 0.5
        const [axis, push] = overlapX < overlapY ? (['x', overlapX] as const) : (['y', overlapY] as const)
        const away = (axis === 'x' ? dx : dy) < 0 ? -push : push
        if (!a.fixed) a[axis] -= away * share
        if (!b.fixed) b[axis] += away * share
      }
    for (const item of items)
      if (!item.fixed) {
        const x = item.x + (item.dx ?? 0)
        item.x += Math.max(room.x0 + item.width / 2, Math.min(room.x1 - item.width / 2, x)) - x
        item.y = Math.max(room.y0 + item.height / 2, Math.min(room.y1 - item.height / 2, item.y))
      }
    if (!moved) return
  }
}
