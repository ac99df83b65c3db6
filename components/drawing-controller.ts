/**
 * Puts the network's SVG into the graphic after a render: once per dataset or filter, not on every render
 * (the element renders again on every hover, and thousands of elements need not be looked at then). A new
 * network is measured and fitted here before its first paint, then announced (`network-ready`);
 * labels are measured again when a late web font arrives. Every render ends by painting the state.
 */
import { nothing, type ReactiveController, render } from 'lit'
import { PHONE } from '../src/label-room.ts'
import { NetworkReadyEvent } from './events.ts'
import { renderGraph } from './graph-template.ts'
import { fontOf } from './measure-text.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { yieldToBrowser } from './yield-to-browser.ts'

export class DrawingController implements ReactiveController {
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  /** The dataset's `version` last put into the layer; -1 for none. */
  #drawnVersion = -1
  /** The dataset's `version` whose toolbar has had a task of its own before its graph is put in. */
  #chromeVersion = -1
  /** The label font last waited for. */
  #awaitedFont?: string

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
    host.addController(this)
  }

  hostUpdated() {
    const { data, frames, hover, painter, selection, story, url, view } = this.#parts
    const ready = data.ready
    const version = ready ? data.version : -1
    if (this.#drawnVersion !== version) {
      // A new network: its legend and tools are rendered in this task, and the graph (put in, measured,
      // fitted and drawn) in the next, so that neither holds the host page's main thread for both. The
      // first frame that shows the network is still the settled one.
      if (data.fresh && this.#chromeVersion !== version) {
        this.#chromeVersion = version
        yieldToBrowser().then(() => this.#host.requestUpdate())
        return
      }
      this.#drawnVersion = version
      const root = this.#host.renderRoot
      const layer = root.querySelector<SVGGElement>('svg.graph > .layer')
      // Read before the graph is in: a style read now costs nothing, after it, a style pass over it all.
      const probe = root.querySelector('.label-probe')
      // A widget outside a rendered document has no computed font ('   '): it keeps the one it had.
      const font = probe && fontOf(getComputedStyle(probe))
      if (font?.trim()) painter.labelFont = font
      if (ready && data.fresh) view.measure()
      // A phone-sized stage gives the actors' short names (see ViewController.refit for its room).
      const short = view.size.width <= PHONE
      if (layer) render(ready ? renderGraph(ready.graph, ready.visibility, short) : nothing, layer)
      painter.collect(root)
      this.#awaitFont(painter.labelFont)
      if (!ready) return
      if (view.size.width && !view.userZoomed) view.refit()
      frames.draw()
      if (data.fresh && data.dataset) {
        data.fresh = false
        url.read()
        if (this.#host.step) story.show()
        this.#host.dispatchEvent(new NetworkReadyEvent(data.dataset))
      }
    }
    selection.paint()
    hover.placeTooltip(true)
    view.keepClearOfDetails()
  }

  /**
   * A host's web font that has not arrived yet: the labels were measured in its fallback, and would overlap
   * once it is in. Measured again, and the network refitted, when it has loaded or failed; once per font, as
   * a font that failed stays unloaded (asking again would never end).
   */
  #awaitFont(font: string) {
    if (font === this.#awaitedFont || isLoaded(font)) return
    this.#awaitedFont = font
    const remeasure = () => {
      this.#parts.painter.reset()
      this.#drawnVersion = -1
      this.#host.requestUpdate()
    }
    document.fonts.load(font).then(remeasure, remeasure)
  }
}

/** Whether a font is loaded; a font string the browser cannot read counts as loaded (there is nothing to wait for). */
function isLoaded(font: string) {
  try {
    return document.fonts.check(font)
  } catch {
    return true
  }
}
