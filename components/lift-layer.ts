/**
 * The lift layer of a network drawn in bulk: a second SVG over the graph with a veil and copies of the
 * elements that hover, selection or a drag bring forward. Dimming thousands of elements, or moving a few
 * among them, makes the browser restyle and repaint the whole graph on every change; with the copies in a
 * layer of their own, the graph beneath is left untouched and only the layer repaints.
 */
import { setIfChanged } from './svg-writes.ts'

/** The layer's groups, bottom to top: relations (and tethers), actors, labels. */
export type LiftGroup = 'edges' | 'nodes' | 'labels'

/** What to lift: the element, the group its copy goes into, and whether the original hides meanwhile. */
export interface Lifting {
  readonly el: Element
  readonly into: LiftGroup
  /** A dragged element hides, so that it does not stay behind where the drag began. */
  readonly hide: boolean
}

export class LiftLayer {
  readonly svg: SVGSVGElement
  readonly #groups: Record<LiftGroup, SVGGElement>
  /** Each lifted element, and every element inside it, mapped to its copy in the layer. */
  #copies = new Map<Element, Element>()
  /** The lifted elements by key (the caller's: one per actor, label, relation or tether). */
  #lifted = new Map<string, Element>()

  /** The lift layer under `root`, emptied, or undefined where the graph has none (it is not drawn in bulk). */
  static find(root: ParentNode): LiftLayer | undefined {
    const svg = root.querySelector<SVGSVGElement>('svg.lift')
    const edges = svg?.querySelector<SVGGElement>('.lift-edges')
    const nodes = svg?.querySelector<SVGGElement>('.lift-nodes')
    const labels = svg?.querySelector<SVGGElement>('.lift-labels')
    return svg && edges && nodes && labels ? new LiftLayer(svg, { edges, nodes, labels }) : undefined
  }

  private constructor(svg: SVGSVGElement, groups: Record<LiftGroup, SVGGElement>) {
    this.svg = svg
    this.#groups = groups
    for (const group of Object.values(groups)) group.replaceChildren()
  }

  /** The groups of copies, which a zoom preview transforms together. */
  get groups(): SVGGElement[] {
    return Object.values(this.#groups)
  }

  /** The element's copy while it is lifted. */
  copyOf<T extends Element>(el: T): T | undefined {
    return this.#copies.get(el) as T | undefined
  }

  /**
   * Lifts exactly what `wanted` holds (by key) and lowers the rest. Says whether an original hid or showed
   * again, which relations drawn in bulk must be drawn again without or with.
   */
  liftOnly(wanted: ReadonlyMap<string, Lifting>): boolean {
    let shown = false
    for (const [key, el] of this.#lifted)
      if (!wanted.has(key)) {
        shown ||= el.classList.contains('is-lifted')
        this.#lower(el)
        this.#lifted.delete(key)
      }
    for (const [key, { el, into, hide }] of wanted) {
      if (!this.#lifted.has(key)) {
        this.#raise(el, this.#groups[into])
        this.#lifted.set(key, el)
      }
      // A drag's end shows the element again where its copy was drawn, not where the drag began.
      if (!hide && el.classList.contains('is-lifted')) this.#drawBack(el)
      shown ||= el.classList.contains('is-lifted') !== hide
      el.classList.toggle('is-lifted', hide)
    }
    return shown
  }

  #raise(el: Element, into: SVGGElement) {
    const copy = el.cloneNode(true) as Element
    const originals = withDescendants(el)
    withDescendants(copy).forEach((same, i) => {
      // A copy is a picture only: no tab stop, no role, no name (the lift layer is also aria-hidden), and
      // no part, so that a host counting or styling the parts finds each actor and relation once.
      for (const name of PICTURE_ONLY) same.removeAttribute(name)
      this.#copies.set(originals[i] as Element, same)
    })
    into.append(copy)
  }

  /** Puts a lifted element back, with what was drawn on its copy meanwhile. */
  #lower(el: Element) {
    const copy = this.#copies.get(el)
    this.#drawBack(el)
    for (const original of withDescendants(el)) this.#copies.delete(original)
    el.classList.remove('is-lifted')
    copy?.remove()
  }

  /** Gives a lifted element, and everything in it, the geometry drawn on its copy. */
  #drawBack(el: Element) {
    for (const original of withDescendants(el)) {
      const drawn = this.#copies.get(original)
      if (!drawn) continue
      for (const name of DRAWN_ATTRIBUTES) {
        const value = drawn.getAttribute(name)
        if (value !== null) setIfChanged(original, name, value)
      }
      // Only labels are ever crowded out; on anything else this changes nothing.
      original.classList.toggle('is-crowded', drawn.classList.contains('is-crowded'))
    }
  }
}

/** What a lifted copy loses (see `#raise`). */
const PICTURE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-pressed', 'part']

/** The attributes a draw writes: what a lowered element takes back from its copy. */
const DRAWN_ATTRIBUTES = ['transform', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2']

/** An element and everything inside it, in document order. */
const withDescendants = (el: Element): Element[] => [el, ...el.querySelectorAll('*')]
