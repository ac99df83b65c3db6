/**
 * The dataset: where it comes from (`src`, `data` or an inline `<script type="application/json">`), its
 * validation, the status the widget shows (loading, error, ready), the `error` event, the lazy start, and
 * what the current filter leaves visible.
 */
import type { PropertyValues, ReactiveController } from 'lit'
import type { Dataset, RelationType } from '../src/dataset.ts'
import { filterGraph, parseRelationTypes, type Visibility } from '../src/filter.ts'
import { assignLanes } from '../src/geometry.ts'
import { buildGraph, type Graph, type GraphNode, LARGE_NETWORK, type RelationLink } from '../src/graph.ts'
import { atRest, createLayout, type ForceLayout, settle } from '../src/layout.ts'
import { recallLayout, rememberLayout } from '../src/layout-cache.ts'
import { parseJsonText } from '../src/parse-json.ts'
import { type DatasetError, parseDataset } from '../src/validate.ts'
import { NetworkErrorEvent } from './events.ts'
import { fetchDatasetText } from './fetch-dataset.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

export type Status = 'idle' | 'loading' | 'error' | 'ready'

export class DatasetController implements ReactiveController {
  status: Status = 'idle'
  errors: readonly DatasetError[] = []
  dataset?: Dataset
  graph?: Graph
  layout?: ForceLayout
  /** What the relation filter leaves visible; set with the graph. */
  visibility?: Visibility
  /** Each visible relation's lane among those joining the same pair (see `assignLanes`). */
  lanes = new Map<string, number>()
  /** Bumped when the SVG structure must be rendered again (new dataset or filter). */
  version = 0
  /** A new dataset waits for its first draw to be announced (`network-ready`). */
  fresh = false

  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  #fetch?: AbortController
  /** Loading work held back by `loading="lazy"` until the widget comes near the viewport. */
  #deferred?: () => void

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
    host.addController(this)
  }

  /** The network drawn, when there is one and no error or load stands in its place. */
  get ready(): { graph: Graph; visibility: Visibility } | undefined {
    const { graph, visibility } = this
    return this.status === 'ready' && graph && visibility ? { graph, visibility } : undefined
  }

  /** Past this size relations are drawn in bulk and hover, selection and drags draw on a layer of their own. */
  get large(): boolean {
    return (this.graph?.nodes.length ?? 0) > LARGE_NETWORK
  }

  get visibleTypes(): RelationType[] {
    return parseRelationTypes(this.#host.relations ?? null)
  }

  node(id: string): GraphNode | undefined {
    return this.graph?.nodeById.get(id)
  }

  link(id: string | undefined): RelationLink | undefined {
    return id === undefined ? undefined : this.graph?.links.find((l) => l.id === id)
  }

  hostConnected() {
    const host = this.#host
    if (!host.src && !host.data && !this.dataset) this.#whenNear(() => this.#readInlineScript())
    // Re-added after a removal that interrupted a fetch: load again; a drawn network resumes where it was.
    const src = host.src
    if (src && this.status === 'loading') this.#whenNear(() => this.#load(src))
  }

  hostDisconnected() {
    this.#fetch?.abort()
  }

  /** From the host's `willUpdate`: a new `src` loads, `data` set by the host is taken, a new filter applies. */
  willUpdate(changed: PropertyValues) {
    const host = this.#host
    const { src, data } = host
    if (changed.has('src') && src) this.#whenNear(() => this.#load(src))
    if (changed.has('data') && data !== this.dataset && data !== undefined) {
      // Data set by the host wins over a `src` still loading: its late answer must not replace it.
      this.#fetch?.abort()
      this.#fetch = undefined
      this.#whenNear(() => this.#accept(data))
    }
    if (changed.has('relations') && this.graph) this.refilter()
  }

  /** The widget came near the viewport: work that `loading="lazy"` held back runs now. */
  resume() {
    if (this.#deferred) this.#whenNear(this.#deferred)
  }

  refilter() {
    if (!this.graph) return
    this.visibility = filterGraph(this.graph, this.visibleTypes)
    this.lanes = assignLanes(this.visibility.links)
    this.version++
    this.#host.requestUpdate()
  }

  /** Runs loading work now, or with `loading="lazy"` once the widget comes near the viewport. */
  #whenNear(work: () => void) {
    if (this.#host.loading !== 'lazy' || this.#parts.onScreen.inView) {
      this.#deferred = undefined
      work()
    } else {
      this.#deferred = work
      if (this.status === 'idle') this.#setStatus('loading')
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
    const script = this.#host.querySelector(':scope > script[type="application/json"]')
    if (!script) return
    const json = parseJsonText(script.textContent ?? '')
    if (json.ok) this.#accept(json.value)
    else this.#fail(json.errors)
  }

  /** Validates any value and, when it is a dataset, lays it out and draws it; otherwise shows why not. */
  #accept(input: unknown, text?: string) {
    const parsed = parseDataset(input)
    if (!parsed.ok) return this.#fail(parsed.errors)
    const previous = this.graph
    const graph = buildGraph(parsed.dataset)
    // Actors already on screen keep their place when the dataset is replaced.
    let kept = false
    for (const node of graph.nodes) {
      const old = previous?.nodeById.get(node.id)
      if (!old) continue
      Object.assign(node, { x: old.x, y: old.y, fx: old.fx, fy: old.fy })
      kept = true
    }
    this.graph = graph
    // A valid dataset is an object: the host's own object is its key while it keeps it, else the fetched text.
    const key = text ?? (input as object)
    if (!kept && recallLayout(key, graph)) this.layout = atRest(createLayout(graph))
    else {
      this.layout = settle(createLayout(graph))
      if (!kept) rememberLayout(key, graph)
    }
    this.dataset = parsed.dataset
    this.#host.data = parsed.dataset
    this.errors = []
    this.#parts.painter.reset()
    this.#parts.view.userZoomed = false
    this.fresh = true
    this.refilter()
    this.#setStatus('ready')
  }

  #fail(errors: readonly DatasetError[]) {
    this.errors = errors
    this.#setStatus('error')
    this.#host.dispatchEvent(new NetworkErrorEvent(errors))
  }

  #setStatus(status: Status) {
    this.status = status
    this.#host.requestUpdate()
  }
}
