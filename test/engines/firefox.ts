/**
 * Firefox (Debian's firefox-esr) through WebDriver BiDi, driven by puppeteer-core: no download, no
 * geckodriver. BiDi has no media emulation, so the preferences are Firefox's own settings.
 */
import puppeteer from 'puppeteer-core'
import { callScript, type Launch, unwrap, VIEWPORT } from './engine.ts'

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

export const launchFirefox: Launch = async ({ reducedMotion = false, forcedColors = false }) => {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
      // 2: always use the system's colours, which is what `forced-colors: active` reports.
      'browser.display.document_color_use': forcedColors ? 2 : 0,
    },
  })
  const page = await browser.newPage()
  await page.setViewport(VIEWPORT)
  return {
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
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
