/**
 * The workbench: builds a dataset from an article in the browser. The article is the workspace (select a
 * passage to quote it); forms hold the source, actors, relations and story steps; the real
 * `<actor-network>` previews the work beside them; the validator and the evidence check run on every
 * change. Every change is saved in the browser and can be undone. Nothing is sent anywhere.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit'
import '../actor-network.ts'
import { checkWork } from '../../src/editor/check-work.ts'
import { addActor, addEvidence, addRelation, setText } from '../../src/editor/edits.ts'
import { History } from '../../src/editor/history.ts'
import { openDataset } from '../../src/editor/open.ts'
import { newWork, type Work } from '../../src/editor/work.ts'
import type { DatasetError } from '../../src/validate.ts'
import { actorList } from './actor-form.ts'
import { articleView, quoteOf, selectionBar } from './article-view.ts'
import type { EditorContext, Tab } from './context.ts'
import { editorStyles } from './editor.styles.ts'
import { exportPanel } from './export-panel.ts'
import { readFile } from './files.ts'
import { formStyles } from './form.styles.ts'
import { PreviewPane } from './preview-pane.ts'
import { problemsList } from './problems-list.ts'
import { relationList, relationName } from './relation-form.ts'
import { SelectionWatch } from './selection-watch.ts'
import { sourceForm } from './source-form.ts'
import { startPanel } from './start-panel.ts'
import { stepList } from './step-form.ts'
import { WorkStorage } from './storage.ts'
import { conflictNotice, openedNotice, toolbar } from './toolbar.ts'
import { UndoKeys } from './undo-keys.ts'

/** The demo's dataset, shipped in data/ beside its article. */
const EXAMPLE = 'ratcliffe-rodriguez-caracas.json'

const TABS: readonly [Tab, string][] = [
  ['source', 'Source'],
  ['actors', 'Actors'],
  ['relations', 'Relations'],
  ['steps', 'Steps'],
  ['export', 'Export'],
]

/** The list each tab shows, by the pointer's first key. */
const LIST_TABS = { actors: 'actors', relations: 'relations', steps: 'steps' } as const

/**
 * The dataset workbench. It renders into its own light DOM, so that the article's text can be selected
 * with the page's own selection; its styles are adopted by the document once.
 *
 * @fires work-change - The work changed (an edit, an undo or redo, a file opened). No detail: read `work`.
 */
