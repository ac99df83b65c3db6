/**
 * What a reader does with the widget, as one list every engine runs: each scenario loads a host page,
 * acts through the driver's real input and answers with the problems a reader would notice (none: it
 * passed). Timing is never asserted: a check polls for its outcome for up to 5 s.
 */
import { clickAt, type Engine, type Key, type MouseStep, type Point } from './engine.ts'

export interface Scenario {
  readonly name: string
  /** The host page (see server.ts). */
  readonly path: string
  /** Why the scenario does not apply to this browser, if it does not. */
  readonly skip?: (engine: Engine) => string | undefined
  readonly run: (engine: Engine, problems: string[]) => Promise<void>
}

type Actor = { id: string; name: string }
type Drawn = {
  actors: number
  relations: number
  fileActors: number
  fileRelations: number
  labels: number
  overlaps: number
}

/** Polls `check` for up to 5 s: long enough for any frame to land, short enough to fail a broken build. */
export async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  return (await settle(check, Boolean)).ok
}

/** Reads until `ok` holds of the value, for up to 5 s; the last value read, and whether it did. */
export async function settle<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
): Promise<{ ok: boolean; value: T }> {
  const end = Date.now() + 5_000
  for (;;) {
    const value = await read()
    if (ok(value) || Date.now() > end) return { ok: ok(value), value }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const centre = (engine: Engine, selector: string) => engine.call<Point | null>('centre', selector)
const text = (engine: Engine, selector: string) => engine.call<string | null>('text', selector)
const count = (engine: Engine, selector: string) => engine.call<number>('count', selector)

/** Waits for the drawing, and expects it whole; the actors in document order. */
async function drawn(engine: Engine, problems: string[]): Promise<Actor[]> {
  const seen = await engine.call<Drawn>('drawn')
  if (seen.actors !== seen.fileActors)
    problems.push(`${seen.actors} actors drawn, the dataset has ${seen.fileActors}`)
  if (seen.relations !== seen.fileRelations)
    problems.push(`${seen.relations} relations drawn, the dataset has ${seen.fileRelations}`)
  return engine.call<Actor[]>('actors')
}

/** Clicks the centre of the widget's first `selector`; false (and a problem) when it is not there. */
async function click(engine: Engine, selector: string, problems: string[]): Promise<boolean> {
  const at = await centre(engine, selector)
  if (!at) {
    problems.push(`nothing to click: ${selector}`)
    return false
  }
  await engine.mouse(clickAt(at))
  return true
}

/** Drags actor `id` by (60, 40) in ten moves; resolves to where its glyph's centre should end. */
async function dragActor(engine: Engine, id: string): Promise<Point> {
  const at = (await engine.call<Point>('actorCentre', id)) as Point
  const steps: MouseStep[] = [{ type: 'move', ...at }, { type: 'down' }]
  for (let step = 1; step <= 10; step++) steps.push({ type: 'move', x: at.x + 6 * step, y: at.y + 4 * step })
  steps.push({ type: 'up' })
  await engine.mouse(steps)
  return { x: at.x + 60, y: at.y + 40 }
}

const distance = (a: Point | null, b: Point) => (a ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN)

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'first render: every actor and relation, labels without overlap',
    path: '/',
    async run(engine, problems) {
      await drawn(engine, problems)
      const seen = await engine.call<Drawn>('drawn')
      if (seen.labels < seen.actors / 2) problems.push(`only ${seen.labels} of ${seen.actors} labels shown`)
      if (seen.overlaps) problems.push(`${seen.overlaps} pairs of labels overlap`)
    },
  },
  {
    name: 'hover: the tooltip names the actor, the unrelated dim',
    path: '/',
    async run(engine, problems) {
      const [actor] = await drawn(engine, problems)
      if (!actor) return
      await engine.mouse([
        { type: 'move', ...((await engine.call<Point>('actorCentre', actor.id)) as Point) },
      ])
      const { ok, value: tip } = await settle(
        () => text(engine, '[part="tooltip"]'),
        (tip) => !!tip?.includes(actor.name),
      )
      if (!ok) problems.push(`hovering "${actor.name}" showed ${tip === null ? 'no tooltip' : `"${tip}"`}`)
      if (
        !(await eventually(async () => (await engine.call<string[]>('actorsIn', 'node--dimmed')).length > 0))
      )
        problems.push('hovering an actor dimmed nothing')
    },
  },
  {
    name: 'drag: the actor ends under the pointer',
    path: '/',
    async run(engine, problems) {
      const [actor] = await drawn(engine, problems)
      if (!actor) return
      const target = await dragActor(engine, actor.id)
      const { ok, value: off } = await settle(
        async () => distance(await engine.call<Point>('actorCentre', actor.id), target),
        (off) => off <= 2,
      )
      if (!ok) problems.push(`a dragged actor ended ${off.toFixed(1)} px from the pointer`)
    },
  },
  {
    name: 'legend: a toggle hides its relations and shows them again',
    path: '/',
    async run(engine, problems) {
      await drawn(engine, problems)
      const cooperation = '[part~="edge"][data-relation-type="cooperation"]'
      const before = await count(engine, cooperation)
      const toggle = '[part~="legend-toggle"][data-relation-type="cooperation"]'
      if (!before) problems.push('no cooperation relations drawn')
      if (!(await click(engine, toggle, problems))) return
      if (!(await eventually(async () => (await count(engine, cooperation)) === 0)))
        problems.push('the legend did not hide cooperation relations')
      if ((await engine.call('attribute', toggle, 'aria-pressed')) !== 'false')
        problems.push('the hidden type’s toggle is not aria-pressed="false"')
      await click(engine, toggle, problems)
      if (!(await eventually(async () => (await count(engine, cooperation)) === before)))
        problems.push('the legend did not show cooperation relations again')
    },
  },
  {
    name: 'keyboard: one tab stop, arrows reach every actor, Enter selects',
    path: '/',
    async run(engine, problems) {
      const actors = await drawn(engine, problems)
      type Focus = { actor: string | null; where: string }
      const focused = () => engine.call<Focus>('focused')
      // In from the page's button before the widget: Tab until an actor has focus.
      await engine.call('focusPage', 'before')
      let entered: Focus | undefined
      for (let tab = 0; tab < 30 && !entered?.actor; tab++) {
        await engine.press('Tab')
        entered = await focused()
      }
      if (!entered?.actor) return void problems.push('Tab never reached the graphic')
      await engine.press('Tab')
      const next = await focused()
      if (next.actor) problems.push(`a second Tab stayed in the graphic, on "${next.actor}"`)

      // Every actor by arrows alone: from each actor reached, each arrow once.
      const reached = new Set([entered.actor])
      const queue = [entered.actor]
      const arrows: Key[] = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']
      for (let from = queue.shift(); from; from = queue.shift())
        for (const arrow of arrows) {
          await engine.call('focusActor', from)
          await engine.press(arrow)
          const to = (await focused()).actor
          if (to && !reached.has(to)) {
            reached.add(to)
            queue.push(to)
          }
        }
      const missed = actors.filter((actor) => !reached.has(actor.id)).map((actor) => actor.id)
      if (missed.length) problems.push(`arrow keys never reach ${missed.join(', ')}`)

      const target = actors[1]?.id ?? ''
      await engine.call('focusActor', target)
      await engine.press('Enter')
      if (
        !(await eventually(
          async () => (await engine.call<string[]>('actorsIn', 'node--selected'))[0] === target,
        ))
      )
        problems.push('Enter on a focused actor did not select it')
    },
  },
  {
    name: 'search: typing suggests actors, Enter chooses one',
    path: '/',
    async run(engine, problems) {
      const actors = await drawn(engine, problems)
      const wanted = actors.find((actor) => actor.name.includes('Rodríguez'))
      if (!wanted) return void problems.push('the dataset has no "Rodríguez" to search for')
      if (!(await click(engine, 'input[type="search"]', problems))) return
      await engine.type('Rodr')
      if (!(await eventually(async () => !!(await text(engine, '[role="listbox"]'))?.includes(wanted.name))))
        return void problems.push(`typing "Rodr" did not suggest "${wanted.name}"`)
      await engine.press('ArrowDown')
      await engine.press('Enter')
      if (
        !(await eventually(
          async () => (await engine.call<string[]>('actorsIn', 'node--selected')).length === 1,
        ))
      )
        problems.push('Enter on a suggestion selected no actor')
    },
  },
  {
    name: 'details: a click opens the actor’s details, a relation shows its quotes',
    path: '/',
    async run(engine, problems) {
      const [actor] = await drawn(engine, problems)
      if (!actor) return
      await engine.mouse(clickAt((await engine.call<Point>('actorCentre', actor.id)) as Point))
      if (!(await eventually(async () => !!(await text(engine, '[part="details"]'))?.includes(actor.name))))
        return void problems.push(`a click on "${actor.name}" did not open its details`)
      if (!(await click(engine, '.relation-link', problems))) return
      if (!(await eventually(async () => (await engine.call('quoteInDetails')) !== null)))
        problems.push('a relation’s details show none of its verbatim quotes')
    },
  },
  {
    name: 'table view: every actor and relation as table rows',
    path: '/',
    async run(engine, problems) {
      const seen = await engine.call<Drawn>('drawn')
      if (!(await click(engine, '[part="view-toggle"]', problems))) return
      const expected = [seen.fileActors, seen.fileRelations]
      const { ok, value: rows } = await settle(
        () => engine.call<number[]>('tableRows'),
        (rows) => `${rows}` === `${expected}`,
      )
      if (!ok)
        problems.push(`the tables have ${rows.join(' and ') || 'no'} rows, not ${expected.join(' and ')}`)
    },
  },
  {
    name: 'story: the steps show their text and highlight their relations',
    path: '/',
    async run(engine, problems) {
      await drawn(engine, problems)
      const steps = await engine.call<string[]>('steps')
      if (!(await click(engine, '.step-start', problems))) return
      const showing = (step: string | undefined) => async () =>
        !!step && !!(await text(engine, '[part="stepper"]'))?.includes(step)
      if (!(await eventually(showing(steps[0])))) problems.push('the first step’s text is not shown')
      if ((await engine.call<string[]>('actorsIn', 'node--dimmed')).length === 0)
        problems.push('the first step highlights nothing')
      if (!(await click(engine, '[aria-label="Next step"]', problems))) return
      if (!(await eventually(showing(steps[1])))) problems.push('Next did not show the second step')
    },
  },
  {
    name: 'exports: the Download menu saves an SVG and a PNG of the view',
    path: '/?png',
    async run(engine, problems) {
      const seen = await engine.call<Drawn>('drawn')
      await engine.call('catchDownloads')
      for (const [index, item] of ['SVG', 'PNG'].entries()) {
        if (!(await click(engine, '.export > summary', problems))) return
        const button = `.export-menu button:nth-of-type(${index + 1})`
        if (!(await eventually(async () => (await centre(engine, button)) !== null)))
          return void problems.push(`the Download menu shows no ${item} item`)
        await click(engine, button, problems)
      }
      type Saved = {
        name: string
        type: string
        actors?: number
        relations?: number
        width?: number
        height?: number
      }
      const { value: saved } = await settle(
        () => engine.call<Saved[]>('downloads'),
        (saved) => saved.length === 2,
      )
      const svg = saved.find((file) => file.type === 'image/svg+xml')
      const png = saved.find((file) => file.type === 'image/png')
      if (
        !svg?.name.endsWith('.svg') ||
        svg.actors !== seen.fileActors ||
        svg.relations !== seen.fileRelations
      )
        problems.push(`the SVG export: ${JSON.stringify(svg ?? 'none saved')}`)
      if (!png?.name.endsWith('.png') || (png.width ?? 0) < 1000 || (png.height ?? 0) < 1000)
        problems.push(`the PNG export: ${JSON.stringify(png ?? 'none saved')}`)
    },
  },
  {
    name: 'touch: a tap selects an actor, a tap on the background clears it',
    path: '/',
    skip: (engine) => (engine.tap ? undefined : 'the driver has no touch input'),
    async run(engine, problems) {
      const [actor] = await drawn(engine, problems)
      const tap = engine.tap
      if (!actor || !tap) return
      await tap((await engine.call<Point>('actorCentre', actor.id)) as Point)
      const selected = async () => (await engine.call<string[]>('actorsIn', 'node--selected')).join()
      if (!(await eventually(async () => (await selected()) === actor.id)))
        return void problems.push(`a tap on "${actor.name}" did not select it`)
      await tap((await engine.call<Point>('emptySpot')) as Point)
      if (!(await eventually(async () => (await selected()) === '')))
        problems.push('a tap on the background did not clear the selection')
    },
  },
  {
    name: 'bad inputs: each one a located message and an error event, through src and data',
    path: '/empty',
    async run(engine, problems) {
      const result = await engine.call<{ inputs: number; fed: number; problems: string[] }>('badInputs')
      problems.push(...result.problems)
      if (result.fed < result.inputs) problems.push(`only ${result.fed} feeds for ${result.inputs} inputs`)
    },
  },
]

