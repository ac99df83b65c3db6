/**
 * The first paint is the final one: from the first frame that shows the network, nothing moves until the
 * reader acts. The toolbar grows when the network arrives (the legend, the tools), and a fit for the stage's
 * earlier size moved the whole network one frame after it had been drawn (41 px at 840 px wide).
 */
import { afterEach, describe, expect, test } from 'vitest'
import { commands } from 'vitest/browser'
import type { ActorNetwork } from '../components/actor-network.ts'
import { articleDataset, nodes } from './element-helpers.ts'

afterEach(async () => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
  await commands.emulateMedia({ reducedMotion: 'no-preference' })
})

interface Sample {
  transform: string
  first: { x: number; y: number }
}

/** Samples the view and an actor's place on every animation frame, from the first that shows actors. */
function sampleFrames(el: ActorNetwork, count: number): Promise<Sample[]> {
  const samples: Sample[] = []
  return new Promise((resolve) => {
    const sample = () => {
      const actor = nodes(el)[0]
      if (actor) {
        const { x, y } = actor.getBoundingClientRect()
        samples.push({ transform: JSON.stringify(el.transform), first: { x, y } })
      }
      if (samples.length < count) requestAnimationFrame(sample)
      else resolve(samples)
    }
    requestAnimationFrame(sample)
  })
}

describe('first paint', () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    for (const width of [840, 350]) {
      test(`${width} px wide${reducedMotion === 'reduce' ? ', reduced motion' : ''}: the network does not move for a second after its first frame`, async () => {
        await commands.emulateMedia({ reducedMotion })
        const el = document.createElement('actor-network')
        // No height: the widget takes its own shape, and its toolbar grows as the network arrives.
        el.style.width = `${width}px`
        document.body.append(el)
        const samples = sampleFrames(el, 60)
        el.data = articleDataset
        const [first, ...rest] = await samples
        expect(rest.length).toBe(59)
        for (const later of rest) expect(later).toEqual(first)
      })
    }
  }
})
