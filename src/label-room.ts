/**
 * Room for names in a small box. Fitted into a phone, a network keeps the shape it settled in but shrinks,
 * while its names keep their size: the actors of its core end up closer together than their names are
 * long, and no placement can name them all. So each actor's footprint (the box around it and its name
 * beside it, on screen) is moved, one by one, to the nearest spot where it overlaps none placed before it
 * and stays in the box; the picture keeps its arrangement, spread over the room a tall screen has. Labels
 * are then placed as usual (see labels.ts), beside their actors first.
 */
import type { Box } from './labels.ts'

/** Stages up to this wide, a phone's, get a network of their shape (see ViewController) and short names. */
export const PHONE = 560

/**
 * How much smaller the glyphs are drawn where the view makes room for names: a glyph's height is the height
 * of its footprint, and at full size the footprints of a 40-actor network with long names took about 70 % of
 * a 390 px phone's graphic, more than the search could fit. Actors still differ by size, and their hit
 * circles keep their size (see the graph's styles).
 */
export const SMALLER_GLYPHS = 0.75

/** The search's step, in CSS pixels, and how many steps it looks each way. */
const STEP = 6
const REACH = 40

/**
 * Offsets on a square grid around a point, nearest first; made on first use, not when the bundle loads (the
 * host page's first task), where only a phone's view needs them.
 */
let offsets: [number, number][] | undefined

/**
 * Tries of the search: a greedy pass in one order leaves some footprints without a spot, where a pass that
 * placed those first would have found room for all. Measured on ten generated 40-actor networks at 390 px,
 * four tries named them all, one try left up to 11 of 40 over a neighbour.
 */
const TRIES = 5

/**
 * Moves each footprint (a box in screen pixels, moved in place), in the given order, to the nearest spot
 * inside the `width` × `height` box where it overlaps none before it; the first `fixed` stay where they are (what is drawn over
 * the graphic, such as the zoom buttons). One that finds no such spot within REACH steps keeps its own, and
 * the search starts again with those first, up to TRIES times (unless a third found none: the box is too
 * small for its names).
 * About n² · k checks a try: meant for the 100 or so actors a phone can name. Deterministic.
 */
export function makeRoom(footprints: readonly Box[], width: number, height: number, fixed = 0): void {
  offsets ??= Array.from({ length: (2 * REACH + 1) ** 2 }, (_, i): [number, number] => [
    (Math.floor(i / (2 * REACH + 1)) - REACH) * STEP,
    ((i % (2 * REACH + 1)) - REACH) * STEP,
  ]).sort(([a, b], [c, d]) => a * a + b * b - c * c - d * d)
  const steps = offsets
  const start = footprints.map((box) => ({ ...box }))
  let order = footprints.slice(fixed)
  for (let i = 0; i < TRIES; i++) {
    footprints.forEach((box, j) => {
      Object.assign(box, start[j])
    })
    const placed = footprints.slice(0, fixed)
    const stuck = order.filter((box) => {
      const { x0, y0, x1, y1 } = box
      // Unrolled, allocating nothing: this runs up to n · k times a try.
      const spot = steps.find(
        ([dx, dy]) =>
          x0 + dx >= 0 &&
          y0 + dy >= 0 &&
          x1 + dx <= width &&
          y1 + dy <= height &&
          !placed.some((o) => x0 + dx < o.x1 && o.x0 < x1 + dx && y0 + dy < o.y1 && o.y0 < y1 + dy),
      )
      if (spot) Object.assign(box, { x0: x0 + spot[0], y0: y0 + spot[1], x1: x1 + spot[0], y1: y1 + spot[1] })
      placed.push(box)
      return !spot
    })
    // Done, or hopeless: a box far too small for its names (a third without a spot) is not worth more tries.
    if (!stuck.length || stuck.length > order.length / 3) return
    order = [...stuck, ...order.filter((box) => !stuck.includes(box))]
  }
}
