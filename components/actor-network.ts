import { html, LitElement, nothing, type PropertyValues, render, type TemplateResult } from 'lit'
import type { Dataset, Relation, RelationType } from '../src/dataset.ts'
import { describeNetwork, listCounts } from '../src/describe.ts'
import { filterGraph, formatRelationTypes, parseRelationTypes, type Visibility } from '../src/filter.ts'
import { assignLanes } from '../src/geometry.ts'
import {
  buildGraph,
  byDegree,
  drawnInBulk,
  type Graph,
  type GraphNode,
  type RelationLink,
} from '../src/graph.ts'
import { atRest, createLayout, type ForceLayout, quarterTurn, settle } from '../src/layout.ts'
import { recallLayout, rememberLayout } from '../src/layout-cache.ts'
import { parseJsonText } from '../src/parse-json.ts'
import { type DatasetError, formatError, parseDataset } from '../src/validate.ts'
import {
  extentOf,
  fitsBetterTurned,
  fitTransform,
  IDENTITY,
  panBy,
  type Transform,
  toScreen,
  toWorld,
  zoomAround,
} from '../src/viewport.ts'
import { styles } from './actor-network.styles.ts'
import {
  actorDetails,
  type DetailsActions,
  detailsStyles,
  relationDetails,
  sourceCredit,
} from './details-panel.ts'
import {
  ActorHoverEvent,
  ActorSelectEvent,
  EvidenceSelectEvent,
  FilterChangeEvent,
  NetworkErrorEvent,
  NetworkReadyEvent,
  RelationHoverEvent,
  StepChangeEvent,
} from './events.ts'
import {
  creditText,
  download,
  exportFileName,
  exportPNG,
  exportStyles,
  exportSVG,
  legendEntries,
  renderExportMenu,
  svgSize,
  viewStyle,
} from './export.ts'
import { fetchDatasetText } from './fetch-dataset.ts'
import { GraphPainter, type Target } from './graph-painter.ts'
import { arrowMarkers, renderGraph } from './graph-template.ts'
import { containKey, handleGraphKey, type KeyboardHost } from './keyboard-navigation.ts'
import { legendStyles, RELATION_LABELS, renderLegend } from './legend.ts'
import { fontOf } from './measure-text.ts'
import { type GestureHost, PointerGestures, targetOf } from './pointer-gestures.ts'
import { SearchBox, searchStyles } from './search-box.ts'
import { renderStepper, stepperStyles } from './stepper.ts'
import { renderTables, tableStyles } from './table-view.ts'
import { actorTooltip, relationTooltip, tooltipPosition, tooltipStyles } from './tooltip.ts'
import { UrlSync, type UrlSyncHost } from './url-sync.ts'

type Status = 'idle' | 'loading' | 'error' | 'ready'

