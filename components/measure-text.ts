/**
 * Text width in CSS pixels in a CSS `font`, measured on a canvas; estimated where canvas has no 2D context.
 * `height` is the font's ascent plus descent (its glyphs' line box), so a larger or taller font takes more room.
 */
export function measurer(font: string): ((text: string) => number) & { height: number } {
  const context = document.createElement('canvas').getContext('2d')
  const size = Number.parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? '') || 13
  if (!context) return Object.assign((text: string) => text.length * 0.6 * size, { height: size * 1.2 })
  context.font = font
  const { fontBoundingBoxAscent: ascent, fontBoundingBoxDescent: descent } = context.measureText('')
  return Object.assign((text: string) => context.measureText(text).width, {
    height: ascent + descent || size * 1.2,
  })
}

/** The CSS `font` an element is drawn in, for `measurer`. */
export const fontOf = (style: CSSStyleDeclaration) =>
  `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
