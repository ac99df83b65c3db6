/**
 * The workbench driven as an editor drives it, on a short fictional article: paste the text, add actors and
 * relations by selecting passages with the real mouse (and keyboard), export, and check the exported file
 * with the real command line. Then reload, undo and redo every step, open bad files, and two tabs.
 */
import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { commands, page, userEvent } from 'vitest/browser'
import '../../components/editor/actor-network-editor.ts'
import type { ActorNetwork } from '../../components/actor-network.ts'
import type { ActorNetworkEditor } from '../../components/editor/actor-network-editor.ts'
import { checkDatasetText } from '../../src/check-text.ts'
import { STORAGE_KEY } from '../../src/editor/saved.ts'
import type { Work } from '../../src/editor/work.ts'
import { checkEvidence } from '../../src/evidence.ts'
import { until } from '../async-helpers.ts'
import { centre, click, edgeMiddle, frames, hover, node } from '../element-helpers.ts'
import articleText from './council-water.txt?raw'

const ARTICLE = articleText.trim()

let editor: ActorNetworkEditor

async function mountEditor() {
  editor = document.createElement('actor-network-editor')
  document.body.append(editor)
  await editor.updateComplete
  return editor
}

beforeEach(async () => {
  localStorage.removeItem(STORAGE_KEY)
  await page.viewport(1024, 768)
  await commands.input([{ type: 'move', x: 0, y: 0 }])
})
afterEach(() => {
  for (const el of document.querySelectorAll('actor-network-editor')) el.remove()
  getSelection()?.removeAllRanges()
  window.scrollTo(0, 0)
})

const settle = async () => {
  await editor.updateComplete
  await frames(2)
}

const button = (name: string | RegExp) => page.getByRole('button', { name })
const field = (label: string | RegExp) => page.getByLabelText(label, { exact: typeof label === 'string' })

/** Selects `passage` of the article with the real mouse: pressed on its first letter's left half, released on its last's right half. */
async function selectInArticle(passage: string) {
  const container = editor.querySelector('.article-text') as HTMLElement
  const at = textOf(container).indexOf(passage)
  if (at < 0) throw new Error(`not in the article: ${passage}`)
  const box = (from: number, to: number) => rangeBetween(container, from, to).getBoundingClientRect()
  // Scroll the passage into the article's box, and the article into the window.
  container.scrollTop += box(at, at + 1).top - container.getBoundingClientRect().top - 30
  window.scrollBy(0, box(at, at + 1).top - 250)
  await frames(1)
  const first = box(at, at + 1)
  const last = box(at + passage.length - 1, at + passage.length)
  await commands.input([
    { type: 'move', x: first.left + 1, y: first.top + first.height / 2 },
    { type: 'down' },
    { type: 'move', x: last.right - 1, y: last.top + last.height / 2, steps: 8 },
    { type: 'up' },
  ])
  await settle()
  expect(getSelection()?.toString().replace(/\s+/g, ' ')).toBe(passage)
}

const textNodes = (container: HTMLElement) => {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
  const nodes: Text[] = []
  while (walker.nextNode()) nodes.push(walker.currentNode as Text)
  return nodes
}
const textOf = (container: HTMLElement) =>
  textNodes(container)
    .map((n) => n.data)
    .join('')

/** The DOM range of characters `from` to `to` of the article's text. */
function rangeBetween(container: HTMLElement, from: number, to: number): Range {
  const nodes = textNodes(container)
  const locate = (offset: number, isStart: boolean): [Text, number] => {
    for (const node of nodes) {
      if (offset < node.data.length || (!isStart && offset === node.data.length)) return [node, offset]
      offset -= node.data.length
    }
    throw new Error('offset past the text')
  }
  const range = document.createRange()
  range.setStart(...locate(from, true))
  range.setEnd(...locate(to, false))
  return range
}

/** The work after each of the editor's actions, as JSON: the undo walk must pass through every one. */
let states: string[] = []
const record = async () => {
  await settle()
  states.push(JSON.stringify(editor.work))
}

const ACTORS = [
  ['Elena Brandt', 'person'],
  ['Riverton town council', 'institution'],
  ['Riverton Water Utility', 'institution'],
  ['Riverton Tenants Association', 'group'],
] as const

