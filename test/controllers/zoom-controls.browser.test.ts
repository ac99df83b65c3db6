/** The zoom buttons: named for screen readers, each doing what it says to the view. */
import { render } from 'lit'
import { expect, test, vi } from 'vitest'
import type { ViewController } from '../../components/view-controller.ts'
import { renderZoomControls } from '../../components/zoom-controls.ts'

test('zoom in, zoom out and fit, by name', () => {
  const view = { zoomBy: vi.fn(), fit: vi.fn() }
  const box = document.createElement('div')
  document.body.append(box)
  try {
    render(renderZoomControls(view as unknown as ViewController), box)
    const button = (name: string) => box.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)
    button('Zoom in')?.click()
    expect(view.zoomBy).toHaveBeenLastCalledWith(1.5)
    button('Zoom out')?.click()
    expect(view.zoomBy).toHaveBeenLastCalledWith(1 / 1.5)
    expect(view.fit).not.toHaveBeenCalled()
    button('Fit to view')?.click()
    expect(view.fit).toHaveBeenCalledOnce()
    expect(view.zoomBy).toHaveBeenCalledTimes(2)
    expect([...box.querySelectorAll('button')].every((b) => b.type === 'button')).toBe(true)
  } finally {
    box.remove()
  }
})
