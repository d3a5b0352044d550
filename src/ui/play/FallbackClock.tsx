import { useEffect } from 'react'
import { simStore } from '../../store/index.ts'

/**
 * Drives the simulation when the 3D view (whose SimClock normally does it in useFrame) could not
 * start: without WebGL the run must still move on, or the monitor panel and the menu would freeze.
 */
export function FallbackClock() {
  useEffect(() => {
    let last = performance.now()
    let frame = requestAnimationFrame(function tick(now) {
      simStore.getState().advance(now - last)
      last = now
      frame = requestAnimationFrame(tick)
    })
    return () => cancelAnimationFrame(frame)
  }, [])
  return null
}
