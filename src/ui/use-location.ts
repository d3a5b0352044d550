import { useSyncExternalStore } from 'react'

/** State kept with a history entry: which element to focus when the view for it renders. */
export interface NavigationState {
  focusId?: string
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

/** The current path; re-renders on navigate() and on the browser's back/forward buttons. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** Client-side navigation with the History API (no router library: the app has a handful of routes). */
export function navigate(href: string, state: NavigationState = {}): void {
  window.history.pushState(state, '', href)
  window.dispatchEvent(new PopStateEvent('popstate', { state }))
}

export function readNavigationState(): NavigationState {
  const state: unknown = window.history.state
  return typeof state === 'object' && state !== null ? (state as NavigationState) : {}
}
