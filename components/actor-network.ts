import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit'
import { guard } from 'lit/directives/guard.js'
import { repeat } from 'lit/directives/repeat.js'
import { type Dataset, RELATION_TYPES, type RelationType } from '../src/dataset.ts'
import { describeActor, describeNetwork, listCounts } from '../src/describe.ts'
import { filterGraph, formatRelationTypes, parseRelationTypes, type Visibility } from '../src/filter.ts'
import { assignLanes, edgePath } from '../src/geometry.ts'
import { buildGraph, byDegree, type Graph, type GraphNode, type RelationLink } from '../src/graph.ts'
import { type Direction, step } from '../src/keyboard.ts'
import { placeLabels } from '../src/labels.ts'
import { createLayout, type ForceLayout, settle } from '../src/layout.ts'
import { parseJsonText } from '../src/parse-json.ts'
import { glyphPath, glyphRim } from '../src/shapes.ts'
import { safeHttpUrl, shortLabel } from '../src/text.ts'
import { type DatasetError, formatError, parseDataset } from '../src/validate.ts'
import {
  extentOf,
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
  ActorHoverEvent,
  ActorSelectEvent,
  FilterChangeEvent,
  NetworkErrorEvent,
  NetworkReadyEvent,
  RelationHoverEvent,
} from './events.ts'
import { fetchDatasetText } from './fetch-dataset.ts'
import { legendStyles, RELATION_LABELS, renderLegend } from './legend.ts'
import { renderTables, tableStyles } from './table-view.ts'
import { actorTooltip, relationTooltip, tooltipPosition, tooltipStyles } from './tooltip.ts'

type Status = 'idle' | 'loading' | 'error' | 'ready'
type Hovered = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null

interface EdgeElements {
  readonly group: SVGGElement
  readonly hit: SVGPathElement
  readonly line: SVGPathElement
}

/** Arrowhead length in CSS pixels; paths stop this far before the target's rim and the marker fills the gap. */
const ARROW = 8
/** Distance between the apexes of neighbouring parallel relations, in CSS pixels. */
const LANE_SPACING = 16
/** A pointer that moves less than this (CSS pixels) between down and up is a click, not a drag. */
const CLICK_DISTANCE = 4
const LABEL_HEIGHT = 17

/**
 * Force-directed network of political actors and the relations between them: cooperation, negotiation
 * and opposition, every relation backed by verbatim quotes from its source.
 *
 * @fires actor-hover - The pointer entered an actor or left it. detail: `{ actor: Actor | null }`
 * @fires actor-select - The reader selected an actor, or cleared the selection. detail: `{ actor: Actor | null }`
 * @fires relation-hover - The pointer entered a relation or left it. detail: `{ relation: Relation | null }`
 * @fires filter-change - The reader changed the visible relation types. detail: `{ relations: RelationType[] }`
 * @fires network-ready - A dataset was loaded, validated and drawn. detail: `{ dataset: Dataset }`
 * @fires error - The dataset could not be loaded or is invalid. detail: `{ errors: { pointer, message }[] }`
 *
 * @csspart node - Each actor's group, with `data-actor-id`; also `node--person`, `node--institution`, `node--group`, `node--selected`, `node--dimmed`.
 * @csspart label - Each actor's name in the graphic.
 * @csspart edge - Each relation's group, with `data-relation-id` and `data-relation-type`; also `edge--cooperation`, `edge--negotiation`, `edge--opposition`.
 * @csspart legend - The legend of relation types.
 * @csspart legend-toggle - Each relation type's toggle button, with `data-relation-type`.
 * @csspart tooltip - The tooltip for the hovered actor or relation.
 * @csspart view-toggle - The button that switches between the graphic and the table view.
 * @csspart table - The table view: actors and relations as HTML tables.
 *
 * @cssprop [--actor-network-cooperation=#0072b2] - Colour of cooperation relations.
 * @cssprop [--actor-network-negotiation=#6a3d9a] - Colour of negotiation relations.
 * @cssprop [--actor-network-opposition=#c84300] - Colour of opposition relations.
 * @cssprop [--actor-network-background=#ffffff] - Background of the widget; also the halo behind labels.
 * @cssprop [--actor-network-text=#1b1f24] - Text colour.
 * @cssprop [--actor-network-muted=#56606b] - Secondary text and control borders.
 * @cssprop [--actor-network-person=#2d3e50] - Fill of people (circles).
 * @cssprop [--actor-network-institution=#53616f] - Fill of institutions (squares).
 * @cssprop [--actor-network-group=#7a5a2f] - Fill of groups (diamonds).
 * @cssprop [--actor-network-tether=#b4bcc5] - Colour of affiliation tethers and tooltip borders.
 * @cssprop [--actor-network-focus=#1b1f24] - Selection ring and focus outline.
 * @cssprop [--actor-network-font=system-ui] - Font family.
 * @cssprop [--actor-network-label-size=12.5px] - Font size of actor labels.
 * @cssprop [--actor-network-aspect-ratio=16 / 11] - Aspect ratio when the host does not set a height.
 */
