/**
 * The story: the dataset's `steps`, one at a time. Each step frames its actors and lights its relations;
 * step 0 is the whole network. The stepper (stepper.ts) draws the controls.
 */
import { nothing } from 'lit'
import type { GraphNode } from '../src/graph.ts'
import { StepChangeEvent } from './events.ts'
import type { NetworkHost, NetworkParts } from './network-parts.ts'
import { renderStepper } from './stepper.ts'

export class StoryController {
  readonly #host: NetworkHost
  readonly #parts: NetworkParts

  constructor(host: NetworkHost, parts: NetworkParts) {
    this.#host = host
    this.#parts = parts
  }

  get #steps() {
    return this.#parts.data.dataset?.steps ?? []
  }

  /** The stepper, once a network is drawn. */
  render() {
    return this.#parts.data.ready
      ? renderStepper(this.#steps, this.#host.step, (step) => this.#goTo(step))
      : nothing
  }

  /** The relations the current step highlights. */
  relations(): ReadonlySet<string> {
    return new Set(this.#steps[this.#host.step - 1]?.relations ?? [])
  }

  /** The actors of the current step: those it names and the ends of its relations. */
  nodes(): GraphNode[] | undefined {
    const { data } = this.#parts
    const graph = data.graph
    const step = this.#steps[this.#host.step - 1]
    if (!graph || !step) return undefined
    const ids = new Set(step.actors ?? [])
    for (const id of step.relations ?? []) {
      const link = data.link(id)
      if (link) ids.add(link.source.id).add(link.target.id)
    }
    return [...ids].flatMap((id) => graph.nodeById.get(id) ?? [])
  }

  /** Frames the current step's actors (or the whole network for step 0) and lights its relations. */
  show() {
    this.#parts.view.fit()
    this.#parts.selection.paint()
    this.#parts.url.write()
  }

  #goTo(step: number) {
    const host = this.#host
    const steps = this.#steps
    const next = Math.max(0, Math.min(steps.length, step))
    if (next === host.step) return
    host.step = next
    host.dispatchEvent(new StepChangeEvent(next, steps[next - 1]?.title ?? null))
    // Only the stepper calls this. The button pressed may be gone (the start, or Previous from the first
    // step) or disabled (Next at the last): the focus stays in the stepper, on its last enabled button,
    // rather than falling to the page.
    host.updateComplete.then(() => {
      const root = host.shadowRoot as ShadowRoot
      if (!root.activeElement?.matches(':enabled'))
        [...root.querySelectorAll<HTMLElement>('.stepper :enabled')].pop()?.focus()
    })
  }
}
