/**
 * Label placement in screen space: each label tries a few spots around its node (below first, then above,
 * right, left and the diagonals) and takes the first that overlaps no placed label, no node and stays in
 * the box. Labels of the most connected actors are placed first. Where a crowd leaves a label no such spot,
 * it may lie over other actors' glyphs (labels are drawn above every actor, on a halo), though never over
 * another label or an actor's centre, so every actor stays in sight. A label with no spot even so is
 * hidden (its name is still in the tooltip, the table and the accessibility tree).
 */

export interface LabelInput {
  readonly id: string
  readonly x: number
  readonly y: number
  /** Node radius. */
  readonly r: number
  /** Label box size in CSS pixels. */
  readonly width: number
  readonly height: number
}

export interface LabelPlacement {
  /** Text anchor position relative to the node centre; the text is drawn centred on dx, its middle at dy. */
  readonly dx: number
  readonly dy: number
  readonly visible: boolean
}

export interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

const GAP = 3
/** Half the side of the square around each actor's centre that no label may cover. */
const CENTRE = 4

/**
 * Candidate label centres around a node, in order of preference: below, above, right, left and the
 * diagonals; or right and left first (`besides`).
 */
function candidates(node: LabelInput, besides: boolean): [number, number][] {
  const { r, width: w, height: h } = node
  const below = r + GAP + h / 2
  const side = r + GAP + w / 2
  const diagonal = r * Math.SQRT1_2 + GAP
  const around: [number, number][] = [
    [0, below],
    [0, -below],
    [side, 0],
    [-side, 0],
  ]
  return [
    ...(besides ? [...around.slice(2), ...around.slice(0, 2)] : around),
    [diagonal + w / 2, diagonal + h / 2],
    [-diagonal - w / 2, diagonal + h / 2],
    [diagonal + w / 2, -diagonal - h / 2],
    [-diagonal - w / 2, -diagonal - h / 2],
  ]
}

/**
 * Places labels in the given order (put the most important first). `bounds` is the visible box; labels
 * outside it, or over a `reserved` box (controls drawn over the graphic), are not candidates. `besides`
 * tries right and left of each actor first (where the layout made room there, see label-room.ts). Runs in about
 * O(n · k) with a uniform grid for the overlap checks.
 */
export function placeLabels(
  nodes: readonly LabelInput[],
  bounds: { width: number; height: number },
  reserved: readonly Box[] = [],
  besides = false,
): Map<string, LabelPlacement> {
  const around = (node: LabelInput, r: number) => ({
    x0: node.x - r,
    y0: node.y - r,
    x1: node.x + r,
    y1: node.y + r,
  })
  // Clear of glyphs and labels; and, for the second pass, of labels and centres only.
  const clear = new Grid()
  const labels = new Grid()
  const centres = new Grid()
  for (const node of nodes) {
    clear.add(around(node, node.r))
    centres.add(around(node, CENTRE))
  }
  for (const box of reserved) {
    clear.add(box)
    labels.add(box)
  }
  const placements = new Map<string, LabelPlacement>()
  const place = (node: LabelInput, free: (box: Box) => boolean) => {
    for (const [dx, dy] of candidates(node, besides)) {
      const box = {
        x0: node.x + dx - node.width / 2,
        y0: node.y + dy - node.height / 2,
        x1: node.x + dx + node.width / 2,
        y1: node.y + dy + node.height / 2,
      }
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > bounds.width || box.y1 > bounds.height || !free(box)) continue
      clear.add(box)
      labels.add(box)
      placements.set(node.id, { dx, dy, visible: true })
      return
    }
  }
  for (const node of nodes) place(node, (box) => !clear.hits(box))
  for (const node of nodes)
    if (!placements.has(node.id)) place(node, (box) => !labels.hits(box) && !centres.hits(box))
  for (const node of nodes)
    if (!placements.has(node.id))
      placements.set(node.id, { dx: 0, dy: node.r + GAP + node.height / 2, visible: false })
  return placements
}

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/** The side of the overlap grid's cells, in CSS pixels. */
const CELL = 64

/** Boxes bucketed by cell, so an overlap check looks at neighbours only. */
class Grid {
  readonly #cells = new Map<string, Box[]>()

  add(box: Box) {
    for (const key of this.#keys(box)) {
      const cell = this.#cells.get(key)
      if (cell) cell.push(box)
      else this.#cells.set(key, [box])
    }
  }

  hits(box: Box) {
    for (const key of this.#keys(box))
      for (const other of this.#cells.get(key) ?? []) if (overlaps(box, other)) return true
    return false
  }

  *#keys(box: Box) {
    for (let i = Math.floor(box.x0 / CELL); i <= Math.floor(box.x1 / CELL); i++)
      for (let j = Math.floor(box.y0 / CELL); j <= Math.floor(box.y1 / CELL); j++) yield `${i},${j}`
  }
}