/** Larger networks print the graphic only: a table of thousands of rows is not what a reader wants on paper. */
const PRINTED_RELATIONS = 500
/** How far inside the view's edges, and from the details panel, an actor is brought: room for its label. */
const VIEW_MARGIN = 48

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
 * @csspart node - Each actor's group, with `data-actor-id`; also `node--person`, `node--institution`, `node--group`, `node--selected`, `node--dimmed` (up to 300 actors: larger networks dim under a veil instead).
 * @csspart label - Each actor's name in the graphic.
 * @csspart edge - Each relation's group, with `data-relation-id` and `data-relation-type`; also `edge--cooperation`, `edge--negotiation`, `edge--opposition`, `edge--dimmed`. Up to 300 actors: larger networks draw their relations in bulk, a few paths for many relations, with no part.
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
  static override styles = [
    styles,
    legendStyles,
    tooltipStyles,
    tableStyles,
    searchStyles,
    detailsStyles,
    stepperStyles,
    exportStyles,
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

  // The dataset and what is drawn of it.
  #status: Status = 'idle'
  #errors: readonly DatasetError[] = []
  #dataset?: Dataset
  #graph?: Graph
  #layout?: ForceLayout
  #visibility?: Visibility
  #lanes = new Map<string, number>()
  /** Bumped when the SVG structure must be rendered again (new dataset or filter). */
  #version = 0
  #drawnVersion = -1
  #announceReady = false

  // The view and the reader's focus.
  #transform: Transform = IDENTITY
  #userZoomed = false
  /** Whether a drag in a large network has lifted its actor onto the lift layer. */
  #lifted = false
  #size = { width: 0, height: 0 }
  #hovered: Target = null
  #tipAt = { x: 0, y: 0 }
  #tipSize?: { width: number; height: number }
  /** The actor that holds the graph's single tab stop (roving tabindex). */
  #focusId?: string
  #announcement = ''
  /** The relation whose details are open (a click on an edge, or a link in an actor's details). */
  #selectedRelation?: string
  /** Relations the host (or a story step) asked to highlight. */
  #highlighted: ReadonlySet<string> = new Set()

  // Machinery, all stopped on disconnect.
  readonly #painter = new GraphPainter()
  readonly #gestures = new PointerGestures(this.#gestureHost())
  readonly #search = new SearchBox(this, (actor) => this.#selectAndCentre(actor.id))
  readonly #url = new UrlSync(this.#urlHost())
  #fetch?: AbortController
  #resizeObserver?: ResizeObserver
  #intersectionObserver?: IntersectionObserver
  /** The selected actor or relation the view has been moved for, so that the details panel does not cover it. */
  #clearedFor?: GraphNode | RelationLink
  /** Whether the widget is on (or near) the screen; off it, animation pauses. */
  #inView = false
  /** Loading work held back by `loading="lazy"` until the widget comes near the viewport. */
  #deferred?: () => void
  #frame = 0
  #running = false
  /** Whether the next frame redraws everything, or only #movedNodes and their relations. */
  #fullDraw = false
  #movedNodes = new Set<GraphNode>()
  /** Whether this frame of a drag redraws the whole network (see #onFrame). */
  #restFollows = true
  #redrawTimer = 0
  /** The label font last waited for (see updated). */
  #awaitedFont?: string
  #hintTimer = 0
  /** A passing notice over the graph; when unset, the hint that Ctrl/⌘ + wheel zooms. */
  #hintText?: string

  constructor() {
    super()
    this.wheelZoom = false
    this.hops = 1
    this.step = 0
  }

  // Lifecycle

  override connectedCallback() {
    super.connectedCallback()
    if (!this.src && !this.data && !this.#dataset) this.#whenNear(() => this.#readInlineScript())
    if (this.hasUpdated) {
      this.#observe()
      // Re-added after a removal that interrupted a fetch: load again; a drawn network resumes where it was.
      if (this.src && this.#status === 'loading') this.#whenNear(() => this.#load(this.src as string))
      // Listen to the URL again (and take any change made while detached).
      if (this.#graph) this.#url.read()
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    this.#fetch?.abort()
    this.#resizeObserver?.disconnect()
    this.#intersectionObserver?.disconnect()
    cancelAnimationFrame(this.#frame)
    this.#frame = 0
    clearTimeout(this.#hintTimer)
    this.#url.stop()
    clearTimeout(this.#redrawTimer)
    this.#gestures.cancel()
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src) {
      const src = this.src
      this.#whenNear(() => this.#load(src))
    }
    if (changed.has('data') && this.data !== this.#dataset && this.data !== undefined) {
      const data = this.data
      // Data set by the host wins over a `src` still loading: its late answer must not replace it.
      this.#fetch?.abort()
      this.#fetch = undefined
      this.#whenNear(() => this.#accept(data))
    }
    if (changed.has('relations') && this.#graph) this.#refilter()
    if (changed.has('selected')) this.#selectedRelation = undefined
    if (changed.has('step') && this.#graph) this.#showStep()
    if ((changed.has('relations') || changed.has('selected') || changed.has('step')) && this.hasUpdated)
      this.#url.write()
  }

  protected override firstUpdated() {
    this.#observe()
  }

  protected override updated() {
    const graph = this.#status === 'ready' ? this.#graph : undefined
    const visibility = graph ? this.#visibility : undefined
    const version = visibility ? this.#version : -1
    if (this.#drawnVersion !== version) {
      this.#drawnVersion = version
      // The network's SVG goes into its layer here, once per dataset or filter, rather than from render():
      // the element renders again on every hover, and thousands of elements need not be looked at then.
      const layer = this.renderRoot.querySelector<SVGGElement>('svg.graph > .layer')
      // Read before the graph is in: a style read now costs nothing, after it, a style pass over it all.
      const probe = this.renderRoot.querySelector('.label-probe')
      if (probe) this.#painter.labelFont = fontOf(getComputedStyle(probe))
      if (layer) render(graph && visibility ? renderGraph(graph, visibility) : nothing, layer)
      this.#painter.collect(this.renderRoot)
      // A host's web font that has not arrived yet: the labels were measured in its fallback, and would
      // overlap once it is in. Measured again, and the network refitted, when it has loaded or failed; once
      // per font, as a font that failed stays unloaded (asking again would never end).
      const font = this.#painter.labelFont
      if (font !== this.#awaitedFont && !document.fonts.check(font)) {
        this.#awaitedFont = font
        const remeasure = () => {
          this.#painter.reset()
          this.#drawnVersion = -1
          this.requestUpdate()
        }
        document.fonts.load(font).then(remeasure, remeasure)
      }
      if (!visibility) return
      // A new network is turned to fit its box once its labels are measured: they set the fitting margins.
      if (this.#announceReady) this.#orient()
      if (this.#size.width && !this.#userZoomed) this.#fit()
      this.#draw()
      if (this.#announceReady && this.#dataset) {
        this.#announceReady = false
        this.#url.read()
        if (this.step) this.#showStep()
        this.dispatchEvent(new NetworkReadyEvent(this.#dataset))
      }
    }
    this.#paint()
    this.#placeTooltip(true)
    this.#keepClearOfDetails()
  }

  // Public methods

  /** Fits the whole network into view. */
  fit() {
    this.#userZoomed = false
    this.#fit()
    this.#scheduleDraw()
  }

  /** Zooms by `factor` around the centre of the view (above 1 zooms in). */
  zoomBy(factor: number) {
    this.#setTransform(zoomAround(this.#transform, factor, this.#size.width / 2, this.#size.height / 2))
  }

  /** The current view transform: screen = k · layout + (x, y), in CSS pixels. */
  get transform(): Transform {
    return this.#transform
  }

  /** The current view as a standalone SVG document: title, legend, the graph as drawn, the source credit. */
  toSVG(): string {
    const svg = this.#svg
    const dataset = this.#dataset
    const visibility = this.#visibility
    if (this.#status !== 'ready' || !svg || !dataset || !visibility)
      throw new Error('No network is drawn yet.')
    return exportSVG(svg, {
      title: dataset.title,
      credit: creditText(dataset.source),
      legend: legendEntries(this.renderRoot, this.#visibleTypes, visibility.counts),
      ...this.#size,
      ...viewStyle(this.renderRoot),
    })
  }

  /**
   * The current view as a PNG at `scale` times its CSS size (default 2, for print and dense screens).
   * It draws the SVG through an image from a `blob:` URL: a page whose Content-Security-Policy does not
   * allow `img-src blob:` rejects it (the SVG export still works there).
   */
  async toPNG(scale = 2): Promise<Blob> {
    const text = this.toSVG()
    const { width, height } = svgSize(text)
    return exportPNG(text, width, height, scale)
  }

  /**
   * Highlights relations (and their actors); the rest dims, as on hover. An empty list clears it. Hosts
   * use it to link the graphic to their own text: the demo lights up the relations a sentence supports.
   */
  highlight(relationIds: Iterable<string>) {
    this.#highlighted = new Set(relationIds)
    this.#paint()
  }

  // Loading

  /** Runs loading work now, or with `loading="lazy"` once the widget comes near the viewport. */
  #whenNear(work: () => void) {
    if (this.loading !== 'lazy' || this.#inView) {
      this.#deferred = undefined
      work()
    } else {
      this.#deferred = work
      if (this.#status === 'idle') this.#setStatus('loading')
    }
  }

  async #load(url: string) {
    this.#fetch?.abort()
    const controller = new AbortController()
    this.#fetch = controller
    this.#setStatus('loading')
    const fetched = await fetchDatasetText(url, controller.signal)
    if (controller.signal.aborted) return
    if (!fetched.ok) return this.#fail(fetched.errors)
    const json = parseJsonText(fetched.text)
    if (!json.ok) return this.#fail(json.errors)
    this.#accept(json.value, fetched.text)
  }

  #readInlineScript() {
    const script = this.querySelector(':scope > script[type="application/json"]')
    if (!script) return
    const json = parseJsonText(script.textContent ?? '')
    if (json.ok) this.#accept(json.value)
    else this.#fail(json.errors)
  }

  /** Validates any value and, when it is a dataset, lays it out and draws it; otherwise shows why not. */
  #accept(input: unknown, text?: string) {
    const parsed = parseDataset(input)
    if (!parsed.ok) return this.#fail(parsed.errors)
    const previous = this.#graph
    // The kept positions below go into a new layout, which settles wide: take them from an upright one.
    this.#layout?.turn(false)
    const graph = buildGraph(parsed.dataset)
    // Actors already on screen keep their place when the dataset is replaced.
    let kept = false
    for (const node of graph.nodes) {
      const old = previous?.nodeById.get(node.id)
      if (!old) continue
      Object.assign(node, { x: old.x, y: old.y, fx: old.fx, fy: old.fy })
      kept = true
    }
    this.#graph = graph
    // A valid dataset is an object: the host's own object is its key while it keeps it, else the fetched text.
    const key = text ?? (input as object)
    if (!kept && recallLayout(key, graph)) this.#layout = atRest(createLayout(graph))
    else {
      this.#layout = settle(createLayout(graph))
      if (!kept) rememberLayout(key, graph)
    }
    this.#dataset = parsed.dataset
    this.data = parsed.dataset
    this.#errors = []
    this.#painter.reset()
    this.#userZoomed = false
    this.#announceReady = true
    this.#refilter()
    this.#setStatus('ready')
  }

  #fail(errors: readonly DatasetError[]) {
    this.#errors = errors
    this.#setStatus('error')
    this.dispatchEvent(new NetworkErrorEvent(errors))
  }

  #setStatus(status: Status) {
    this.#status = status
    this.requestUpdate()
  }

  #refilter() {
    if (!this.#graph) return
    this.#visibility = filterGraph(this.#graph, this.#visibleTypes)
    this.#lanes = assignLanes(this.#visibility.links)
    this.#version++
    this.requestUpdate()
  }

  get #visibleTypes(): RelationType[] {
    return parseRelationTypes(this.relations ?? null)
  }

  // Rendering

  override render(): TemplateResult {
    const graph = this.#status === 'ready' ? this.#graph : undefined
    const visibility = graph ? this.#visibility : undefined
    const ready = graph && visibility
    const shown = this.#visibleTypes
    const table = this.view === 'table'
    const gestures = this.#gestures
    const tooltip = table ? undefined : this.#tooltipContent()
    const stepper = ready
      ? renderStepper(this.#dataset?.steps ?? [], this.step, (step) => this.#goToStep(step))
      : nothing
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
            ? html`<div class="tools">
              ${this.#search.render(graph.nodes.map((node) => node.actor))}
              <button type="button" class="view-toggle" part="view-toggle" aria-pressed=${table ? 'true' : 'false'}
                @click=${this.#toggleView}>Table</button>
              ${renderExportMenu({ onSVG: this.#downloadSVG, onPNG: this.#downloadPNG })}
            </div>`
            : nothing
        }
      </div>
      <div class="story">${this.step ? stepper : nothing}</div>
      <div class="stage">
        <svg
          class=${this.#large ? 'graph is-large' : 'graph'}
          role="group"
          tabindex="-1"
          ?inert=${table}
          aria-label=${this.#dataset?.title ?? 'Network'}
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
          @keydown=${this.#onKeyDown}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
        >
          <defs>${arrowMarkers()}</defs>
          <text class="label-probe" aria-hidden="true"></text>
          <g class="layer"></g>
        </svg>
        ${
          // Large networks: the layer that hover, selection and drags draw on (see GraphPainter).
          ready && this.#large
            ? html`<svg class="graph lift is-large" aria-hidden="true">
              <rect class="veil" width="100%" height="100%"></rect><g class="lift-edges"></g><g class="lift-nodes"></g><g class="lift-labels"></g>
            </svg>`
            : nothing
        }
        <p id="description" class="visually-hidden">${ready ? describeNetwork(graph, visibility, shown) : ''}</p>
        ${ready && table ? renderTables(this.#dataset as Dataset, graph, visibility) : nothing}
        ${
          ready && !table
            ? html`<div class="controls">
              <button type="button" aria-label="Zoom in" title="Zoom in" @click=${() => this.zoomBy(1.5)}>+</button>
              <button type="button" aria-label="Zoom out" title="Zoom out" @click=${() => this.zoomBy(1 / 1.5)}>−</button>
              <button type="button" aria-label="Fit to view" title="Fit to view" @click=${() => this.fit()}>⤢</button>
            </div>`
            : nothing
        }
        ${ready && !table ? this.#renderDetails(graph, visibility) : nothing}
        <div class="tooltip" part="tooltip" role="tooltip" ?hidden=${!tooltip}>${tooltip ?? nothing}</div>
        <div class="hint" aria-hidden="true">${this.#hintText ?? `${isMac() ? '⌘' : 'Ctrl'} + scroll to zoom`}</div>
        ${this.#renderStatus()}
      </div>
      ${this.#renderCredit()}
      ${
        // Printed below the graphic: the relation table, so paper keeps the evidence (up to a sane size).
        ready && !table && graph.links.length <= PRINTED_RELATIONS
          ? html`<div class="print-only" aria-hidden="true">${renderTables(this.#dataset as Dataset, graph, visibility)}</div>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>
    </div>`
  }

  #renderDetails(graph: Graph, visibility: Visibility) {
    const actions: DetailsActions = {
      selectActor: (id) => this.#selectAndCentre(id),
      selectRelation: (id) => this.#selectRelation(id),
      chooseQuote: (relation: Relation, quote: string) =>
        this.dispatchEvent(new EvidenceSelectEvent(relation, quote)),
      close: () => (this.#selectedRelation ? this.#selectRelation(undefined) : this.#select(undefined)),
    }
    const link = this.#selectedRelation
      ? visibility.links.find((l) => l.id === this.#selectedRelation)
      : undefined
    if (link && this.#dataset) return relationDetails(link, this.#dataset, actions)
    const node = this.selected ? graph.nodeById.get(this.selected) : undefined
    return node ? actorDetails(node, graph, visibility, actions) : nothing
  }

  #renderStatus() {
    if (this.#status === 'loading' && !this.#graph)
      return html`<div class="status" role="status">Loading network…</div>`
    if (this.#status !== 'error') return nothing
    const shown = this.#errors.slice(0, 20)
    return html`<div class="status" role="alert">
      <h2>This network could not be shown</h2>
      <ul>
        ${shown.map((error) => html`<li><code>${formatError(error)}</code></li>`)}
      </ul>
      ${this.#errors.length > shown.length ? html`<p>…and ${this.#errors.length - shown.length} more.</p>` : nothing}
    </div>`
  }

  #renderCredit() {
    const source = this.#status === 'ready' ? this.#dataset?.source : undefined
    return html`<div class="credit">${source ? sourceCredit(source) : nothing}</div>`
  }

  #tooltipContent() {
    const graph = this.#graph
    const hovered = this.#hovered
    if (!graph || !hovered || !this.#dataset || !this.#visibility) return undefined
    if (hovered.kind === 'actor') {
      const node = graph.nodeById.get(hovered.id)
      return node ? actorTooltip(node, graph, this.#visibility) : undefined
    }
    const link = graph.links.find((l) => l.id === hovered.id)
    return link ? relationTooltip(link, this.#dataset) : undefined
  }

  /**
   * Places the tooltip by the pointer. Its size is read once per content (in `updated`); a pointer move only
   * writes, because reading layout on every move would force a layout of the whole graphic each time.
   */
  #placeTooltip(measure = false) {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip')
    if (!tip || tip.hidden) return
    if (measure || !this.#tipSize) this.#tipSize = { width: tip.offsetWidth, height: tip.offsetHeight }
    const { x, y } = this.#tipAt
    const { left, top } = tooltipPosition(x, y, this.#tipSize.width, this.#tipSize.height, this.#size)
    // CSSOM writes, not a style attribute: a strict Content-Security-Policy blocks inline style attributes.
    tip.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`)
  }

  // Drawing

  get #svg(): SVGSVGElement | null {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.graph')
  }

  /** Fits the whole network, or the current story step's actors, into view. */
  #fit() {
    const graph = this.#graph
    if (!graph) return
    const stepNodes = this.#stepNodes()
    const extent = extentOf(stepNodes ?? graph.nodes)
    const { width, height } = this.#size
    this.#transform = fitTransform(extent, width, height, this.#fitMargin(), stepNodes ? 1.6 : 1.4)
    // A new fit may put the selected actor back under its details.
    this.#clearedFor = undefined
    this.#keepClearOfDetails()
  }

  /** Room for labels beside and below the outermost nodes, and for the zoom buttons on the right. */
  #fitMargin() {
    const side = Math.min(90, this.#painter.widestLabel / 2 + 6, this.#size.width * 0.12)
    return [14, side + 34, this.#painter.labelHeight + 12, side] as const
  }

  #setTransform(transform: Transform) {
    this.#transform = transform
    this.#userZoomed = true
    this.#url.write()
    if (!this.#large) return this.#scheduleDraw()
    // Large networks: scale the drawn layer now (one write) and redraw in full once the gesture pauses.
    this.#painter.preview(transform)
    clearTimeout(this.#redrawTimer)
    this.#redrawTimer = window.setTimeout(() => this.#scheduleDraw(), 120)
  }

  /** Stands the layout on its side, or back, when that draws the whole network clearly larger. Says whether it turned. */
  #orient(): boolean {
    const { width, height } = this.#size
    if (!this.#layout || !this.#graph || !width || !height) return false
    if (!fitsBetterTurned(extentOf(this.#graph.nodes), width, height, this.#fitMargin())) return false
    this.#layout.turn(!this.#layout.portrait)
    return true
  }

  get #large(): boolean {
    return this.#graph ? drawnInBulk(this.#graph) : false
  }

  #node(id: string): GraphNode | undefined {
    return this.#graph?.nodeById.get(id)
  }

  /** Where an actor is drawn, in the stage's CSS pixels. */
  #onScreen(node: GraphNode) {
    return toScreen(this.#transform, node.x ?? 0, node.y ?? 0)
  }

  /** Asks for a full redraw on the next frame. */
  #scheduleDraw() {
    this.#fullDraw = true
    this.#requestFrame()
  }

  #requestFrame() {
    if (!this.#frame && this.isConnected && this.#inView) this.#frame = requestAnimationFrame(this.#onFrame)
  }

  #onFrame = () => {
    this.#frame = 0
    const layout = this.#layout
    if (this.#running && layout) {
      layout.tick()
      // While a reader drags, the actor in hand and its relations are redrawn on every frame and the rest of
      // the network, which follows, on every other one: that halves the style, paint and raster work of the
      // drag, which on a slow machine is what decides whether the hand keeps up (the layout ticks on).
      this.#restFollows = !this.#gestures.dragging || !this.#restFollows
      if (this.#restFollows) this.#fullDraw = true
      if (layout.alpha < layout.alphaMin && !this.#gestures.dragging) this.#running = false
    }
    const graph = this.#graph
    const visibility = this.#visibility
    const partial = !this.#fullDraw && this.#painter.drawnFor(this.#transform)
    if (partial && graph && visibility)
      this.#painter.drawNodes(this.#movedNodes, graph, visibility, this.#lanes, this.#transform)
    else this.#draw()
    this.#fullDraw = false
    this.#movedNodes.clear()
    if (this.#running) this.#requestFrame()
  }

  /**
   * Gently re-heats the layout after an interaction. With reduced motion, and in large networks (where a
   * layout tick per frame would cost more than a frame), only the moved node moves.
   */
  #reheat(alpha: number, moved?: GraphNode) {
    if (moved) this.#movedNodes.add(moved)
    if (this.#layout && !prefersReducedMotion() && !this.#large) {
      this.#layout.alpha = Math.max(this.#layout.alpha, alpha)
      this.#running = true
    }
    if (moved) this.#requestFrame()
    else this.#scheduleDraw()
  }

  #draw() {
    if (this.#graph && this.#visibility)
      this.#painter.draw(this.#graph, this.#visibility, this.#lanes, this.#transform, this.#size, {
        // While the layout moves, the relations' wide hit paths wait for it to rest: half the writes a frame.
        hits: !this.#running,
      })
  }

  #paint() {
    const svg = this.#svg
    if (!this.#graph || !this.#visibility || !svg) return
    this.#painter.paint(svg, this.#graph, this.#visibility, {
      hovered: this.#hovered,
      selected: this.selected,
      roving: this.#rovingId(),
      highlighted: this.#highlighted.size ? this.#highlighted : this.#stepRelations(),
      selectedRelation: this.#selectedRelation,
      hops: this.hops,
      dragged: this.#gestures.draggedNode?.id,
    })
  }

  #observe() {
    this.#intersectionObserver ??= new IntersectionObserver(
      ([entry]) => {
        this.#inView = entry?.isIntersecting ?? true
        if (!this.#inView) {
          // Out of view: no animation frames; the layout waits for the reader to come back.
          cancelAnimationFrame(this.#frame)
          this.#frame = 0
          return
        }
        if (this.#deferred) this.#whenNear(this.#deferred)
        if (this.#running) this.#scheduleDraw()
      },
      { rootMargin: '300px' },
    )
    this.#intersectionObserver.observe(this)
    const stage = this.renderRoot.querySelector('.stage')
    if (!stage) return
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      if (width === this.#size.width && height === this.#size.height) return
      this.#size = { width, height }
      // A turned layout shows other places under the reader's zoom: start from the whole network again.
      if (this.#orient()) this.#userZoomed = false
      if (!this.#userZoomed) this.#fit()
      // Drawing in the observer callback lands before paint; a rAF would show one frame at the old size.
      this.#draw()
    })
    this.#resizeObserver.observe(stage)
  }

  // Reader actions

  #toggleType(type: RelationType) {
    // The legend is drawn with the network: there is always a visibility to count from.
    const counts = this.#visibility?.counts
    if (!counts) return
    const types = new Set(this.#visibleTypes)
    if (types.has(type)) types.delete(type)
    else types.add(type)
    this.relations = formatRelationTypes(types)
    const shown = parseRelationTypes(this.relations)
    this.#announce(
      shown.length
        ? `Showing ${listCounts(counts, shown)} relations; ${RELATION_LABELS[type].toLowerCase()} ${types.has(type) ? 'shown' : 'hidden'}.`
        : 'All relation types hidden.',
    )
    this.dispatchEvent(new FilterChangeEvent(shown))
  }

  #toggleView = () => {
    this.view = this.view === 'table' ? 'graph' : 'table'
    this.#hover(null)
    this.#announce(this.view === 'table' ? 'Table view.' : 'Graph view.')
  }

  /** Selects an actor, or clears the selection (also when the selected actor is chosen again). */
  #select(id: string | undefined) {
    const next = id && id !== this.selected ? id : undefined
    this.#selectedRelation = undefined
    if (next === this.selected) return this.requestUpdate()
    this.selected = next
    const actor = next ? (this.#node(next)?.actor ?? null) : null
    this.#announce(actor ? `Selected ${actor.name}.` : 'Selection cleared.')
    this.dispatchEvent(new ActorSelectEvent(actor))
  }

  #hover(target: Target, at?: { x: number; y: number }) {
    if (at) this.#tipAt = at
    const previous = this.#hovered
    if (target?.kind === previous?.kind && target?.id === previous?.id) {
      if (at) this.#placeTooltip()
      return
    }
    this.#hovered = target
    // An event when the pointer enters an actor (or relation), or leaves one for anything else.
    const actor = target?.kind === 'actor' ? (this.#node(target.id)?.actor ?? null) : null
    if (previous?.kind === 'actor' || actor) this.dispatchEvent(new ActorHoverEvent(actor))
    const link = target?.kind === 'relation' ? this.#graph?.links.find((l) => l.id === target.id) : undefined
    if (previous?.kind === 'relation' || link)
      this.dispatchEvent(new RelationHoverEvent(link?.relation ?? null))
    this.requestUpdate()
  }

  /** Speaks through the polite live region, once per change (a no-break space makes a repeat count as new). */
  #announce(text: string) {
    this.#announcement = text === this.#announcement ? `${text}\u00a0` : text
    this.requestUpdate()
  }

  /** Shows a notice over the graph for a moment: by default the wheel hint. */
  #showHint(text?: string, duration = 1400) {
    // Wheel events come many a second while the reader scrolls past: render only when the text changes.
    if (text !== this.#hintText) {
      this.#hintText = text
      this.requestUpdate()
    }
    const hint = this.renderRoot.querySelector('.hint')
    hint?.classList.add('is-shown')
    clearTimeout(this.#hintTimer)
    this.#hintTimer = window.setTimeout(() => hint?.classList.remove('is-shown'), duration)
  }

  #gestureHost(): GestureHost {
    const element = this
    return {
      get transform() {
        return element.#transform
      },
      get wheelZoom() {
        return element.wheelZoom
      },
      get hovered() {
        return element.#hovered
      },
      node: (id) => this.#node(id),
      // Only a large network's relations need the pointer's position (and its getScreenCTM) to be found.
      target: (event) => {
        const found = targetOf(event)
        if (found || !this.#large) return found
        const { x, y } = this.#pointer(event)
        return this.#painter.relationAt(x, y)
      },
      pointer: (event) => this.#pointer(event),
      hover: (target, at) => this.#hover(target, at),
      select: (id) => this.#select(id),
      selectRelation: (id) => this.#selectRelation(id),
      setTransform: (transform) => this.#setTransform(transform),
      dragTo: (node, x, y) => this.#moveNode(node, x, y, 0.3),
      dragEnd: () => {
        if (this.#layout) this.#layout.alphaTarget = 0
        if (this.#lifted) this.#paint()
        this.#lifted = false
      },
      unpin: (node) => {
        node.fx = node.fy = null
        this.#paint()
        this.#reheat(0.15)
      },
      showWheelHint: () => this.#showHint(),
    }
  }

  /** Moves a node to a layout position and pins it there; the rest of the network follows, gently. */
  #moveNode(node: GraphNode, x: number, y: number, heat: number) {
    const wasPinned = node.fx != null
    node.fx = node.x = x
    node.fy = node.y = y
    if (this.#gestures.dragging && !this.#large && this.#layout) this.#layout.alphaTarget = heat
    // Only the first move changes state (the node becomes pinned, and in a large network it is lifted);
    // later moves are positions only.
    if (!wasPinned || (this.#large && !this.#lifted)) this.#paint()
    this.#lifted = this.#large
    this.#reheat(heat, node)
  }

  /** The pointer in the SVG's coordinates (CSS pixels of the stage), right under CSS transforms and zoom of the host. */
  #pointer(event: { clientX: number; clientY: number }) {
    const p = new DOMPoint(event.clientX, event.clientY)
    const matrix = this.#svg?.getScreenCTM()
    return matrix ? p.matrixTransform(matrix.inverse()) : p
  }

  /** The relations the current story step highlights. */
  #stepRelations(): ReadonlySet<string> {
    return new Set(this.#dataset?.steps?.[this.step - 1]?.relations ?? [])
  }

  #goToStep(step: number) {
    const steps = this.#dataset?.steps ?? []
    const next = Math.max(0, Math.min(steps.length, step))
    if (next === this.step) return
    this.step = next
    this.dispatchEvent(new StepChangeEvent(next, steps[next - 1]?.title ?? null))
    // Only the stepper calls this. The button pressed may be gone (the start, or Previous from the first
    // step) or disabled (Next at the last): the focus stays in the stepper, on its last enabled button,
    // rather than falling to the page.
    this.updateComplete.then(() => {
      const root = this.shadowRoot as ShadowRoot
      if (!root.activeElement?.matches(':enabled'))
        [...root.querySelectorAll<HTMLElement>('.stepper :enabled')].pop()?.focus()
    })
  }

  /** Frames the current step's actors (or the whole network for step 0) and lights its relations. */
  #showStep() {
    this.fit()
    this.#paint()
    this.#url.write()
  }

  /** The actors of the current story step: those it names and the ends of its relations. */
  #stepNodes(): GraphNode[] | undefined {
    const graph = this.#graph
    const step = this.#dataset?.steps?.[this.step - 1]
    if (!graph || !step) return undefined
    const ids = new Set(step.actors ?? [])
    for (const id of step.relations ?? []) {
      const link = graph.links.find((l) => l.id === id)
      if (link) ids.add(link.source.id).add(link.target.id)
    }
    return [...ids].flatMap((id) => graph.nodeById.get(id) ?? [])
  }

  /** Opens a relation's details, or closes them (undefined). */
  #selectRelation(id: string | undefined) {
    this.#selectedRelation = id
    this.requestUpdate()
  }

  /** Selects an actor chosen by name (in the search box or the details panel) and brings it to the middle. */
  #selectAndCentre(id: string) {
    if (id !== this.selected) this.#select(id)
    this.#centreOn(id)
  }

  /** Pans so that an actor sits in the middle of the view. */
  #centreOn(id: string) {
    const node = this.#node(id)
    if (!node) return
    const p = this.#onScreen(node)
    this.#setTransform(panBy(this.#transform, this.#size.width / 2 - p.x, this.#size.height / 2 - p.y))
  }

  #downloadSVG = () =>
    download(
      new Blob([this.toSVG()], { type: 'image/svg+xml' }),
      exportFileName(this.#dataset?.title ?? '', 'svg'),
    )

  #downloadPNG = () =>
    this.toPNG().then(
      (blob) => download(blob, exportFileName(this.#dataset?.title ?? '', 'png')),
      // Seen and heard: a page whose Content-Security-Policy refuses blob: images refuses the PNG, and a
      // reader who chose it would otherwise wait for nothing.
      () => {
        const notice = 'The PNG could not be made on this page. SVG works.'
        this.#announce(notice)
        this.#showHint(notice, 5000)
      },
    )

  // The view in the URL

  #urlHost(): UrlSyncHost {
    return {
      key: () => (this.syncUrl == null ? undefined : this.syncUrl || this.id || 'network'),
      current: () => {
        if (!this.#graph) return undefined
        const t = this.#transform
        // The centre in the layout's settled frame: the link shows the same place on a phone and a desktop.
        const { x, y } = toWorld(t, this.#size.width / 2, this.#size.height / 2)
        const [cx, cy] = this.#layout?.portrait ? quarterTurn(x, y, true) : [x, y]
        return {
          relations: this.relations ?? undefined,
          selected: this.selected,
          step: this.step,
          view: this.#userZoomed ? { k: t.k, cx, cy } : undefined,
        }
      },
      apply: (state) => {
        if (state.relations !== undefined) this.relations = state.relations
        if (state.selected && this.#graph?.nodeById.has(state.selected)) this.selected = state.selected
        if (state.step !== undefined && state.step <= (this.#dataset?.steps?.length ?? 0))
          this.step = state.step
        if (state.view && this.#size.width) {
          const { k, cx: x, cy: y } = state.view
          const [cx, cy] = this.#layout?.portrait ? quarterTurn(x, y) : [x, y]
          this.#transform = { k, x: this.#size.width / 2 - k * cx, y: this.#size.height / 2 - k * cy }
          this.#userZoomed = true
          this.#scheduleDraw()
        }
      },
    }
  }

  // Keyboard

  /** The actor holding the tab stop: the one last focused, else the selected one, else the most connected. */
  #rovingId(): string | undefined {
    const graph = this.#graph
    if (!graph) return undefined
    if (this.#focusId && graph.nodeById.has(this.#focusId)) return this.#focusId
    if (this.selected && graph.nodeById.has(this.selected)) return this.selected
    return byDegree(graph)[0]?.id
  }

  #onKeyDown = (event: KeyboardEvent) => {
    const graph = this.#graph
    const visibility = this.#visibility
    if (!graph || !visibility) return
    const target = targetOf(event)
    const current = target?.kind === 'actor' ? target.id : undefined
    const host: KeyboardHost = {
      graph,
      visibility,
      selected: this.selected,
      rovingId: () => this.#rovingId(),
      focusActor: (id) => this.#focusActor(id),
      select: (id) => this.#select(id),
      nudge: (id, dx, dy) => {
        const node = graph.nodeById.get(id)
        const k = this.#transform.k
        if (node) this.#moveNode(node, (node.x ?? 0) + dx / k, (node.y ?? 0) + dy / k, 0.1)
      },
      leaveToOverview: () => {
        // The graphic itself, whose description summarises the whole network.
        this.#hover(null)
        this.#svg?.focus({ preventScroll: true })
      },
      zoomBy: (factor) => this.zoomBy(factor),
      fit: () => this.fit(),
    }
    if (handleGraphKey(event, current, host)) event.preventDefault()
  }

  #focusActor(id: string) {
    this.#focusId = id
    this.#paint()
    this.#scrollIntoView(id)
    this.#painter.node(id)?.focus({ preventScroll: true })
  }

  /**
   * Once per selection and fit, moves the selected actor, or the middle of the selected relation, out from
   * under the details panel (beside it on a wide widget, above the bottom sheet on a narrow one). Otherwise
   * what is on the right, or on a phone an actor the search has centred, opened its details over itself.
   * Not the reader's own zoom: a later fit (a resize) starts again from the whole network, and clears again.
   */
  #keepClearOfDetails() {
    const relation = this.#selectedRelation
    const link = relation ? this.#graph?.links.find((l) => l.id === relation) : undefined
    const target = link ?? (this.selected ? this.#node(this.selected) : undefined)
    // Closed details (or the table view) start afresh: opening them again clears again.
    if (!target || !this.renderRoot.querySelector('.details')) {
      this.#clearedFor = undefined
      return
    }
    if (target === this.#clearedFor) return
    this.#clearedFor = target
    const p = this.#onScreen(link ? link.source : (target as GraphNode))
    const q = this.#onScreen(link ? link.target : (target as GraphNode))
    const [x, y] = [(p.x + q.x) / 2, (p.y + q.y) / 2]
    // Only what the panel covers moves: a selection elsewhere leaves the reader's view (and a fit) alone.
    const { right, bottom } = this.#uncovered(y)
    const shown = (x > right - VIEW_MARGIN || y > bottom - VIEW_MARGIN) && this.#showing(x, y)
    if (!shown) return
    this.#transform = shown
    this.#scheduleDraw()
  }

  /** Pans just enough to bring a (keyboard-focused) actor that is outside the view, or near its edge, back in. */
  #scrollIntoView(id: string) {
    const node = this.#node(id)
    const p = node && this.#onScreen(node)
    const shown = p && this.#showing(p.x, p.y)
    if (!shown) return
    this.#setTransform(shown)
    this.#draw()
  }

  /**
   * The view moved just enough that the point (x, y) of the stage sits VIEW_MARGIN inside its edges and
   * clear of the details panel; undefined when it already does.
   */
  #showing(x: number, y: number): Transform | undefined {
    const { right, bottom } = this.#uncovered(y)
    const m = VIEW_MARGIN
    const dx = x < m ? m - x : x > right - m ? right - m - x : 0
    const dy = y < m ? m - y : y > bottom - m ? bottom - m - y : 0
    return dx || dy ? panBy(this.#transform, dx, dy) : undefined
  }

  /**
   * The right and bottom edges of the stage that the details panel leaves uncovered at height y: a panel
   * beside the graph narrows it where it reaches down; a bottom sheet shortens it.
   */
  #uncovered(y: number) {
    let { width: right, height: bottom } = this.#size
    const panel = this.renderRoot.querySelector('.details')?.getBoundingClientRect()
    const origin = this.#svg?.getBoundingClientRect()
    if (panel && origin) {
      if (panel.left - origin.left > VIEW_MARGIN) {
        if (y < panel.bottom - origin.top + VIEW_MARGIN) right = panel.left - origin.left
      } else bottom = panel.top - origin.top
    }
    return { right, bottom }
  }

  #onFocusIn = (event: FocusEvent) => {
    const target = targetOf(event)
    const node = target?.kind === 'actor' ? this.#node(target.id) : undefined
    if (!node) return
    this.#focusId = node.id
    const p = this.#onScreen(node)
    this.#hover(target, { x: p.x, y: p.y + node.radius })
    this.#paint()
  }

  #onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget
    if ((event.currentTarget as Node).contains(next as Node | null)) return
    // Focus left the graph: the next visit starts again from the selected or most connected actor.
    this.#focusId = undefined
    if (this.#hovered?.kind === 'actor') this.#hover(null)
    this.#paint()
  }
}

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

if (!customElements.get('actor-network')) customElements.define('actor-network', ActorNetwork)

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork
  }
}
