import { css } from 'lit'

/**
 * The graphic: relations, actors, labels and tethers as GraphPainter draws them, the dimming of hover and
 * selection, the layer large networks draw those on, and forced colours.
 */
export const graphStyles = css`
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
  /* The graphic's cursor changes as a pan starts or the pointer finds a relation drawn in bulk, and a cursor
     is inherited: every element inside would be restyled (3,300 of them at 2,000 actors, 30–70 ms a hover).
     The layer declares its own, which stops the change there; the shapes inside that take the pointer
     declare theirs too. */
  svg.graph > .layer {
    cursor: grab;
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
  .edge-line {
    fill: none;
    stroke: var(--_type);
    /* Undefined for cooperation: solid. */
    stroke-dasharray: var(--_dash);
    stroke-width: 2;
    /* Butt caps, and the opposition's dots drawn as short squares rather than round-capped points: every dash
       of a long relation is a shape the browser rasterizes again whenever the network moves or zooms, and
       round caps made that three times as slow (a zoom of 24 actors with 96 relations missed frames). */
    stroke-opacity: var(--_fade, 1);
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
    stroke-dasharray: 3 3.5;
    stroke-width: 3;
  }
  .arrowheads {
    fill: var(--_type);
    fill-opacity: var(--_fade, 1);
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
  /* A phone's glyphs are drawn smaller (see SMALLER_GLYPHS); the finger's target keeps its size. */
  @container actor-network (max-width: 560px) {
    .node-hit {
      scale: 1.34;
    }
  }
  .glyph,
  .ring,
  .focus-ring,
  .label {
    fill-opacity: var(--_fade, 1);
    stroke-opacity: var(--_fade, 1);
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
  /* Large networks draw no rings (see graph-template.ts): the glyph's outline shows focus and selection.
     Their glyphs are drawn at their size, not scaled (see GraphPainter's #drawNode): outlines follow
     the scale in --_glyph-scale. */
  .is-large .glyph {
    stroke-width: calc(1.5px * var(--_glyph-scale, 1));
  }
  .is-large .node.is-selected .glyph {
    stroke: var(--_focus);
    stroke-width: calc(3px * var(--_glyph-scale, 1));
  }
  .is-large .node:focus-visible .glyph,
  .lift .node.is-focus-visible .glyph {
    stroke: var(--_focus);
    stroke-width: calc(3px * var(--_glyph-scale, 1));
    stroke-dasharray: 4 2.5;
  }
  svg.graph:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  svg.graph[inert] {
    visibility: hidden;
  }
  .node.is-pinned .glyph {
    stroke: var(--_focus);
    stroke-dasharray: 2 2;
  }
  .node.is-isolated,
  .label.is-isolated {
    --_fade: 0.35;
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

  /* Hover or selection: the focus actor, its neighbours and their relations stay; the rest dims. Faded
     through the painted shapes' fill and stroke opacities (--_fade), not a group's opacity: each group faded
     as a whole is a layer of its own to rasterize, and a hundred of them made a hover miss its frame. */
  .graph.is-focused .node:not(.is-near),
  .graph.is-focused .label:not(.is-near) {
    --_fade: 0.15;
  }
  .graph.is-focused .tether {
    opacity: 0.15;
  }
  .graph.is-focused .edge:not(.is-near) {
    --_fade: 0.08;
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

  /* Windows high contrast and other forced palettes: keep nodes, edges, dashes and the focus ring. */
  @media (forced-colors: active) {
    .edge-line {
      stroke: CanvasText !important;
    }
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
    .node.is-selected .ring,
    .node:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`
