import { useSyncExternalStore } from 'react'
import type { TimedCommand } from '../engine/types.ts'
import type { Branch } from '../store/index.ts'

/** State kept with a history entry: which element to focus when the view for it renders. */
export interface NavigationState {
  focusId?: string
  /** Play from a moment of a recorded attempt ("try from here" in the debrief); kept across a reload. */
  tryFrom?: TryFrom
}

/** What the play screen needs to start at a recorded moment: the recording's seed and commands, and where. */
export interface TryFrom {
  seed: number
  commands: TimedCommand[]
  branch: Branch
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/**
 * Hash routing (`index.html#/scenario/<id>`) for the cmi5 package: an LMS serves the AU from a
 * sub-path of its own, with no fallback to index.html, so a path route would not survive a reload.
 */
const HASH_ROUTING = import.meta.env.VITE_ROUTING === 'hash'

/** The address of an app path, for links. */
export const routeHref = (path: string) => (HASH_ROUTING ? `#${path}` : path)

const currentPath = () => (HASH_ROUTING ? window.location.hash.slice(1) || '/' : window.location.pathname)

/** The current path; re-renders on navigate() and on the browser's back/forward buttons. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

/** Client-side navigation with the History API (no router library: the app has a handful of routes). */
export function navigate(path: string, state: NavigationState = {}): void {
  window.history.pushState(state, '', routeHref(path))
  window.dispatchEvent(new PopStateEvent('popstate', { state }))
}

/** Opens the route an LMS launch names (`index.html?scenario=<id>`) when the page has none yet. */
export function openLaunchedScenario(): void {
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  if (!HASH_ROUTING || !scenario || window.location.hash) return
  window.history.replaceState(window.history.state, '', `#/scenario/${encodeURIComponent(scenario)}`)
}

export function readNavigationState(): NavigationState {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null ? (state as NavigationState) : {}
}
