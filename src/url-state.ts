/**
 * A view in the page URL's hash, so a shared link opens the same view: the visible relation types, the
 * selected actor and the zoom and centre. Each widget writes under its own key
 * (`#net.relations=cooperation+opposition&net.selected=maduro&net.view=1.5,-20,35`), and everything
 * else in the hash — another widget's keys, the page's own anchor — is kept as it was.
 */

export interface ViewState {
  /** Space-separated relation types, as in the `relations` attribute. */
  readonly relations?: string
  readonly selected?: string
  /** The story step, 1-based. */
  readonly step?: number
  /** Zoom factor and the layout point at the centre of the view. */
  readonly view?: { readonly k: number; readonly cx: number; readonly cy: number }
}

const FIELDS = ['relations', 'selected', 'step', 'view'] as const

const parts = (hash: string) => hash.replace(/^#/, '').split('&').filter(Boolean)

/** Reads the view stored under `key`; absent or malformed fields are left out. */
export function readViewState(hash: string, key: string): ViewState {
  const state: { relations?: string; selected?: string; step?: number; view?: ViewState['view'] } = {}
  for (const part of parts(hash)) {
    const [name = '', raw = ''] = part.split('=', 2)
    if (!name.startsWith(`${key}.`)) continue
    const value = safeDecode(raw.replace(/\+/g, ' '))
    const field = name.slice(key.length + 1)
    if (field === 'relations') state.relations = value
    else if (field === 'selected' && /^[a-z0-9-]+$/.test(value)) state.selected = value
    else if (field === 'step' && /^\d{1,3}$/.test(value)) state.step = Number(value)
    else if (field === 'view') {
      const [k, cx, cy] = value.split(',').map(Number)
      if ([k, cx, cy].every((n) => Number.isFinite(n)) && (k as number) > 0)
        state.view = { k: k as number, cx: cx as number, cy: cy as number }
    }
  }
  return state
}

/** The hash with the view stored under `key`, replacing that key's old fields and keeping all else. */
export function writeViewState(hash: string, key: string, state: ViewState): string {
  const others = parts(hash).filter((part) => !FIELDS.some((field) => part.startsWith(`${key}.${field}=`)))
  const ours: string[] = []
  if (state.relations !== undefined)
    ours.push(
      `${key}.relations=${state.relations.split(' ').filter(Boolean).map(encodeURIComponent).join('+')}`,
    )
  if (state.selected) ours.push(`${key}.selected=${encodeURIComponent(state.selected)}`)
  if (state.step) ours.push(`${key}.step=${state.step}`)
  if (state.view) {
    const { k, cx, cy } = state.view
    ours.push(`${key}.view=${round(k, 3)},${round(cx, 1)},${round(cy, 1)}`)
  }
  const all = [...others, ...ours]
  return all.length ? `#${all.join('&')}` : ''
}

const round = (value: number, digits: number) => Number(value.toFixed(digits))

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return ''
  }
}