const RELATIONS = [
  {
    quote:
      'voted on Tuesday to share the cost of repairing the old water mains with the Riverton Water Utility',
    from: 'riverton-town-council',
    to: 'riverton-water-utility',
    type: 'cooperation',
    when: 'on Tuesday',
    summary: 'The town council agrees to share the cost of repairing the water mains with the utility.',
  },
  {
    quote:
      'Mayor Elena Brandt said the agreement "gives every household safe water without a sudden rise in bills."',
    from: 'elena-brandt',
    to: 'riverton-water-utility',
    type: 'cooperation',
    summary: 'The mayor backs the cost-sharing agreement with the utility.',
  },
  {
    quote: 'The Riverton Tenants Association opposed the plan at the meeting',
    from: 'riverton-tenants-association',
    to: 'riverton-town-council',
    type: 'opposition',
    directed: true,
    summary: 'The tenants association opposes the council’s plan to pay from its reserve fund.',
  },
] as const

/** Pastes the article, fills the source, adds four actors and three relations from selections. */
async function buildSample() {
  states = []
  await mountEditor()
  await record()
  await userEvent.fill(field(/Paste the article/), ARTICLE)
  await userEvent.click(button('Start with this text'))
  await record()
  await userEvent.fill(field(/Title of the graphic/), 'Riverton’s water mains: who pays')
  await record()
  await userEvent.fill(field(/Headline/), 'Riverton council and water utility agree on pipe repairs')
  await record()
  await userEvent.fill(field(/Publisher/), 'The Riverton Ledger')
  await record()
  for (const [name, kind] of ACTORS) {
    await selectInArticle(name)
    await userEvent.click(button('New actor named this'))
    await record()
    await userEvent.selectOptions(field('Kind'), kind)
    await record()
  }
  for (const relation of RELATIONS) {
    await selectInArticle(relation.quote)
    await userEvent.click(button('New relation with this quote'))
    await record()
    await userEvent.selectOptions(field('From'), relation.from)
    await record()
    await userEvent.selectOptions(field('To'), relation.to)
    await record()
    if (relation.type !== 'cooperation') {
      await userEvent.selectOptions(field('Type'), relation.type)
      await record()
    }
    if ('directed' in relation) {
      await userEvent.click(field(/Directed/))
      await record()
    }
    if ('when' in relation) {
      await userEvent.fill(field(/^When/), relation.when)
      await record()
    }
    await userEvent.fill(field(/^Summary/), relation.summary)
    await record()
  }
}

/** The files the Export tab's buttons download, captured as the browser hands them out. */
async function exportFiles() {
  const blobs: Blob[] = []
  const original = URL.createObjectURL
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob)
    return original.call(URL, blob)
  }
  try {
    await userEvent.click(button('Export'))
    await settle()
    const datasetButton = editor.querySelector<HTMLButtonElement>('button.primary') as HTMLButtonElement
    const name = (datasetButton.textContent ?? '').trim().replace(/^Download /, '')
    await userEvent.click(button(/^Download .*\.json$/))
    await userEvent.click(button(/^Download .*\.txt$/))
    expect(blobs).toHaveLength(2)
    return { name, json: await (blobs[0] as Blob).text(), text: await (blobs[1] as Blob).text() }
  } finally {
    URL.createObjectURL = original
  }
}

// The long tests drive dozens of real inputs each; on a busy machine that takes more than the default 15 s.
const LONG = 90_000

