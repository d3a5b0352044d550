import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { createSimStore, type SimStoreState } from './sim-store.ts'

/** The app's one simulation store (tests create their own with createSimStore). */
export const simStore: StoreApi<SimStoreState> = createSimStore()

/** The one React hook onto the store: `useSim(selectVitals)`. */
export function useSim<T>(selector: (s: SimStoreState) => T): T {
  return useStore(simStore, selector)
}
