/**
 * StoryController on its own: a step's actors (those it names and the ends of its relations) and
 * relations, the stepper it renders, `step-change` as the reader walks, clamped to the steps there are.
 */
import { html } from 'lit'
import { expect, test, vi } from 'vitest'
import type { StepChangeEvent } from '../../components/events.ts'
import { StoryController } from '../../components/story-controller.ts'
import type { Dataset } from '../../src/dataset.ts'
import { record } from '../element-helpers.ts'
import { copyOfValidDataset } from '../fixtures.ts'
import { connect, createHost, drawnData, fakeParts } from './host.ts'

/** The fixture's step, and a second one that names one actor and lights a relation between two others. */
function twoSteps(): Dataset {
  const dataset = copyOfValidDataset()
  return {
    ...dataset,
    steps: [
      ...(dataset.steps ?? []),
      {
        id: 'the-lease',
        title: 'The lease',
        text: 'The council and the port authority drafted it.',
        actors: ['costa'],
        relations: ['council-port-lease'],
      },
    ],
  }
}

async function setup(step = 0) {
  const host = createHost()
  host.step = step
  const view = { fit: vi.fn() }
  const selection = { paint: vi.fn() }
  const url = { write: vi.fn() }
  const story = new StoryController(host, fakeParts({ data: drawnData(twoSteps()), view, selection, url }))
  host.content = () => html`${story.render()}`
  await connect(host)
  const changes = record<StepChangeEvent>(host, 'step-change')
  const button = (name: string) =>
    [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.getAttribute('aria-label') === name || b.textContent?.includes(name),
    ) as HTMLButtonElement
  return { host, story, view, selection, url, changes, button }
}

const ids = (nodes: readonly { id: string }[] | undefined) => nodes?.map((n) => n.id).sort()

test('step 0 is the whole network: no step actors, no lit relations', async () => {
  const { story } = await setup()
  expect(story.nodes()).toBeUndefined()
  expect(story.relations().size).toBe(0)
})

test('a step’s actors are those it names and the ends of its relations', async () => {
  const { host, story } = await setup(2)
  expect(ids(story.nodes())).toEqual(['city-council', 'costa', 'port-authority'])
  expect([...story.relations()]).toEqual(['council-port-lease'])
  host.step = 1
  expect(ids(story.nodes())).toEqual(['costa', 'dockworkers'])
})

test('walking the stepper fires `step-change` with the step and its title', async () => {
  const { host, changes, button } = await setup()
  button('Walk through the story').click()
  expect(host.step).toBe(1)
  await host.updateComplete
  button('Next step').click()
  await host.updateComplete
  button('Previous step').click()
  await host.updateComplete
  expect(changes.map((e) => [e.detail.step, e.detail.title])).toEqual([
    [1, 'Talks and a strike'],
    [2, 'The lease'],
    [1, 'Talks and a strike'],
  ])
  expect(host.shadowRoot?.textContent).toContain('Step 1 of 2')
})

test('a step past the last is brought back to the last', async () => {
  // A host (or a shared link) set step 7 of 2: the stepper offers the start; ← asks for step 6.
  const { host, changes } = await setup(7)
  const stepper = host.shadowRoot?.querySelector('.stepper') as HTMLElement
  stepper.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }))
  expect(host.step).toBe(2)
  expect(changes.map((e) => e.detail.step)).toEqual([2])
})

test('back to the start, the focus stays in the stepper', async () => {
  const { host, button } = await setup(1)
  button('Previous step').focus()
  button('Previous step').click()
  await host.updateComplete
  await host.updateComplete
  expect(host.step).toBe(0)
  expect(host.shadowRoot?.activeElement?.textContent).toContain('Walk through the story')
})

test('show() frames the step, lights it and writes the URL', async () => {
  const { story, view, selection, url } = await setup(1)
  story.show()
  expect(view.fit).toHaveBeenCalledOnce()
  expect(selection.paint).toHaveBeenCalledOnce()
  expect(url.write).toHaveBeenCalledOnce()
})

test('no stepper before a network is drawn', async () => {
  const host = createHost()
  const story = new StoryController(host, fakeParts({ data: { ...drawnData(twoSteps()), ready: undefined } }))
  host.content = () => html`${story.render()}`
  await connect(host)
  expect(host.shadowRoot?.querySelector('.stepper')).toBeNull()
})
