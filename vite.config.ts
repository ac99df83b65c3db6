/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vite'
import { ariaSnapshot, emulateMedia, input } from './test/commands.ts'
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
  // For the lifecycle test's heap measurement: gc() and unrounded performance.memory.
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
          // One file at a time: the lifecycle test measures the page's JS heap, which files running
          // alongside it would inflate; and on our 2-core machines parallel files only contend anyway.
          fileParallelism: false,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            commands: { input, emulateMedia, ariaSnapshot },
            provider: playwright({ launchOptions: { executablePath: chromium, args: chromiumArgs } }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
          },
        },
      },
    ],
  },
})
