/**
 * `npm run check-frameworks`, after `npm run build`: the package as a user installs it (`npm pack`), in a
 * minimal app of each framework in this folder (their own package.json, one lockfile for all, installed here
 * and never by the widget's own install). Each app is type-checked with its framework's checker, built with
 * Vite and driven in Chromium: the dataset arrives as a property, the app's button changes the `relations`
 * attribute and the filter follows, a click on an actor reaches the app's handler with the actor from the
 * event's typed detail, and the built app holds one copy of Lit. The SvelteKit app is rendered on the
 * server: the element and its fallback link are in the server's HTML, and it upgrades with no hydration
 * warning. Fails (exit 1) on the first app that breaks any of it, or on any console error or warning.
 */
import { execFileSync, spawn } from 'node:child_process'
import { readdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const HERE = fileURLToPath(new URL('./', import.meta.url))
const dataset = JSON.parse(readFileSync(join(ROOT, 'data/ratcliffe-rodriguez-caracas.json'), 'utf8'))

/** The actor the check clicks, and what the apps show for it: the name and kind from the event. */
const ACTOR = 'rodriguez'
const actor = dataset.actors.find((candidate: { id: string }) => candidate.id === ACTOR)
const SHOWN = `${actor.name} (${actor.kind})`
const COOPERATION = dataset.relations.filter((relation: { type: string }) => relation.type === 'cooperation')

interface Host {
  /** The app's folder here, and its workspace's package name `host-<dir>`. */
  dir: string
  /** Where Vite writes the client build. */
  assets: string
  /** A server-rendering app is served by its own server; the others as static files. */
  ssr: boolean
}

const ALL_HOSTS: Host[] = [
  { dir: 'react', assets: 'dist', ssr: false },
  { dir: 'vue', assets: 'dist', ssr: false },
  { dir: 'solid', assets: 'dist', ssr: false },
  { dir: 'svelte-kit', assets: '.svelte-kit/output/client', ssr: true },
]

/** `npm run check-frameworks -- vue` checks one app; no argument, all of them. */
const HOSTS = ALL_HOSTS.filter((host) => process.argv.length <= 2 || process.argv.includes(host.dir))

const run = (command: string, args: string[], cwd = HERE) => {
  console.log(`$ ${[command, ...args].join(' ')}`)
  execFileSync(command, args, { cwd, stdio: 'inherit' })
}

function fail(message: string): never {
  throw new Error(message)
}

/** The package as published: packed from the current build, then installed from the tarball. */
function packAndInstall() {
  const built = join(ROOT, 'dist/types/react.d.ts')
  if (!statSync(built, { throwIfNoEntry: false })) fail('no dist/types: run `npm run build` first')
  // The lockfile names the tarball without its checksum, which changes with every build: with one, npm
  // would install its cached copy of an older build.
  const lock = JSON.parse(readFileSync(join(HERE, 'package-lock.json'), 'utf8'))
  if (lock.packages['node_modules/actor-network']?.integrity) {
    fail('test/frameworks/package-lock.json pins the packed tarball\'s checksum: delete its "integrity"')
  }
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', HERE], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim()
  renameSync(join(HERE, packed), join(HERE, 'actor-network.tgz'))
  run('npm', ['ci', '--no-audit', '--no-fund'])
  const installed = join(HERE, 'node_modules/actor-network/dist/types/react.d.ts')
  if (readFileSync(installed, 'utf8') !== readFileSync(built, 'utf8')) fail('installed a stale actor-network')
}

/** Lit announces each copy of its modules in a global list: a second copy would push a second time. */
function oneCopyOfLit({ dir, assets }: Host) {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
    )
  const code = files(join(HERE, dir, assets))
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')
  for (const marker of ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions']) {
    const copies = code.split(marker).length - 1
    if (copies !== 1)
      fail(`${dir}: the built app has ${copies} copies of ${marker} (one copy of Lit expected)`)
  }
}

async function drive(host: Host) {
  const server = host.ssr ? await preview(host) : await serveStatic(join(HERE, host.dir, host.assets))
  const origin = `http://127.0.0.1:${server.port}`
  const page = await browser.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  try {
    if (host.ssr) await serverRendered(origin)
    await page.goto(origin)
    await app(page, host.dir)
    const copies = await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions)
    if (copies?.length !== 1) fail(`${host.dir}: ${copies?.length ?? 0} copies of Lit ran in the page`)
    if (problems.length) fail(`${host.dir}: the console says\n  ${problems.join('\n  ')}`)
  } finally {
    await page.close()
    await server.close()
  }
}

