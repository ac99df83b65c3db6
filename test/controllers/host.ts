/**
 * What the controller tests stand each controller on: a small LitElement with the element's properties
 * (`NetworkHost`), fake peers in place of the other controllers (`fakeParts`), a drawn network to read
 * from (`drawnData`), and animation frames that run only when a test says so (`manualFrames`).
 */
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit'
import { afterEach, vi } from 'vitest'
import type { NetworkHost, NetworkParts } from '../../components/network-parts.ts'
import type { Dataset } from '../../src/dataset.ts'
import { filterGraph, parseRelationTypes } from '../../src/filter.ts'
import { assignLanes } from '../../src/geometry.ts'
import { buildGraph } from '../../src/graph.ts'
import { createLayout, settle } from '../../src/layout.ts'
import { validDataset } from '../fixtures.ts'

/** The element's properties that controllers read and set, on a bare element that renders what a test gives it. */
export class TestHost extends LitElement implements NetworkHost {
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    relations: { type: String },
    selected: { type: String },
    wheelZoom: { type: Boolean, attribute: 'wheel-zoom' },
    view: { type: String },
    loading: { type: String },
    hops: { type: Number },
    syncUrl: { type: String, attribute: 'sync-url' },
    step: { type: Number },
  }
  declare src: string | undefined
  declare data: Dataset | undefined
  declare relations: string | undefined
  declare selected: string | undefined
  declare wheelZoom: boolean
  declare view: 'graph' | 'table' | undefined
  declare loading: 'lazy' | 'eager' | undefined
  declare hops: number
  declare syncUrl: string | undefined
  declare step: number

  /** Runs in `willUpdate`, where the element hands property changes to its controllers. */
  beforeUpdate?: (changed: PropertyValues) => void
  /** What the host renders: by default a 600 × 400 stage with the graphic's SVG and its layer. */
  content: () => TemplateResult =
    () => html`<div class="stage" style="position: relative; width: 600px; height: 400px">
      <svg class="graph" width="600" height="400"><text class="label-probe"></text><g class="layer"></g></svg>
    </div>`

  constructor() {
    super()
    this.wheelZoom = false
    this.hops = 1
    this.step = 0
  }

  protected override willUpdate(changed: PropertyValues) {
    this.beforeUpdate?.(changed)
  }

  override render() {
    return this.content()
  }
}
customElements.define('controller-test-host', TestHost)

/** A host not yet in the page: controllers are created on it first, as the element does in its constructor. */
export const createHost = () => document.createElement('controller-test-host') as TestHost

/** Puts the host in the page and waits for its first render. */
export async function connect(host: TestHost): Promise<TestHost> {
  document.body.append(host)
  await host.updateComplete
  return host
}

afterEach(() => {
  for (const host of document.querySelectorAll('controller-test-host')) host.remove()
})

type Fake<T> = { -readonly [K in keyof T]?: T[K] }
export type FakeParts = { [K in keyof NetworkParts]?: Fake<NetworkParts[K]> }

/**
 * The peers a controller reaches, made of only what a test gives. Reaching any other part throws, naming
 * it: a controller that starts to lean on another peer shows up here first.
 */
export function fakeParts(given: FakeParts): NetworkParts {
  return new Proxy(given, {
    get(target, name) {
      if (!(name in target)) throw new Error(`the test gave no fake for parts.${String(name)}`)
      return target[name as keyof FakeParts]
    },
  }) as unknown as NetworkParts
}

/**
 * What `DatasetController` offers its peers once a network is drawn, for a dataset laid out (and settled)
 * here: graph, layout, visibility, lanes and the look-ups.
 */
export function drawnData(dataset: Dataset = validDataset, relations?: string) {
  const graph = buildGraph(dataset)
  const layout = settle(createLayout(graph))
  const visibility = filterGraph(graph, parseRelationTypes(relations))
  return {
    status: 'ready' as const,
    errors: [],
    dataset,
    graph,
    layout,
    visibility,
    lanes: assignLanes(visibility.links),
    version: 1,
    fresh: false,
    large: false,
    ready: { graph, visibility },
    visibleTypes: parseRelationTypes(relations),
    node: (id: string) => graph.nodeById.get(id),
    link: (id: string | undefined) => graph.links.find((l) => l.id === id),
  }
}

/**
 * Animation frames that run only when the test calls `run()`: a controller's frame loop, step by step.
 * Stubs the globals for the current test.
 */
export function manualFrames() {
  const queue = new Map<number, FrameRequestCallback>()
  let last = 0
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    queue.set(++last, callback)
    return last
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id))
  return {
    /** Frames asked for and not yet run or cancelled. */
    get pending() {
      return queue.size
    },
    /** Runs the frames asked for so far (those they ask for wait for the next call); says how many ran. */
    run() {
      const due = [...queue.values()]
      queue.clear()
      for (const callback of due) callback(performance.now())
      return due.length
    },
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})