export class ActorNetwork extends LitElement {
  static override styles = [styles, legendStyles, tooltipStyles, tableStyles]

  static override properties = {
    src: { type: String },
    data: { attribute: false },
    relations: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    wheelZoom: { type: Boolean, attribute: 'wheel-zoom', reflect: true },
    theme: { type: String, reflect: true },
    view: { type: String, reflect: true },
    loading: { type: String, reflect: true },
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

  #status: Status = 'idle'
  #errors: readonly DatasetError[] = []
  #dataset?: Dataset
  #graph?: Graph
  #layout?: ForceLayout
  #visibility?: Visibility
  #lanes = new Map<string, number>()
  #version = 0
  #drawnVersion = -1
  #announceReady = false

  #transform: Transform = IDENTITY
  #userZoomed = false
  #size = { width: 0, height: 0 }
  #hovered: Hovered = null
  #tipAt = { x: 0, y: 0 }
  #labelWidths = new Map<string, number>()

  #nodeEls = new Map<string, SVGGElement>()
  #edgeEls = new Map<string, EdgeElements>()
  #tetherEls: SVGLineElement[] = []

  #fetch?: AbortController
  #resizeObserver?: ResizeObserver
  #frame = 0
  #running = false
  #hintTimer = 0
  #gesture?: NodeGesture | PanGesture
  #touches = new Map<number, { x: number; y: number }>()
  /** The actor that holds the graph's single tab stop (roving tabindex). */
  #focusId?: string
  #announcement = ''
  #intersectionObserver?: IntersectionObserver
  /** Whether the widget is on (or near) the screen; off it, animation pauses. */
  #inView = false
  /** Loading work held back by `loading="lazy"` until the widget comes near the viewport. */
  #deferred?: () => void

  constructor() {
    super()
    this.wheelZoom = false
  }

  // Lifecycle

  override connectedCallback() {
    super.connectedCallback()
    if (!this.src && !this.data && !this.#dataset) this.#whenNear(() => this.#readInlineScript())
    if (this.hasUpdated) {
      this.#observe()
      // Re-added after a removal that interrupted a fetch: load again; a drawn network resumes where it was.
      if (this.src && this.#status === 'loading') this.#whenNear(() => this.#load(this.src as string))
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
    this.#endGesture()
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') && this.src) {
      const src = this.src
      this.#whenNear(() => this.#load(src))
    }
    if (changed.has('data') && this.data !== this.#dataset && this.data !== undefined) {
      const data = this.data
      this.#whenNear(() => this.#accept(data))
    }
    if (changed.has('relations') && this.#graph) this.#refilter()
  }

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

  protected override firstUpdated() {
    this.#observe()
  }

  protected override updated() {
    if (this.#drawnVersion !== this.#version) {
      this.#drawnVersion = this.#version
      this.#collectElements()
      this.#measureLabels()
      if (this.#size.width && !this.#userZoomed) this.#fit()
      this.#draw()
      if (this.#announceReady && this.#dataset) {
        this.#announceReady = false
        this.dispatchEvent(new NetworkReadyEvent(this.#dataset))
      }
    }
    this.#paintState()
    this.#placeTooltip()
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

  // Loading

  async #load(url: string) {
    this.#fetch?.abort()
    const controller = new AbortController()
    this.#fetch = controller
    this.#setStatus('loading')
    const fetched = await fetchDatasetText(url, controller.signal)
    if (controller.signal.aborted || fetched.ok === 'aborted') return
    if (fetched.ok === false) return this.#fail(fetched.errors)
    const json = parseJsonText(fetched.text)
    if (!json.ok) return this.#fail(json.errors)
    this.#accept(json.value)
  }

  #readInlineScript() {
    const script = this.querySelector(':scope > script[type="application/json"]')
    if (!script) return
    const json = parseJsonText(script.textContent ?? '')
    if (json.ok) this.#accept(json.value)
    else this.#fail(json.errors)
  }

  /** Validates any value and, when it is a dataset, lays it out and draws it; otherwise shows why not. */
  #accept(input: unknown) {
    const parsed = parseDataset(input)
    if (!parsed.ok) return this.#fail(parsed.errors)
    const previous = this.#graph
    const graph = buildGraph(parsed.dataset)
    // Actors already on screen keep their place when the dataset is replaced.
    for (const node of graph.nodes) {
      const old = previous?.nodeById.get(node.id)
      if (old) Object.assign(node, { x: old.x, y: old.y, fx: old.fx, fy: old.fy })
    }
    this.#layout?.stop()
    this.#graph = graph
    this.#layout = settle(createLayout(graph))
    this.#dataset = parsed.dataset
    this.data = parsed.dataset
    this.#errors = []
    this.#labelWidths.clear()
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

  // Drawing

  override render(): TemplateResult {
    const graph = this.#status === 'ready' ? this.#graph : undefined
    const visibility = graph ? this.#visibility : undefined
    const ready = graph && visibility
    const shown = this.#visibleTypes
    const table = this.view === 'table'
    return html`<div class="frame" part="frame">
      <div class="bar">
        ${visibility ? renderLegend(new Set(shown), visibility.counts, (type) => this.#toggleType(type)) : nothing}
        ${
          ready
            ? html`<button type="button" class="view-toggle" part="view-toggle" aria-pressed=${table ? 'true' : 'false'}
                @click=${this.#toggleView}>Table</button>`
            : nothing
        }
      </div>
      <div class="stage">
        <svg
          class="graph"
          role="group"
          tabindex="-1"
          ?inert=${table}
          aria-label=${this.#dataset?.title ?? 'Network'}
          aria-describedby="description"
          aria-roledescription="network graphic"
          @pointerdown=${this.#onPointerDown}
          @pointermove=${this.#onPointerMove}
          @pointerup=${this.#onPointerUp}
          @pointercancel=${this.#onPointerCancel}
          @pointerover=${this.#onPointerOver}
          @pointerleave=${this.#onPointerLeave}
          @dblclick=${this.#onDoubleClick}
          @keydown=${this.#onKeyDown}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
          @wheel=${{ handleEvent: (e: WheelEvent) => this.#onWheel(e), passive: false }}
        >
          <defs>
            ${RELATION_TYPES.map(
              (
                type,
              ) => svg`<marker id="arrow-${type}" class="arrow--${type}" viewBox="0 0 10 10" refX="0.5" refY="5"
                markerWidth=${ARROW + 1} markerHeight=${ARROW + 1} markerUnits="userSpaceOnUse" orient="auto">
                <path d="M0,0.5L10,5L0,9.5Z"></path></marker>`,
            )}
          </defs>
          <g class="layer">${ready ? guard([this.#version], () => this.#renderGraph(graph, visibility.links)) : nothing}</g>
        </svg>
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
        <div class="tooltip" part="tooltip" role="tooltip" ?hidden=${table || !this.#tooltipContent()}>${this.#tooltipContent() ?? nothing}</div>
        <div class="hint" aria-hidden="true">${isMac() ? '⌘' : 'Ctrl'} + scroll to zoom</div>
        ${this.#renderStatus()}
      </div>
      ${this.#renderCredit()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.#announcement}</div>
    </div>`
  }

  #renderGraph(graph: Graph, links: readonly RelationLink[]) {
    const visibility = this.#visibility as Visibility
    return svg`<g class="tethers" aria-hidden="true">${graph.affiliations.map(() => svg`<line class="tether"></line>`)}</g>
      <g class="edges" aria-hidden="true">${repeat(
        links,
        (link) => link.id,
        (link) => svg`<g class="edge edge--${link.type}" part="edge edge--${link.type}"
            data-relation-id=${link.id} data-relation-type=${link.type}>
          <path class="edge-hit"></path>
          <path class="edge-line" marker-end=${link.relation.directed ? `url(#arrow-${link.type})` : nothing}></path>
        </g>`,
      )}</g>
      <g class="nodes">${repeat(
        graph.nodes,
        (node) => node.id,
        (
          node,
        ) => svg`<g class="node node--${node.actor.kind}" part="node node--${node.actor.kind}" data-actor-id=${node.id}
            role="button" tabindex="-1" aria-label=${describeActor(node, visibility)}>
          <circle class="node-hit" r=${Math.max(12, node.radius + 4)}></circle>
          <path class="focus-ring" d=${glyphPath(node.actor.kind, node.radius + 6)}></path>
          <path class="ring" d=${glyphPath(node.actor.kind, node.radius + 3.5)}></path>
          <path class="glyph" d=${glyphPath(node.actor.kind, node.radius)}></path>
          <text class="label" part="label" aria-hidden="true">${shortLabel(node.actor.name)}</text>
        </g>`,
      )}</g>`
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
    if (!source) return html`<div class="credit"></div>`
    const url = safeHttpUrl(source.url)
    const title = url
      ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>`
      : source.title
    return html`<div class="credit">Source: ${title}, ${source.publisher}${source.author ? `, by ${source.author}` : ''}</div>`
  }

  #tooltipContent() {
    const graph = this.#graph
    const hovered = this.#hovered
    if (!graph || !hovered || !this.#dataset || !this.#visibility) return undefined
    if (hovered.kind === 'actor') {
      const node = graph.nodeById.get(hovered.id)
      const visible = new Set(this.#visibility.links.map((link) => link.id))
      return node ? actorTooltip(node, graph, visible) : undefined
    }
    const link = graph.links.find((l) => l.id === hovered.id)
    return link ? relationTooltip(link.relation, graph, this.#dataset) : undefined
  }

  #placeTooltip() {
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip')
    if (!tip || tip.hidden) return
    const { left, top } = tooltipPosition(
      this.#tipAt.x,
      this.#tipAt.y,
      tip.offsetWidth,
      tip.offsetHeight,
      this.#size,
    )
    // CSSOM writes, not a style attribute: a strict Content-Security-Policy blocks inline style attributes.
    tip.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`)
  }

  #collectElements() {
    const root = this.renderRoot
    this.#nodeEls = new Map()
    for (const el of root.querySelectorAll<SVGGElement>('.node'))
      this.#nodeEls.set(el.dataset.actorId ?? '', el)
    this.#edgeEls = new Map()
    for (const group of root.querySelectorAll<SVGGElement>('.edge')) {
      const hit = group.querySelector<SVGPathElement>('.edge-hit')
      const line = group.querySelector<SVGPathElement>('.edge-line')
      if (hit && line) this.#edgeEls.set(group.dataset.relationId ?? '', { group, hit, line })
    }
    this.#tetherEls = [...root.querySelectorAll<SVGLineElement>('.tether')]
  }

  #measureLabels() {
    for (const [id, el] of this.#nodeEls) {
      if (this.#labelWidths.has(id)) continue
      const text = el.querySelector<SVGTextElement>('.label')
      this.#labelWidths.set(id, (text?.getComputedTextLength() ?? 0) + 6)
    }
  }

  #fit() {
    const graph = this.#graph
    if (!graph) return
    const widest = Math.max(40, ...this.#labelWidths.values())
    const side = Math.min(90, widest / 2 + 6)
    // Room for labels beside and below the outermost nodes, and for the zoom buttons on the right.
    this.#transform = fitTransform(extentOf(graph.nodes), this.#size.width, this.#size.height, [
      14,
      side + 34,
      LABEL_HEIGHT + 12,
      side,
    ])
  }

  #setTransform(transform: Transform) {
    this.#transform = transform
    this.#userZoomed = true
    this.#scheduleDraw()
  }

  #scheduleDraw() {
    if (!this.#frame && this.isConnected && this.#inView) this.#frame = requestAnimationFrame(this.#onFrame)
  }

  #onFrame = () => {
    this.#frame = 0
    const layout = this.#layout
    if (this.#running && layout) {
      layout.tick()
      if (layout.alpha() < layout.alphaMin() && this.#gesture?.kind !== 'node') this.#running = false
    }
    this.#draw()
    if (this.#running) this.#scheduleDraw()
  }

  /** Gently re-heats the layout after an interaction; with reduced motion, nothing but the dragged node moves. */
  #reheat(alpha: number) {
    if (!this.#layout || prefersReducedMotion()) return
    this.#layout.alpha(Math.max(this.#layout.alpha(), alpha))
    this.#running = true
    this.#scheduleDraw()
  }

  /** Writes every position for the current transform: one pass of attribute writes, no Lit re-render. */
  #draw() {
    const graph = this.#graph
    const visibility = this.#visibility
    if (!graph || !visibility) return
    const t = this.#transform
    const screen = new Map<GraphNode, { x: number; y: number; r: number }>()
    for (const node of graph.nodes) {
      const p = toScreen(t, node.x ?? 0, node.y ?? 0)
      screen.set(node, { x: p.x, y: p.y, r: glyphRim(node.actor.kind, node.radius) })
      this.#nodeEls.get(node.id)?.setAttribute('transform', `translate(${round(p.x)},${round(p.y)})`)
    }
    for (const link of visibility.links) {
      const els = this.#edgeEls.get(link.id)
      const s = screen.get(link.source)
      const e = screen.get(link.target)
      if (!els || !s || !e) continue
      const { d } = edgePath(
        s,
        e,
        this.#lanes.get(link.id) ?? 0,
        LANE_SPACING,
        link.relation.directed ? ARROW : 0,
      )
      els.hit.setAttribute('d', d)
      els.line.setAttribute('d', d)
    }
    graph.affiliations.forEach((tether, i) => {
      const el = this.#tetherEls[i]
      const s = screen.get(tether.source)
      const e = screen.get(tether.target)
      if (!el || !s || !e) return
      el.setAttribute('x1', `${round(s.x)}`)
      el.setAttribute('y1', `${round(s.y)}`)
      el.setAttribute('x2', `${round(e.x)}`)
      el.setAttribute('y2', `${round(e.y)}`)
    })
    this.#drawLabels(graph, screen)
  }

  #drawLabels(graph: Graph, screen: Map<GraphNode, { x: number; y: number; r: number }>) {
    const order = [...graph.nodes].sort((a, b) => b.degree - a.degree)
    const placements = placeLabels(
      order.map((node) => {
        const p = screen.get(node) ?? { x: 0, y: 0 }
        return {
          id: node.id,
          x: p.x,
          y: p.y,
          r: node.radius,
          width: this.#labelWidths.get(node.id) ?? 60,
          height: LABEL_HEIGHT,
        }
      }),
      this.#size,
    )
    for (const [id, placement] of placements) {
      const text = this.#nodeEls.get(id)?.querySelector('.label')
      if (!text) continue
      text.setAttribute('x', `${round(placement.dx)}`)
      text.setAttribute('y', `${round(placement.dy)}`)
      text.classList.toggle('is-crowded', !placement.visible)
    }
  }

  /** Hover, selection and filter state as classes and parts on the existing elements. */
  #paintState() {
    const graph = this.#graph
    const visibility = this.#visibility
    const svgEl = this.renderRoot.querySelector('svg.graph')
    if (!graph || !visibility || !svgEl) return
    const hovered = this.#hovered
    const selected = this.selected && graph.nodeById.has(this.selected) ? this.selected : undefined
    const focusActor = hovered?.kind === 'actor' ? hovered.id : hovered ? undefined : selected
    const activeRelation = hovered?.kind === 'relation' ? hovered.id : undefined
    const near = new Set<string>()
    const nearEdges = new Set<string>()
    if (focusActor) {
      near.add(focusActor)
      for (const link of visibility.links) {
        if (link.source.id !== focusActor && link.target.id !== focusActor) continue
        nearEdges.add(link.id)
        near.add(link.source.id)
        near.add(link.target.id)
      }
    }
    const relation = activeRelation ? visibility.links.find((link) => link.id === activeRelation) : undefined
    if (relation) {
      nearEdges.add(relation.id)
      near.add(relation.source.id)
      near.add(relation.target.id)
    }
    const focused = near.size > 0
    svgEl.classList.toggle('is-focused', focused)
    const roving = this.#rovingId()
    for (const [id, el] of this.#nodeEls) {
      const node = graph.nodeById.get(id)
      // Exactly one node is in the tab order; Chromium would otherwise make every focusable SVG element a stop.
      el.setAttribute('tabindex', id === roving ? '0' : '-1')
      el.setAttribute('aria-pressed', selected === id ? 'true' : 'false')
      toggle(el, 'is-near', near.has(id))
      toggle(el, 'is-active', focusActor === id)
      toggle(el, 'is-selected', selected === id, 'node--selected')
      toggle(el, 'is-isolated', visibility.isolated.has(id))
      toggle(el, 'is-pinned', node?.fx != null)
      el.part.toggle('node--dimmed', (focused && !near.has(id)) || visibility.isolated.has(id))
    }
    for (const [id, els] of this.#edgeEls) {
      toggle(els.group, 'is-near', nearEdges.has(id))
      toggle(els.group, 'is-active', activeRelation === id || (focusActor !== undefined && nearEdges.has(id)))
      els.group.part.toggle('edge--dimmed', focused && !nearEdges.has(id))
    }
  }

  // Interaction

  /** The actor holding the tab stop: the one last focused, else the selected one, else the most connected. */
  #rovingId(): string | undefined {
    const graph = this.#graph
    if (!graph) return undefined
    if (this.#focusId && graph.nodeById.has(this.#focusId)) return this.#focusId
    if (this.selected && graph.nodeById.has(this.selected)) return this.selected
    return byDegree(graph)[0]?.id
  }

  /** Speaks through the polite live region, once per change (a no-break space makes a repeat count as new). */
  #announce(text: string) {
    this.#announcement = text === this.#announcement ? `${text}\u00a0` : text
    this.requestUpdate()
  }

  #toggleView = () => {
    this.view = this.view === 'table' ? 'graph' : 'table'
    this.#setHovered(null)
    this.#announce(this.view === 'table' ? 'Table view.' : 'Graph view.')
  }

  #focusNode(id: string) {
    this.#focusId = id
    this.#paintState()
    const el = this.#nodeEls.get(id)
    this.#scrollIntoView(id)
    el?.focus({ preventScroll: true })
  }

  /** Pans just enough to bring an actor that is outside the view (or too close to its edge) back into it. */
  #scrollIntoView(id: string) {
    const node = this.#graph?.nodeById.get(id)
    if (!node) return
    const margin = 48
    const p = toScreen(this.#transform, node.x ?? 0, node.y ?? 0)
    const { width, height } = this.#size
    const dx = p.x < margin ? margin - p.x : p.x > width - margin ? width - margin - p.x : 0
    const dy = p.y < margin ? margin - p.y : p.y > height - margin ? height - margin - p.y : 0
    if (dx || dy) {
      this.#setTransform(panBy(this.#transform, dx, dy))
      this.#draw()
    }
  }

  #onFocusIn = (event: FocusEvent) => {
    const target = this.#targetOf(event)
    if (target?.kind !== 'actor') return
    this.#focusId = target.id
    const node = this.#graph?.nodeById.get(target.id)
    if (!node) return
    const p = toScreen(this.#transform, node.x ?? 0, node.y ?? 0)
    this.#setHovered(target, { x: p.x, y: p.y + node.radius })
    this.#paintState()
  }

  #onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget
    if (next instanceof Node && (event.currentTarget as Node).contains(next)) return
    // Focus left the graph: the next visit starts again from the selected or most connected actor.
    this.#focusId = undefined
    if (this.#hovered?.kind === 'actor') this.#setHovered(null)
    this.#paintState()
  }

  #onKeyDown = (event: KeyboardEvent) => {
    const graph = this.#graph
    if (!graph || event.altKey || event.ctrlKey || event.metaKey) return
    const target = this.#targetOf(event)
    const current = target?.kind === 'actor' ? target.id : undefined
    const direction = ARROWS[event.key]
    if (direction && current && event.shiftKey) this.#nudge(current, direction)
    else if (direction && current) this.#focusNode(this.#stepFrom(current, direction))
    else if (direction || (!current && (event.key === 'Enter' || event.key === ' '))) {
      const roving = this.#rovingId()
      if (roving) this.#focusNode(roving)
    } else if (event.key === 'Home' || event.key === 'End') {
      const node = event.key === 'Home' ? graph.nodes[0] : graph.nodes.at(-1)
      if (node) this.#focusNode(node.id)
    } else if ((event.key === 'Enter' || event.key === ' ') && current) this.#select(current)
    else if (event.key === 'Escape') {
      if (this.selected) this.#select(undefined)
      else {
        // Leave to the overview: the graphic itself, whose description summarises the whole network.
        this.#setHovered(null)
        this.renderRoot.querySelector<SVGSVGElement>('svg.graph')?.focus({ preventScroll: true })
      }
    } else if (event.key === '+' || event.key === '=') this.zoomBy(1.5)
    else if (event.key === '-' || event.key === '_') this.zoomBy(1 / 1.5)
    else if (event.key === '0') this.fit()
    else return
    event.preventDefault()
  }

  #stepFrom(id: string, direction: Direction): string {
    const graph = this.#graph as Graph
    const from = graph.nodeById.get(id)
    if (!from) return id
    const neighbours = new Set<string>()
    for (const link of [...(this.#visibility?.links ?? []), ...graph.affiliations]) {
      if (link.source.id === id) neighbours.add(link.target.id)
      if (link.target.id === id) neighbours.add(link.source.id)
    }
    const placed = graph.nodes.map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0 }))
    return step(
      { id, x: from.x ?? 0, y: from.y ?? 0 },
      direction,
      placed,
      neighbours,
      graph.nodes.map((n) => n.id),
    )
  }

  /** Shift + arrow: the keyboard's way to drag. The node moves 12 CSS pixels and stays pinned there. */
  #nudge(id: string, direction: Direction) {
    const node = this.#graph?.nodeById.get(id)
    if (!node) return
    const [dx, dy] = NUDGE[direction]
    const k = this.#transform.k
    node.fx = node.x = (node.x ?? 0) + (dx * 12) / k
    node.fy = node.y = (node.y ?? 0) + (dy * 12) / k
    this.#paintState()
    if (prefersReducedMotion()) this.#scheduleDraw()
    else this.#reheat(0.1)
  }

  #observe() {
    this.#intersectionObserver ??= new IntersectionObserver(
      ([entry]) => {
        this.#inView = entry?.isIntersecting ?? true
        if (!this.#inView) {
          // Out of view: no animation frames; the layout's state waits for the reader to come back.
          cancelAnimationFrame(this.#frame)
          this.#frame = 0
          return
        }
        const deferred = this.#deferred
        this.#deferred = undefined
        deferred?.()
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
      if (!this.#userZoomed) this.#fit()
      // Drawing in the observer callback lands before paint; a rAF would show one frame at the old size.
      this.#draw()
    })
    this.#resizeObserver.observe(stage)
  }

  #toggleType(type: RelationType) {
    const types = new Set(this.#visibleTypes)
    if (types.has(type)) types.delete(type)
    else types.add(type)
    this.relations = formatRelationTypes(types)
    const shown = parseRelationTypes(this.relations)
    const counts = { cooperation: 0, negotiation: 0, opposition: 0 }
    for (const t of shown) counts[t] = this.#visibility?.counts[t] ?? 0
    this.#announce(
      shown.length
        ? `Showing ${listCounts(counts)} relations; ${RELATION_LABELS[type].toLowerCase()} ${types.has(type) ? 'shown' : 'hidden'}.`
        : 'All relation types hidden.',
    )
    this.dispatchEvent(new FilterChangeEvent(shown))
  }

  #select(id: string | undefined) {
    const next = id && id !== this.selected ? id : undefined
    if (next === this.selected) return
    this.selected = next
    const actor = next ? (this.#graph?.nodeById.get(next)?.actor ?? null) : null
    this.#announce(actor ? `Selected ${actor.name}.` : 'Selection cleared.')
    this.dispatchEvent(new ActorSelectEvent(actor))
  }

  #setHovered(hovered: Hovered, at?: { x: number; y: number }) {
    if (at) this.#tipAt = at
    const same = hovered?.kind === this.#hovered?.kind && hovered?.id === this.#hovered?.id
    if (same) {
      if (at) this.#placeTooltip()
      return
    }
    const previous = this.#hovered
    this.#hovered = hovered
    if (previous?.kind === 'actor' || hovered?.kind === 'actor') {
      const actor = hovered?.kind === 'actor' ? (this.#graph?.nodeById.get(hovered.id)?.actor ?? null) : null
      if (previous?.kind === 'actor' || actor) this.dispatchEvent(new ActorHoverEvent(actor))
    }
    if (previous?.kind === 'relation' || hovered?.kind === 'relation') {
      const relation =
        hovered?.kind === 'relation'
          ? (this.#graph?.links.find((l) => l.id === hovered.id)?.relation ?? null)
          : null
      if (previous?.kind === 'relation' || relation) this.dispatchEvent(new RelationHoverEvent(relation))
    }
    this.requestUpdate()
  }

  /** The pointer in the SVG's coordinates (CSS pixels of the stage), right under CSS transforms and zoom of the host. */
  #pointer(event: { clientX: number; clientY: number }) {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.graph')
    const matrix = svgEl?.getScreenCTM()
    if (!matrix) return { x: event.clientX, y: event.clientY }
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse())
    return { x: p.x, y: p.y }
  }

  #targetOf(event: Event): Hovered {
    const el = event.target instanceof Element ? event.target : null
    const node = el?.closest<SVGGElement>('.node')
    if (node?.dataset.actorId) return { kind: 'actor', id: node.dataset.actorId }
    const edge = el?.closest<SVGGElement>('.edge')
    if (edge?.dataset.relationId) return { kind: 'relation', id: edge.dataset.relationId }
    return null
  }

  #onPointerOver = (event: PointerEvent) => {
    if (this.#gesture) return
    this.#setHovered(this.#targetOf(event), this.#pointer(event))
  }

  #onPointerLeave = () => {
    if (!this.#gesture) this.#setHovered(null)
  }

  #onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !this.#graph) return
    const svgEl = event.currentTarget as SVGSVGElement
    const at = this.#pointer(event)
    const target = this.#targetOf(event)
    if (target?.kind === 'actor') {
      const node = this.#graph.nodeById.get(target.id)
      if (!node) return
      const world = toWorld(this.#transform, at.x, at.y)
      this.#gesture = {
        kind: 'node',
        pointerId: event.pointerId,
        node,
        start: at,
        offset: { x: (node.x ?? 0) - world.x, y: (node.y ?? 0) - world.y },
        moved: false,
        pointerType: event.pointerType,
      }
      svgEl.setPointerCapture(event.pointerId)
      event.preventDefault()
      return
    }
    if (event.pointerType === 'touch') {
      this.#touches.set(event.pointerId, at)
      if (this.#touches.size < 2) return
    }
    this.#gesture = { kind: 'pan', pointerId: event.pointerId, start: at, last: at, moved: false, target }
    svgEl.setPointerCapture(event.pointerId)
    svgEl.classList.add('is-panning')
  }

  #onPointerMove = (event: PointerEvent) => {
    const gesture = this.#gesture
    const at = this.#pointer(event)
    if (!gesture) {
      if (this.#hovered) this.#setHovered(this.#hovered, at)
      return
    }
    if (event.pointerType === 'touch' && this.#touches.has(event.pointerId) && this.#touches.size >= 2) {
      return this.#pinch(event.pointerId, at)
    }
    if (event.pointerId !== gesture.pointerId) return
    const far = Math.hypot(at.x - gesture.start.x, at.y - gesture.start.y) >= CLICK_DISTANCE
    if (!gesture.moved && !far) return
    gesture.moved = true
    if (gesture.kind === 'pan') {
      this.#setTransform(panBy(this.#transform, at.x - gesture.last.x, at.y - gesture.last.y))
      gesture.last = at
      return
    }
    const world = toWorld(this.#transform, at.x, at.y)
    const { node } = gesture
    node.fx = node.x = world.x + gesture.offset.x
    node.fy = node.y = world.y + gesture.offset.y
    if (this.#hovered) this.#setHovered(this.#hovered, at)
    if (prefersReducedMotion()) this.#scheduleDraw()
    else {
      this.#layout?.alphaTarget(0.3)
      this.#reheat(0.3)
    }
  }

  #onPointerUp = (event: PointerEvent) => {
    const gesture = this.#gesture
    this.#touches.delete(event.pointerId)
    if (!gesture || event.pointerId !== gesture.pointerId) return
    this.#endGesture()
    if (gesture.kind === 'node') {
      if (!gesture.moved) {
        this.#select(gesture.node.id)
        if (gesture.pointerType === 'touch')
          this.#setHovered({ kind: 'actor', id: gesture.node.id }, this.#pointer(event))
      }
      this.#paintState()
      return
    }
    if (!gesture.moved && gesture.target?.kind !== 'relation') {
      this.#select(undefined)
      if (event.pointerType === 'touch') this.#setHovered(null)
    }
  }

  #onPointerCancel = (event: PointerEvent) => {
    this.#touches.delete(event.pointerId)
    if (this.#gesture?.pointerId === event.pointerId) this.#endGesture()
  }

  #endGesture() {
    const gesture = this.#gesture
    this.#gesture = undefined
    this.#touches.clear()
    const svgEl = this.renderRoot?.querySelector<SVGSVGElement>('svg.graph')
    svgEl?.classList.remove('is-panning')
    if (gesture && svgEl?.hasPointerCapture(gesture.pointerId)) svgEl.releasePointerCapture(gesture.pointerId)
    if (gesture?.kind === 'node') this.#layout?.alphaTarget(0)
  }

  #pinch(pointerId: number, at: { x: number; y: number }) {
    const before = [...this.#touches.values()]
    this.#touches.set(pointerId, at)
    const after = [...this.#touches.values()]
    const [a0, b0] = before
    const [a1, b1] = after
    if (!a0 || !b0 || !a1 || !b1) return
    const factor = Math.hypot(a1.x - b1.x, a1.y - b1.y) / (Math.hypot(a0.x - b0.x, a0.y - b0.y) || 1)
    const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 }
    const mid1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 }
    if (this.#gesture) this.#gesture.moved = true
    this.#setTransform(
      panBy(zoomAround(this.#transform, factor, mid0.x, mid0.y), mid1.x - mid0.x, mid1.y - mid0.y),
    )
  }

  #onDoubleClick = (event: MouseEvent) => {
    const target = this.#targetOf(event)
    if (target?.kind !== 'actor') return
    const node = this.#graph?.nodeById.get(target.id)
    if (!node || node.fx == null) return
    node.fx = node.fy = null
    this.#paintState()
    this.#reheat(0.15)
  }

  #onWheel(event: WheelEvent) {
    if (!this.#graph) return
    if (!(this.wheelZoom || event.ctrlKey || event.metaKey)) return this.#showHint()
    event.preventDefault()
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002
    // Trackpad pinches arrive as ctrl + wheel with small deltas: scale them up as d3-zoom does.
    const exponent = -event.deltaY * unit * (event.ctrlKey ? 5 : 1)
    const at = this.#pointer(event)
    this.#setTransform(zoomAround(this.#transform, 2 ** Math.max(-1, Math.min(1, exponent)), at.x, at.y))
  }

  #showHint() {
    const hint = this.renderRoot.querySelector('.hint')
    hint?.classList.add('is-shown')
    clearTimeout(this.#hintTimer)
    this.#hintTimer = window.setTimeout(() => hint?.classList.remove('is-shown'), 1400)
  }
}

interface NodeGesture {
  kind: 'node'
  pointerId: number
  node: GraphNode
  start: { x: number; y: number }
  offset: { x: number; y: number }
  moved: boolean
  pointerType: string
}

interface PanGesture {
  kind: 'pan'
  pointerId: number
  start: { x: number; y: number }
  last: { x: number; y: number }
  moved: boolean
  target: Hovered
}

const NUDGE: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }

const ARROWS: Record<string, Direction | undefined> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

function toggle(el: Element, className: string, on: boolean, part?: string) {
  el.classList.toggle(className, on)
  if (part) el.part.toggle(part, on)
}

const round = (value: number) => Math.round(value * 10) / 10
const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches
const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

export type { RelationLink }

if (!customElements.get('actor-network')) customElements.define('actor-network', ActorNetwork)

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork
  }
}