export class ActorNetworkEditor extends LitElement {
  readonly #history = new History<Work>(newWork(''))
  readonly #storage = new WorkStorage(this, () => this.work)
  readonly #selection = new SelectionWatch(this)
  #tab: Tab = 'source'
  #open: Partial<Record<'actors' | 'relations' | 'steps', number>> = {}
  /** The problems of the file last opened, until dismissed. */
  #opened?: { name: string; problems: readonly DatasetError[] }
  #status = ''
  /** The relations of the marked passage last chosen. */
  #passage: readonly string[] = []
  #checked?: { work: Work; problems: readonly DatasetError[] }
  readonly #preview = new PreviewPane({
    openActor: (id) => this.#openItem('actors', id),
    openRelation: (id) => this.#openItem('relations', id),
  })
  /** Where the focus goes once the next render is in (a field a problem points at, say). */
  #focusAfterUpdate?: () => void

  constructor() {
    super()
    // Registers itself: Ctrl/⌘ + Z and Shift + Ctrl/⌘ + Z drive the history from anywhere on the page.
    new UndoKeys(this)
  }

  /** The work as it stands: the dataset being built and its article. */
  get work(): Work {
    return this.#history.present
  }

  // Lifecycle

  protected override createRenderRoot() {
    return this
  }

  override connectedCallback() {
    super.connectedCallback()
    const sheets = [editorStyles, formStyles].map((styles) => styles.styleSheet as CSSStyleSheet)
    const missing = sheets.filter((sheet) => !document.adoptedStyleSheets.includes(sheet))
    if (missing.length) document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...missing]
    const saved = this.#storage.restore()
    if (saved) this.#history.reset(saved)
    else if (new URLSearchParams(location.search).has('example')) this.openExample()
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed)
    this.#focusAfterUpdate?.()
    this.#focusAfterUpdate = undefined
  }

  // Changes

  /** Makes `next` the work (one undo step, or part of the last one with the same `group`), and saves it. */
  #apply = (next: Work, group?: string) => {
    if (next === this.work) return
    this.#history.push(next, group)
    this.#changed()
  }

  /** Takes back the last change; returns whether there was one. */
  undo(): boolean {
    const done = this.#history.undo()
    if (done) this.#changed('Undone.')
    return done
  }

  /** Does again the change last undone; returns whether there was one. */
  redo(): boolean {
    const done = this.#history.redo()
    if (done) this.#changed('Redone.')
    return done
  }

  #changed(status?: string) {
    if (!this.#storage.conflict) this.#storage.save(this.work)
    if (status !== undefined) this.#status = status
    this.requestUpdate()
    this.dispatchEvent(new Event('work-change', { bubbles: true, composed: true }))
  }

  #say = (message: string) => {
    this.#status = message
    this.requestUpdate()
  }

  // Files

  /** Opens files: a dataset (`.json`), its article (`.txt`, `.md`, `.html`), or both at once. */
  async openFiles(files: Iterable<File>) {
    const opened = await Promise.all([...files].map(readFile))
    const json = opened.find((f) => f.kind === 'json')
    const article = opened.find((f) => f.kind === 'article')
    if (!json) {
      if (article) this.#apply(setText(this.work, article.text))
      this.#say(article ? `Opened ${article.name}.` : 'Nothing to open.')
      return
    }
    const result = openDataset(json.text, article?.text)
    this.#opened = { name: json.name, problems: result.problems }
    if (result.work) {
      this.#open = {}
      this.#apply(result.work)
    }
    this.#say(
      result.work
        ? `Opened ${json.name}${article ? ` with ${article.name}` : ''}${result.problems.length ? `, with ${result.problems.length} problems` : ''}.`
        : `Could not open ${json.name}: it is not JSON. Your work is unchanged.`,
    )
  }

  /** Opens the demo's dataset and article, in the site’s data/ two levels above the page (`?example` in the URL opens it on load). */
  async openExample() {
    try {
      const fetchText = async (name: string) => {
        const response = await fetch(new URL(`../../data/${name}`, document.baseURI))
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
        return new File([await response.text()], name)
      }
      await this.openFiles(await Promise.all([fetchText(EXAMPLE), fetchText('article.txt')]))
    } catch (error) {
      this.#say(`Could not open the example: ${(error as Error).message}`)
    }
  }

  // Checks

  get #problems(): readonly DatasetError[] {
    if (this.#checked?.work !== this.work) this.#checked = { work: this.work, problems: checkWork(this.work) }
    return this.#checked.problems
  }

  // Navigation

  #openItem = (tab: Tab, id?: string) => {
    this.#tab = tab
    if (tab === 'actors' || tab === 'relations' || tab === 'steps') {
      const list: readonly { id: string }[] = (this.work.dataset[tab] ?? []) as { id: string }[]
      const index = id === undefined ? -1 : list.findIndex((item) => item.id === id)
      this.#open = { ...this.#open, [tab]: index < 0 ? undefined : index }
    }
    this.requestUpdate()
  }

  /** Opens the field a problem points at and moves the focus to it. */
  #goTo = (pointer: string) => {
    const [, list, index] = pointer.split('/')
    const tab = LIST_TABS[list as keyof typeof LIST_TABS]
    if (tab) {
      this.#tab = tab
      this.#open = { ...this.#open, [tab]: Number(index) }
    } else this.#tab = 'source'
    this.#focusAfterUpdate = () => {
      for (let at = pointer; at; at = at.slice(0, at.lastIndexOf('/'))) {
        const field = this.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(at)}"]`)
        if (field) return field.focus()
      }
      this.querySelector<HTMLElement>('.open-item input, .open-item select, .open-item textarea')?.focus()
    }
    this.requestUpdate()
  }

  #quote() {
    const range = this.#selection.range
    return range ? quoteOf(this.work.text, range) : undefined
  }

  #newRelationFromQuote = () => {
    const quote = this.#quote()
    if (!quote) return
    const { work, id } = addRelation(this.work, { source: '', target: '', quote })
    this.#apply(work)
    this.#selection.clear()
    this.#openItem('relations', id)
    this.#say('New relation with the selected quote: choose its two actors and write its summary.')
    this.#focusAfterUpdate = () => this.querySelector<HTMLElement>('.open-item select')?.focus()
  }

  #addQuoteToRelation = () => {
    const quote = this.#quote()
    const relation = this.#currentRelation()
    if (!quote || !relation) return
    this.#apply(addEvidence(this.work, relation.id, quote))
    this.#selection.clear()
    this.#openItem('relations', relation.id)
    this.#say(`Quote added to ${relationName(this.#context, relation)}.`)
  }

  #newActorFromQuote = () => {
    const name = this.#quote()
    if (!name) return
    const { work, id } = addActor(this.work, { name })
    this.#apply(work)
    this.#selection.clear()
    this.#openItem('actors', id)
    this.#say(`Added ${name}: choose its kind and role.`)
  }

  #currentRelation() {
    const index = this.#open.relations
    return index === undefined ? undefined : this.work.dataset.relations[index]
  }

  get #context(): EditorContext {
    return {
      work: this.work,
      problems: this.#problems,
      apply: this.#apply,
      open: this.#openItem,
      say: this.#say,
    }
  }

  // Rendering

  override render() {
    const context = this.#context
    const { work } = context
    const relation = this.#currentRelation()
    const quote = this.#quote()
    const passage = this.#passage
      .map((id) => work.dataset.relations.find((r) => r.id === id))
      .filter((r) => r !== undefined)
    return html`${toolbar(
      {
        canUndo: this.#history.canUndo,
        canRedo: this.#history.canRedo,
        status: this.#storage.failure ?? this.#status,
      },
      {
        undo: () => this.undo(),
        redo: () => this.redo(),
        openFiles: (files) => this.openFiles(files),
        startOver: this.#startOver,
      },
    )}
      ${conflictNotice(this.#storage.conflict, { takeTheirs: this.#takeTheirs, keepMine: this.#keepMine })}
      ${openedNotice(this.#opened, this.#goTo, () => {
        this.#opened = undefined
        this.requestUpdate()
      })}
      <div class="workbench">
        <section class="pane article" aria-labelledby="article-heading">
          <h2 id="article-heading">The article</h2>
          ${
            work.text
              ? html`${articleView(work.text, work.dataset, relation?.id, {
                  choosePassage: (ids) => {
                    this.#passage = ids
                    this.requestUpdate()
                  },
                })}
                <div class="article-tools">
                  ${selectionBar(quote, relation ? relationName(context, relation) : undefined, {
                    newRelation: this.#newRelationFromQuote,
                    addToRelation: this.#addQuoteToRelation,
                    newActor: this.#newActorFromQuote,
                  })}
                  ${
                    passage.length
                      ? html`<div class="passage-relations" role="group" aria-label="Relations this passage supports">
                          <span>This passage supports:</span>
                          ${passage.map((r) => html`<button type="button" class="small" @click=${() => this.#openItem('relations', r.id)}>${relationName(context, r)}</button>`)}
                        </div>`
                      : nothing
                  }
                </div>`
              : startPanel({
                  start: (text) => {
                    this.#apply(setText(this.work, text))
                    this.#say(
                      'Article ready: fill in the source, then select names and passages in the text.',
                    )
                  },
                  openFiles: (files) => this.openFiles(files),
                  openExample: () => this.openExample(),
                })
          }
        </section>
        <section class="pane forms" aria-label="Dataset">
          <nav class="tabs" aria-label="Parts of the dataset">
            ${TABS.map(
              ([
                tab,
                label,
              ]) => html`<button type="button" aria-current=${this.#tab === tab ? 'page' : 'false'}
                @click=${() => this.#openItem(tab)}>${label}</button>`,
            )}
          </nav>
          ${this.#form(context)}
        </section>
        <section class="pane preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          ${this.#preview.render(work)}
          ${problemsList('Problems', context.problems, this.#goTo, work.text ? 'No problems: the dataset is valid and every quote is in the article.' : undefined)}
        </section>
      </div>`
  }

  #form(context: EditorContext) {
    if (this.#tab === 'actors') return actorList(context, this.#open.actors)
    if (this.#tab === 'relations') return relationList(context, this.#open.relations)
    if (this.#tab === 'steps') return stepList(context, this.#open.steps)
    if (this.#tab === 'export') return exportPanel(context)
    return sourceForm(context)
  }

  #startOver = () => {
    this.#apply(newWork(''))
    this.#opened = undefined
    this.#open = {}
    this.#say('Started a new dataset. Undo brings the previous one back.')
  }

  #takeTheirs = () => {
    const theirs = this.#storage.takeTheirs()
    if (theirs) this.#apply(theirs)
    this.#say('Loaded the version from the other tab. Undo brings this tab’s back.')
  }

  #keepMine = () => {
    this.#storage.keepMine()
    this.#say('Kept this tab’s version.')
  }
}

// Guarded: a page may load the workbench's script twice.
if (!customElements.get('actor-network-editor'))
  customElements.define('actor-network-editor', ActorNetworkEditor)

declare global {
  interface HTMLElementTagNameMap {
    'actor-network-editor': ActorNetworkEditor
  }
}
