/**
 * The default colours, light and dark. One source for the styles and for the contrast and colour-vision
 * tests: edges and nodes reach at least 3:1 against the background, text at least 4.5:1, and the three
 * relation types stay apart under simulated protanopia, deuteranopia and tritanopia (they also differ by
 * dash pattern, so colour is never the only cue).
 */

export interface Palette {
  readonly background: string
  readonly text: string
  readonly muted: string
  readonly cooperation: string
  readonly negotiation: string
  readonly opposition: string
  readonly person: string
  readonly institution: string
  readonly group: string
  readonly tether: string
  readonly focus: string
}

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#56606b',
  cooperation: '#0072b2',
  negotiation: '#92005f',
  opposition: '#c84300',
  person: '#2d3e50',
  institution: '#53616f',
  group: '#7a5a2f',
  tether: '#87939f',
  focus: '#1b1f24',
}

export const DARK: Palette = {
  background: '#15191e',
  text: '#eef1f4',
  muted: '#a9b3bd',
  cooperation: '#56b4e9',
  negotiation: '#ff5fa2',
  opposition: '#f08a4b',
  person: '#dde3ea',
  institution: '#aab6c2',
  group: '#d9b377',
  tether: '#6b7681',
  focus: '#ffffff',
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
