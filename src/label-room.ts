/**
 * Room for names in a small box. Fitted into a phone, a network keeps the shape it settled in but shrinks,
 * while its names keep their size: the actors of its core end up closer together than their names are
 * long, and no placement can name them all. So each actor's footprint (the box around it and its name
 * beside it, on screen) is moved, one by one, to the nearest spot where it overlaps none placed before it
 * and stays in the box; the picture keeps its arrangement, spread over the room a tall screen has. Labels
 * are then placed as usual (see labels.ts), beside their actors first.
 */
import { type Box, overlaps } from './labels.ts'

/** Stages up to this wide, a phone's, get a network of their shape (see ViewController) and short names. */
export const PHONE = 560

/** The search's step, in CSS pixels, and how many steps it looks each way. */
const STEP = 6
const REACH = 40

/** Offsets on a square grid around a point, nearest first. */
const OFFSETS = Array.from({ length: (2 * REACH + 1) ** 2 }, (_, i) => [
  (Math.floor(i / (2 * REACH + 1)) - REACH) * STEP,
  ((i % (2 * REACH + 1)) - REACH) * STEP,
]).sort((a, b) => Math.hypot(a[0] as number, a[1] as number) - Math.hypot(b[0] as number, b[1] as number))

/**
 * Moves each footprint (a box in screen pixels, moved in place), in the given order, to the nearest spot
 * inside the `width` × `height` box where it overlaps none before it; the first `fixed` stay where they are (what is drawn over
 * the graphic, such as the zoom buttons). One that finds no such spot within REACH steps keeps its own.
 * About n² · k checks: meant for the 100 or so actors a phone can name. Deterministic.
 */
export function makeRoom(footprints: readonly Box[], width: number, height: number, fixed = 0): void {
  const placed = footprints.slice(0, fixed)
  for (const box of footprints.slice(fixed)) {
    for (const [dx, dy] of OFFSETS as [number, number][]) {
      const moved = { x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy }
      if (moved.x0 < 0 || moved.y0 < 0 || moved.x1 > width || moved.y1 > height) continue
      if (placed.some((other) => overlaps(moved, other))) continue
      Object.assign(box, moved)
      break
    }
    placed.push(box)
  }
}
