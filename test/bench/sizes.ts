/** The sizes the benchmark measures by default (`sweep`) and in its quick preset. */
import { BULK_DRAWING, LARGE_NETWORK } from '../../src/graph.ts'

/** Relations per actor of a size written without one (`500` is `500x1.5`). */
export const DEFAULT_RELATIONS_PER_ACTOR = 1.5

/**
 * The dense sweep: log-spaced sizes from 10 to 5,000 actors at 1.5 and 3 relations per actor, and at 4 up
 * to 400, plus the last size before and the first after each mode switch (drawing in bulk, which counts
 * actors and relations together, and the large layout, which counts actors), so that no cliff hides
 * between two measured sizes.
 */
export function sweep(): string {
  const logSpaced = [10, 20, 50, 100, 200, 500, 1000, 2000, 5000]
  const sizes: string[] = []
  for (const [density, upTo] of [
    [1.5, 5000],
    [3, 5000],
    [4, 400],
  ] as const) {
    // The most actors still drawn the careful way at this density, and a size a tenth larger.
    const careful = Math.floor(BULK_DRAWING / (1 + density))
    const actors = new Set([
      ...logSpaced.filter((n) => n <= upTo),
      careful,
      careful + Math.ceil(careful / 10),
      LARGE_NETWORK,
      LARGE_NETWORK + 10,
      upTo,
    ])
    for (const n of [...actors].sort((a, b) => a - b))
      sizes.push(density === DEFAULT_RELATIONS_PER_ACTOR ? `${n}` : `${n}x${density}`)
  }
  return sizes.join(',')
}

/** For development: each side of each switch at 3 relations per actor, one small and one large size. */
export const QUICK_SIZES = '50,37x3,41x3,300x3,310x3,2000x3'
