/**
 * Export of the current view: a standalone SVG document (title, legend, the graph as drawn, source credit)
 * and a PNG rendered from it. The live graph is styled by the shadow root's CSS, whose custom properties
 * and `light-dark()` mean nothing outside it, so each copied element carries its computed style as
 * presentation attributes; hover and selection dimming come along as they look.
 */
import { css, html } from 'lit'
import type { RelationType, Source } from '../src/dataset.ts'
import { LIGHT } from '../src/palette.ts'
import { safeHttpUrl } from '../src/text.ts'
import { RELATION_LABELS } from './legend.ts'

const SVG_NS = 'http://www.w3.org/2000/svg'

export interface LegendEntry {
  readonly label: string
  /** Any CSS colour a standalone SVG understands: computed `rgb(…)` values are. */
  readonly color: string
  /** `stroke-dasharray`, e.g. `8 5`; `none` or empty for a solid line. */
  readonly dash: string
  readonly count: number
}

export interface ExportOptions {
  /** Bold at the top, wrapped to at most three lines and truncated with an ellipsis past that. */
  readonly title: string
  /** The source credit at the bottom, at most two lines. */
  readonly credit: string
  readonly legend: readonly LegendEntry[]
  /** Size of the graph's view in CSS pixels; the document is as wide, and taller by the header and credit. */
  readonly width: number
  readonly height: number
  readonly background: string
  readonly textColor: string
  readonly mutedColor: string
  readonly fontFamily: string
}

/** Elements copied from the graph; anything else (`image`, `foreignObject`, `script`, `style`, `use`) is not. */
const TAGS = new Set(['g', 'defs', 'marker', 'path', 'line', 'circle', 'rect', 'ellipse', 'polygon', 'polyline'])
const SHAPES = new Set(['path', 'line', 'circle', 'rect', 'ellipse', 'polygon', 'polyline', 'text'])
TAGS.add('text').add('tspan')
/** Geometry and metadata kept from the live elements; class, part, tabindex, role, aria-* and style go. */
const KEPT = new Set(
  'd x y x1 y1 x2 y2 dx dy cx cy r rx ry width height points transform viewBox refX refY markerWidth markerHeight markerUnits orient data-actor-id data-relation-id data-relation-type'.split(
    ' ',
  ),
)
/** Computed properties written as attributes, with the initial value that needs none. Lengths lose `px`. */
const PAINT: readonly (readonly [string, string])[] = [
  ['fill', 'rgb(0, 0, 0)'],
  ['fill-opacity', '1'],
  ['stroke', 'none'],
  ['stroke-opacity', '1'],
  ['stroke-width', '1'],
  ['stroke-dasharray', 'none'],
  ['stroke-linecap', 'butt'],
  ['stroke-linejoin', 'miter'],
  ['paint-order', 'normal'],
]
const FONT: readonly (readonly [string, string])[] = [
  ['font-family', ''],
  ['font-size', ''],
  ['font-weight', '400'],
  ['font-style', 'normal'],
  ['text-anchor', 'start'],
  ['dominant-baseline', 'auto'],
]
const PREFIX = 'an-'
const PAD = 16

/** The graph inside `svg` as a standalone SVG document string, with a header and the source credit. */
export function exportSVG(svg: SVGSVGElement, options: ExportOptions): string {
  const { width, height, fontFamily } = options
  const inner = width - 2 * PAD
  const root = element('svg', { width: num(width) })
  root.append(element('title', {}, options.title))
  const background = root.appendChild(element('rect', { width: '100%', height: '100%', fill: options.background }))
  const text = (content: string, x: number, y: number, size: number, color: string, weight = '400') =>
    root.appendChild(
      element('text', { x: num(x), y: num(y), fill: color, 'font-family': fontFamily, 'font-size': size, 'font-weight': weight }, content),
    )
  let y = PAD - 4
  for (const line of wrap(options.title, inner, `700 18px ${fontFamily}`, 3)) text(line, PAD, (y += 23), 18, options.textColor, '700')
  y += options.title.trim() ? 10 : 0
  let x = PAD
  const measure = measurer(`13px ${fontFamily}`)
  for (const [i, entry] of options.legend.entries()) {
    const count = String(entry.count)
    const itemWidth = 34 + measure(entry.label) + 5 + measure(count) * 0.95
    if (i > 0 && x + itemWidth > width - PAD) [x, y] = [PAD, y + 22]
    const dash = entry.dash && entry.dash !== 'none' ? { 'stroke-dasharray': entry.dash.replace(/px/g, '') } : {}
    root.append(
      element('line', { x1: x + 2, y1: y + 10, x2: x + 26, y2: y + 10, stroke: entry.color, 'stroke-width': 2.5, 'stroke-linecap': 'round', ...dash }),
    )
    text(entry.label, x + 34, y + 14.5, 13, options.textColor)
    text(count, x + 34 + measure(entry.label) + 5, y + 14.5, 12, options.mutedColor)
    x += itemWidth + 16
  }
  y += options.legend.length ? 30 : 0
  const graph = root.appendChild(element('svg', { x: 0, y: num(y), width: num(width), height: num(height), viewBox: `0 0 ${num(width)} ${num(height)}` }))
  for (const child of svg.children) {
    const copied = copy(child, false)
    if (copied) graph.append(copied)
  }
  y += height + 4
  for (const line of wrap(options.credit, inner, `12px ${fontFamily}`, 2)) text(line, PAD, (y += 16), 12, options.mutedColor)
  const total = Math.ceil(y + PAD - 4)
  root.setAttribute('height', String(total))
  root.setAttribute('viewBox', `0 0 ${num(width)} ${total}`)
  background.setAttribute('height', String(total))
  return new XMLSerializer().serializeToString(root)
}

