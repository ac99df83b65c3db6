/**
 * Pointer input on the graphic, with pointer events and pointer capture (so no listener ever lands on the
 * window): drag an actor (mouse, touch or pen), pan the background, pinch with two fingers, Ctrl/⌘ + wheel
 * to zoom, click or tap to select, double-click to release a pinned actor. What a gesture does, it asks of
 * the controllers (the view, the simulation, the selection, the hover), through the widget's parts.
 */
import type { GraphNode } from '../src/graph.ts'
import { panBy, toWorld, zoomAround } from '../src/viewport.ts'
import type { Target } from './graph-painter.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'

type Point = { x: number; y: number }

/** A pointer that moves less than this (CSS pixels) between down and up is a click, not a drag. */
const CLICK_DISTANCE = 4

interface NodeGesture {
  kind: 'node'
  pointerId: number
  node: GraphNode
  start: Point
  offset: Point
  moved: boolean
}

interface PanGesture {
  kind: 'pan'
  pointerId: number
  start: Point
  last: Point
  moved: boolean
  target: Target
  /** One finger: the browser scrolls the page, so this gesture only tells a tap from a swipe. */
  tapOnly: boolean
}

export class PointerGestures {
  #gesture?: NodeGesture | PanGesture
  #touches = new Map<number, Point>()
  #svg?: SVGSVGElement

  readonly #host: NetworkHost
  readonly #parts: NetworkParts

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  /** The actor or relation under the pointer. Only a large network's relations need its position (and its
   * getScreenCTM) to be found: they are drawn in bulk. */
  #target(event: PointerEvent): Target {
    const found = targetOf(event)
    if (found || !this.#parts.data.large) return found
    const { x, y } = this.#parts.view.pointer(event)
    return this.#parts.painter.relationAt(x, y)
  }

  /** Whether an actor is being dragged right now (the layout keeps running while it is). */
  get dragging(): boolean {
    return this.#gesture?.kind === 'node'
  }

  /** The actor being dragged, once the pointer has moved far enough to make it a drag. */
  get draggedNode(): GraphNode | undefined {
    const gesture = this.#gesture
    return gesture?.kind === 'node' && gesture.moved ? gesture.node : undefined
  }

