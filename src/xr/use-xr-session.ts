import { useSyncExternalStore } from 'react'
import { xrStore } from './xr-store.ts'

const subscribe = (onChange: () => void) => xrStore.subscribe(onChange)
const inSession = () => xrStore.getState().session != null

/** Whether an immersive session is running: for the DOM around the canvas, which sits outside <XR>. */
export function useXrSessionActive(): boolean {
  return useSyncExternalStore(subscribe, inSession, () => false)
}
