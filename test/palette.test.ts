/**
 * The default colours against the rules of the accessibility issue: contrast (WCAG 2) and colour-vision
 * deficiencies (simulated with Machado, Oliveira & Fernandes 2009 at full severity, compared in CIELAB).
 */
import { describe, expect, test } from 'vitest'
import { RELATION_TYPES } from '../src/dataset.ts'
import { contrast, DARK, LIGHT, type Palette } from '../src/palette.ts'

const MACHADO = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const linearRgb = (hex: string) =>
  [1, 3, 5].map((i) => toLinear(Number.parseInt(hex.slice(i, i + 2), 16) / 255))

function lab([r, g, b]: number[]): [number, number, number] {
  const [x, y, z] = [
    (0.4124 * (r ?? 0) + 0.3576 * (g ?? 0) + 0.1805 * (b ?? 0)) / 0.95047,
    0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0),
    (0.0193 * (r ?? 0) + 0.1192 * (g ?? 0) + 0.9505 * (b ?? 0)) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)) as [number, number, number]
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)]
}

const simulate = (hex: string, matrix: readonly (readonly number[])[]) => {
  const rgb = linearRgb(hex)
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, i) => sum + m * (rgb[i] ?? 0), 0),
      ),
    ),
  )
}

const deltaE = (a: number[], b: number[]) => {
  const [l1, a1, b1] = lab(a)
  const [l2, a2, b2] = lab(b)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

for (const [name, palette] of [
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][]) {
  describe(`the ${name} palette`, () => {
    test('relation and node colours reach 3:1 against the background, text 4.5:1', () => {
      for (const key of [...RELATION_TYPES, 'person', 'institution', 'group', 'focus'] as const)
        expect(contrast(palette[key], palette.background), key).toBeGreaterThanOrEqual(3)
      for (const key of ['text', 'muted'] as const)
        expect(contrast(palette[key], palette.background), key).toBeGreaterThanOrEqual(4.5)
    })

    test('the three relation types stay apart under simulated protanopia, deuteranopia and tritanopia', () => {
      for (const [deficiency, matrix] of Object.entries(MACHADO))
        for (const [i, a] of RELATION_TYPES.entries())
          for (const b of RELATION_TYPES.slice(i + 1)) {
            const distance = deltaE(simulate(palette[a], matrix), simulate(palette[b], matrix))
            // ΔE 15 is a plain difference at a glance; the dash patterns add a second, colour-free cue.
            expect(distance, `${a} / ${b} under ${deficiency}: ΔE ${distance.toFixed(1)}`).toBeGreaterThan(15)
          }
    })
  })
}
