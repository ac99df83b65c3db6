/**
 * The view: the transform from layout to screen, the stage's size, fitting the network (or a story
 * step) into view, giving a phone's box, or any tall one, a network of its shape with room for every
 * name, the reader's zoom and pan, and keeping what the details panel describes out from under it.
 */
import type { ReactiveController } from 'lit'
import type { GraphNode, RelationLink } from '../src/graph.ts'
import { makeRoom, PHONE, SMALLER_GLYPHS } from '../src/label-room.ts'
import type { ViewState } from '../src/url-state.ts'
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
import type { NetworkHost, NetworkParts } from './network-parts.ts'

/** How far inside the view's edges, and from the details panel, an actor is brought: room for its label. */
const VIEW_MARGIN = 48

export class ViewController implements ReactiveController {
  /** screen = k · layout + (x, y), in CSS pixels of the stage. */
  transform: Transform = IDENTITY
  /** Whether the reader has zoomed or panned: a resize then keeps their view rather than fitting again. */
  userZoomed = false
  size = { width: 0, height: 0 }
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  #resizeObserver?: ResizeObserver
  /** The selected actor or relation the view has been moved for, so that the details panel does not cover it. */
  #clearedFor?: GraphNode | RelationLink
  #redrawTimer = 0
  /**
   * Where each actor stood before the box first reshaped the network: every reshaping starts from there,
   * so that a resize and back gives the same picture (reshaping the reshaped one drifted a little each time).
   */
  #settled = new WeakMap<GraphNode, readonly [number | undefined, number | undefined]>()

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
    host.addController(this)
  }

  hostConnected() {
    this.#observe()
  }

  hostUpdated() {
    // The stage exists from the first render on.
    if (!this.#resizeObserver) this.#observe()
  }

  hostDisconnected() {
    this.#resizeObserver?.disconnect()
    clearTimeout(this.#redrawTimer)
  }

  get #svg(): SVGSVGElement | null {
    return this.#host.renderRoot.querySelector<SVGSVGElement>('svg.graph')
  }

  /**
   * Reads the stage's size now. A new network's first fit then fits the box it is painted in: the resize
   * observer reports a toolbar that has just grown only after the next frame's layout, and the network
   * moved once more after it had first been drawn. Its computed size, not its box on screen: a host's CSS
   * transform must not count.
   */
  measure() {
    const stage = this.#host.renderRoot.querySelector('.stage')
    if (!stage) return
    const { width, height } = getComputedStyle(stage)
    const size = { width: Number.parseFloat(width), height: Number.parseFloat(height) }
    if (size.width >= 0 && size.height >= 0) this.size = size
  }

  /** Fits the whole network (or the story step) into view and forgets the reader's zoom. */
  fit() {
    this.userZoomed = false
    this.refit()
    this.#parts.frames.scheduleDraw()
  }

  /** Fits the whole network, or the current story step's actors, into view. */
  refit() {
    const { data, story } = this.#parts
    if (!data.graph) return
    const stepNodes = story.nodes()
    const { width, height } = this.size
    const margin = this.#fitMargin()
    // A phone's box, or any box taller than wide: a network that settled wide is given the box's shape.
    const fill = !stepNodes && width && (width <= PHONE || height > width)
    // Room for every name up to 100 actors: the search costs about n² steps.
    const roomy = data.graph.nodes.length <= 100
    // A story step keeps the whole network's choice.
    if (!stepNodes) this.#parts.painter.besides = !!fill && roomy
    this.transform = fill
      ? this.#fillBox(margin, roomy)
      : fitTransform(extentOf(stepNodes ?? data.graph.nodes), width, height, margin, stepNodes ? 1.6 : 1.4)
    // A new fit may put the selected actor back under its details.
    this.#clearedFor = undefined
    this.keepClearOfDetails()
  }

  /** Zooms by `factor` around the centre of the view (above 1 zooms in). */
  zoomBy(factor: number) {
    this.setTransform(zoomAround(this.transform, factor, this.size.width / 2, this.size.height / 2))
  }

  /** The reader's own zoom or pan (or the keyboard's, or the search's). */
  setTransform(transform: Transform) {
    const { data, frames, painter, url } = this.#parts
    this.transform = transform
    this.userZoomed = true
    url.write()
    if (!data.large) return frames.scheduleDraw()
    // Large networks: scale the drawn layer now (one write) and redraw in full once the gesture pauses.
    painter.preview(transform)
    clearTimeout(this.#redrawTimer)
    this.#redrawTimer = window.setTimeout(() => frames.scheduleDraw(), 120)
  }

  /** Where an actor is drawn, in the stage's CSS pixels. */
  onScreen(node: GraphNode) {
    return toScreen(this.transform, node.x ?? 0, node.y ?? 0)
  }

  /** The pointer in the SVG's coordinates (CSS pixels of the stage), right under CSS transforms and zoom of the host. */
  pointer(event: { clientX: number; clientY: number }) {
    const p = new DOMPoint(event.clientX, event.clientY)
    const matrix = this.#svg?.getScreenCTM()
    return matrix ? p.matrixTransform(matrix.inverse()) : p
  }

  /** Pans so that an actor sits in the middle of the view. */
  centreOn(id: string) {
    const node = this.#parts.data.node(id)
    if (!node) return
    const p = this.onScreen(node)
    this.setTransform(panBy(this.transform, this.size.width / 2 - p.x, this.size.height / 2 - p.y))
  }

  /** Pans just enough to bring a (keyboard-focused) actor that is outside the view, or near its edge, back in. */
  scrollIntoView(id: string) {
    const node = this.#parts.data.node(id)
    const p = node && this.onScreen(node)
    const shown = p && this.#showing(p.x, p.y)
    if (!shown) return
    this.setTransform(shown)
    this.#parts.frames.draw()
  }

  /**
   * Once per selection and fit, moves the selected actor, or the middle of the selected relation, out from
   * under the details panel (beside it on a wide widget, above the bottom sheet on a narrow one). Otherwise
   * what is on the right, or on a phone an actor the search has centred, opened its details over itself.
   * Not the reader's own zoom: a later fit (a resize) starts again from the whole network, and clears again.
   */
  keepClearOfDetails() {
    const { data, selection } = this.#parts
    const link = data.link(selection.relation)
    const selected = this.#host.selected
    const target = link ?? (selected ? data.node(selected) : undefined)
    // Closed details (or the table view) start afresh: opening them again clears again.
    if (!target || !this.#host.renderRoot.querySelector('.details')) {
      this.#clearedFor = undefined
      return
    }
    if (target === this.#clearedFor) return
    this.#clearedFor = target
    const p = this.onScreen(link ? link.source : (target as GraphNode))
    const q = this.onScreen(link ? link.target : (target as GraphNode))
    const [x, y] = [(p.x + q.x) / 2, (p.y + q.y) / 2]
    // Only what the panel covers moves: a selection elsewhere leaves the reader's view (and a fit) alone.
    const { right, bottom } = this.#uncovered(y)
    const shown = (x > right - VIEW_MARGIN || y > bottom - VIEW_MARGIN) && this.#showing(x, y)
    if (!shown) return
    this.transform = shown
    this.#parts.frames.scheduleDraw()
  }

  /**
   * The view for a shared link, when the reader has moved it: the zoom, and the centre in layout units. A
   * phone reshapes the network for its box (see #fillBox), so a zoomed view shared between a phone and a
   * desktop may frame another part of it there.
   */
  get shareable(): ViewState['view'] {
    if (!this.userZoomed) return undefined
    const t = this.transform
    const { x: cx, y: cy } = toWorld(t, this.size.width / 2, this.size.height / 2)
    return { k: t.k, cx, cy }
  }

  /** Shows the view of a shared link, once the stage has a size. */
  showShared(view: ViewState['view']) {
    if (!view || !this.size.width) return
    const { k, cx, cy } = view
    this.transform = { k, x: this.size.width / 2 - k * cx, y: this.size.height / 2 - k * cy }
    this.userZoomed = true
    this.#parts.frames.scheduleDraw()
  }

  /**
   * A phone's box, or a tall one: the network stretched to fill it both ways (a wide picture shrunk into it would
   * leave most of it empty), then, up to 100 actors, spread until each actor has room for its name beside
   * it, clear of the zoom buttons (see src/label-room.ts). Returns the transform it is shown with.
   */
  #fillBox(margin: Margin, room: boolean) {
    const { data, painter } = this.#parts
    const nodes = data.graph?.nodes ?? []
    const { width, height } = this.size
    for (const node of nodes) {
      const settled = this.#settled.get(node)
      // A pinned actor stays where the reader put it.
      if (!settled) this.#settled.set(node, [node.x, node.y])
      else if (node.fx == null) [node.x, node.y] = settled
    }
    const extent = extentOf(nodes)
    const t = fitTransform(extent, width, height, margin)
    // Stretched to fill the box both ways: a tall box gets a tall picture, not a wide one shrunk into it.
    const [top, right, bottom, left] = margin
    const along = (v = 0, v0: number, v1: number, from: number, to: number) =>
      from + ((v - v0) / (v1 - v0 || 1)) * (to - from)
    const h = painter.labelHeight
    // Each actor's footprint: its glyph and its name to the right of it, as tall as the taller of the two.
    const boxes = nodes.map((node) => {
      const x = along(node.x, extent.x0, extent.x1, left, width - right)
      const y = along(node.y, extent.y0, extent.y1, top, height - bottom)
      // Half the glyph's width, and a pixel for rounding: a group's diamond reaches 1.25 radii (see glyphPath).
      const r = node.radius * SMALLER_GLYPHS * (node.actor.kind === 'group' ? 1.26 : 1)
      const half = Math.max(h / 2, r)
      return { r, x0: x - r, y0: y - half, x1: x + r + 4 + painter.labelWidth(node.id), y1: y + half }
    })
    // The widest first: a long name needs a free row that smaller ones, placed earlier, would break up.
    const buttons = { x0: width - 46, y0: 0, x1: width, y1: 120 }
    if (room) makeRoom([buttons, ...[...boxes].sort((a, b) => b.x1 - b.x0 - a.x1 + a.x0)], width, height, 1)
    // A pinned actor moves too, its pin with it: the stretch would otherwise tear it from its neighbours.
    nodes.forEach((node, i) => {
      const box = boxes[i] as (typeof boxes)[number]
      ;({ x: node.x, y: node.y } = toWorld(t, box.x0 + box.r, (box.y0 + box.y1) / 2))
      if (node.fx != null) [node.fx, node.fy] = [node.x, node.y]
    })
    return t
  }

  /** Room for labels beside and below the outermost nodes, and for the zoom buttons on the right. */
  #fitMargin(): Margin {
    const { painter } = this.#parts
    const side = Math.min(90, painter.widestLabel / 2 + 6, this.size.width * 0.12)
    return [14, side + 34, painter.labelHeight + 12, side] as const
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
    return dx || dy ? panBy(this.transform, dx, dy) : undefined
  }

  /**
   * The right and bottom edges of the stage that the details panel leaves uncovered at height y: a panel
   * beside the graph narrows it where it reaches down; a bottom sheet shortens it.
   */
  #uncovered(y: number) {
    let { width: right, height: bottom } = this.size
    const panel = this.#host.renderRoot.querySelector('.details')?.getBoundingClientRect()
    const origin = this.#svg?.getBoundingClientRect()
    if (panel && origin) {
      if (panel.left - origin.left > VIEW_MARGIN) {
        if (y < panel.bottom - origin.top + VIEW_MARGIN) right = panel.left - origin.left
      } else bottom = panel.top - origin.top
    }
    return { right, bottom }
  }

  #observe() {
    const stage = this.#host.renderRoot.querySelector('.stage')
    if (!stage) return
    this.#resizeObserver ??= new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      // The size `measure` read, to the precision a computed style is written with, is no resize.
      if (Math.abs(width - this.size.width) < 0.01 && Math.abs(height - this.size.height) < 0.01) return
      this.size = { width, height }
      if (!this.userZoomed) this.refit()
      // Drawing in the observer callback lands before paint; a rAF would show one frame at the old size.
      this.#parts.frames.draw()
    })
    this.#resizeObserver.observe(stage)
  }
}

type Margin = readonly [number, number, number, number]
