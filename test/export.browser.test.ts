import { render } from 'lit'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { exportStyles, renderExportMenu } from '../components/export-menu.ts'
import { download, exportFileName, exportPNG } from '../components/export-png.ts'
import {
  creditText,
  type ExportOptions,
  exportSVG,
  legendEntries,
  svgSize,
  viewStyle,
} from '../components/export-svg.ts'
import { RELATION_LABELS } from '../components/legend.ts'
import { sharedStyles } from '../components/shared.styles.ts'
import { RELATION_TYPES, type RelationType } from '../src/dataset.ts'
import { articleDataset, centre, edges, hover, mount, node, nodes, shadow } from './element-helpers.ts'
import { copyOfValidDataset } from './fixtures.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network, .test-host')) el.remove()
})

const graphOf = (el: ActorNetwork) => shadow(el).querySelector('svg.graph') as SVGSVGElement
const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml')
const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10]

/** Options built as the element builds them: the dataset's title and source, the computed colours. */
function optionsFor(el: ActorNetwork): ExportOptions {
  const data = el.data!
  const svg = graphOf(el)
  const counts: Record<RelationType, number> = { cooperation: 0, negotiation: 0, opposition: 0 }
  for (const relation of data.relations) counts[relation.type]++
  const legend = RELATION_TYPES.map((type) => {
    const swatch = getComputedStyle(shadow(el).querySelector(`.legend-toggle--${type} .edge-line`)!)
    return {
      label: RELATION_LABELS[type],
      color: swatch.stroke,
      dash: swatch.strokeDasharray,
      count: counts[type],
    }
  })
  const frame = getComputedStyle(shadow(el).querySelector('.frame')!)
  return {
    title: data.title,
    credit: creditText(data.source),
    legend,
    width: svg.clientWidth,
    height: svg.clientHeight,
    background: frame.backgroundColor,
    textColor: frame.color,
    mutedColor: getComputedStyle(shadow(el).querySelector('.credit')!).color,
    fontFamily: frame.fontFamily,
  }
}

function exported(el: ActorNetwork, options: Partial<ExportOptions> = {}) {
  const text = exportSVG(graphOf(el), { ...optionsFor(el), ...options })
  return { text, doc: parse(text) }
}

