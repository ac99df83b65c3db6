import { json } from '@sveltejs/kit'
import dataset from '../../../../../../data/ratcliffe-rodriguez-caracas.json'

/** The dataset, for the fallback link a reader follows before the script has run (or without it). */
export const GET = () => json(dataset)
