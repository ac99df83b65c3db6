import { parseDataset } from 'actor-network'
import { useState } from 'react'
import json from '../../../../data/ratcliffe-rodriguez-caracas.json'

const parsed = parseDataset(json)
if (!parsed.ok) throw new Error('the example dataset is invalid')
const dataset = parsed.dataset

/** The dataset as a property, the filter as an attribute, the selection back through a typed event. */
export function App() {
  const [relations, setRelations] = useState<string>()
  const [selected, setSelected] = useState('')
  return (
    <main>
      <button type="button" id="cooperation-only" onClick={() => setRelations('cooperation')}>
        Cooperation only
      </button>
      <output id="selected">{selected}</output>
      <actor-network
        data={dataset}
        relations={relations}
        onactor-select={(event) =>
          setSelected(`${event.detail.actor?.name ?? ''} (${event.actor?.kind ?? ''})`)
        }
      />
    </main>
  )
}
