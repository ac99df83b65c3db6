import { html, LitElement, nothing, type PropertyValues, render, type TemplateResult } from 'lit'
import type { Dataset, RelationType } from '../src/dataset.ts'
import { describeNetwork, listCounts } from '../src/describe.ts'
import { formatRelationTypes, parseRelationTypes } from '../src/filter.ts'
import type { Transform } from '../src/viewport.ts'
import { styles } from './actor-network.styles.ts'
import { compactBarStyles, toggleTools } from './compact-bar.ts'
import { DatasetController } from './dataset-controller.ts'
import { detailsStyles, sourceCredit } from './details-panel.ts'
import { DrawingController } from './drawing-controller.ts'
import { FilterChangeEvent } from './events.ts'
import { exportStyles, ViewExport } from './export-menu.ts'
import { graphStyles } from './graph.styles.ts'
import { GraphPainter } from './graph-painter.ts'
import { HoverController } from './hover-controller.ts'
import { containKey, KeyboardController } from './keyboard-navigation.ts'
import { legendStyles, RELATION_LABELS, renderLegend } from './legend.ts'
import type { NetworkParts } from './network-parts.ts'
import { Notices, noticeStyles } from './notices.ts'
import { OnScreenController } from './on-screen.ts'
import { PointerGestures } from './pointer-gestures.ts'
import { SearchBox, searchStyles } from './search-box.ts'
import { SelectionController } from './selection-controller.ts'
import { sharedStyles } from './shared.styles.ts'
import { SimulationController } from './simulation-controller.ts'
import { loadingNotice, renderErrors, statusStyles } from './status-view.ts'
import { stepperStyles } from './stepper.ts'
import { StoryController } from './story-controller.ts'
import { renderTables, tableStyles } from './table-view.ts'
import { tooltipStyles } from './tooltip.ts'
import { UrlSync } from './url-sync.ts'
import { ViewController } from './view-controller.ts'
import { yieldToBrowser } from './yield-to-browser.ts'
import { renderZoomControls, zoomControlStyles } from './zoom-controls.ts'

/** Larger networks print the graphic only: a table of thousands of rows is not what a reader wants on paper. */
const PRINTED_RELATIONS = 500

/**
 * Force-directed network of political actors and the relations between them: cooperation, negotiation
 * and opposition, every relation backed by verbatim quotes from its source.
 *
 * @fires actor-hover - The pointer entered an actor or left it. detail: `{ actor: Actor | null }`
 * @fires actor-select - The reader selected an actor, or cleared the selection. detail: `{ actor: Actor | null }`
 * @fires relation-hover - The pointer entered a relation or left it. detail: `{ relation: Relation | null }`
 * @fires filter-change - The reader changed the visible relation types. detail: `{ relations: RelationType[] }`
 * @fires evidence-select - The reader chose a quote in the details panel. detail: `{ relation: Relation, quote: string }`
 * @fires step-change - The reader moved to another story step (0 is the whole network). detail: `{ step: number, title: string | null }`
 * @fires network-ready - A dataset was loaded, validated and drawn. detail: `{ dataset: Dataset }`
 * @fires error - The dataset could not be loaded or is invalid. detail: `{ errors: { pointer, message }[] }`
 *
 * @csspart node - Each actor's group, with `data-actor-id`; also `node--person`, `node--institution`, `node--group`, `node--selected`, `node--dimmed` (up to 120 actors and relations together: larger networks dim under a veil instead).
 * @csspart label - Each actor's name in the graphic.
 * @csspart edge - Each relation's group, with `data-relation-id` and `data-relation-type`; also `edge--cooperation`, `edge--negotiation`, `edge--opposition`, `edge--dimmed`. Up to 120 actors and relations together: larger networks draw their relations in bulk, a few paths for many relations, with no part.
 * @csspart legend - The legend of relation types.
 * @csspart legend-toggle - Each relation type's toggle button, with `data-relation-type`.
 * @csspart tooltip - The tooltip for the hovered actor or relation.
 * @csspart view-toggle - The button that switches between the graphic and the table view.
 * @csspart table - The table view: actors and relations as HTML tables.
 * @csspart search - The search box (a combobox over actors' names and roles).
 * @csspart details - The details panel of the selected actor or relation.
 * @csspart stepper - The story stepper, when the dataset has `steps`.
 * @csspart export - The Download menu (a `<details>`) with SVG and PNG buttons.
 *
 * @cssprop [--actor-network-cooperation=#0072b2] - Colour of cooperation relations.
 * @cssprop [--actor-network-negotiation=#92005f] - Colour of negotiation relations.
 * @cssprop [--actor-network-opposition=#c84300] - Colour of opposition relations.
 * @cssprop [--actor-network-background=#ffffff] - Background of the widget; also the halo behind labels.
 * @cssprop [--actor-network-text=#1b1f24] - Text colour.
 * @cssprop [--actor-network-muted=#56606b] - Secondary text and control borders.
 * @cssprop [--actor-network-person=#2d3e50] - Fill of people (circles).
 * @cssprop [--actor-network-institution=#53616f] - Fill of institutions (squares).
 * @cssprop [--actor-network-group=#7a5a2f] - Fill of groups (diamonds).
 * @cssprop [--actor-network-tether=#b4bcc5] - Colour of affiliation tethers and tooltip borders.
 * @cssprop [--actor-network-focus=#1b1f24] - Selection ring and focus outline.
 * @cssprop [--actor-network-font=system-ui] - Font family. A web font of the page's works: labels are measured again when it arrives.
 * @cssprop [--actor-network-label-size=12.5px] - Font size of actor labels; larger labels take the room they need.
 * @cssprop [--actor-network-aspect-ratio=16 / 11] - Aspect ratio when the host does not set a height (default `2 / 3` when the widget is under 560 px wide, `1 / 2` under 360 px).
 */
