/** Text width in CSS pixels in a CSS `font`, measured on a canvas; estimated where canvas has no 2D context. */
export function measurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')
  if (!context)
    return (text) => text.length * 0.6 * (Number.parseFloat(/([\d.]+)px/.exec(font)?.[1] ?? '') || 13)
  context.font = font
  return (text) => context.measureText(text).width
}

/** The CSS `font` an element is drawn in, for `measurer`. */
export const fontOf = (style: CSSStyleDeclaration) =>
  `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
