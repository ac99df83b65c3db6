/**
 * The widget on a phone (up to 560 px wide): the legend as one row of three, and the search, Table and
 * Download behind one Tools button, so that the controls take two rows and the graphic the rest; and the
 * table view in stacked rows. On a wider widget the button is not shown and the tools stand in the bar.
 */
import { css } from 'lit'

/**
 * Opens and closes the tools behind the Tools button (`.tools-toggle`, which the element renders with
 * `aria-expanded="false"`). The state lives in that attribute, written here and never bound in the
 * template, so that a render of the element leaves an open panel open.
 */
export function toggleTools(event: Event) {
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
    .legend-toggle {
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
    .bar .step-count {
      display: none;
    }
    .tools-toggle {
      display: block;
    }
    /* Drawn over the top of the graphic, not above it: opening it must not shrink and refit the picture. */
    .tools {
      position: absolute;
      top: 100%;
      inset-inline: 0;
      padding: 6px 10px;
      background: var(--_background);
    }
    [aria-expanded='false'] + .tools {
      display: none;
    }
    /* The table view: each row stacks, every cell headed by its column's name (data-label), so nothing
       scrolls sideways. */
    thead {
      display: none;
    }
    tr,
    th,
    td {
      display: block;
      border: 0;
    }
    tr {
      border-bottom: 1px solid var(--_tether);
    }
    td::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
  }
`
