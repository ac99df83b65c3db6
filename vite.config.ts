/// <reference types="vitest/config" />
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.ts'
import { ariaSnapshot, churn, emulateMedia, input, touch } from './test/commands.ts'
import { validateFiles } from './test/editor/validate-command.ts'
import { testRoutes } from './test/server-routes.ts'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          // test/frameworks holds apps with their own dependencies, checked by npm run check-frameworks.
          exclude: ['test/**/*.browser.test.ts', 'test/frameworks/**'],
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
            commands: { input, emulateMedia, ariaSnapshot, churn, touch, validateFiles },
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium', viewport: { width: 1024, height: 768 } }],
          },
        },
      },
    ],
  },
})