describe('an editor builds a dataset', () => {
  test(
    'paste, four actors and three relations from selections, export: the file passes `npm run validate` with its text',
    async () => {
      await buildSample()
      const { work } = editor
      expect(work.dataset.actors.map((a) => [a.name, a.kind])).toEqual(ACTORS.map(([n, k]) => [n, k]))
      // Quotes come from the selections, verbatim.
      expect(work.dataset.relations.map((r) => r.evidence)).toEqual(RELATIONS.map((r) => [r.quote]))
      // Every quote is marked in the article, and the live check finds nothing to fix.
      expect(editor.querySelectorAll('mark.passage')).toHaveLength(3)
      expect(editor.querySelector('.all-good')?.textContent).toContain('every quote is in the article')

      const { name, json, text } = await exportFiles()
      expect(name).toBe('riverton-s-water-mains-who-pays.json')
      expect(json.startsWith('{\n  "$schema": "./actor-network.schema.json",')).toBe(true)
      const checked = checkDatasetText(json)
      expect(checked.ok).toBe(true)
      if (!checked.ok) return
      expect(checked.dataset.source.text).toBe('article.txt')
      expect(text).toBe(`${ARTICLE}\n`)
      expect(checkEvidence(checked.dataset, text, 'article.txt')).toEqual([])

      const cli = await commands.validateFiles({
        dataset: { name, text: json },
        article: { name: 'article.txt', text },
      })
      // The command found the text beside the dataset and checked every quote against it.
      expect(cli.output).toContain(`${name}: ok (4 actors, 3 relations, 3 quotes found in article.txt)`)
      expect(cli.code).toBe(0)

      // A quote that is not in the article makes the same command fail, naming the closest passage.
      const altered = json.replace('opposed the plan', 'opposed the deal')
      const failing = await commands.validateFiles({
        dataset: { name, text: altered },
        article: { name: 'article.txt', text },
      })
      expect(failing.code).toBe(1)
      expect(failing.output).toContain('/relations/2/evidence/0: not in article.txt; closest passage')
    },
    LONG,
  )

  test(
    'undo and redo walk every step back and forth; a reload restores the work',
    async () => {
      await buildSample()
      const final = JSON.stringify(editor.work)
      // Back, with the real keyboard, until there is nothing left to undo.
      const back = [final]
      for (
        let i = 0;
        i < 200 && editor.querySelector<HTMLButtonElement>('button[title^="Undo"]')?.disabled === false;
        i++
      ) {
        await userEvent.keyboard('{Control>}z{/Control}')
        await settle()
        back.push(JSON.stringify(editor.work))
      }
      expect(JSON.parse(back.at(-1) as string) as Work).toMatchObject({ text: '', dataset: { actors: [] } })
      // Every recorded state of the build is on the way back, in reverse order.
      let cursor = 0
      for (const state of [...states].reverse()) {
        cursor = back.indexOf(state, cursor)
        expect(cursor, 'a state of the build missing from the undo walk').toBeGreaterThanOrEqual(0)
      }
      // Forward again: the same states in the opposite order, ending at the finished work.
      const forward = [back.at(-1)]
      for (
        let i = 0;
        i < 200 && editor.querySelector<HTMLButtonElement>('button[title^="Redo"]')?.disabled === false;
        i++
      ) {
        await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
        await settle()
        forward.push(JSON.stringify(editor.work))
      }
      expect(forward).toEqual([...back].reverse())

      // A reload: the element is gone, a new one finds the work saved in the browser.
      editor.remove()
      await mountEditor()
      expect(JSON.stringify(editor.work)).toBe(final)
      expect(editor.querySelectorAll('mark.passage')).toHaveLength(3)
    },
    LONG,
  )

  test('keyboard only: start from a typed text, select a name with Shift + arrows, add it, reach the export', async () => {
    await mountEditor()
    const tabTo = async (matches: (el: Element | null) => boolean, what: string) => {
      for (let i = 0; i < 30 && !matches(document.activeElement); i++) await userEvent.keyboard('{Tab}')
      expect(matches(document.activeElement), `Tab reaches ${what}`).toBe(true)
    }
    await tabTo((el) => el?.id === 'paste-article', 'the text box')
    await userEvent.keyboard('Riverton council agrees.')
    await tabTo((el) => el?.textContent === 'Start with this text', 'Start')
    await userEvent.keyboard('{Enter}')
    await settle()
    await tabTo((el) => el?.classList.contains('article-text') ?? false, 'the article')
    await userEvent.keyboard(
      '{Control>}{Home}{/Control}{Shift>}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{/Shift}',
    )
    await settle()
    await tabTo((el) => el?.textContent === 'New actor named this', 'New actor')
    await userEvent.keyboard('{Enter}')
    await settle()
    expect(editor.work.dataset.actors).toEqual([{ id: 'riverton', name: 'Riverton', kind: 'person' }])
    await tabTo((el) => el?.textContent === 'Export', 'the Export tab')
    await userEvent.keyboard('{Enter}')
    await settle()
    await tabTo((el) => /^Download .*\.json$/.test(el?.textContent?.trim() ?? ''), 'the download')
  })
})

