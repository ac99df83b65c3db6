import { parseDataset } from 'actor-network'
import { createSignal } from 'solid-js'
import json from '../../../../data/ratcliffe-rodriguez-caracas.json'

const parsed = parseDataset(json)
if (!parsed.ok) throw new Error('the example dataset is invalid')
const dataset = parsed.dataset

/** The dataset as a property, the filter as an attribute, the selection back through a typed event. */
export function App() {
  const [relations, setRelations] = createSignal<string>()
  const [selected, setSelected] = createSignal('')
  return (
    <main>
      <button type="button" id="cooperation-only" onClick={() => setRelations('cooperation')}>
        Cooperation only
      </button>
      <output id="selected">{selected()}</output>
      <actor-network
        prop:data={dataset}
        relations={relations()}
        on:actor-select={(event) =>
          setSelected(`${event.detail.actor?.name ?? ''} (${event.actor?.kind ?? ''})`)
        }
      />
    </main>
  )
}
