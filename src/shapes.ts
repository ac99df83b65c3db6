/**
 * Node glyphs: people, institutions and groups differ by shape, not only by colour, so the kinds stay
 * apart in greyscale, in forced-colours mode and for colour-blind readers. Shapes of one radius have
 * about the same area, so no kind looks more important than another.
 */
import type { ActorKind } from './dataset.ts'

/** SVG path data of the glyph for `kind`, for a node of radius `r` centred on (x, y) (the origin by default). */
export function glyphPath(kind: ActorKind, r: number, x = 0, y = 0): string {
  switch (kind) {
    case 'person':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`
    case 'institution': {
      // A square of the circle's area: side = r·√π.
      const h = (r * Math.sqrt(Math.PI)) / 2
      return `M${x - h},${y - h}H${x + h}V${y + h}H${x - h}Z`
    }
    case 'group': {
      // A diamond of the circle's area: half-diagonal = r·√(π/2).
      const d = r * Math.sqrt(Math.PI / 2)
      return `M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`
    }
  }
}

/** The distance from the centre to the glyph's edge, used to stop edges and arrowheads at the rim. */
export function glyphRim(kind: ActorKind, r: number): number {
  if (kind === 'person') return r
  // Edges arrive from any angle: use the inscribed distance plus a little, so arrows never hide inside.
  return kind === 'institution' ? r * 1.02 : r * 1.05
}