/** What the reader and the app see, step by step, in every app alike. */
async function app(page: Page, dir: string) {
  const network = page.locator('actor-network')
  const nodes = network.locator('[part~="node"]')
  const edges = network.locator('[part~="edge"]')
  await expectCount(nodes, dataset.actors.length, `${dir}: actors drawn from the dataset`)
  // Lit takes `data` as a property only (no attribute): a framework that wrote it as an attribute would
  // leave it unset. (SvelteKit's server writes `data="[object Object]"` too, which the element ignores.)
  const asProperty = await network.evaluate(
    (element: HTMLElement & { data?: { title: string } }) => element.data?.title,
  )
  if (asProperty !== dataset.title) fail(`${dir}: the dataset did not arrive as the \`data\` property`)
  await expectCount(edges, dataset.relations.length, `${dir}: relations drawn`)

  await page.locator('#cooperation-only').click()
  if ((await network.getAttribute('relations')) !== 'cooperation') {
    fail(`${dir}: the app's state did not reach the \`relations\` attribute`)
  }
  await expectCount(edges, COOPERATION.length, `${dir}: relations left by the filter`)
  const pressed = await network
    .locator('[part~="legend-toggle"]')
    .evaluateAll((toggles) => toggles.map((t) => `${t.dataset.relationType}=${t.ariaPressed}`).join(' '))
  if (pressed !== 'cooperation=true negotiation=false opposition=false') {
    fail(`${dir}: the legend shows ${pressed} after the filter changed`)
  }

  const box = await network.locator(`[data-actor-id="${ACTOR}"] .glyph`).boundingBox()
  if (!box) fail(`${dir}: actor ${ACTOR} is not drawn`)
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForFunction((text) => document.querySelector('#selected')?.textContent === text, SHOWN, {
    timeout: 10_000,
  })
}

/** Waits for the count the reader would see, up to 15 s (the widget lays out before it draws). */
async function expectCount(locator: ReturnType<Page['locator']>, count: number, what: string) {
  const deadline = Date.now() + 15_000
  let actual = await locator.count()
  while (actual !== count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    actual = await locator.count()
  }
  if (actual !== count) fail(`${what}: ${actual}, expected ${count}`)
}

/** The server's HTML before any script runs: the element, with its fallback link to the data. */
async function serverRendered(origin: string) {
  const response = await fetch(origin)
  const html = await response.text()
  if (!response.ok) fail(`svelte-kit: the server answered ${response.status}`)
  const element = html.match(/<actor-network\b[\s\S]*?<\/actor-network>/)?.[0]
  if (!element) fail('svelte-kit: no <actor-network> in the server-rendered HTML')
  if (!/<a [^>]*href="[^"]*ratcliffe-rodriguez-caracas\.json"/.test(element)) {
    fail(`svelte-kit: the fallback link to the data is not in the server-rendered element:\n${element}`)
  }
}

interface Running {
  port: number
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

async function serveStatic(folder: string): Promise<Running> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const file = join(folder, path === '/' ? 'index.html' : path)
    if (!file.startsWith(folder) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end()
      return
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return listening(server)
}

async function listening(server: Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** `vite preview` serves a SvelteKit build with its server rendering, on a port that was free a moment ago. */
async function preview({ dir }: Host): Promise<Running> {
  const probe = await listening(createServer())
  await probe.close()
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', `${probe.port}`, '--strictPort'],
    {
      cwd: join(HERE, dir),
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    },
  )
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${dir}: vite preview exited with ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`${probe.port}`)) resolve()
    })
  })
  return {
    port: probe.port,
    close: async () => {
      child.removeAllListeners('exit')
      if (child.pid) process.kill(-child.pid)
    },
  }
}

packAndInstall()
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
try {
  for (const host of HOSTS) {
    console.log(`\n== ${host.dir}`)
    run('npm', ['run', 'typecheck', '-w', `host-${host.dir}`])
    run('npm', ['run', 'build', '-w', `host-${host.dir}`])
    oneCopyOfLit(host)
    await drive(host)
    console.log(`${host.dir}: typed, built, one Lit, works in the browser`)
  }
} finally {
  await browser.close()
}
console.log(`\n${HOSTS.length} passed, 0 failed`)
