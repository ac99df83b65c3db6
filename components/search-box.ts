/**
 * The search box: an ARIA 1.2 combobox with a listbox of matching actors. Arrow keys move through the
 * options, Enter chooses, Escape closes (then clears). Choosing hands the actor to the element, which
 * selects it, pans to it and highlights its neighbourhood.
 */
import { css, html, nothing, type ReactiveControllerHost } from 'lit'
import type { Actor } from '../src/dataset.ts'
import { searchActors } from '../src/search.ts'

/** The box's own state; it has no lifecycle of its own, so it asks the host to render again when that changes. */
export class SearchBox {
  #query = ''
  #active = 0
  #open = false

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly choose: (actor: Actor) => void,
  ) {}

  render(actors: readonly Actor[]) {
    const matches = this.#open ? searchActors(actors, this.#query) : []
    const expanded = matches.length > 0
    const active = matches[Math.min(this.#active, matches.length - 1)]
    return html`<div class="search" part="search">
      <input type="search" role="combobox" aria-label="Find an actor" placeholder="Find an actor"
        autocomplete="off" spellcheck="false" aria-autocomplete="list" aria-controls="search-options"
        aria-expanded=${expanded} aria-activedescendant=${active ? `option-${active.id}` : nothing}
        .value=${this.#query}
        @input=${(event: InputEvent) => this.#onInput(event)}
        @keydown=${(event: KeyboardEvent) => this.#onKeyDown(event, matches, active)}
        @blur=${() => this.#close()} />
      <ul id="search-options" role="listbox" aria-label="Matching actors" ?hidden=${!expanded}>
        ${matches.map(
          (actor) => html`<li id="option-${actor.id}" role="option" aria-selected=${actor === active}
            @pointerdown=${(event: PointerEvent) => {
              // Keep focus in the input (a blur would close the list before the click lands).
              event.preventDefault()
              this.#choose(actor)
            }}>
            <span class="option-name">${actor.name}</span>${actor.role ? html`<span class="option-role">${actor.role}</span>` : nothing}
          </li>`,
        )}
      </ul>
    </div>`
  }

  #onInput(event: InputEvent) {
    const input = event.target as HTMLInputElement
    this.#query = input.value
    this.#active = 0
    this.#open = true
    this.#fit(input)
  }

  /**
   * Lets the list reach down to the widget's bottom edge and scroll past it (the widget clips whatever
   * overflows it: in a short embed the last matches were cut off), renders, and then keeps the highlighted
   * option in view.
   */
  #fit(input: HTMLInputElement) {
    const list = input.nextElementSibling as HTMLElement
    const bottom = (element: Element) => element.getBoundingClientRect().bottom
    list.style.maxHeight = `${bottom(input.closest('.frame') as Element) - bottom(input) - 12}px`
    this.host.requestUpdate()
    this.host.updateComplete.then(() =>
      list.querySelector('[aria-selected=true]')?.scrollIntoView({ block: 'nearest' }),
    )
  }

  /** `active` is the highlighted option, if the list shows any. */
  #onKeyDown(event: KeyboardEvent, matches: Actor[], active: Actor | undefined) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!matches.length) {
        this.#open = true
        this.#active = 0
      } else {
        const step = event.key === 'ArrowDown' ? 1 : -1
        this.#active = (this.#active + step + matches.length) % matches.length
      }
      this.#fit(event.target as HTMLInputElement)
    } else if (event.key === 'Enter') {
      if (!active) return
      this.#choose(active)
    } else if (event.key === 'Escape') {
      if (this.#open && matches.length) this.#open = false
      else if (this.#query) this.#query = ''
      // Nothing to close or clear: the Escape is the page's (a dialog around the widget closes).
      else return
    } else return
    event.preventDefault()
    this.host.requestUpdate()
  }

  #choose(actor: Actor) {
    this.#query = actor.name
    this.#open = false
    this.host.requestUpdate()
    this.choose(actor)
  }

  #close() {
    if (!this.#open) return
    this.#open = false
    this.host.requestUpdate()
  }
}

export const searchStyles = css`
  /* A set width, not the input's intrinsic one: the toolbar then asks for a short row, and the box grows. */
  .search {
    position: relative;
    flex: 1 1 120px;
    width: 120px;
    max-width: 220px;
  }
  .search input {
    width: 100%;
    padding: 4px 10px;
  }
  .search ul {
    position: absolute;
    z-index: 4;
    top: calc(100% + 4px);
    left: 0;
    min-width: 100%;
    width: max-content;
    max-width: 320px;
    overflow-y: auto;
    margin: 0;
    padding: 4px 0;
    list-style: none;
  }
  .search li {
    display: flex;
    flex-direction: column;
    min-height: 28px;
    padding: 4px 10px;
    cursor: pointer;
    font-size: 13px;
  }
  .search li[aria-selected=true] {
    background: var(--_text);
    color: var(--_background);
  }
  .option-role {
    font-size: 12px;
    opacity: 0.85;
  }
`
