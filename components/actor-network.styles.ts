import { css } from 'lit'

/**
 * The widget's own layout: the host's box, the frame, the toolbar, the stage, the credit, and paper. The
 * palette and the controls' look are in shared.styles.ts, each piece's own styles beside it. `.frame` resets
 * every inherited property the widget depends on, so a host page's fonts, line-height, letter-spacing or
 * text-transform never leak in.
 */
export const styles = css`
  :host {
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
  /* On a phone-sized widget (see compact-bar.ts for its toolbar) a taller default shape keeps the graphic
     itself a usable size. A host's height or ratio still wins. */
  @container actor-network (max-width: 560px) {
    .frame {
      aspect-ratio: var(--actor-network-aspect-ratio, 2 / 3);
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
  .stage.is-waiting {
    display: none;
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
    .tools-toggle,
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
