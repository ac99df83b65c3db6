/**
 * The benchmark's chart: drag p95, zoom p95 and hover time against the number of actors, ours and the
 * plain d3 graph's, one line per density, on log scales, with the 20 ms and 100 ms targets drawn across.
 * A standalone SVG string, written beside `results.json` and shown in the README.
 */
import type { Row } from './report.ts'

interface Panel {
  readonly title: string
  readonly get: (r: NonNullable<Row['results']['widget']>) => number | undefined
  readonly target: number
}

const PANELS: readonly Panel[] = [
  { title: 'Drag: p95 frame time', get: (r) => r.drag?.p95Ms, target: 20 },
  { title: 'Zoom: p95 frame time', get: (r) => r.zoom?.p95Ms, target: 20 },
  { title: 'Hover: pointer on an actor → painted', get: (r) => r.drag?.hoverMs, target: 100 },
]

/** One colour per density (relations per actor), from the Okabe–Ito palette the widget uses. */
const DENSITY_COLOURS = ['#0072b2', '#c84300', '#009e73', '#92005f']

const PANEL = { width: 330, height: 250 }
const MARGIN = { top: 40, right: 14, bottom: 42, left: 50 }
const Y_DOMAIN: [number, number] = [5, 5000]

/** A base-10 log scale from `domain` onto `range`. */
function logScale([d0, d1]: [number, number], [r0, r1]: [number, number]) {
  const l0 = Math.log10(d0)
  const l1 = Math.log10(d1)
  return (value: number) => r0 + ((Math.log10(value) - l0) / (l1 - l0)) * (r1 - r0)
}

/** 1, 2, 5 × powers of ten within `domain`: the ticks a reader reads a log axis by. */
function ticks([d0, d1]: [number, number]): number[] {
  const out: number[] = []
  for (let p = Math.floor(Math.log10(d0)); p <= Math.ceil(Math.log10(d1)); p++)
    for (const m of [1, 2, 5]) {
      const value = m * 10 ** p
      if (value >= d0 && value <= d1) out.push(value)
    }
  return out
}

const short = (n: number) => (n >= 1000 ? `${n / 1000}k` : `${n}`)
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** The chart of a run's rows, as an SVG document. */
export function chart(rows: readonly Row[], caption: string): string {
  const densities = [...new Set(rows.map((r) => r.relations / r.actors))]
    .map((d) => Math.round(d * 10) / 10)
    .filter((d, i, all) => all.indexOf(d) === i)
    .sort((a, b) => a - b)
  const colour = (d: number) => DENSITY_COLOURS[densities.indexOf(d) % DENSITY_COLOURS.length] ?? '#333'
  const actors = rows.map((r) => r.actors)
  const xDomain: [number, number] = [Math.min(10, ...actors), Math.max(5000, ...actors)]
  const innerW = PANEL.width - MARGIN.left - MARGIN.right
  const innerH = PANEL.height - MARGIN.top - MARGIN.bottom
  const x = logScale(xDomain, [0, innerW])
  const y = logScale(Y_DOMAIN, [innerH, 0])
  const clampY = (v: number) => y(Math.min(Y_DOMAIN[1], Math.max(Y_DOMAIN[0], v)))

  const panels = PANELS.map((panel, i) => {
    const parts: string[] = []
    for (const t of ticks(xDomain))
      parts.push(
        `<line x1="${x(t)}" x2="${x(t)}" y2="${innerH}" class="grid"/>`,
        `<text x="${x(t)}" y="${innerH + 16}" text-anchor="middle">${short(t)}</text>`,
      )
    for (const t of ticks(Y_DOMAIN))
      parts.push(
        `<line x2="${innerW}" y1="${y(t)}" y2="${y(t)}" class="grid"/>`,
        `<text x="-6" y="${y(t)}" text-anchor="end" dominant-baseline="middle">${short(t)}</text>`,
      )
    parts.push(
      `<line x2="${innerW}" y1="${y(panel.target)}" y2="${y(panel.target)}" class="target"/>`,
      `<text x="${innerW - 2}" y="${y(panel.target) - 4}" text-anchor="end" class="target-label">${panel.target} ms</text>`,
    )
    for (const density of densities)
      for (const impl of ['baseline', 'widget'] as const) {
        const points = rows
          .filter((r) => Math.round((r.relations / r.actors) * 10) / 10 === density)
          .map((r) => {
            const result = r.results[impl]
            const value = result?.ok ? panel.get(result) : undefined
            return value === undefined || Number.isNaN(value) ? undefined : [x(r.actors), clampY(value)]
          })
          .filter((p): p is number[] => p !== undefined)
          .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))
        if (!points.length) continue
        const d = points.map(([px, py], k) => `${k ? 'L' : 'M'}${px?.toFixed(1)},${py?.toFixed(1)}`).join('')
        const style = impl === 'widget' ? '' : ' stroke-dasharray="4 3" stroke-opacity="0.7"'
        parts.push(`<path d="${d}" fill="none" stroke="${colour(density)}" stroke-width="2"${style}/>`)
        if (impl === 'widget')
          for (const [px, py] of points)
            parts.push(
              `<circle cx="${px?.toFixed(1)}" cy="${py?.toFixed(1)}" r="2.5" fill="${colour(density)}"/>`,
            )
      }
    return `<g transform="translate(${i * PANEL.width + MARGIN.left},${MARGIN.top})">
  <text x="${innerW / 2}" y="-16" text-anchor="middle" class="title">${escapeXml(panel.title)}</text>
  <text x="${innerW / 2}" y="${innerH + 34}" text-anchor="middle">actors (log)</text>
  <text transform="translate(-38,${innerH / 2}) rotate(-90)" text-anchor="middle">ms (log)</text>
  ${parts.join('\n  ')}
</g>`
  })

  const legendY = PANEL.height + 8
  const legend = densities.map(
    (d, i) => `<g transform="translate(${MARGIN.left + i * 170},${legendY})">
  <line x2="22" stroke="${colour(d)}" stroke-width="2"/><text x="28" dominant-baseline="middle">ours, ${d} relations/actor</text></g>`,
  )
  const width = PANELS.length * PANEL.width
  const height = PANEL.height + 52
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">
<title>${escapeXml(`Drag p95, zoom p95 and hover time against the number of actors: ours and the plain d3 graph's. ${caption}`)}</title>
<style>
  text { fill: #333 }
  .title { font-weight: 600; font-size: 12px }
  .grid { stroke: #e5e5e5 }
  .target { stroke: #c00; stroke-width: 1; stroke-dasharray: 6 3 }
  .target-label { fill: #c00 }
</style>
<rect width="100%" height="100%" fill="#fff"/>
${panels.join('\n')}
${legend.join('\n')}
<g transform="translate(${MARGIN.left + densities.length * 170},${legendY})">
  <line x2="22" stroke="#555" stroke-width="2" stroke-dasharray="4 3"/><text x="28" dominant-baseline="middle">plain d3 graph (same colour: same data)</text></g>
<text x="${MARGIN.left}" y="${height - 10}" fill="#666">${escapeXml(caption)}</text>
</svg>
`
}
