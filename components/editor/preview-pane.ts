/**
 * The live preview: the real `<actor-network>` drawing what can be drawn of the work. It gets a new dataset
 * only when what it draws has changed (a keystroke in a summary does not lay the picture out again), and
 * when it does, the element keeps the actors it has already placed where they are.
 */
import { html } from 'lit'
import type { Dataset } from '../../src/dataset.ts'
import { previewDataset } from '../../src/editor/preview.ts'
import type { Work } from '../../src/editor/work.ts'
import type { ActorSelectEvent, RelationHoverEvent } from '../events.ts'

export interface PreviewActions {
  openActor(id: string): void
  openRelation(id: string): void
}

export class PreviewPane {
  #last?: { work: Work; json: string; dataset: Dataset }
  /**
   * The relation under the pointer: `<actor-network>` fires no event when a relation is clicked (it opens
   * its details), so a click on the preview while one is hovered opens that one.
   */
  #hoveredRelation?: string

  constructor(private readonly actions: PreviewActions) {}

  /** The dataset to draw for `work`: the one drawn already when nothing drawn has changed. */
  dataFor(work: Work): Dataset | undefined {
    if (this.#last?.work === work) return this.#last.dataset
    const dataset = previewDataset(work)
    // While nothing can be drawn (an actor's id being retyped), the last picture stays.
    if (!dataset) return this.#last?.dataset
    const json = JSON.stringify(dataset)
    this.#last = this.#last?.json === json ? { ...this.#last, work } : { work, json, dataset }
    return this.#last.dataset
  }

  render(work: Work) {
    const data = this.dataFor(work)
    if (!data) return html`<p class="empty">Actors and relations appear here as you add them.</p>`
    return html`<actor-network .data=${data}
      @actor-select=${(event: ActorSelectEvent) => event.actor && this.actions.openActor(event.actor.id)}
      @relation-hover=${(event: RelationHoverEvent) => {
        this.#hoveredRelation = event.relation?.id
      }}
      @click=${() => this.#hoveredRelation && this.actions.openRelation(this.#hoveredRelation)}></actor-network>`
  }
}