describe('bad files', () => {
  async function started() {
    await mountEditor()
    await userEvent.fill(field(/Paste the article/), ARTICLE)
    await userEvent.click(button('Start with this text'))
    await selectInArticle('Elena Brandt')
    await userEvent.click(button('New actor named this'))
    await settle()
  }
  const openFiles = async (...files: File[]) => {
    await userEvent.upload(field('Open files…'), files)
    await settle()
    await frames(2)
  }
  const openedProblems = () => [...editor.querySelectorAll('.opened li')].map((li) => li.textContent?.trim())

  test('text that is not JSON: its located problem is listed and the work is kept', async () => {
    await started()
    const before = editor.work
    await openFiles(new File(['{ "title": "x", }'], 'broken.json', { type: 'application/json' }))
    expect(openedProblems()).toEqual(["line 1, column 15: trailing comma before '}'"])
    expect(editor.work).toBe(before)
    expect(editor.querySelector('.status')?.textContent).toContain('Your work is unchanged')
  })

  test('JSON that is no dataset: what can be read opens, every problem located; undo brings the work back', async () => {
    await started()
    const before = editor.work
    const notADataset = {
      title: 'Half',
      source: { title: 'S' },
      actors: [{ id: 'a', name: 'A', kind: 'persn' }, 7],
      relations: {},
    }
    await openFiles(new File([JSON.stringify(notADataset)], 'half.json'))
    expect(openedProblems()).toEqual([
      '/source/publisher: missing required key "publisher"',
      '/actors/0/kind: kind must be one of person, institution, group, not "persn"',
      '/actors/1: actor must be an object, not 7',
      '/relations: relations must be an array, not an object',
    ])
    expect(editor.work.dataset.actors.map((a) => a.name)).toEqual(['A'])
    // A problem links to its field.
    await userEvent.click(editor.querySelectorAll<HTMLElement>('.opened button.link')[1] as HTMLElement)
    await settle()
    expect((document.activeElement as HTMLElement).dataset.pointer).toBe('/actors/0/kind')
    await userEvent.keyboard('{Control>}z{/Control}')
    await settle()
    expect(editor.work).toBe(before)
  })

  test('a dataset whose quotes are not in the text opened with it: the quote’s problem at its field and in the list', async () => {
    await started()
    const { json } = await exportFiles()
    const dataset = JSON.parse(json)
    Object.assign(dataset, { title: 'T', source: { title: 'S', publisher: 'P', text: 'article.txt' } })
    dataset.actors.push({ id: 'council', name: 'Town council', kind: 'institution' })
    dataset.relations.push({
      id: 'brandt-council',
      source: 'elena-brandt',
      target: 'council',
      type: 'cooperation',
      directed: false,
      summary: 'The mayor speaks for the council.',
      evidence: ['The council will pay for half of the work from its reserve funds.'],
    })
    await openFiles(
      new File([JSON.stringify(dataset)], 'with-typo.json'),
      new File([ARTICLE], 'article.txt', { type: 'text/plain' }),
    )
    const listed = [...editor.querySelectorAll('.preview .problems li')].map((li) => li.textContent?.trim())
    expect(listed).toEqual([
      expect.stringMatching(
        /^\/relations\/0\/evidence\/0: not in article\.txt; closest passage: ".*reserve fund.*" \(differs at/,
      ),
    ])
    await userEvent.click(button(/^\/relations\/0\/evidence\/0:/))
    await settle()
    const quoteField = document.activeElement as HTMLTextAreaElement
    expect(quoteField.dataset.pointer).toBe('/relations/0/evidence/0')
    expect(quoteField.getAttribute('aria-invalid')).toBe('true')
    // Fixed by hand, the quote is checked as it is typed.
    await userEvent.fill(quoteField, 'The council will pay for half of the work from its reserve fund.')
    await settle()
    expect(editor.querySelector('.preview .problems')).toBeNull()
  })
})

describe('starting from a file', () => {
  test('an HTML page opens as its article’s text: paragraphs kept, scripts, navigation and markup left out', async () => {
    await mountEditor()
    const html = `<!doctype html><html><head><title>x</title><script>alert(1)</script></head><body>
      <nav><a href="/">Home</a></nav>
      <article><h1>Riverton council and water utility agree</h1>
        <p>The Riverton town council <em>voted</em> on Tuesday.</p>
        <p>Talks   are to continue
           next month.</p></article>
      <footer>© The Riverton Ledger</footer></body></html>`
    await userEvent.upload(field(/Open the article/), [new File([html], 'story.html', { type: 'text/html' })])
    await settle()
    expect(editor.work.text).toBe(
      'Riverton council and water utility agree\n\nThe Riverton town council voted on Tuesday.\n\nTalks are to continue next month.',
    )
    expect(editor.querySelector('.article-text')?.textContent).toBe(editor.work.text)
  })
})

describe('two tabs', () => {
  test('newer work saved by another tab is never overwritten silently', async () => {
    await mountEditor()
    await userEvent.fill(field(/Paste the article/), ARTICLE)
    await userEvent.click(button('Start with this text'))
    await userEvent.fill(field(/Title of the graphic/), 'Mine')
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) as string)
    // The other tab saves a newer revision: this tab hears of it through the storage event.
    const theirs = {
      revision: saved.revision + 3,
      work: { ...saved.work, dataset: { ...saved.work.dataset, title: 'Theirs' } },
    }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(theirs))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: JSON.stringify(theirs) }))
    await settle()
    expect(editor.querySelector('.conflict')?.textContent).toContain('changed in another tab')
    // An edit here is not saved over theirs.
    await userEvent.fill(field(/Title of the graphic/), 'Mine, edited')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) as string).work.dataset.title).toBe('Theirs')
    await userEvent.click(button('Load the other tab’s version'))
    await settle()
    expect(editor.work.dataset.title).toBe('Theirs')
    expect(editor.querySelector('.conflict')).toBeNull()
    // A save that finds a newer revision than it saw (the event not yet delivered) stops too.
    const newer = { ...theirs, revision: theirs.revision + 5 }
    localStorage.setItem(STORAGE_KEY, JSON.stringify(newer))
    await userEvent.fill(field(/Title of the graphic/), 'Late')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) as string).revision).toBe(newer.revision)
    expect(editor.querySelector('.conflict')).not.toBeNull()
    await userEvent.click(button('Keep this tab’s version'))
    const kept = JSON.parse(localStorage.getItem(STORAGE_KEY) as string)
    expect(kept.work.dataset.title).toBe('Late')
    expect(kept.revision).toBeGreaterThan(newer.revision)
  })
})

