/**
 * Label placement in screen space: each label tries a few spots around its node (below first, then above,
 * right, left and the diagonals) and takes the first that overlaps no placed label, no node and stays in
 * the box. Labels of the most connected actors are placed first; a label with no free spot is hidden
 * (its name is still in the tooltip, the table and the accessibility tree).
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

interface Box {
  x0: number
  y0: number
  x1: number
  y1: number
}

const GAP = 3

/** Candidate label centres around a node, in order of preference. */
function candidates(node: LabelInput): [number, number][] {
  const { r, width: w, height: h } = node
  const below = r + GAP + h / 2
  const side = r + GAP + w / 2
  const diagonal = r * Math.SQRT1_2 + GAP
  return [
    [0, below],
    [0, -below],
    [side, 0],
    [-side, 0],
    [diagonal + w / 2, diagonal + h / 2],
    [-diagonal - w / 2, diagonal + h / 2],
    [diagonal + w / 2, -diagonal - h / 2],
    [-diagonal - w / 2, -diagonal - h / 2],
  ]
}

/**
 * Places labels in the given order (put the most important first). `bounds` is the visible box; labels
 * outside it are not candidates. Runs in about O(n · k) with a uniform grid for the overlap checks.
 */
export function placeLabels(
  nodes: readonly LabelInput[],
  bounds: { width: number; height: number },
): Map<string, LabelPlacement> {
  const grid = new Grid(64)
  for (const node of nodes)
    grid.add({ x0: node.x - node.r, y0: node.y - node.r, x1: node.x + node.r, y1: node.y + node.r })
  const placements = new Map<string, LabelPlacement>()
  for (const node of nodes) {
    let placed: LabelPlacement = { dx: 0, dy: node.r + GAP + node.height / 2, visible: false }
    for (const [dx, dy] of candidates(node)) {
      const box = {
        x0: node.x + dx - node.width / 2,
        y0: node.y + dy - node.height / 2,
        x1: node.x + dx + node.width / 2,
        y1: node.y + dy + node.height / 2,
      }
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > bounds.width || box.y1 > bounds.height) continue
      if (grid.hits(box)) continue
      grid.add(box)
      placed = { dx, dy, visible: true }
      break
    }
    placements.set(node.id, placed)
  }
  return placements
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1

/** Boxes bucketed by cell, so an overlap check looks at neighbours only. */
class Grid {
  readonly #cells = new Map<string, Box[]>()
  constructor(readonly size: number) {}

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
    const s = this.size
    for (let i = Math.floor(box.x0 / s); i <= Math.floor(box.x1 / s); i++)
      for (let j = Math.floor(box.y0 / s); j <= Math.floor(box.y1 / s); j++) yield `${i},${j}`
  }
}
