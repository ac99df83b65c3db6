/**
 * Browser commands for the browser tests: real mouse, wheel and keyboard input through Playwright, in the
 * test iframe's own CSS pixel coordinates (the iframe may sit at an offset, and be scaled, in the page).
 */
import type { BrowserCommand } from 'vitest/node'

export type InputStep =
  | { type: 'move'; x: number; y: number; steps?: number }
  | { type: 'down' }
  | { type: 'up' }
  | { type: 'wheel'; x: number; y: number; dx?: number; dy: number }
  | { type: 'key-down'; key: string }
  | { type: 'key-up'; key: string }

export const input: BrowserCommand<[steps: InputStep[]]> = async (context, steps) => {
  const frame = await context.frame()
  const box = await (await frame.frameElement()).boundingBox()
  const innerWidth = await frame.evaluate(() => window.innerWidth)
  if (!box) throw new Error('the test iframe has no box')
  const scale = box.width / innerWidth
  const at = (x: number, y: number) => [box.x + x * scale, box.y + y * scale] as const
  const { mouse, keyboard } = context.page
  for (const step of steps) {
    if (step.type === 'move') await mouse.move(...at(step.x, step.y), { steps: step.steps ?? 1 })
    else if (step.type === 'down') await mouse.down()
    else if (step.type === 'up') await mouse.up()
    else if (step.type === 'wheel') {
      await mouse.move(...at(step.x, step.y))
      await mouse.wheel(step.dx ?? 0, step.dy)
    } else if (step.type === 'key-down') await keyboard.down(step.key)
    else await keyboard.up(step.key)
  }
}

/** Emulates media features for the test page: reduced motion, forced colours, colour scheme. */
export const emulateMedia: BrowserCommand<
  [
    options: {
      reducedMotion?: 'reduce' | 'no-preference'
      forcedColors?: 'active' | 'none'
      colorScheme?: 'light' | 'dark'
    },
  ]
> = async (context, options) => {
  await context.page.emulateMedia(options)
}

/** Playwright's ARIA snapshot (YAML) of the first element matching `selector` in the test iframe. */
export const ariaSnapshot: BrowserCommand<[selector: string]> = async (context, selector) =>
  context.iframe.locator(selector).first().ariaSnapshot()

declare module 'vitest/browser' {
  interface BrowserCommands {
    input: (steps: InputStep[]) => Promise<void>
    emulateMedia: (options: {
      reducedMotion?: 'reduce' | 'no-preference'
      forcedColors?: 'active' | 'none'
      colorScheme?: 'light' | 'dark'
    }) => Promise<void>
    ariaSnapshot: (selector: string) => Promise<string>
  }
}
