/**
 * The view transform: screen = k · world + (x, y). Pure functions, so zoom and fit are unit-tested
 * without a browser; the element applies the result to every position it draws.
 */

export interface Transform {
  readonly k: number
  readonly x: number
  readonly y: number
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 }

/** Zoom limits, as scale factors. */
export const SCALE_EXTENT = [0.05, 8] as const

export const toScreen = (t: Transform, x: number, y: number) => ({ x: t.k * x + t.x, y: t.k * y + t.y })
export const toWorld = (t: Transform, x: number, y: number) => ({ x: (x - t.x) / t.k, y: (y - t.y) / t.k })

/** Scales by `factor` keeping the world point under screen point (px, py) in place. */
export function zoomAround(t: Transform, factor: number, px: number, py: number): Transform {
  const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], t.k * factor))
  const world = toWorld(t, px, py)
  return { k, x: px - k * world.x, y: py - k * world.y }
}

export const panBy = (t: Transform, dx: number, dy: number): Transform => ({
  k: t.k,
  x: t.x + dx,
  y: t.y + dy,
})

export interface Extent {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

/**
 * The transform that shows `extent` (world units) centred in a `width` × `height` box with `margin`
 * pixels around it (top, right, bottom, left, as in CSS), never enlarging past `maxScale`.
 */
export function fitTransform(
  extent: Extent,
  width: number,
  height: number,
  margin: Margin = [24, 24, 24, 24],
  maxScale = 1.4,
): Transform {
  const [top, right, bottom, left] = margin
  // The box inside the margin, and the extent's size, never zero.
  const innerWidth = Math.max(1, width - left - right)
  const innerHeight = Math.max(1, height - top - bottom)
  const w = Math.max(1e-6, extent.x1 - extent.x0)
  const h = Math.max(1e-6, extent.y1 - extent.y0)
  const k = Math.max(SCALE_EXTENT[0], Math.min(maxScale, innerWidth / w, innerHeight / h))
  const cx = (extent.x0 + extent.x1) / 2
  const cy = (extent.y0 + extent.y1) / 2
  return { k, x: left + innerWidth / 2 - k * cx, y: top + innerHeight / 2 - k * cy }
}

/** Top, right, bottom, left, in pixels, as in CSS. */
type Margin = readonly [number, number, number, number]

/** The extent of a set of circles; an empty set gives a unit box at the origin. */
export function extentOf(points: Iterable<{ x?: number; y?: number; radius: number }>): Extent {
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const { x = 0, y = 0, radius } of points) {
    x0 = Math.min(x0, x - radius)
    y0 = Math.min(y0, y - radius)
    x1 = Math.max(x1, x + radius)
    y1 = Math.max(y1, y + radius)
  }
  return x0 <= x1 ? { x0, y0, x1, y1 } : { x0: -0.5, y0: -0.5, x1: 0.5, y1: 0.5 }
}
