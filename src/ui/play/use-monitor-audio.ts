import { useEffect, useRef } from 'react'
import { simStore } from '../../store/index.ts'
import { createMonitorAudio } from '../../world/monitor/monitor-audio.ts'
import type { MonitorAudio } from '../../world/monitor/monitor-audio.ts'
import { roomFrameListeners } from '../../world/monitor/listener-pose.ts'

/**
 * The monitor's alarm tones and pulse-oximeter beep. Browsers allow sound only after a user gesture:
 * it starts at once if the learner already clicked (e.g. "Begin scenario"), else on the next one.
 */
export function useMonitorAudio(muted: boolean): void {
  const audioRef = useRef<MonitorAudio | null>(null)
  const mutedRef = useRef(muted)

  useEffect(() => {
    const audio = createMonitorAudio()
    audio.setMuted(mutedRef.current)
    audioRef.current = audio
    // start() is idempotent: it creates the audio context once and resumes it while suspended.
    const start = () => void audio.start().catch(() => undefined)
    if (navigator.userActivation?.hasBeenActive) start()
    window.addEventListener('pointerdown', start)
    window.addEventListener('keydown', start)
    // Ticked by the room's frames (desktop and headset alike): window.requestAnimationFrame stops in VR.
    const tick = () => audio.update(simStore.getState())
    roomFrameListeners.add(tick)
    return () => {
      window.removeEventListener('pointerdown', start)
      window.removeEventListener('keydown', start)
      roomFrameListeners.delete(tick)
      audio.dispose()
      audioRef.current = null
    }
  }, [])

  useEffect(() => {
    mutedRef.current = muted
    audioRef.current?.setMuted(muted)
  }, [muted])
}
