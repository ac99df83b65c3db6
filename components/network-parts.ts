/**
 * What the widget's controllers share. The element creates each controller with itself as host and one
 * `NetworkParts` object, filled once every part exists; a controller reaches another through it when it
 * acts, never while it is constructed. None of them imports the element: `NetworkHost` is what they read
 * of it.
 */
import type { ReactiveControllerHost } from 'lit'
import type { Dataset } from '../src/dataset.ts'
import type { DatasetController } from './dataset-controller.ts'
import type { GraphPainter } from './graph-painter.ts'
import type { HoverController } from './hover-controller.ts'
import type { KeyboardController } from './keyboard-navigation.ts'
import type { Notices } from './notices.ts'
import type { OnScreenController } from './on-screen.ts'
import type { PointerGestures } from './pointer-gestures.ts'
import type { SelectionController } from './selection-controller.ts'
import type { SimulationController } from './simulation-controller.ts'
import type { StoryController } from './story-controller.ts'
import type { UrlSync } from './url-sync.ts'
import type { ViewController } from './view-controller.ts'

/** The element's public properties that its controllers read (and a few they set, as the reader acts). */
export interface NetworkHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment
  readonly shadowRoot: ShadowRoot | null
  readonly src: string | undefined
  data: Dataset | undefined
  relations: string | undefined
  selected: string | undefined
  readonly wheelZoom: boolean
  view: 'graph' | 'table' | undefined
  readonly loading: 'lazy' | 'eager' | undefined
  readonly hops: number
  readonly syncUrl: string | undefined
  step: number
}

export interface NetworkParts {
  /** The dataset and what is drawn of it. */
  readonly data: DatasetController
  /** Whether the widget is on (or near) the screen. */
  readonly onScreen: OnScreenController
  /** The layout's animation frames and the drawing they do. */
  readonly frames: SimulationController
  /** The view transform: fit (to the box's shape when it is tall), zoom, pan. */
  readonly view: ViewController
  readonly selection: SelectionController
  readonly hover: HoverController
  readonly keyboard: KeyboardController
  readonly story: StoryController
  readonly notices: Notices
  readonly painter: GraphPainter
  readonly gestures: PointerGestures
  readonly url: UrlSync
}