function loadImage(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }))
  const image = new Image()
  return new Promise<HTMLImageElement>((resolve, reject) => {
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the SVG did not load as an image'))
    image.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')

describe('exportSVG(svg, options)', () => {
  test('is a well-formed SVG document with the title, the legend and the credit', async () => {
    const el = await mount()
    const options = optionsFor(el)
    const { text, doc } = exported(el)
    expect(doc.querySelector('parsererror')).toBeNull()
    const root = doc.documentElement
    expect(root.localName).toBe('svg')
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(text.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(root.getAttribute('width')).toBe(String(options.width))
    const { width, height } = svgSize(text)
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`)
    expect(height).toBeGreaterThan(options.height + 60)
    expect(texts(doc)).toContain(articleDataset.title)
    expect(doc.querySelector('title')?.textContent).toBe(articleDataset.title)
    expect(texts(doc).join(' ')).toContain('Source: C.I.A. Director Meets With Venezuela’s Interim President')
    for (const label of Object.values(RELATION_LABELS)) expect(texts(doc)).toContain(label)
    expect(texts(doc)).toEqual(expect.arrayContaining(['13', '3', '12']))
  })

  test('keeps one group per visible actor and relation, identified, and no hit areas or unlit rings', async () => {
    const el = await mount()
    const { doc } = exported(el)
    expect(doc.querySelectorAll('g[data-actor-id]')).toHaveLength(nodes(el).length)
    expect(doc.querySelectorAll('[data-relation-id]')).toHaveLength(edges(el).length)
    // One visible line per relation (and an arrowhead per directed one), one glyph per actor: the hit paths,
    // hit circles and rings are gone.
    const directed = articleDataset.relations.filter((r) => r.directed).length
    expect(doc.querySelectorAll('[data-relation-id] > path')).toHaveLength(edges(el).length + directed)
    expect(doc.querySelectorAll('[data-relation-id] > path:nth-child(2)')).toHaveLength(directed)
    expect(doc.querySelectorAll('g[data-actor-id] > path')).toHaveLength(nodes(el).length)
    expect(doc.querySelectorAll('circle')).toHaveLength(0)
    // Labels hidden as crowded stay hidden.
    const shown = [...shadow(el).querySelectorAll('.label')].filter(
      (l) => getComputedStyle(l).display !== 'none',
    )
    expect(doc.querySelectorAll('text[data-actor-id]')).toHaveLength(shown.length)
    expect(shown.length).toBeGreaterThan(0)
  })

  test('inlines the styles: no classes, custom properties, light-dark(), scripts or external references', async () => {
    const el = await mount()
    const { text } = exported(el)
    for (const banned of [
      /class=/,
      /part=/,
      /style=/,
      /tabindex=/,
      /role=/,
      /aria-/,
      /var\(/,
      /light-dark\(/,
      /url\(\s*['"]?http/,
      /href=/,
      /<image/,
      /<script/,
      /<style/,
      /<foreignObject/,
      /@import/,
    ])
      expect(text).not.toMatch(banned)
  })

  test('edges, arrowheads and glyphs have the colours the widget computes', async () => {
    const el = await mount()
    const { doc } = exported(el)
    for (const edge of edges(el)) {
      const id = edge.dataset.relationId!
      const live = getComputedStyle(edge.querySelector('.edge-line')!)
      const copy = doc.querySelector(`[data-relation-id="${id}"] > path`)!
      expect(copy.getAttribute('stroke'), id).toBe(live.stroke)
      expect(copy.getAttribute('stroke-width'), id).toBe(live.strokeWidth.replace('px', ''))
    }
    expect(
      doc.querySelector('[data-relation-type="negotiation"] > path')?.getAttribute('stroke-dasharray'),
    ).toBe('8 5')
    for (const edge of edges(el)) {
      const arrow = edge.querySelector('.arrowheads')
      const copy = doc.querySelector(`[data-relation-id="${edge.dataset.relationId}"] > path:nth-child(2)`)
      expect(copy?.getAttribute('fill') ?? null).toBe(arrow ? getComputedStyle(arrow).fill : null)
      if (arrow) expect(copy?.getAttribute('d')).toBe(arrow.getAttribute('d'))
    }
    const glyph = node(el, articleDataset.actors[0]!.id).querySelector('.glyph')!
    const copy = doc.querySelector(`[data-actor-id="${articleDataset.actors[0]!.id}"] > path`)!
    expect(copy.getAttribute('fill')).toBe(getComputedStyle(glyph).fill)
    expect(copy.getAttribute('d')).toBe(glyph.getAttribute('d'))
  })

  test('a dark theme exports dark', async () => {
    const el = await mount(articleDataset, { attributes: { theme: 'dark' } })
    const { doc } = exported(el, viewStyle(shadow(el)))
    expect(doc.querySelector('svg > rect')?.getAttribute('fill')).toBe('rgb(21, 25, 30)')
    expect(doc.querySelector('[data-relation-type="cooperation"] > path')?.getAttribute('stroke')).toBe(
      'rgb(86, 180, 233)',
    )
  })

  test('a dimmed view exports as it looks', async () => {
    const el = await mount()
    const focus = articleDataset.actors[0]!.id
    const { x, y } = centre(node(el, focus))
    await hover(x, y)
    const glyphOpacity = (n: Element) => getComputedStyle(n.querySelector('.glyph')!).fillOpacity
    const dimmed = nodes(el).filter((n) => glyphOpacity(n) === '0.15')
    expect(dimmed.length).toBeGreaterThan(0)
    const { doc } = exported(el)
    const exportedGlyph = (id: string | undefined) => doc.querySelector(`[data-actor-id="${id}"] > path`)
    for (const live of dimmed)
      expect(exportedGlyph(live.dataset.actorId)?.getAttribute('fill-opacity')).toBe('0.15')
    expect(exportedGlyph(focus)?.hasAttribute('fill-opacity')).toBe(false)
    expect(doc.querySelectorAll('[data-relation-id] > path[stroke-opacity="0.08"]').length).toBeGreaterThan(0)
  })

  test('escapes untrusted text and drops characters XML cannot hold', async () => {
    const data = copyOfValidDataset()
    data.title = 'Lease </title><script>alert(2)</script> & "quotes"\u0007'
    data.actors[0]!.name = '<script>alert(1)</script>'
    data.source.publisher = '<img src=x onerror=alert(3)>'
    const el = await mount(data)
    const { text, doc } = exported(el)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(text).not.toMatch(/<script|<img/)
    expect(doc.querySelectorAll('script, img')).toHaveLength(0)
    expect(doc.querySelector('title')?.textContent).toBe('Lease </title><script>alert(2)</script> & "quotes"')
    expect(texts(doc).join(' ')).toContain('<img src=x onerror=alert(3)>')
    expect(doc.querySelector('text[data-actor-id="costa"]')?.textContent).toMatch(/^<script>/)
  })

  test('wraps a long title to three lines and cuts it with an ellipsis, within the width', async () => {
    const el = await mount()
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const { doc } = exported(el, { title, width: 400 })
    const lines = [...doc.querySelectorAll('svg > text[font-weight="700"]')]
    expect(lines).toHaveLength(3)
    expect(lines[2]?.textContent).toMatch(/…$/)
    const host = document.createElement('div')
    host.className = 'test-host'
    host.append(document.importNode(doc.documentElement, true))
    document.body.append(host)
    for (const line of host.querySelectorAll<SVGTextElement>('svg > text')) {
      const box = line.getBBox()
      expect(box.x + box.width, line.textContent ?? '').toBeLessThanOrEqual(400 - 16 + 1)
    }
  })

  test('renders on its own as an image', async () => {
    const el = await mount()
    const { text } = exported(el)
    const image = await loadImage(text)
    expect(image.naturalWidth).toBe(svgSize(text).width)
    expect(image.naturalHeight).toBe(svgSize(text).height)
  })
})

describe('the options read from the widget', () => {
  test('viewStyle(root) and legendEntries(root, types, counts) match the computed styles', async () => {
    const el = await mount()
    const built = optionsFor(el)
    const counts = { cooperation: 13, negotiation: 3, opposition: 12 }
    expect(legendEntries(shadow(el), RELATION_TYPES, counts)).toEqual(built.legend)
    const { background, textColor, mutedColor, fontFamily } = built
    expect(viewStyle(shadow(el))).toEqual({ background, textColor, mutedColor, fontFamily })
    expect(background).toBe('rgb(255, 255, 255)')
  })

  test('creditText(source) writes out a safe address only', () => {
    const source = { title: 'T', publisher: 'P' }
    expect(creditText(source)).toBe('Source: T, P')
    expect(creditText({ ...source, author: 'A', url: 'https://example.org/a' })).toBe(
      'Source: T, P, by A. https://example.org/a',
    )
    expect(creditText({ ...source, url: 'javascript:alert(1)' })).toBe('Source: T, P')
  })

  test('exportFileName(title, extension) is an ASCII slug', () => {
    expect(exportFileName(articleDataset.title, 'svg')).toBe(
      'the-c-i-a-director-s-visit-to-caracas-who-relates-to-whom.svg',
    )
    expect(exportFileName('Ça coûte — 100 €', 'png')).toBe('ca-coute-100.png')
    expect(exportFileName('***', 'png')).toBe('network.png')
  })
})

describe('exportPNG(svgText, width, height, scale)', () => {
  test('renders a PNG at twice the size, with the edge colours', async () => {
    const el = await mount()
    const text = exportSVG(graphOf(el), optionsFor(el))
    const { width, height } = svgSize(text)
    const blob = await exportPNG(text, width, height)
    expect(blob.type).toBe('image/png')
    expect(blob.size).toBeGreaterThan(1000)
    const bytes = new Uint8Array(await blob.arrayBuffer())
    expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE)
    const header = new DataView(bytes.buffer, 16, 8)
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([width * 2, height * 2])
    // Inlined colours, not black: the cooperation blue is drawn.
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')!
    context.drawImage(bitmap, 0, 0)
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data
    let blue = 0
    for (let i = 0; i < pixels.length; i += 4)
      if (Math.abs(pixels[i]! - 0) + Math.abs(pixels[i + 1]! - 114) + Math.abs(pixels[i + 2]! - 178) < 12)
        blue++
    expect(blue).toBeGreaterThan(200)
  })

  test('rejects an SVG that does not load, with a clear error', async () => {
    await expect(exportPNG('<svg xmlns="http://www.w3.org/2000/svg"', 10, 10)).rejects.toThrow(
      /could not be loaded as an image/,
    )
    await expect(exportPNG('<svg/>', 0, 10)).rejects.toThrow(RangeError)
  })
})

describe('download(blob, filename)', () => {
  test('clicks a temporary link to an object URL and revokes it later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const clicked: { href: string; download: string }[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download })
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    try {
      download(new Blob(['<svg/>'], { type: 'image/svg+xml' }), 'network.svg')
      expect(clicked).toEqual([{ href: expect.stringMatching(/^blob:/), download: 'network.svg' }])
      expect(revoke).not.toHaveBeenCalled()
      vi.runAllTimers()
      expect(revoke).toHaveBeenCalledWith(clicked[0]?.href)
    } finally {
      click.mockRestore()
      revoke.mockRestore()
      vi.useRealTimers()
    }
  })
})

describe('renderExportMenu({ onSVG, onPNG })', () => {
  function menu() {
    const host = document.createElement('div')
    host.className = 'test-host'
    const root = host.attachShadow({ mode: 'open' })
    // The menu takes the widget's shared control styles, then its own.
    root.adoptedStyleSheets = [sharedStyles.styleSheet!, exportStyles.styleSheet!]
    document.body.append(host)
    const calls: string[] = []
    render(
      renderExportMenu({ onSVG: () => calls.push('svg'), onPNG: () => calls.push('png') }),
      root as unknown as HTMLElement,
    )
    const details = root.querySelector('details')!
    const summary = root.querySelector('summary')!
    const [svg, png] = [...root.querySelectorAll('button')]
    return { root, details, summary, svg: svg!, png: png!, calls }
  }

  test('is a disclosure named Download with two format buttons, popping over below it', async () => {
    const { details, summary, svg, png } = menu()
    expect(details.getAttribute('part')).toBe('export')
    expect(summary.textContent?.trim()).toBe('Download')
    expect([svg.textContent, png.textContent]).toEqual(['SVG', 'PNG'])
    expect(details.open).toBe(false)
    summary.click()
    expect(details.open).toBe(true)
    const popover = getComputedStyle(svg.parentElement!)
    expect(popover.position).toBe('absolute')
    expect(Number(popover.zIndex)).toBeGreaterThan(4)
    expect(svg.parentElement!.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      summary.getBoundingClientRect().bottom,
    )
    for (const target of [summary, svg, png]) {
      const box = target.getBoundingClientRect()
      expect(box.width).toBeGreaterThanOrEqual(24)
      expect(box.height).toBeGreaterThanOrEqual(24)
    }
  })

  test('works from the keyboard: Enter opens, a format runs and closes, Escape closes', async () => {
    const { details, summary, svg, png, calls, root } = menu()
    summary.focus()
    await userEvent.keyboard('{Enter}')
    expect(details.open).toBe(true)
    await userEvent.keyboard('{Tab}')
    expect(root.activeElement).toBe(svg)
    await userEvent.keyboard('{Enter}')
    expect(calls).toEqual(['svg'])
    expect(details.open).toBe(false)
    expect(root.activeElement).toBe(summary)
    await userEvent.keyboard(' ')
    expect(details.open).toBe(true)
    await userEvent.keyboard('{Tab}{Tab}')
    expect(root.activeElement).toBe(png)
    await userEvent.keyboard('{Escape}')
    expect(details.open).toBe(false)
    expect(root.activeElement).toBe(summary)
    expect(calls).toEqual(['svg'])
  })
})