  over = (event: PointerEvent) => {
    if (this.#gesture) return
    const target = this.#target(event)
    // On the graphic's ground the pointer is on its way to an actor: do the first tooltip's work now.
    if (!target) this.#parts.hover.warm()
    this.#parts.hover.hover(target, this.#parts.view.pointer(event))
  }

  leave = () => {
    if (!this.#gesture) this.#parts.hover.hover(null)
  }

  /**
   * A finger on an actor drags it, not the page. The graphic's `touch-action` lets one finger scroll the page,
   * and an actor's own `touch-action: none` is not honoured on SVG shapes (Chromium took the drag for a
   * scroll after a few pixels and cancelled it): refusing the touch's default, as d3-drag does, keeps it.
   */
  touchStart = (event: TouchEvent) => {
    if (targetOf(event)?.kind === 'actor') event.preventDefault()
  }

  down = (event: PointerEvent) => {
    if (event.button !== 0) return
    const svg = event.currentTarget as SVGSVGElement
    this.#svg = svg
    const at = this.#parts.view.pointer(event)
    const target = this.#target(event)
    // Every finger counts toward a pinch, wherever it lands: a second one turns an actor's drag into a pinch,
    // which on a phone's crowded graphic would otherwise be hard to start.
    const fingers = event.pointerType === 'touch' ? this.#touches.set(event.pointerId, at).size : 0
    const gesture = this.#gesture
    if (fingers > 1 && gesture?.kind === 'node') {
      this.#gesture = undefined
      this.#parts.frames.dragEnd()
    }
    if (target?.kind === 'actor' && fingers < 2) {
      const node = this.#parts.data.node(target.id)
      if (!node) return
      const world = toWorld(this.#parts.view.transform, at.x, at.y)
      this.#gesture = {
        kind: 'node',
        pointerId: event.pointerId,
        start: at,
        moved: false,
        node,
        offset: { x: (node.x ?? 0) - world.x, y: (node.y ?? 0) - world.y },
      }
      svg.setPointerCapture(event.pointerId)
      event.preventDefault()
      return
    }
    // One finger on the background is left to the browser, which scrolls the page; two fingers pinch.
    const tapOnly = fingers === 1
    this.#gesture = {
      kind: 'pan',
      pointerId: event.pointerId,
      start: at,
      moved: false,
      last: at,
      target,
      tapOnly,
    }
    if (tapOnly) return
    svg.setPointerCapture(event.pointerId)
    svg.classList.add('is-panning')
  }

  move = (event: PointerEvent) => {
    const gesture = this.#gesture
    const at = this.#parts.view.pointer(event)
    if (!gesture) {
      // A large network's relations are found by geometry, not by element (see GraphPainter.relationAt): a
      // move can reach another one, or leave one, without a pointerover. An actor's hover (also the one
      // keyboard focus shows) holds until the pointer enters something else.
      const target = this.#target(event)
      const hovered = this.#parts.hover.target
      if (target || hovered?.kind === 'relation') this.#parts.hover.hover(target, at)
      else if (hovered) this.#parts.hover.hover(hovered, at)
      return
    }
    if (event.pointerType === 'touch' && this.#touches.has(event.pointerId) && this.#touches.size >= 2)
      return this.#pinch(event.pointerId, at)
    if (event.pointerId !== gesture.pointerId) return
    if (!gesture.moved && Math.hypot(at.x - gesture.start.x, at.y - gesture.start.y) < CLICK_DISTANCE) return
    gesture.moved = true
    if (gesture.kind === 'pan') {
      if (gesture.tapOnly) return
      this.#parts.view.setTransform(
        panBy(this.#parts.view.transform, at.x - gesture.last.x, at.y - gesture.last.y),
      )
      gesture.last = at
      return
    }
    const world = toWorld(this.#parts.view.transform, at.x, at.y)
    this.#parts.frames.moveNode(gesture.node, world.x + gesture.offset.x, world.y + gesture.offset.y, 0.3)
    if (this.#parts.hover.target) this.#parts.hover.hover(this.#parts.hover.target, at)
  }

  up = (event: PointerEvent) => {
    const gesture = this.#gesture
    this.#touches.delete(event.pointerId)
    if (!gesture || event.pointerId !== gesture.pointerId) return
    this.cancel()
    // A drag or a pan ends here; a click or tap selects.
    if (gesture.moved) return
    // A tap selects, as a click does: the pointer leaves as the finger lifts, so a hover would not last, and
    // the selection lights the same neighbourhood and opens the details.
    if (gesture.kind === 'node') this.#parts.selection.select(gesture.node.id)
    else if (gesture.target?.kind === 'relation') this.#parts.selection.selectRelation(gesture.target.id)
    else this.#parts.selection.select(undefined)
  }

  cancelPointer = (event: PointerEvent) => {
    this.#touches.delete(event.pointerId)
    if (this.#gesture?.pointerId === event.pointerId) this.cancel()
  }

  doubleClick = (event: MouseEvent) => {
    const target = targetOf(event)
    const node = target?.kind === 'actor' ? this.#parts.data.node(target.id) : undefined
    if (node?.fx != null) this.#parts.frames.unpin(node)
  }

  wheel = (event: WheelEvent) => {
    if (!(this.#host.wheelZoom || event.ctrlKey || event.metaKey)) return this.#parts.notices.showHint()
    event.preventDefault()
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002
    // Trackpad pinches arrive as ctrl + wheel with small deltas: scale them up as d3-zoom does.
    const exponent = -event.deltaY * unit * (event.ctrlKey ? 5 : 1)
    const at = this.#parts.view.pointer(event)
    const factor = 2 ** Math.max(-1, Math.min(1, exponent))
    this.#parts.view.setTransform(zoomAround(this.#parts.view.transform, factor, at.x, at.y))
  }

  /** Ends any gesture: releases pointer capture and lets a dragged node's layout cool down. */
  cancel() {
    const gesture = this.#gesture
    this.#gesture = undefined
    this.#touches.clear()
    const svg = this.#svg
    svg?.classList.remove('is-panning')
    if (gesture && svg?.hasPointerCapture(gesture.pointerId)) svg.releasePointerCapture(gesture.pointerId)
    if (gesture?.kind === 'node') this.#parts.frames.dragEnd()
  }

  #pinch(pointerId: number, at: Point) {
    const [a0, b0] = [...this.#touches.values()]
    this.#touches.set(pointerId, at)
    const [a1, b1] = [...this.#touches.values()]
    if (!a0 || !b0 || !a1 || !b1) return
    const factor = Math.hypot(a1.x - b1.x, a1.y - b1.y) / (Math.hypot(a0.x - b0.x, a0.y - b0.y) || 1)
    const mid0 = { x: (a0.x + b0.x) / 2, y: (a0.y + b0.y) / 2 }
    const mid1 = { x: (a1.x + b1.x) / 2, y: (a1.y + b1.y) / 2 }
    if (this.#gesture) this.#gesture.moved = true
    const zoomed = zoomAround(this.#parts.view.transform, factor, mid0.x, mid0.y)
    this.#parts.view.setTransform(panBy(zoomed, mid1.x - mid0.x, mid1.y - mid0.y))
  }
}

/** The actor or relation an event happened on, from the data attributes of the drawn elements. */
export function targetOf(event: Event): Target {
  const el = event.target instanceof Element ? event.target : null
  const node = el?.closest<SVGGElement>('.node')
  if (node?.dataset.actorId) return { kind: 'actor', id: node.dataset.actorId }
  const edge = el?.closest<SVGGElement>('.edge')
  if (edge?.dataset.relationId) return { kind: 'relation', id: edge.dataset.relationId }
  return null
}
