/**
 * Export of the current view as a standalone SVG document (title, legend, the graph as drawn, source
 * credit); export-png.ts renders it to a PNG. The live graph is styled by the shadow root's CSS, whose
 * custom properties and `light-dark()` mean nothing outside it, so each copied element carries its
 * computed style as presentation attributes; hover and selection dimming come along as they look.
 */

import type { RelationType, Source } from '../src/dataset.ts'
import { safeHttpUrl } from '../src/text.ts'
import { RELATION_LABELS } from './legend.ts'
import { measurer } from './measure-text.ts'

export interface LegendEntry {
  readonly label: string
  /** Any CSS colour a standalone SVG understands; computed `rgb(…)` values are. */
  readonly color: string
  /** A `stroke-dasharray`, e.g. `8 5`; `none` or empty for a solid line. */
  readonly dash: string
  readonly count: number
}

export interface ExportOptions {
  /** Bold at the top, wrapped to at most three lines and cut with an ellipsis past that. */
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

const SVG_NS = 'http://www.w3.org/2000/svg'
const PAD = 16
const SHAPES = new Set('path line circle rect ellipse polygon polyline text tspan'.split(' '))
/** Copied elements; anything else (`image`, `foreignObject`, `use`, `script`, `style`) is left out. */
const TAGS = new Set([...SHAPES, 'g'])
/** Geometry and ids kept; class, part, style, tabindex, role, aria-* and other data-* go. */
const KEPT = new Set(
  (
    'd x y x1 y1 x2 y2 dx dy cx cy r rx ry width height points transform viewBox ' +
    // Harmless metadata that lets a reader of the file (or a test) find an actor or a relation.
    'data-actor-id data-relation-id data-relation-type'
  ).split(' '),
)
/** Computed properties written as attributes unless they hold the initial value. */
const PAINT = {
  fill: 'rgb(0, 0, 0)',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-opacity': '1',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'paint-order': 'normal',
}
/** Text adds the font. */
const TEXT = {
  ...PAINT,
  'font-family': '',
  'font-size': '',
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
}
const LENGTHS = new Set('stroke-width stroke-dasharray font-size'.split(' '))

/** The graph drawn in `svg` as a standalone SVG document, with title and legend above it and the credit below. */
export function exportSVG(svg: SVGSVGElement, options: ExportOptions): string {
  const { width, height, fontFamily, textColor, mutedColor } = options
  const root = element('svg', { width, 'font-family': fontFamily })
  root.append(element('title', {}, options.title))
  const background = root.appendChild(element('rect', { width: '100%', fill: options.background }))
  const text = (content: string, x: number, y: number, size: number, fill: string, weight = 400) =>
    root.append(element('text', { x, y, fill, 'font-size': size, 'font-weight': weight }, content))

  let y = PAD
  for (const line of wrap(options.title, width - 2 * PAD, `700 18px ${fontFamily}`, 3)) {
    text(line, PAD, y + 15, 18, textColor, 700)
    y += 23
  }
  if (options.title.trim()) y += 6
  const label = measurer(`13px ${fontFamily}`)
  const count = measurer(`12px ${fontFamily}`)
  let x = PAD
  for (const entry of options.legend) {
    const itemWidth = 34 + label(entry.label) + 5 + count(String(entry.count))
    if (x > PAD && x + itemWidth > width - PAD) [x, y] = [PAD, y + 22]
    root.append(
      element('line', {
        x1: x + 2,
        y1: y + 10,
        x2: x + 26,
        y2: y + 10,
        'stroke-width': 2.5,
        stroke: entry.color,
        'stroke-dasharray': length(entry.dash) || 'none',
      }),
    )
    text(entry.label, x + 34, y + 14.5, 13, textColor)
    text(String(entry.count), x + 39 + label(entry.label), y + 14.5, 12, mutedColor)
    x += itemWidth + 16
  }
  if (options.legend.length) y += 30

  const viewBox = `0 0 ${num(width)} ${num(height)}`
  const graph = element('svg', { x: 0, y, width, height, viewBox })
  for (const child of svg.children) graph.append(...copy(child))
  root.append(graph)
  y += height + 6
  for (const line of wrap(options.credit, width - 2 * PAD, `12px ${fontFamily}`, 2)) {
    text(line, PAD, y + 12, 12, mutedColor)
    y += 16
  }
  const total = String(Math.ceil(y + PAD - 6))
  for (const el of [root, background]) el.setAttribute('height', total)
  root.setAttribute('viewBox', `0 0 ${num(width)} ${total}`)
  return new XMLSerializer().serializeToString(root)
}

/**
 * Width and height of a document from `exportSVG`, read from its root tag. Not with DOMParser: a page that
 * enforces Trusted Types refuses to parse a plain string. Attribute values in serialized XML hold no raw `"`,
 * so the first ` width="` and ` height="` of the root tag are its own.
 */
export function svgSize(svgText: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svgText)?.[0] ?? ''
  const read = (name: string) => Number(new RegExp(` ${name}="([^"]*)"`).exec(root)?.[1])
  return { width: read('width'), height: read('height') }
}

/**
 * Copies a live element and its visible descendants, each with its computed style as attributes; none (an
 * empty list) if it draws nothing.
 */
function copy(live: Element): Element[] {
  const tag = live.localName
  if (!(live instanceof SVGElement && TAGS.has(tag))) return []
  const style = getComputedStyle(live)
  if (style.display === 'none') return []
  // Hit areas (transparent) and unlit rings (no stroke) draw nothing.
  if (SHAPES.has(tag) && !paints(style.fill) && !paints(style.stroke)) return []
  const isText = tag === 'text' || tag === 'tspan'
  const out = document.createElementNS(SVG_NS, tag)
  for (const { name, value } of live.attributes) {
    if (KEPT.has(name)) out.setAttribute(name, xmlSafe(value))
  }
  // Opacity is not inherited: written on the element that has it, the copied groups compose it as live.
  if (style.opacity !== '1') out.setAttribute('opacity', style.opacity)
  // Inherited properties go on shapes only, so no copied group passes on a value its children did not compute.
  if (SHAPES.has(tag))
    for (const [name, initial] of Object.entries(isText ? TEXT : PAINT)) {
      let value = style.getPropertyValue(name)
      if (LENGTHS.has(name)) value = length(value)
      if (value && value !== initial) out.setAttribute(name, value)
    }
  for (const child of live.childNodes) {
    if (child instanceof Element) out.append(...copy(child))
    else if (child instanceof Text && isText) out.append(xmlSafe(child.textContent ?? ''))
  }
  return [out]
}

/** `8px, 5px` as `8 5`: other viewers read lengths without `px` more reliably than with it. */
const length = (value: string) =>
  value
    .replace(/(\d)px\b/g, '$1')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(' ')

/** Whether a computed `fill` or `stroke` draws anything. */
const paints = (value: string) =>
  value !== 'none' && value !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(value)

function element(tag: string, attributes: Record<string, string | number>, content?: string) {
  const el = document.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes))
    el.setAttribute(name, typeof value === 'number' ? num(value) : value)
  if (content !== undefined) el.textContent = xmlSafe(content)
  return el
}

/** XMLSerializer writes control characters as they are, and no XML parser reads them back. */
const xmlSafe = (text: string) =>
  text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')

const num = (value: number) => String(Math.round(value * 10) / 10)

/** Greedy word wrap to `width`; a line too wide, or the last one when text is left over, ends in `…`. */
function wrap(text: string, width: number, font: string, maxLines: number): string[] {
  const measure = measurer(font)
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines.slice(0, maxLines).map((kept, i) => {
    if (measure(kept) <= width && !(i === maxLines - 1 && lines.length > maxLines)) return kept
    const chars = [...kept]
    while (chars.length && measure(`${chars.join('')}…`) > width) chars.pop()
    return `${chars.join('').trimEnd()}…`
  })
}

// Options read from the rendered widget

/**
 * Background, text and muted colours and the font as the widget computes them (theme and custom properties
 * applied). The element renders `.frame` and `.credit` always, and the legend whenever it can export.
 */
export function viewStyle(root: ParentNode) {
  const style = (selector: string) => getComputedStyle(root.querySelector(selector) as Element)
  const frame = style('.frame')
  return {
    background: frame.backgroundColor,
    textColor: frame.color,
    mutedColor: style('.credit').color,
    fontFamily: frame.fontFamily,
  }
}

/** Legend entries for `types`, coloured and dashed like the legend's swatches. */
export function legendEntries(
  root: ParentNode,
  types: readonly RelationType[],
  counts: Readonly<Record<RelationType, number>>,
): LegendEntry[] {
  return types.map((type) => {
    const swatch = getComputedStyle(root.querySelector(`.legend-toggle--${type} .edge-line`) as Element)
    return {
      label: RELATION_LABELS[type],
      color: swatch.stroke,
      dash: swatch.strokeDasharray,
      count: counts[type],
    }
  })
}

/** The credit line, with the address written out: a printed page has no links. */
export function creditText(source: Source): string {
  const url = safeHttpUrl(source.url)
  return `Source: ${source.title}, ${source.publisher}${source.author ? `, by ${source.author}` : ''}${url ? `. ${url}` : ''}`
}
