/**
 * The Download menu, and the view's export behind it and behind the element's `toSVG()` and `toPNG()`.
 */
import { css, html } from 'lit'
import { download, exportFileName, exportPNG } from './export-png.ts'
import { creditText, exportSVG, legendEntries, svgSize, viewStyle } from './export-svg.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

/** The current view, exported: as documents for the element's methods, as files for the menu. */
export class ViewExport {
  readonly #host: NetworkHost
  readonly #parts: NetworkParts

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  toSVG(): string {
    const { data, view } = this.#parts
    const svg = this.#host.renderRoot.querySelector<SVGSVGElement>('svg.graph')
    const { dataset, visibility } = data
    if (!data.ready || !svg || !dataset || !visibility) throw new Error('No network is drawn yet.')
    const root = this.#host.renderRoot
    return exportSVG(svg, {
      title: dataset.title,
      credit: creditText(dataset.source),
      legend: legendEntries(root, data.visibleTypes, visibility.counts),
      ...view.size,
      ...viewStyle(root),
    })
  }

  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG()
    const { width, height } = svgSize(text)
    return exportPNG(text, width, height, scale)
  }

  render() {
    return renderExportMenu({ onSVG: this.#downloadSVG, onPNG: this.#downloadPNG })
  }

  get #title() {
    return this.#parts.data.dataset?.title ?? ''
  }

  #downloadSVG = () =>
    download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), exportFileName(this.#title, 'svg'))

  #downloadPNG = () =>
    this.toPNG().then(
      (blob) => download(blob, exportFileName(this.#title, 'png')),
      // Seen and heard: a page whose Content-Security-Policy refuses blob: images refuses the PNG, and a
      // reader who chose it would otherwise wait for nothing.
      () => {
        const notice = 'The PNG could not be made on this page. SVG works.'
        this.#parts.notices.announce(notice)
        this.#parts.notices.showHint(notice, 5000)
      },
    )
}
/**
 * A disclosure button with the two formats. Escape closes it and returns focus to it; so does choosing a
 * format, which then runs its action. Moving focus elsewhere closes it too.
 */
export function renderExportMenu({ onSVG, onPNG }: { onSVG: () => void; onPNG: () => void }) {
  const choose = (action: () => void) => (event: Event) => {
    close((event.currentTarget as Element).closest('details'))
    action()
  }
  return html`<details class="export" part="export" @keydown=${onMenuKey} @focusout=${onMenuFocusOut}>
    <summary>Download</summary>
    <div class="export-menu" role="group" aria-label="Download as">
      <button type="button" @click=${choose(onSVG)}>SVG</button>
      <button type="button" @click=${choose(onPNG)}>PNG</button>
    </div>
  </details>`
}

function close(details: HTMLDetailsElement | null, refocus = true) {
  if (!details?.open) return
  if (refocus) details.querySelector('summary')?.focus()
  details.open = false
}

function onMenuKey(event: KeyboardEvent) {
  const details = event.currentTarget as HTMLDetailsElement
  if (event.key !== 'Escape' || !details.open) return
  event.preventDefault()
  event.stopPropagation()
  close(details)
}

/** Closes when focus moves to something else; a click on nothing focusable (null relatedTarget) keeps it open, as Safari does not focus clicked buttons. */
function onMenuFocusOut(event: FocusEvent) {
  const details = event.currentTarget as HTMLDetailsElement
  if (event.relatedTarget instanceof Node && !details.contains(event.relatedTarget)) close(details, false)
}

/** The menu's own layout; its summary, buttons and panel take the widget's shared control styles. */
export const exportStyles = css`
  .export {
    position: relative;
  }
  .export > summary {
    display: inline-flex;
    align-items: center;
    gap: 7px;
    cursor: pointer;
    list-style: none;
    user-select: none;
  }
  .export > summary::-webkit-details-marker {
    display: none;
  }
  /* A chevron drawn with borders: generated text would join the summary's accessible name. */
  .export > summary::after {
    content: '';
    width: 6px;
    height: 6px;
    border-right: 1.5px solid currentColor;
    border-bottom: 1.5px solid currentColor;
    transform: translateY(-2px) rotate(45deg);
  }
  .export[open] > summary::after {
    transform: translateY(1px) rotate(-135deg);
  }
  .export-menu {
    position: absolute;
    z-index: 5;
    top: calc(100% + 4px);
    inset-inline-end: 0;
    display: flex;
    flex-direction: column;
    gap: 4px;
    min-width: 100%;
    padding: 4px;
  }
  .export-menu button {
    min-height: 30px;
    padding: 3px 12px;
    font-size: 13px;
    text-align: start;
  }
  @media (forced-colors: active) {
    .export-menu {
      border-color: CanvasText;
    }
  }
`
