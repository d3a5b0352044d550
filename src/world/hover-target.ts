import { createStore } from 'zustand/vanilla'
import type { Vec3 } from './geometry/kit.ts'

/** What the pointer (mouse, ray or hand) is on now: its name and where its label floats, in room coordinates. */
export interface HoverTarget {
  key: string
  label: string
  at: Vec3
}

/**
 * The room's hovered object, for views that cannot show the DOM label: a headset draws it in the world.
 * Changes only when the pointer enters or leaves an object, never per frame.
 */
export const hoverStore = createStore<{ target: HoverTarget | null }>()(() => ({ target: null }))
