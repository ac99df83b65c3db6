/**
 * WebKit (WebKitGTK's MiniBrowser, Debian's webkit2gtk-driver) through its classic `WebKitWebDriver`, under
 * `xvfb-run` for a display. The few WebDriver commands used here are plain HTTP, spoken directly: the
 * WebDriver client libraries pull in driver downloaders (geckodriver, edgedriver) that fetch binaries from
 * outside the npm registry at install.
 *
 * WebKitGTK has no forced-colours mode; `prefers-reduced-motion` follows GTK's `gtk-enable-animations`,
 * set through a settings file in a configuration folder of the browser's own.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { callScript, type Key, type Launch, unwrap, VIEWPORT } from './engine.ts'

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver'
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'

/** WebDriver's code points for the keys the scenarios press. */
const KEYS: Record<Key, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
}

export const launchWebKit: Launch = async ({ reducedMotion = false }) => {
  const config = mkdtempSync(join(tmpdir(), 'webkit-config-'))
  mkdirSync(join(config, 'gtk-3.0'))
  writeFileSync(
    join(config, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`,
  )
  const port = await freePort()
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, XDG_CONFIG_HOME: config },
  })
  const stop = () => {
    stopGroup(driver)
    rmSync(config, { recursive: true, force: true })
  }
  try {
    const base = `http://127.0.0.1:${port}`
    await waitForDriver(base)
    const created = await send<{ sessionId: string; capabilities: { browserVersion: string } }>(
      base,
      'POST',
      '/session',
      {
        capabilities: {
          alwaysMatch: {
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
          },
        },
      },
    )
    const session = `/session/${created.sessionId}`
    const command = <T>(method: string, path: string, body?: unknown) =>
      send<T>(base, method, session + path, body)
    const actions = async (source: unknown) => {
      await command('POST', '/actions', { actions: [source] })
      await command('DELETE', '/actions')
    }
    const pointer = (pointerType: 'mouse' | 'touch', steps: unknown[]) =>
      actions({ type: 'pointer', id: pointerType, parameters: { pointerType }, actions: steps })
    const keys = (values: string[]) =>
      actions({
        type: 'key',
        id: 'keyboard',
        actions: values.flatMap((value) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      })
    const move = (x: number, y: number) => ({
      type: 'pointerMove',
      duration: 0,
      x: Math.round(x),
      y: Math.round(y),
    })

    // The window's size includes no toolbar with --automation, but ask rather than assume.
    await command('POST', '/window/rect', VIEWPORT)
    const inner = await command<[number, number]>('POST', '/execute/sync', {
      script: 'return [innerWidth, innerHeight]',
      args: [],
    })
    await command('POST', '/window/rect', {
      width: 2 * VIEWPORT.width - inner[0],
      height: 2 * VIEWPORT.height - inner[1],
    })

    return {
      version: `WebKitGTK ${created.capabilities.browserVersion}`,
      forcedColors: false,
      open: async (url) => void (await command('POST', '/url', { url })),
      async call(name, ...args) {
        const answer = await command('POST', '/execute/async', {
          script: `const done = arguments[arguments.length - 1]; ${callScript(name, args)}.then(done)`,
          args: [],
        })
        return unwrap(answer, name)
      },
      mouse: (steps) =>
        pointer(
          'mouse',
          steps.map((step) =>
            step.type === 'move'
              ? move(step.x, step.y)
              : { type: `pointer${step.type === 'down' ? 'Down' : 'Up'}`, button: 0 },
          ),
        ),
      press: (key) => keys([KEYS[key]]),
      type: (text) => keys([...text]),
      tap: (at) =>
        pointer('touch', [
          move(at.x, at.y),
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ]),
      screenshot: async () => Buffer.from(await command<string>('GET', '/screenshot'), 'base64'),
      async close() {
        await command('DELETE', '').catch(() => {})
        stop()
      },
    }
  } catch (error) {
    stop()
    throw error
  }
}

async function send<T>(base: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const { value } = (await response.json()) as { value: T & { error?: string; message?: string } }
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error} ${value?.message}`)
  return value
}

async function waitForDriver(base: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (
      await fetch(`${base}/status`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${WEBKIT_DRIVER} did not start`)
}

/** Ends xvfb-run, its X server and the driver: the group this process started, by its id. */
function stopGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
