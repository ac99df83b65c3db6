/**
 * The toolbar on a phone: the legend as one row of three, and the search, Table and Download behind one
 * Tools button, so that the controls take two rows and the graphic the rest. On a wider widget the button
 * is not shown and the tools stand in the bar as before.
 */
import { css, html } from 'lit'

/**
 * The Tools button. Its state lives in its own `aria-expanded` (written here, never bound in the
 * template), so that a render of the element leaves an open panel open.
 */
export const renderToolsToggle = () =>
  html`<button type="button" class="tools-toggle" aria-expanded="false" @click=${toggle}>Tools</button>`

function toggle(event: Event) {
  const button = event.currentTarget as HTMLElement
  button.ariaExpanded = `${button.ariaExpanded !== 'true'}`
}

export const compactBarStyles = css`
  .tools-toggle {
    display: none;
  }
  @container actor-network (max-width: 560px) {
    .bar {
      position: relative;
      z-index: 5;
    }
    /* Three toggles, each the type's name over its swatch and count. */
    .legend {
      flex-basis: 100%;
    }
    .bar .legend-toggle {
      flex: 1;
      flex-wrap: wrap;
      justify-content: center;
      gap: 0 4px;
      padding: 2px;
      font-size: 12px;
      line-height: 1.25;
    }
    .legend-name {
      flex-basis: 100%;
      order: -1;
    }
    /* The story's length shows once it has started ("Step 1 of 9"): its start button fits beside Tools. */
    .step-start .step-count {
      display: none;
    }
    .tools-toggle {
      display: block;
      margin-inline-start: auto;
    }
    /* Drawn over the top of the graphic, not above it: opening it must not shrink and refit the picture. */
    .tools {
      position: absolute;
      top: 100%;
      inset-inline: 0;
      padding: 6px 10px;
      background: var(--_background);
    }
    .tools-toggle[aria-expanded='false'] + .tools {
      display: none;
    }
  }
`
