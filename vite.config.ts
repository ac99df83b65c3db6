/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vite'
import { ariaSnapshot, churn, emulateMedia, input } from './test/commands.ts'
import { testRoutes } from './test/server-routes.ts'

/** Debian's Chromium: Playwright's own browser download does not work on our machines. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // gc() and unrounded performance.memory, for heap readings taken from a page's own script.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
]

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
        },
      },
      {
        plugins: [testRoutes()],
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          // One file at a time: the tests drive the one real mouse and keyboard, and on our 2-core machines
          // parallel files only contend anyway.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            commands: { input, emulateMedia, ariaSnapshot, churn },
            provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
          },
        },
      },
    ],
  },
})