export class ActorNetwork extends LitElement {
  // In cascade order: what is shared first, then the graphic, the widget's frame, and each piece.
  static override styles = [
    sharedStyles,
    graphStyles,
    styles,
    legendStyles,
    tooltipStyles,
    tableStyles,
    searchStyles,
    detailsStyles,
    stepperStyles,
    exportStyles,
    statusStyles,
    zoomControlStyles,
    noticeStyles,
    compactBarStyles,
  ]

  static override properties = {
    src: { type: String },
    data: { attribute: false },
    relations: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    wheelZoom: { type: Boolean, attribute: 'wheel-zoom', reflect: true },
    theme: { type: String, reflect: true },
    view: { type: String, reflect: true },
    loading: { type: String, reflect: true },
    hops: { type: Number, reflect: true },
    syncUrl: { type: String, attribute: 'sync-url', reflect: true },
    step: { type: Number, reflect: true },
  }

  /** URL of a dataset JSON file, fetched and validated. */
  declare src: string | undefined
  /** The dataset to draw. Set it from script; after a load from `src` or an inline script it holds the dataset in use. */
  declare data: Dataset | undefined
  /** The visible relation types, space-separated. Absent means all; the legend keeps it up to date. */
  declare relations: string | undefined
  /** The id of the selected actor. */
  declare selected: string | undefined
  /** Zoom with a plain mouse wheel, for full-page hosts. By default the wheel scrolls the page and Ctrl/⌘ + wheel zooms. */
  declare wheelZoom: boolean
  /** `light` or `dark` forces a colour scheme; absent, the widget follows the reader's `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined
  /** `graph` (default) or `table`: the same data as HTML tables, honouring the filter. The reader toggles it too. */
  declare view: 'graph' | 'table' | undefined
  /**
   * `lazy` waits until the widget comes near the viewport before fetching and laying out its data, the way
   * `<img loading="lazy">` does. The default, `eager`, loads at once.
   */
  declare loading: 'lazy' | 'eager' | undefined
  /** How far a selection highlights: 1 (the actor's neighbours, default) or 2 (their neighbours too). */
  declare hops: number
  /**
   * Mirror the view (relations, selected actor, zoom and centre) in the page URL's hash, so a shared link
   * opens the same view. The value is this widget's key in the hash (default: its `id`, else `network`).
   */
  declare syncUrl: string | undefined
  /** The story step shown, 1-based, when the dataset has `steps`; 0 (default) is the whole network. */
  declare step: number

  /** The widget's jobs, one controller each (see network-parts.ts); they reach each other through it. */
  readonly #parts: NetworkParts
  readonly #search: SearchBox
  readonly #export: ViewExport