describe('accessibility and sizes', () => {
  async function expectNoAxeViolations(state: string) {
    await settle()
    const result = await axe.run(editor, { resultTypes: ['violations'] })
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      state,
    ).toEqual([])
  }

  test(
    'axe finds no violation in the start, source, actor, relation, steps, export, problem and conflict states',
    async () => {
      await mountEditor()
      await expectNoAxeViolations('start')
      await userEvent.fill(field(/Paste the article/), ARTICLE)
      await userEvent.click(button('Start with this text'))
      await expectNoAxeViolations('source')
      await selectInArticle('Elena Brandt')
      await expectNoAxeViolations('selection')
      await userEvent.click(button('New actor named this'))
      await selectInArticle('Riverton Water Utility')
      await userEvent.click(button('New actor named this'))
      await expectNoAxeViolations('actor')
      await selectInArticle('The council will pay for half of the work')
      await userEvent.click(button('New relation with this quote'))
      await expectNoAxeViolations('relation with problems')
      await userEvent.click(editor.querySelector('mark.passage') as HTMLElement)
      await expectNoAxeViolations('passage chosen')
      await userEvent.click(button('Steps'))
      await userEvent.click(button('Add a step'))
      await expectNoAxeViolations('step')
      await userEvent.click(button('Export'))
      await expectNoAxeViolations('export')
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: STORAGE_KEY,
          newValue: JSON.stringify({ revision: 999, work: editor.work }),
        }),
      )
      await expectNoAxeViolations('conflict')
    },
    LONG,
  )

  test('at 390 px wide the panes stack and nothing overflows the page', async () => {
    await page.viewport(390, 844)
    await mountEditor()
    await userEvent.fill(field(/Paste the article/), ARTICLE)
    await userEvent.click(button('Start with this text'))
    await selectInArticle('Elena Brandt')
    await userEvent.click(button('New actor named this'))
    await settle()
    await frames(3)
    const panes = [...editor.querySelectorAll('.pane')].map((p) => p.getBoundingClientRect())
    expect(panes).toHaveLength(3)
    for (const pane of panes) {
      expect(pane.left).toBeGreaterThanOrEqual(0)
      expect(pane.right).toBeLessThanOrEqual(390)
    }
    expect((panes[1] as DOMRect).top).toBeGreaterThanOrEqual((panes[0] as DOMRect).bottom)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390)
  })
})

