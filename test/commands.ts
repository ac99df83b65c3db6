/**
 * Browser commands for the browser tests: real mouse, wheel and keyboard input through Playwright, in the
 * test iframe's own CSS pixel coordinates (the iframe may sit at an offset, and be scaled, in the page).
 */
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node'
import type { ChurnReport } from './pages/churn.ts'

export type InputStep =
  | { type: 'move'; x: number; y: number; steps?: number }
  | { type: 'down' }
  | { type: 'up' }
  | { type: 'wheel'; x: number; y: number; dx?: number; dy: number }
  | { type: 'key-down'; key: string }
  | { type: 'key-up'; key: string }

/** Maps the test iframe's CSS pixels to the page's, where Playwright and the DevTools protocol point. */
async function toPage(context: BrowserCommandContext) {
  const frame = await context.frame()
  const box = await (await frame.frameElement()).boundingBox()
  const innerWidth = await frame.evaluate(() => window.innerWidth)
  if (!box) throw new Error('the test iframe has no box')
  const scale = box.width / innerWidth
  return (x: number, y: number) => [box.x + x * scale, box.y + y * scale] as const
}

export const input: BrowserCommand<[steps: InputStep[]]> = async (context, steps) => {
  const at = await toPage(context)
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

/** One moment of a touch gesture: the fingers on the screen, in the test iframe's CSS pixels (none lifts them all). */
export type TouchFrame = readonly { readonly x: number; readonly y: number }[]

/**
 * A real touch gesture through the DevTools protocol, finger by finger and frame by frame, as a phone's
 * touchscreen delivers it: the browser makes touch and pointer events of it, and scrolls or pinches the
 * page where the page lets it. Touch emulation is on for the gesture only.
 */
export const touch: BrowserCommand<[frames: TouchFrame[]]> = async (context, frames) => {
  const at = await toPage(context)
  const session = await context.page.context().newCDPSession(context.page)
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
  try {
    let down = 0
    let last = ''
    for (const fingers of frames) {
      const touchPoints = fingers.map((p, id) => {
        const [x, y] = at(p.x, p.y)
        return { x, y, id }
      })
      const type = fingers.length === 0 ? 'touchEnd' : fingers.length > down ? 'touchStart' : 'touchMove'
      // A frame like the one before is a finger at rest for a frame's time: lifted after a rest, a swipe
      // does not fling the page on.
      const now = JSON.stringify(touchPoints)
      if (now === last) await new Promise((resolve) => setTimeout(resolve, 16))
      last = now
      await session.send('Input.dispatchTouchEvent', { type, touchPoints })
      down = fingers.length
    }
  } finally {
    await session.send('Emulation.setTouchEmulationEnabled', { enabled: false })
    await session.detach()
  }
}

/** Emulates media for the test page: print or screen, reduced motion, forced colours, colour scheme. */
export const emulateMedia: BrowserCommand<
  [
    options: {
      media?: 'print' | 'screen'
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

/** The heap and leftovers of a mount churn, measured in a page of its own (see test/pages/churn.ts). */
export interface ChurnResult extends ChurnReport {
  /** Bytes of JS heap in use after a full collection, after the warm-up mounts and after all of them. */
  readonly heap: readonly [warm: number, after: number]
}

/**
 * Opens the churn page in a new tab, mounts and removes the widget `warmup` times, then `mounts` times
 * more, and reads the JS heap after each round through the DevTools protocol: its collection is a full,
 * precise one run outside any script, which `gc()` called from the page is not (a removed widget that a
 * stack slot happens to point at survives that one).
 */
export const churn: BrowserCommand<[options: { warmup: number; mounts: number; actors: number }]> = async (
  context,
  { warmup, mounts, actors },
) => {
  const page = await context.page.context().newPage()
  try {
    await page.setViewportSize({ width: 1024, height: 768 })
    await page.goto(new URL('/__test__/page/churn.html', context.page.url()).href)
    await page.waitForFunction(() => typeof window.churn === 'function')
    const session = await page.context().newCDPSession(page)
    const heap = async () => {
      // Detached DOM goes over a few rounds (a wrapper, then its nodes); the finalizers run in between.
      for (let i = 0; i < 4; i++) {
        await session.send('HeapProfiler.collectGarbage')
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 20)))
      }
      return (await session.send('Runtime.getHeapUsage')).usedSize
    }
    await page.evaluate(([n, size]) => window.churn(n, size), [warmup, actors] as const)
    const warm = await heap()
    await page.evaluate(([n, size]) => window.churn(n, size), [mounts, actors] as const)
    const after = await heap()
    const report = await page.evaluate(() => window.churnReport())
    return { ...report, heap: [warm, after] }
  } finally {
    await page.close()
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    input: (steps: InputStep[]) => Promise<void>
    emulateMedia: (options: {
      media?: 'print' | 'screen'
      reducedMotion?: 'reduce' | 'no-preference'
      forcedColors?: 'active' | 'none'
      colorScheme?: 'light' | 'dark'
    }) => Promise<void>
    ariaSnapshot: (selector: string) => Promise<string>
    touch: (frames: TouchFrame[]) => Promise<void>
    churn: (options: { warmup: number; mounts: number; actors: number }) => Promise<ChurnResult>
  }
}
