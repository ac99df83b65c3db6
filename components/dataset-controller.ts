/**
 * The dataset: where it comes from (`src`, `data` or an inline `<script type="application/json">`), its
 * validation, the status the widget shows (loading, error, ready), the `error` event, the lazy start, and
 * what the current filter leaves visible. The fetch keeps its own AbortController: `@lit/task` (1.0) would
 * keep it for us for about 1 KB gzipped, and the located errors of a failed fetch are ours either way.
 */
import type { PropertyValues, ReactiveController } from 'lit'
import type { Dataset, RelationType } from '../src/dataset.ts'
import { filterGraph, parseRelationTypes, type Visibility } from '../src/filter.ts'
import { assignLanes } from '../src/geometry.ts'
import { buildGraph, drawnInBulk, type Graph, type GraphNode, type RelationLink } from '../src/graph.ts'
import { atRest, createLayout, type ForceLayout, layOut, layOutAround } from '../src/layout.ts'
import { recallLayout, rememberLayout } from '../src/layout-cache.ts'
import { parseJsonText } from '../src/parse-json.ts'
import { runInSlices } from '../src/slices.ts'
import { type DatasetError, parseDataset } from '../src/validate.ts'
import { NetworkErrorEvent } from './events.ts'
import { fetchDatasetText } from './fetch-dataset.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { yieldToBrowser } from './yield-to-browser.ts'

export type Status = 'idle' | 'loading' | 'error' | 'ready'

/**
 * How long the layout may hold the main thread at a time, in ms. A task past 50 ms counts as long (it
 * delays the reader's input, and Lighthouse counts it as blocking). Lighthouse's mobile preset counts each
 * task four times as long as it took (a slower phone's CPU): 4 ms here leaves room within 50 ms there for
 * the step that crosses the budget and a garbage collection.
 */
const LAYOUT_SLICE_MS = 4

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
  /** Counts layouts started: one still computing when a newer dataset (or a failure) arrives is dropped. */
  #run = 0
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

  /**
   * Whether the network is drawn in bulk (see `drawnInBulk`): relations as a few paths, hover, selection and
   * drags on a layer of their own, zoom by scaling the drawn layer, and a dragged actor moves alone.
   */
  get large(): boolean {
    return this.graph ? drawnInBulk(this.graph) : false
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
    // A dataset still being laid out gives way to the one coming.
    this.#run++
    this.#setStatus('loading')
    const fetched = await fetchDatasetText(url, controller.signal)
    if (controller.signal.aborted) return
    if (!fetched.ok) return this.#fail(fetched.errors)
    const json = parseJsonText(fetched.text)
    if (!json.ok) return this.#fail(json.errors)
    // Parsing a large dataset and validating it are a task each of the host page's main thread.
    await yieldToBrowser()
    if (controller.signal.aborted) return
    this.#accept(json.value, fetched.text)
  }

  #readInlineScript() {
    const script = this.#host.querySelector(':scope > script[type="application/json"]')
    if (!script) return
    const json = parseJsonText(script.textContent ?? '')
    if (json.ok) this.#accept(json.value)
    else this.#fail(json.errors)
  }

  /**
   * Validates any value and, when it is a dataset, lays it out and draws it; otherwise shows why not. The
   * layout is computed in slices (see `LAYOUT_SLICE_MS`); the network is drawn once it has settled, and a
   * network already drawn stays until then.
   */
  #accept(input: unknown, text?: string) {
    const startedAt = performance.now()
    const parsed = parseDataset(input)
    if (!parsed.ok) return this.#fail(parsed.errors)
    const graph = buildGraph(parsed.dataset)
    const placed = this.#keepPositions(graph)
    // A valid dataset is an object: the host's own object is its key while it keeps it, else the fetched text.
    const key = text ?? (input as object)
    if (!placed.length && recallLayout(key, graph))
      return this.#show(parsed.dataset, graph, atRest(createLayout(graph)))
    const run = ++this.#run
    if (this.status !== 'ready') this.#setStatus('loading')
    // Actors already drawn stay where they are; the others settle among them.
    runInSlices(placed.length ? layOutAround(graph, placed) : layOut(graph), {
      budget: LAYOUT_SLICE_MS,
      now: () => performance.now(),
      pause: yieldToBrowser,
      cancelled: () => run !== this.#run,
      // Validating a large dataset takes a while: that counts toward the first slice.
      startedAt,
    })
      // Drawing it is a task of its own, not the end of the last slice.
      .then(async (layout) => {
        if (layout) await yieldToBrowser()
        if (!layout || run !== this.#run) return
        if (!placed.length) rememberLayout(key, graph)
        this.#show(parsed.dataset, graph, layout)
      })
  }

  /**
   * Actors already on screen keep their place when the dataset is replaced: the nodes that take the places
   * of the network drawn.
   */
  #keepPositions(graph: Graph): GraphNode[] {
    const previous = this.graph
    return graph.nodes.filter((node) => {
      const old = previous?.nodeById.get(node.id)
      if (old) Object.assign(node, { x: old.x, y: old.y, fx: old.fx, fy: old.fy })
      return old
    })
  }

  #show(dataset: Dataset, graph: Graph, layout: ForceLayout) {
    this.graph = graph
    this.layout = layout
    this.dataset = dataset
    this.#host.data = dataset
    this.errors = []
    this.#parts.painter.reset()
    this.#parts.view.userZoomed = false
    this.fresh = true
    this.refilter()
    this.#setStatus('ready')
  }

  #fail(errors: readonly DatasetError[]) {
    this.#run++
    this.errors = errors
    this.#setStatus('error')
    this.#host.dispatchEvent(new NetworkErrorEvent(errors))
  }

  #setStatus(status: Status) {
    this.status = status
    this.#host.requestUpdate()
  }
}
