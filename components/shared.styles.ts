/**
 * What every piece of the widget shares: the palette, read once on `:host` (each colour public as
 * `--actor-network-name`, private as `--_name`), each relation type's colour and dash, and the controls'
 * common look (buttons, fields, pills, focus rings, floating panels, quotes).
 */
import { css, unsafeCSS } from 'lit'
import { DARK, LIGHT, type Palette } from '../src/palette.ts'

/**
 * `--_name: var(--actor-network-name, light-dark(light, dark))` for every palette entry: each colour is public
 * as `--actor-network-name`, read once on `:host` into its private `--_name`. Trusted constants, not user input.
 */
const palette = unsafeCSS(
  (Object.keys(LIGHT) as (keyof Palette)[])
    .map((key) => `--_${key}: var(--actor-network-${key}, light-dark(${LIGHT[key]}, ${DARK[key]}));`)
    .join(''),
)

export const sharedStyles = css`
  :host {
    /* Light and dark follow the reader's prefers-color-scheme; the theme attribute forces one. */
    color-scheme: light dark;
    ${palette}
    --_font: var(--actor-network-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_label-size: var(--actor-network-label-size, 12.5px);
  }
  /* Each relation type's colour and dash, for its arrowheads, legend swatch and labels. The edges take theirs
     from rules of their own: a custom property declared on each of thousands of edges slowed their first
     style pass by about 270 ms at 2,000 actors. */
  .arrow--cooperation,
  .legend-toggle--cooperation,
  .tip-type--cooperation {
    --_type: var(--_cooperation);
  }
  .arrow--negotiation,
  .legend-toggle--negotiation,
  .tip-type--negotiation {
    --_type: var(--_negotiation);
    --_dash: 8 5;
  }
  .arrow--opposition,
  .legend-toggle--opposition,
  .tip-type--opposition {
    --_type: var(--_opposition);
    --_dash: 3 3.5;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button,
  input,
  summary {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
  }
  button {
    border-radius: 6px;
    cursor: pointer;
    margin: 0;
  }
  /* Every control's focus ring, the Download menu's summary among them. */
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The pill-shaped controls of the bar and the story: buttons, the search box and the Download summary. */
  .legend-toggle,
  .view-toggle,
  .tools-toggle,
  .step-start,
  .search input,
  .export > summary {
    min-height: 30px;
    padding: 3px 12px;
    border-radius: 999px;
    font-size: 13px;

  /* The floating panels share one look: the tooltip, the search results and the Download menu. */
  .tooltip,
  .search ul,
  .export-menu {
    background: var(--_background);
    border: 1px solid var(--_tether);
    border-radius: 8px;
    box-shadow: 0 4px 18px rgb(0 0 0 / 0.16);
  }
  /* Verbatim quotes read as quotes wherever they appear: tooltip, details panel and table. */
  .tip-quote,
  .quote,
  .tables blockquote {
    font-family: Georgia, 'Times New Roman', serif;
    font-style: italic;
  }
`