  constructor() {
    super()
    this.wheelZoom = false
    this.hops = 1
    this.step = 0
    const parts = {} as NetworkParts
    // Created in the order of their lifecycle callbacks: on connection the widget is observed, its inline
    // data read (or an interrupted fetch resumed), its stage observed, and a shared view read from the URL.
    Object.assign(parts, {
      painter: new GraphPainter(),
      notices: new Notices(this),
      onScreen: new OnScreenController(this, {
        enter: () => {
          parts.data.resume()
          parts.frames.resume()
        },
        leave: () => parts.frames.pause(),
      }),
      data: new DatasetController(this, parts),
      view: new ViewController(this, parts),
      frames: new SimulationController(this, parts),
      url: new UrlSync(this, parts),
      selection: new SelectionController(this, parts),
      hover: new HoverController(this, parts),
      keyboard: new KeyboardController(this, parts),
      story: new StoryController(this, parts),
    })
    new DrawingController(this, parts)
    Object.assign(parts, { gestures: new PointerGestures(this, parts) })
    this.#parts = parts
    this.#search = new SearchBox(this, (actor) => parts.selection.selectAndCentre(actor.id))
    this.#export = new ViewExport(this, parts)
  }

  /**
   * The first render waits for a task of its own: loaded as a page's script, the bundle's evaluation (which
   * upgrades the element) and the render are then two shorter tasks of the host page's main thread. Meanwhile
   * an empty frame holds the widget's room, so nothing around it moves: its size comes from the host's box or
   * its aspect ratio, never from its content.
   */
  protected override async scheduleUpdate() {
    if (!this.hasUpdated) {
      render(html`<div class="frame" part="frame"></div>`, this.renderRoot, this.renderOptions)
      await yieldToBrowser()
    }
    return super.scheduleUpdate()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.#parts.gestures.cancel()
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const { data, selection, story, url } = this.#parts
    data.willUpdate(changed)
    selection.willUpdate(changed)
    if (changed.has('step') && data.graph) story.show()
    if ((changed.has('relations') || changed.has('selected') || changed.has('step')) && this.hasUpdated)
      url.write()
  }

  // Public methods

  /** Fits the whole network into view. */
  fit() {
    this.#parts.view.fit()
  }

  /** Zooms by `factor` around the centre of the view (above 1 zooms in). */
  zoomBy(factor: number) {
    this.#parts.view.zoomBy(factor)
  }

  /** The current view transform: screen = k · layout + (x, y), in CSS pixels. */
  get transform(): Transform {
    return this.#parts.view.transform
  }

  /** The current view as a standalone SVG document: title, legend, the graph as drawn, the source credit. */
  toSVG(): string {
    return this.#export.toSVG()
  }

  /**
   * The current view as a PNG at `scale` times its CSS size (default 2, for print and dense screens).
   * It draws the SVG through an image from a `blob:` URL: a page whose Content-Security-Policy does not
   * allow `img-src blob:` rejects it (the SVG export still works there).
   */
  async toPNG(scale = 2): Promise<Blob> {
    return this.#export.toPNG(scale)
  }

  /**
   * Highlights relations (and their actors); the rest dims, as on hover. An empty list clears it. Hosts
   * use it to link the graphic to their own text: the demo lights up the relations a sentence supports.
   */
  highlight(relationIds: Iterable<string>) {
    this.#parts.selection.highlight(relationIds)
  }

  // Rendering

