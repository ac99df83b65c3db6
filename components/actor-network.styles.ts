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

/**
 * Public custom properties are read on `:host` with their defaults; private ones are `--_name`.
 * `.frame` resets every inherited property the widget depends on, so a host page's fonts, line-height,
 * letter-spacing or text-transform never leak in.
 */
export const styles = css`
  :host {
    /* Light and dark follow the reader's prefers-color-scheme; the theme attribute forces one. */
    color-scheme: light dark;
    ${palette}
    --_font: var(--actor-network-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_label-size: var(--actor-network-label-size, 12.5px);
    display: block;
    position: relative;
    contain: layout paint;
    /* Lets the frame choose its shape by the widget's own width (see below). */
    container: actor-network / inline-size;
    /* The container query's inline-size containment gives the widget no width of its own: in a flex row, a
       float, an inline-block or a table cell it would shrink to nothing. There it takes 640 px, a common
       article column, or the room there is. */
    contain-intrinsic-inline-size: 640px;
    min-width: 0;
    max-width: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  .frame {
    all: initial;
    /* 'all: initial' would reset the colour scheme that light-dark() reads: take the host's. */
    color-scheme: inherit;
    /* 'all' leaves direction alone: a right-to-left page would mirror the toolbar, flip the labels' anchors
       and move the punctuation of the widget's English text ("Maduro was seized." read ".Maduro…"). */
    direction: ltr;
    box-sizing: border-box;
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    position: relative;
    /* Fills the host's box when the host sizes it; otherwise takes the default aspect ratio. Width is set
       explicitly so that a host-given height never shrinks the width through the ratio. */
    width: 100%;
    height: 100%;
    aspect-ratio: var(--actor-network-aspect-ratio, 16 / 11);
    min-height: 320px;
    overflow: hidden;
    container: network / inline-size;
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    font-size: 14px;
    line-height: 1.4;
  }
  /* On a phone-sized widget the legend and tools take several rows: a taller default shape keeps the
     graphic itself a usable size. A host's height or ratio still wins. */
  @container actor-network (max-width: 560px) {
    .frame {
      aspect-ratio: var(--actor-network-aspect-ratio, 2 / 3);
    }
    /* Tighter tools, so that two legend toggles share a row and the search, Table and Download another
       from about 360 px: each row given back is a row of graphic. */
    .bar {
      gap: 6px 8px;
    }
    .bar .legend-toggle {
      gap: 4px;
      padding-inline: 6px 8px;
      font-size: 12px;
    }
    .bar .search {
      flex-basis: 112px;
    }
    .bar .search input {
      padding-inline: 8px;
      font-size: 12px;
    }
  }
  /* The narrowest (a small phone): the legend alone takes three rows, and 2:3 left the graphic 130 px tall. */
  @container actor-network (max-width: 360px) {
    .frame {
      aspect-ratio: var(--actor-network-aspect-ratio, 1 / 2);
    }
  }
  .frame *,
  .frame *::before,
  .frame *::after {
    box-sizing: border-box;
  }

  /* The light-DOM fallback (a static image or a link) shows only until the element upgrades. */
  ::slotted(*) {
    display: none;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
    padding: 8px 10px 4px;
  }
  /* Search, Table and Download wrap as one group, to the right of the legend or on a row of their own. */
  .tools {
    display: flex;
    flex: 1 1 auto;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: inherit;
  }

  .stage {
    position: relative;
    min-height: 0;
  }
  svg.graph {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    cursor: grab;
    /* One finger scrolls the page (an embed must not trap the reader); two fingers pinch the graph. */
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
    /* A click on a relation focuses the graphic, and Chromium rings a focused SVG even for the mouse: the
       ring is for the keyboard (see :focus-visible below). */
    outline: none;
  }
  svg.graph.is-panning {
    cursor: grabbing;
  }

  .tether {
    stroke: var(--_tether);
    fill: none;
    opacity: 0.8;
  }
  .edge,
  svg.graph.is-on-relation {
    cursor: pointer;
  }
  /* A large network's relations, drawn in bulk, are found under the pointer by geometry (see
     GraphPainter.relationAt): the browser's own hit test of thousands of curves in one path takes longer. */
  .bulk {
    pointer-events: none;
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
    --_dash: 0.1 5;
  }
  .edge-line {
    fill: none;
    stroke: var(--_type);
    /* Undefined for cooperation: solid. */
    stroke-dasharray: var(--_dash);
    stroke-width: 2;
    stroke-linecap: round;
  }
  .edge--cooperation .edge-line {
    stroke: var(--_cooperation);
  }
  .edge--negotiation .edge-line {
    stroke: var(--_negotiation);
    stroke-dasharray: 8 5;
  }
  .edge--opposition .edge-line {
    stroke: var(--_opposition);
    stroke-dasharray: 0.1 5;
    stroke-width: 3;
  }
  marker,
  .arrowheads {
    fill: var(--_type);
  }
  /* Hit areas take the pointer without being painted: 'stroke' and 'fill' hit whatever the visibility, and a
     hidden shape costs no raster work, where a transparent one is rasterized every frame the network moves. */
  .edge-hit {
    fill: none;
    stroke-width: 14;
    visibility: hidden;
    pointer-events: stroke;
  }
  .edge.is-active .edge-line {
    stroke-width: 3;
  }
  .edge.is-active.edge--opposition .edge-line {
    stroke-width: 4;
  }

  .node {
    cursor: pointer;
    touch-action: none;
  }
  .node-hit {
    fill: none;
    visibility: hidden;
    pointer-events: fill;
  }
  .glyph {
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  .node--person .glyph {
    fill: var(--_person);
  }
  .node--institution .glyph {
    fill: var(--_institution);
  }
  .node--group .glyph {
    fill: var(--_group);
  }
  .ring,
  .focus-ring {
    fill: none;
    stroke: none;
    stroke-width: 2.5;
  }
  .node.is-selected .ring {
    stroke: var(--_focus);
  }
  .node:focus {
    outline: none;
  }
  .node:focus-visible .focus-ring {
    stroke: var(--_focus);
    stroke-dasharray: 4 2.5;
  }
  /* A large network zooms by scaling its drawn pixels until the gesture pauses (see GraphPainter.preview). */
  svg.graph.is-large:not(.lift) {
    transform-origin: 0 0;
    will-change: transform;
  }
  /* Large networks draw no rings (see graph-template.ts): the glyph's outline shows focus and selection. */
  .is-large .node.is-selected .glyph {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .is-large .node:focus-visible .glyph,
  .lift .node.is-focus-visible .glyph {
    stroke: var(--_focus);
    stroke-width: 3;
    stroke-dasharray: 4 2.5;
  }
  svg.graph:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  svg.graph[inert] {
    visibility: hidden;
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
  .node.is-pinned .glyph {
    stroke: var(--_focus);
    stroke-dasharray: 2 2;
  }
  .node.is-isolated,
  .label.is-isolated {
    opacity: 0.35;
  }
  .label,
  .label-probe {
    font-size: var(--_label-size);
    font-weight: 600;
    fill: var(--_text);
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3.5px;
    stroke-linejoin: round;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  /* The probe is never drawn: the labels' font is read from it before they exist (see GraphPainter.labelFont). */
  .label-probe,
  .label.is-crowded {
    display: none;
  }
  .label.is-active.is-crowded,
  .graph.is-focused .label.is-near.is-crowded {
    display: inline;
  }

  /* Hover or selection: the focus actor, its neighbours and their relations stay; the rest dims. */
  .graph.is-focused .node:not(.is-near),
  .graph.is-focused .label:not(.is-near),
  .graph.is-focused .tether {
    opacity: 0.15;
  }
  .graph.is-focused .edge:not(.is-near) {
    opacity: 0.08;
  }

  /* Large networks: hover, selection and drags draw copies on a layer of their own over a veil, and leave
     the thousands of elements beneath alone (restyling or repainting them all would take many frames). */
  svg.lift {
    pointer-events: none;
    will-change: transform;
  }
  .veil {
    fill: var(--_background);
    opacity: 0;
  }
  .lift.is-focused .veil {
    opacity: 0.85;
  }
  .is-lifted {
    visibility: hidden;
  }

  /* A short fade on hover, for small networks only: thousands of simultaneous fades stall the page. */
  @media (prefers-reduced-motion: no-preference) {
    .graph:not(.is-large) .node,
    .graph:not(.is-large) .label,
    .graph:not(.is-large) .edge,
    .graph:not(.is-large) .tether {
      transition: opacity 120ms ease-out;
    }
  }

  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    padding: 16px;
    text-align: center;
    color: var(--_muted);
  }
  .status[role='alert'] {
    place-content: start stretch;
    text-align: start;
    color: var(--_text);
    overflow: auto;
  }
  .status h2 {
    font-size: 15px;
    margin: 0 0 6px;
  }
  .status ul {
    margin: 0;
    padding-inline-start: 18px;
    font-size: 13px;
  }
  .status code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 12px;
  }

  .credit {
    padding: 2px 10px 8px;
    font-size: 12px;
    color: var(--_muted);
  }
  .credit a {
    color: inherit;
  }

  .view-toggle[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_background);
    border-color: var(--_text);
  }

  .controls {
    position: absolute;
    top: 8px;
    right: 8px;
    display: flex;
    flex-direction: column;
    gap: 4px;
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
  .step-start,
  .search input,
  .export > summary {
    min-height: 30px;
    padding: 3px 12px;
    border-radius: 999px;
    font-size: 13px;
  }
  .controls button {
    width: 32px;
    height: 32px;
    display: grid;
    place-items: center;
    padding: 0;
    font-size: 18px;
    line-height: 1;
  }

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

  .hint {
    position: absolute;
    left: 50%;
    bottom: 12px;
    transform: translateX(-50%);
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_background);
    font-size: 13px;
    pointer-events: none;
    opacity: 0;
    width: max-content;
    max-width: calc(100% - 24px);
    text-align: center;
  }
  .hint.is-shown {
    opacity: 1;
  }

  /* Windows high contrast and other forced palettes: keep nodes, edges, dashes and the focus ring. */
  @media (forced-colors: active) {
    .edge-line {
      stroke: CanvasText !important;
    }
    marker,
    .arrowheads,
    .glyph {
      fill: CanvasText !important;
    }
    .glyph {
      stroke: Canvas;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .tether {
      stroke: GrayText;
    }
    .export-menu {
      border-color: CanvasText;
    }
    .node.is-selected .ring,
    .node:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }

  .print-only {
    display: none;
  }
  /* Paper: the current view, the legend and the credit, then the relation table; no controls. */
  @media print {
    /* Paper is light, and browsers leave out backgrounds by default: a dark theme would print white on white. */
    :host,
    :host([theme]) {
      color-scheme: light;
    }
    :host {
      height: auto !important;
      contain: none;
      break-inside: avoid;
    }
    .frame {
      display: block;
      height: auto;
      aspect-ratio: auto;
      overflow: visible;
    }
    .stage {
      height: 120mm;
    }
    .controls,
    .tools,
    .hint,
    .tooltip,
    .details,
    .step-nav,
    .step-start {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .print-only .tables {
      position: static;
      overflow: visible;
      padding: 0;
    }
  }
`
