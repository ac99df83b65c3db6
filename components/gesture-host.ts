/**
 * What the pointer gestures (pointer-gestures.ts) do to the network: the `GestureHost` they act through,
 * made of the widget's controllers.
 */
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { type GestureHost, targetOf } from './pointer-gestures.ts'

export function gestureHost(host: NetworkHost, parts: NetworkParts): GestureHost {
  const { data, frames, hover, notices, painter, selection, view } = parts
  return {
    get transform() {
      return view.transform
    },
    get wheelZoom() {
      return host.wheelZoom
    },
    get hovered() {
      return hover.target
    },
    node: (id) => data.node(id),
    // Only a large network's relations need the pointer's position (and its getScreenCTM) to be found.
    target: (event) => {
      const found = targetOf(event)
      if (found || !data.large) return found
      const { x, y } = view.pointer(event)
      return painter.relationAt(x, y)
    },
    pointer: (event) => view.pointer(event),
    hover: (target, at) => hover.hover(target, at),
    select: (id) => selection.select(id),
    selectRelation: (id) => selection.selectRelation(id),
    setTransform: (transform) => view.setTransform(transform),
    dragTo: (node, x, y) => frames.moveNode(node, x, y, 0.3),
    dragEnd: () => frames.dragEnd(),
    unpin: (node) => frames.unpin(node),
    showWheelHint: () => notices.showHint(),
  }
}
