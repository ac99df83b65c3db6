/** Chromium (Debian's build) through Playwright: the engine the rest of the suite runs in, and the reference. */
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'
import { callScript, type Launch, unwrap, VIEWPORT } from './engine.ts'

export const launchChromium: Launch = async ({ reducedMotion = false, forcedColors = false }) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const context = await browser.newContext({
    viewport: VIEWPORT,
    hasTouch: true,
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
    forcedColors: forcedColors ? 'active' : 'none',
  })
  const page = await context.newPage()
  return {
    version: `Chromium ${browser.version()}`,
    forcedColors,
    open: async (url) => void (await page.goto(url)),
    call: async (name, ...args) => unwrap(await page.evaluate(callScript(name, args)), name),
    async mouse(steps) {
      for (const step of steps)
        if (step.type === 'move') await page.mouse.move(step.x, step.y)
        else await page.mouse[step.type]()
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    tap: (at) => page.touchscreen.tap(at.x, at.y),
    screenshot: () => page.screenshot(),
    close: () => browser.close(),
  }
}
