/**
 * The layout in motion: animation frames while it cools after a drag or a release, a full or partial
 * redraw on each, moving and pinning the dragged actor. Frames pause while the widget is off screen and
 * stop when it is removed.
 */
import type { ReactiveController } from 'lit'
import type { GraphNode } from '../src/graph.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

export class SimulationController implements ReactiveController {
  /** Whether the layout is ticking (it stops once it has cooled and no drag holds it). */
  running = false
  readonly #host: NetworkHost
  readonly #parts: NetworkParts
  #frame = 0
  /** Whether the next frame redraws everything, or only #movedNodes and their relations. */
  #fullDraw = false
  #movedNodes = new Set<GraphNode>()
  /** Whether this frame of a drag redraws the whole network (see #onFrame). */
  #restFollows = true
  /** Whether a drag in a large network has lifted its actor onto the lift layer. */
  #lifted = false

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
    host.addController(this)
  }

  hostDisconnected() {
    this.pause()
  }

  /** No animation frames (the widget is off screen, or gone); the layout waits for the reader to come back. */
  pause() {
    cancelAnimationFrame(this.#frame)
    this.#frame = 0
  }

  /** Back on screen: a layout that was still moving goes on. */
  resume() {
    if (this.running) this.scheduleDraw()
  }

  /** Asks for a full redraw on the next frame. */
  scheduleDraw() {
    this.#fullDraw = true
    this.#requestFrame()
  }

  /** Draws the whole network now, where it is, at the current view. */
  draw() {
    const { data, painter, view } = this.#parts
    if (data.graph && data.visibility)
      painter.draw(data.graph, data.visibility, data.lanes, view.transform, view.size, {
        // While the layout moves, the relations' wide hit paths wait for it to rest: half the writes a frame.
        hits: !this.running,
      })
  }

  /**
   * Gently re-heats the layout after an interaction. With reduced motion, and in large networks (where a
   * layout tick per frame would cost more than a frame), only the moved node moves.
   */
  reheat(alpha: number, moved?: GraphNode) {
    const { layout, large } = this.#parts.data
    if (moved) this.#movedNodes.add(moved)
    if (layout && !prefersReducedMotion() && !large) {
      layout.alpha = Math.max(layout.alpha, alpha)
      this.running = true
    }
    if (moved) this.#requestFrame()
    else this.scheduleDraw()
  }

  /** Moves a node to a layout position and pins it there; the rest of the network follows, gently. */
  moveNode(node: GraphNode, x: number, y: number, heat: number) {
    const { data, gestures, selection } = this.#parts
    const { large, layout } = data
    const wasPinned = node.fx != null
    node.fx = node.x = x
    node.fy = node.y = y
    if (gestures.dragging && !large && layout) layout.alphaTarget = heat
    // Only the first move changes state (the node becomes pinned, and in a large network it is lifted);
    // later moves are positions only.
    if (!wasPinned || (large && !this.#lifted)) selection.paint()
    this.#lifted = large
    this.reheat(heat, node)
  }

  /** The drag is over: the layout cools, and a lifted actor goes back to its layer. */
  dragEnd() {
    const layout = this.#parts.data.layout
    if (layout) layout.alphaTarget = 0
    if (this.#lifted) this.#parts.selection.paint()
    this.#lifted = false
  }

  /** Releases a pinned actor into the layout. */
  unpin(node: GraphNode) {
    node.fx = node.fy = null
    this.#parts.selection.paint()
    this.reheat(0.15)
  }

  #requestFrame() {
    if (!this.#frame && this.#host.isConnected && this.#parts.onScreen.inView)
      this.#frame = requestAnimationFrame(this.#onFrame)
  }

  #onFrame = () => {
    this.#frame = 0
    const { data, gestures, painter, view } = this.#parts
    const layout = data.layout
    if (this.running && layout) {
      layout.tick()
      // While a reader drags, the actor in hand and its relations are redrawn on every frame and the rest of
      // the network, which follows, on every other one: that halves the style, paint and raster work of the
      // drag, which on a slow machine is what decides whether the hand keeps up (the layout ticks on).
      this.#restFollows = !gestures.dragging || !this.#restFollows
      if (this.#restFollows) this.#fullDraw = true
      if (layout.alpha < layout.alphaMin && !gestures.dragging) this.running = false
    }
    const { graph, visibility } = data
    const partial = !this.#fullDraw && painter.drawnFor(view.transform)
    if (partial && graph && visibility)
      painter.drawNodes(this.#movedNodes, graph, visibility, data.lanes, view.transform)
    else this.draw()
    this.#fullDraw = false
    this.#movedNodes.clear()
    if (this.running) this.#requestFrame()
  }
}

const prefersReducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches
