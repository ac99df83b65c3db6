/**
 * The story stepper: walks readers through an editor's sequence of steps (the dataset's `steps`), each
 * highlighting its actors and relations. Real buttons, so it is keyboard operable; the arrow keys also
 * step while focus is inside it.
 */
import { css, html, nothing } from 'lit'
import type { Step } from '../src/dataset.ts'

/** `current` is 1-based; 0 is the overview before the first step. */
export function renderStepper(steps: readonly Step[], current: number, go: (step: number) => void) {
  if (!steps.length) return nothing
  const step = steps[current - 1]
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' && current < steps.length) go(current + 1)
    else if (event.key === 'ArrowLeft' && current > 0) go(current - 1)
    else return
    event.preventDefault()
  }
  return html`<div class="stepper" part="stepper" role="group" aria-label="Story" @keydown=${onKeyDown}>
    ${
      step
        ? html`<button type="button" class="step-nav" aria-label="Previous step" @click=${() => go(current - 1)}>‹</button>
          <div class="step-body" aria-live="polite">
            <p class="step-count">Step ${current} of ${steps.length}</p>
            <p class="step-title">${step.title}</p>
            <p class="step-text">${step.text}</p>
          </div>
          <button type="button" class="step-nav" aria-label="Next step" ?disabled=${current >= steps.length}
            @click=${() => go(current + 1)}>›</button>`
        : html`<button type="button" class="step-start" @click=${() => go(1)}>
            Walk through the story <span class="step-count">(${steps.length} steps)</span></button>`
    }
  </div>`
}

export const stepperStyles = css`
  .stepper {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 2px 10px 6px;
  }
  /* Its start button, beside the legend; the tools keep to the right. */
  .bar .stepper {
    margin-inline-end: auto;
    padding: 0;
  }
  .step-body {
    flex: 1;
    min-width: 0;
  }
  .step-body p {
    margin: 0;
  }
  .step-count {
    font-size: 12px;
    color: var(--_muted);
  }
  .step-title {
    font-weight: 700;
    font-size: 14px;
  }
  .step-text {
    font-size: 13px;
    line-height: 1.4;
  }
  .step-nav {
    flex: none;
    width: 32px;
    height: 32px;
    padding: 0;
    font-size: 20px;
    line-height: 1;
  }
  .step-nav:disabled {
    opacity: 0.4;
    cursor: default;
  }
  /* On a phone the buttons go up beside the step's count, and the text takes the whole width: two lines
     fewer, which the graphic gets. */
  @container actor-network (max-width: 560px) {
    .story .stepper {
      display: grid;
      grid-template-columns: 1fr auto auto;
      align-items: start;
    }
    .step-body {
      grid-area: 1 / 1 / 2 / -1;
    }
    .step-nav {
      grid-area: 1 / 2;
      z-index: 1;
    }
    .step-nav:last-child {
      grid-column: 3;
    }
    .step-count {
      line-height: 32px;
    }
  }
`
