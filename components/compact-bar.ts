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
  html`<button type="button" class="tools-toggle" aria-expanded="false" aria-controls="tools" @click=${toggle}>Tools</button>`

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
      gap: 4px 8px;
      padding-top: 6px;
    }
    /* Three toggles, each the type's name over its swatch and count. */
    .legend {
      flex: 1 1 100%;
      display: grid;
      grid-template-columns: repeat(3, 1fr);
      gap: 4px;
    }
    .bar .legend-toggle {
      flex-wrap: wrap;
      justify-content: center;
      gap: 0 4px;
      padding: 2px 4px;
      border-radius: 8px;
      font-size: 12px;
      line-height: 1.25;
    }
    .legend-name {
      flex-basis: 100%;
      order: -1;
    }
    /* Its count under it: the button then takes the width left beside the Tools button. */
    .bar .step-start {
      display: grid;
      padding: 2px 12px;
      border-radius: 8px;
      line-height: 1.25;
    }
    .bar .step-count {
      line-height: inherit;
    }
    .legend-toggle .swatch {
      width: 22px;
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
      border-bottom: 1px solid var(--_tether);
    }
    .tools-toggle[aria-expanded='false'] + .tools {
      display: none;
    }
  }
`