/** Width and height of an SVG document string, as `exportSVG` wrote them on its root. */
export function svgSize(svgText: string): { width: number; height: number } {
  const root = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement
  return { width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')) }
}

/** Copies a live element and its visible descendants, their computed styles written as attributes. */
function copy(live: Element, inDefs: boolean): Element | null {
  const tag = live.localName
  if (live.namespaceURI !== SVG_NS || !TAGS.has(tag)) return null
  const style = getComputedStyle(live)
  // Markers are never displayed themselves, so `display` says nothing about them.
  if (!inDefs && style.display === 'none') return null
  if (SHAPES.has(tag) && !paints(style.fill) && !paints(style.stroke)) return null
  const out = document.createElementNS(SVG_NS, tag)
  for (const { name, value } of live.attributes) {
    if (KEPT.has(name)) out.setAttribute(name, xmlSafe(value))
    else if (name === 'id') out.setAttribute('id', PREFIX + xmlSafe(value))
    else if (/^marker-(start|mid|end)$/.test(name)) {
      const ref = /^url\(\s*["']?#([^"')]+)["']?\s*\)$/.exec(value)?.[1]
      if (ref) out.setAttribute(name, `url(#${PREFIX}${xmlSafe(ref)})`)
    }
  }
  if (style.opacity !== '1') out.setAttribute('opacity', style.opacity)
  if (SHAPES.has(tag)) inline(out, style, tag === 'text' || tag === 'tspan' ? [...PAINT, ...FONT] : PAINT)
  for (const child of live.childNodes) {
    if (child instanceof Element) {
      const copied = copy(child, inDefs || tag === 'defs')
      if (copied) out.append(copied)
    } else if (child.nodeType === Node.TEXT_NODE && (tag === 'text' || tag === 'tspan'))
      out.append(xmlSafe(child.textContent ?? ''))
  }
  return out
}

function inline(out: Element, style: CSSStyleDeclaration, properties: readonly (readonly [string, string])[]) {
  for (const [name, initial] of properties) {
    let value = style.getPropertyValue(name)
    if (name === 'stroke-width' || name === 'stroke-dasharray' || name === 'font-size')
      value = value.replace(/(\d)px\b/g, '$1').replace(/,/g, '')
    if (value && value !== initial) out.setAttribute(name, value)
  }
}

/** Whether a computed `fill` or `stroke` draws anything. */
const paints = (value: string) => value !== 'none' && value !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(value)

function element(tag: string, attributes: Record<string, string | number>, content?: string) {
  const el = document.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value))
  if (content !== undefined) el.textContent = xmlSafe(content)
  return el
}

/** XMLSerializer writes control characters as they are, and no XML parser reads them back. */
const xmlSafe = (text: string) => text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

const num = (value: number) => String(Math.round(value * 10) / 10)

/** Text width in CSS pixels for a CSS `font`; a rough estimate where canvas has no 2D context. */
function measurer(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d')
  if (!context) return (text) => text.length * 0.6 * (Number.parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '') || 13)
  context.font = font
  return (text) => context.measureText(text).width
}

/** Greedy word wrap to `width`; the last kept line ends in an ellipsis when text was left over. */
export function wrap(text: string, width: number, font: string, maxLines: number): string[] {
  const measure = measurer(font)
  const lines: string[] = []
  let line = ''
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (!line || measure(next) <= width) line = next
    else {
      lines.push(line)
      line = word
    }
  }
  if (line) lines.push(line)
  const kept = lines.slice(0, maxLines)
  return kept.map((kept_line, i) => {
    const cut = i === maxLines - 1 && lines.length > maxLines
    if (!cut && measure(kept_line) <= width) return kept_line
    let chars = [...kept_line]
    while (chars.length && measure(`${chars.join('')}…`) > width) chars = chars.slice(0, -1)
    return `${chars.join('').trimEnd()}…`
  })
}