  override render(): TemplateResult {
    const { data, gestures, hover, keyboard, notices, selection, story, view } = this.#parts
    const ready = data.ready
    const visibility = ready?.visibility
    const shown = data.visibleTypes
    const table = this.view === 'table'
    const stepper = story.render()
    return html`<div class="frame" part="frame" @keydown=${containKey} @keypress=${containKey} @keyup=${containKey}>
      <div class="bar">
        ${visibility ? renderLegend(new Set(shown), visibility.counts, (type) => this.#toggleType(type)) : nothing}
        ${
          // The story's start button shares a row with the legend or the tools (a row of graphic more in the
          // common 560–900 px embed); a step in progress takes a row of its own below.
          this.step ? nothing : stepper
        }
        ${
          ready
            ? html`<button type="button" class="tools-toggle" aria-expanded="false" @click=${toggleTools}>Tools</button>
              <div class="tools">
              ${this.#search.render(ready.graph.nodes.map((node) => node.actor))}
              <button type="button" class="view-toggle" part="view-toggle" aria-pressed=${table ? 'true' : 'false'}
                @click=${this.#toggleView}>Table</button>
              ${this.#export.render()}
            </div>`
            : nothing
        }
      </div>
      <div class="story">${this.step ? stepper : nothing}</div>
      <div class=${
        // Until there is a network (or an error) to show, the stage is out of the layout and the loading
        // notice covers the frame: the toolbar fills in with the network, and a stage it pushed down would
        // count as a layout shift (Core Web Vitals).
        ready || data.status === 'error' ? 'stage' : 'stage is-waiting'
      }>
        <svg
          class=${data.large ? 'graph is-large' : 'graph'}
          role="group"
          tabindex="-1"
          ?inert=${table}
          aria-label=${data.dataset?.title ?? 'Network'}
          aria-describedby="description"
          aria-roledescription="network graphic"
          @pointerdown=${gestures.down}
          @pointermove=${gestures.move}
          @pointerup=${gestures.up}
          @pointercancel=${gestures.cancelPointer}
          @pointerover=${gestures.over}
          @pointerleave=${gestures.leave}
          @dblclick=${gestures.doubleClick}
          @wheel=${{ handleEvent: gestures.wheel, passive: false }}
          @touchstart=${{ handleEvent: gestures.touchStart, passive: false }}
          @keydown=${keyboard.onKeyDown}
          @focusin=${keyboard.onFocusIn}
          @focusout=${keyboard.onFocusOut}
        >
          <text class="label-probe" aria-hidden="true"></text>
          <g class="layer"></g>
        </svg>
        ${
          // Large networks: the layer that hover, selection and drags draw on (see GraphPainter).
          ready && data.large
            ? html`<svg class="graph lift is-large" aria-hidden="true">
              <rect class="veil" width="100%" height="100%"></rect><g class="lift-edges"></g><g class="lift-nodes"></g><g class="lift-labels"></g>
            </svg>`
            : nothing
        }
        <p id="description" class="visually-hidden">${ready ? describeNetwork(ready.graph, ready.visibility, shown) : ''}</p>
        ${ready && table ? renderTables(data.dataset as Dataset, ready.graph, ready.visibility) : nothing}
        ${ready && !table ? renderZoomControls(view) : nothing}
        ${selection.renderDetails()}
        ${hover.renderTooltip()}
        ${notices.renderHint()}
        ${data.status === 'error' ? renderErrors(data.errors) : nothing}
      </div>
      ${data.status === 'loading' && !data.graph ? loadingNotice : nothing}
      <div class="credit">${ready && data.dataset ? sourceCredit(data.dataset.source) : nothing}</div>
      ${
        // Printed below the graphic: the relation table, so paper keeps the evidence (up to a sane size).
        ready && !table && ready.graph.links.length <= PRINTED_RELATIONS
          ? html`<div class="print-only" aria-hidden="true">${renderTables(data.dataset as Dataset, ready.graph, ready.visibility)}</div>`
          : nothing
      }
      ${notices.renderLiveRegion()}
    </div>`
  }

  // Reader actions

  #toggleType(type: RelationType) {
    // The legend is drawn with the network: there is always a visibility to count from.
    const counts = this.#parts.data.visibility?.counts
    if (!counts) return
    const types = new Set(this.#parts.data.visibleTypes)
    if (types.has(type)) types.delete(type)
    else types.add(type)
    this.relations = formatRelationTypes(types)
    const shown = parseRelationTypes(this.relations)
    this.#parts.notices.announce(
      shown.length
        ? `Showing ${listCounts(counts, shown)} relations; ${RELATION_LABELS[type].toLowerCase()} ${types.has(type) ? 'shown' : 'hidden'}.`
        : 'All relation types hidden.',
    )
    this.dispatchEvent(new FilterChangeEvent(shown))
  }

  #toggleView = () => {
    this.view = this.view === 'table' ? 'graph' : 'table'
    this.#parts.hover.hover(null)
    this.#parts.notices.announce(this.view === 'table' ? 'Table view.' : 'Graph view.')
  }
}

if (!customElements.get('actor-network')) customElements.define('actor-network', ActorNetwork)

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork
  }
}
