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

/** The search's step, in CSS pixels, and how far it looks. */
const STEP = 6
const REACH = 40

/** Offsets on a square grid around a point, nearest first. */
const OFFSETS = Array.from({ length: (2 * REACH + 1) ** 2 }, (_, i) => [
  (Math.floor(i / (2 * REACH + 1)) - REACH) * STEP,
  ((i % (2 * REACH + 1)) - REACH) * STEP,
]).sort((a, b) => Math.hypot(a[0] as number, a[1] as number) - Math.hypot(b[0] as number, b[1] as number))

/**
 * Moves each footprint, in the given order (put the most connected first: they keep their places), to the
 * nearest spot where it overlaps none placed before it and stays inside `room`; fixed ones stay. One that
 * finds no such spot within REACH steps keeps its own. About n² · k checks: meant for the 100 or so actors
 * a phone can name. Deterministic.
 */
export function makeRoom(items: readonly Footprint[], room: Room): void {
  const placed = items.filter((item) => item.fixed)
  const box = (item: Footprint, x: number, y: number) => {
    const cx = x + (item.dx ?? 0)
    return {
      x0: cx - item.width / 2,
      y0: y - item.height / 2,
      x1: cx + item.width / 2,
      y1: y + item.height / 2,
    }
  }
  for (const item of items) {
    if (item.fixed) continue
    for (const [dx, dy] of OFFSETS as [number, number][]) {
      const b = box(item, item.x + dx, item.y + dy)
      if (b.x0 < room.x0 || b.y0 < room.y0 || b.x1 > room.x1 || b.y1 > room.y1) continue
      if (placed.some((other) => overlaps(b, box(other, other.x, other.y)))) continue
      item.x += dx
      item.y += dy
      break
    }
    placed.push(item)
  }
}

const overlaps = (a: Room, b: Room) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
