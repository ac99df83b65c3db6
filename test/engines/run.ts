/**
 * `npm run check-engines`, after `npm run build`: the built bundle under a strict Content-Security-Policy,
 * in Chromium, Firefox and WebKit, through the scenarios of scenarios.ts. Each engine's first render is
 * saved to test/engines/shots/ (kept out of the repository) and compared with Chromium's: a graphic that is
 * empty or half drawn fails. Exit 1 on any problem; `--only=firefox,webkit` runs some of the engines.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchChromium } from './chromium.ts'
import type { Engine, Launch } from './engine.ts'
import { launchFirefox } from './firefox.ts'
import { PREFERENCE_SCENARIOS, SCENARIOS, type Scenario } from './scenarios.ts'
import { serve } from './server.ts'
import { compareInk, type Ink, inkOf } from './shots.ts'
import { launchWebKit } from './webkit.ts'

const SHOTS = fileURLToPath(new URL('./shots/', import.meta.url))
const ENGINES: Record<string, Launch> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
}
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')

const { origin, server } = await serve()
mkdirSync(SHOTS, { recursive: true })
const failures: string[] = []
const versions: string[] = []
let reference: Ink | undefined

/** Runs `scenarios` in a fresh browser of one engine; a problem is prefixed with the engine and the scenario. */
async function runAll(name: string, engine: Engine, scenarios: readonly Scenario[]) {
  for (const scenario of scenarios) {
    const skipped = scenario.skip?.(engine)
    if (skipped) {
      console.log(`  - ${scenario.name}: not run, ${skipped}`)
      continue
    }
    const problems: string[] = []
    const started = Date.now()
    try {
      await engine.open(origin + scenario.path)
      await scenario.run(engine, problems)
      if (scenario === SCENARIOS[0]) await checkShot(name, engine, problems)
      const probe = await engine.call<{ violations: string[]; errors: string[] }>('probe')
      problems.push(
        ...probe.violations.map((v) => `CSP violation: ${v}`),
        ...probe.errors.map((e) => `error: ${e}`),
      )
    } catch (error) {
      problems.push(`the check broke: ${error instanceof Error ? error.message : error}`)
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`  ${problems.length ? '✗' : '✓'} ${scenario.name} (${seconds} s)`)
    for (const problem of problems) {
      console.log(`      ${problem}`)
      failures.push(`${name}: ${scenario.name}: ${problem}`)
    }
  }
}

/** Saves the first render and compares its ink with Chromium's (the first engine run). */
async function checkShot(name: string, engine: Engine, problems: string[]) {
  const graph = (
    await engine.call<{ graph: { x: number; y: number; width: number; height: number } }>('drawn')
  ).graph
  const png = await engine.screenshot()
  writeFileSync(`${SHOTS}${name}.png`, png)
  const ink = inkOf(png, graph)
  if (!reference) reference = ink
  problems.push(...compareInk(ink, reference))
}

try {
  for (const [name, launch] of Object.entries(ENGINES)) {
    if (only && !only.includes(name)) continue
    const started = Date.now()
    let engine = await launch({})
    versions.push(engine.version)
    console.log(`${engine.version}:`)
    try {
      await runAll(name, engine, SCENARIOS)
    } finally {
      await engine.close()
    }
    engine = await launch({ reducedMotion: true, forcedColors: true })
    try {
      await runAll(name, engine, PREFERENCE_SCENARIOS)
    } finally {
      await engine.close()
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`)
  }
} finally {
  server.close()
}

if (failures.length) {
  console.error(`\nThe built bundle failed ${failures.length} checks:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
console.log(`\ndist/actor-network.js passes every scenario in ${versions.join(', ')}`)
// The server's keep-alive sockets and the drivers' handles would keep Node waiting.
process.exit(0)
