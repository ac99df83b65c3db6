/**
 * Gross differences between screenshots of the same graphic in two engines: fonts and anti-aliasing differ,
 * so pixels cannot be compared, but how much of the graphic is drawn, and where, can. An empty or half-drawn
 * graphic shows as missing ink (pixels unlike the background) overall or in a quarter of it.
 */
import { PNG } from 'pngjs'
import { VIEWPORT } from './engine.ts'

/** The share of pixels drawn on, in the whole box and in its four quarters (top left, top right, …). */
export interface Ink {
  readonly whole: number
  readonly quarters: readonly number[]
}

/** A channel this far from the background's is ink. */
const THRESHOLD = 48

/** The ink of a PNG screenshot of the viewport inside `box` (CSS pixels). */
export function inkOf(png: Uint8Array, box: { x: number; y: number; width: number; height: number }): Ink {
  const image = PNG.sync.read(Buffer.from(png))
  const scale = image.width / VIEWPORT.width
  const left = Math.max(0, Math.round(box.x * scale))
  const top = Math.max(0, Math.round(box.y * scale))
  const right = Math.min(image.width, Math.round((box.x + box.width) * scale))
  const bottom = Math.min(image.height, Math.round((box.y + box.height) * scale))
  const at = (x: number, y: number) => (y * image.width + x) * 4
  // The background is the commonest colour.
  const counts = new Map<number, number>()
  for (let y = top; y < bottom; y += 2)
    for (let x = left; x < right; x += 2) {
      const i = at(x, y)
      const key = ((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0)
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  const background = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0])[0]
  const bg = [(background >> 16) & 255, (background >> 8) & 255, background & 255]
  const inked = [0, 0, 0, 0]
  const totals = [0, 0, 0, 0]
  const midX = (left + right) / 2
  const midY = (top + bottom) / 2
  for (let y = top; y < bottom; y++)
    for (let x = left; x < right; x++) {
      const i = at(x, y)
      const quarter = (y < midY ? 0 : 2) + (x < midX ? 0 : 1)
      totals[quarter] = (totals[quarter] ?? 0) + 1
      if ([0, 1, 2].some((c) => Math.abs((image.data[i + c] ?? 0) - (bg[c] ?? 0)) > THRESHOLD))
        inked[quarter] = (inked[quarter] ?? 0) + 1
    }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
  return { whole: sum(inked) / (sum(totals) || 1), quarters: inked.map((n, q) => n / (totals[q] || 1)) }
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`

/** What looks grossly wrong in `ink` against the reference engine's: nothing drawn, or much less or more. */
export function compareInk(ink: Ink, reference: Ink): string[] {
  if (ink.whole === 0) return ['the screenshot of the graphic is empty']
  const problems: string[] = []
  if (ink.whole < reference.whole / 2 || ink.whole > reference.whole * 2)
    problems.push(`the graphic is ${percent(ink.whole)} ink, the reference ${percent(reference.whole)}`)
  for (const [q, share] of ink.quarters.entries()) {
    const expected = reference.quarters[q] ?? 0
    if (expected > 0.005 && share < expected / 4)
      problems.push(
        `quarter ${q + 1} of the graphic is ${percent(share)} ink, the reference ${percent(expected)}`,
      )
  }
  return problems
}
