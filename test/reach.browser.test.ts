/**
 * Every actor within reach: in the fitted view, the pointer at an actor's centre must land on that actor's
 * own glyph, so that it can be seen, hovered and dragged where it is drawn (not only found by search).
 */
import { afterEach, expect, test } from 'vitest'
import type { ActorNetwork } from '../components/actor-network.ts'
import { generateDataset } from './bench/generate.ts'
import { mount, nodes, shadow } from './element-helpers.ts'

afterEach(() => {
  for (const el of document.querySelectorAll('actor-network')) el.remove()
})

/** The share of actors whose own glyph is what the pointer hits at their centre. */
function reach(el: ActorNetwork): number {
  const all = nodes(el)
  const hit = all.filter((node) => {
    // The actor's centre is its glyph's (circle, square and diamond are all symmetric about it).
    const glyph = node.querySelector('.glyph')?.getBoundingClientRect()
    if (!glyph) return false
    const hit = shadow(el).elementFromPoint(glyph.x + glyph.width / 2, glyph.y + glyph.height / 2)
    return hit?.closest('.node') === node
  })
  return hit.length / all.length
}

// The networks of test/pages/large-preview.html (3 relations per actor), in the box the issue measured: one
// drawn the careful way, one past the large layout's switch, and two crowded ones, whose glyphs are drawn
// smaller than the layout's scale (see CROWDED in the painter). Measured: 100 %, 100 %, 97 % and 98 %; drawn
// to the layout's scale, 1,000 actors gave 85 % and 2,000 gave 73 %.
for (const actors of [120, 400, 1000, 2000])
  test(`${actors} actors: at least 95 % of actors are hit at their own centre in the fitted view`, async () => {
    const el = await mount(generateDataset({ actors, seed: 1, relationsPerActor: 3 }), {
      width: 1000,
      height: 800,
    })
    expect(nodes(el)).toHaveLength(actors)
    expect(reach(el)).toBeGreaterThanOrEqual(0.95)
  }, 60_000)
