// What the type check proves beyond the app compiling: the element's props are those of the manifest, with
// their types, and a listener receives the event's own class.
import type { ActorSelectEvent } from 'actor-network'
import type { ComponentProps } from 'react'

type Props = ComponentProps<'actor-network'>
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

export const listenerGetsTheClass: Equal<
  Parameters<NonNullable<Props['onactor-select']>>[0],
  ActorSelectEvent
> = true
// @ts-expect-error `theme` is 'light' | 'dark'
export const wrongTheme: Props = { theme: 'blue' }
// @ts-expect-error `hops` is a number
export const wrongHops: Props = { hops: '2' }