/** Run in a browser started with `prefers-reduced-motion: reduce` (and forced colours where there are). */
export const PREFERENCE_SCENARIOS: readonly Scenario[] = [
  {
    name: 'reduced motion: a drag moves the dragged actor and nothing else',
    path: '/',
    async run(engine, problems) {
      const [actor] = await drawn(engine, problems)
      if (!actor) return
      if (!(await engine.call<{ reducedMotion: boolean }>('media')).reducedMotion)
        return void problems.push('the browser does not report prefers-reduced-motion: reduce')
      const before = await engine.call<Record<string, Point>>('positions')
      const target = await dragActor(engine, actor.id)
      if (
        !(await eventually(
          async () => distance(await engine.call<Point>('actorCentre', actor.id), target) <= 2,
        ))
      )
        problems.push('the dragged actor did not follow the pointer')
      // Time for any motion to show: a frame or two would do, this leaves no doubt.
      await new Promise((resolve) => setTimeout(resolve, 500))
      const after = await engine.call<Record<string, Point>>('positions')
      const moved = Object.keys(before).filter(
        (id) => id !== actor.id && distance(after[id] ?? null, before[id] as Point) > 0.5,
      )
      if (moved.length) problems.push(`dragging one actor moved ${moved.length} others`)
    },
  },
  {
    name: 'forced colours: relations, actors and labels keep a system colour, types keep their dashes',
    path: '/',
    skip: (engine) => (engine.forcedColors ? undefined : 'the engine has no forced-colours mode'),
    async run(engine, problems) {
      await drawn(engine, problems)
      if (!(await engine.call<{ forcedColors: boolean }>('media')).forcedColors)
        return void problems.push('the browser does not report forced-colors: active')
      type Paint = Record<'cooperation' | 'opposition' | 'glyph' | 'label', Record<string, string>> & {
        background: string
      }
      const paint = await engine.call<Paint>('paint')
      const invisible = (colour: string | undefined) =>
        !colour ||
        colour === 'none' ||
        colour === 'transparent' ||
        colour === paint.background ||
        /^rgba\(.*, 0\)$/.test(colour)
      if (invisible(paint.cooperation.stroke))
        problems.push(`relations are stroked ${paint.cooperation.stroke}`)
      if (invisible(paint.glyph.fill)) problems.push(`actors are filled ${paint.glyph.fill}`)
      if (invisible(paint.label.fill)) problems.push(`labels are filled ${paint.label.fill}`)
      if (paint.cooperation.dash === paint.opposition.dash)
        problems.push(`cooperation and opposition share the dash pattern ${paint.cooperation.dash}`)
    },
  },
]