describe('the preview and the article', () => {
  /** My sample as a finished dataset, opened with its text as an editor continuing the work would. */
  async function openSample() {
    await mountEditor()
    const dataset = {
      title: 'Riverton’s water mains',
      source: {
        title: 'Riverton council and water utility agree',
        publisher: 'The Riverton Ledger',
        text: 'council-water.txt',
      },
      actors: [
        { id: 'council', name: 'Town council', kind: 'institution' },
        { id: 'utility', name: 'Water utility', kind: 'institution' },
        { id: 'tenants', name: 'Tenants association', kind: 'group' },
      ],
      relations: [
        {
          id: 'council-utility',
          source: 'council',
          target: 'utility',
          type: 'cooperation',
          directed: false,
          summary: 'The council shares the cost of the repairs with the utility.',
          evidence: ['to share the cost of repairing the old water mains'],
        },
        {
          id: 'tenants-council',
          source: 'tenants',
          target: 'council',
          type: 'opposition',
          directed: true,
          summary: 'The tenants association opposes the plan.',
          evidence: ['The Riverton Tenants Association opposed the plan at the meeting'],
        },
      ],
    }
    const preview = () => editor.querySelector('actor-network') as ActorNetwork
    await userEvent.upload(field('Open files…'), [
      new File([JSON.stringify(dataset)], 'riverton.json'),
      new File([ARTICLE], 'council-water.txt'),
    ])
    await until(() => preview()?.shadowRoot?.querySelector('[part~="node"]') !== null, 'the preview')
    await frames(3)
    return preview()
  }

  test('clicking an actor or a relation in the preview opens it in the form, with its passages marked', async () => {
    const preview = await openSample()
    preview.scrollIntoView({ block: 'center' })
    await frames(2)
    const at = centre(node(preview, 'tenants'))
    await click(at.x, at.y)
    await settle()
    expect(editor.querySelector('.open-item legend')?.textContent).toBe('Actor: Tenants association')

    const middle = edgeMiddle(preview, 'council-utility')
    await hover(middle.x, middle.y)
    await click(middle.x, middle.y)
    await settle()
    expect(editor.querySelector('.open-item legend')?.textContent).toBe(
      'Relation: Town council – Water utility',
    )
    // Choosing a relation shows its passages in the article.
    const current = [...editor.querySelectorAll('mark.is-current')].map((m) => m.textContent).join('')
    expect(current).toBe('to share the cost of repairing the old water mains')
  })

  test('choosing a marked passage shows the relations it supports', async () => {
    await openSample()
    const mark = [...editor.querySelectorAll<HTMLElement>('mark.passage')].find((m) =>
      m.textContent?.startsWith('The Riverton Tenants'),
    ) as HTMLElement
    await userEvent.click(mark)
    await settle()
    const supported = editor.querySelector('.passage-relations') as HTMLElement
    expect(supported.textContent).toContain('Tenants association → Town council')
    await userEvent.click(page.getByRole('button', { name: 'Tenants association → Town council' }))
    await settle()
    expect(editor.querySelector('.open-item legend')?.textContent).toBe(
      'Relation: Tenants association → Town council',
    )
  })

  test('the preview keeps its picture while the editor works: actors already placed stay put', async () => {
    const preview = await openSample()
    // In the graphic's own box: the page may scroll as the form grows.
    const positions = () => {
      const box = (preview.shadowRoot as ShadowRoot).querySelector('svg.graph')!.getBoundingClientRect()
      return Object.fromEntries(
        ['council', 'utility', 'tenants'].map((id) => {
          const { x, y } = centre(node(preview, id))
          return [id, { x: x - box.left, y: y - box.top }]
        }),
      )
    }
    const before = positions()
    await userEvent.click(button('Relations'))
    await userEvent.click(button(/^Town council – Water utility/))
    await userEvent.fill(field(/^Summary/), 'The council and the utility share the cost of the repairs.')
    await userEvent.fill(field(/^When/), 'on Tuesday')
    await settle()
    await frames(3)
    expect(preview.data?.relations[0]?.when).toBe('on Tuesday')
    const after = positions()
    for (const id of Object.keys(before)) {
      expect(Math.abs((after[id]?.x ?? 0) - (before[id]?.x ?? 0)), id).toBeLessThan(2)
      expect(Math.abs((after[id]?.y ?? 0) - (before[id]?.y ?? 0)), id).toBeLessThan(2)
    }
  })

  test('a quote typed by hand is checked as it is typed, in the words of the command-line check', async () => {
    await openSample()
    await userEvent.click(button('Relations'))
    await userEvent.click(button(/^Town council – Water utility/))
    const typed = field('Type or paste a quote')
    const check = () => editor.querySelector('.quote-check')?.textContent
    await userEvent.fill(typed, 'ending months of argument over who should pay')
    expect(check()).toBe('Found in the article.')
    await userEvent.fill(typed, 'ending months of arguments over who should pay')
    expect(check()).toMatch(
      /^Not found: not in council-water\.txt; closest passage: ".*argument over.*" \(differs at/,
    )
    await userEvent.fill(typed, 'ending months of argument over who should pay')
    await userEvent.click(button('Add quote'))
    await settle()
    expect(editor.work.dataset.relations[0]?.evidence).toEqual([
      'to share the cost of repairing the old water mains',
      'ending months of argument over who should pay',
    ])
  })

  /** Opens an actor in the form from the Actors list (the preview's actor has the same name). */
  async function openListedActor(name: string) {
    await userEvent.click(button('Actors'))
    const listed = [...editor.querySelectorAll<HTMLElement>('.item-list .item')]
    await userEvent.click(listed.find((item) => item.textContent?.includes(name)) as HTMLElement)
  }

  const shortNameInvalid = () =>
    editor.querySelector('[data-pointer="/actors/2/shortName"]')?.getAttribute('aria-invalid') === 'true'

  test('a short name is checked against the article as it is typed, and reaches the export', async () => {
    await openSample()
    await openListedActor('Tenants association')
    const short = field('Short name')
    // Not a word of the article: the problem is at the field, in the words of the command-line check.
    await userEvent.fill(short, 'Renters')
    await settle()
    expect(shortNameInvalid()).toBe(true)
    expect(editor.textContent).toContain(
      'not in council-water.txt: a short name must be one the text itself uses, as a whole word',
    )
    // Emptied, the optional field is gone from the dataset.
    await userEvent.fill(short, '')
    await settle()
    expect(editor.work.dataset.actors[2]).not.toHaveProperty('shortName')
    await userEvent.fill(short, 'Tenants Association')
    await settle()
    expect(shortNameInvalid()).toBe(false)
    expect(editor.work.dataset.actors[2]).toMatchObject({
      name: 'Tenants association',
      shortName: 'Tenants Association',
    })
    const { json } = await exportFiles()
    expect(JSON.parse(json).actors[2].shortName).toBe('Tenants Association')
  })

  test('deleting or merging an actor says first which relations it touches, and what becomes of them', async () => {
    await openSample()
    await openListedActor('Tenants association')
    expect(editor.querySelector('.uses')?.textContent).toBe('Takes part in 1 relation: tenants-council.')
    expect(button('Delete actor and its 1 relation').element()).toBeTruthy()
    await userEvent.selectOptions(field('Merge into'), 'council')
    await userEvent.click(button('Merge'))
    await settle()
    expect(editor.querySelector('.status')?.textContent).toBe(
      'Merged Tenants association into Town council; removed tenants-council, which would join it to itself.',
    )
    expect(editor.work.dataset.actors.map((a) => a.id)).toEqual(['council', 'utility'])
    expect(editor.work.dataset.relations.map((r) => r.id)).toEqual(['council-utility'])
  })
})
