import { useCallback, useEffect, useRef, useState } from 'react'
import { simStore } from '../../store/index.ts'
import { feedbackFor } from './feedback.ts'
import type { FeedbackLine } from './feedback.ts'

export interface FeedbackState {
  /** Changes with every new message, so the same text can be shown (and announced) twice. */
  id: number
  lines: FeedbackLine[]
}

/** How long a message stays on screen (the action log keeps everything). */
const SHOWN_MS = 8000

/**
 * The latest consequences of what the learner did (new events from the store), plus notices that
 * the engine never hears of (e.g. an action tried while paused).
 */
export function useFeedback(): { shown: FeedbackState | null; notify: (text: string) => void } {
  const [shown, setShown] = useState<FeedbackState | null>(null)
  const nextId = useRef(1)

  useEffect(() => {
    let seen = simStore.getState().events
    return simStore.subscribe((state) => {
      if (state.events === seen) return
      const previous = seen
      seen = state.events
      // Same run: only what is new. A new run (restart or load) starts over and says nothing.
      const sameRun = previous.length > 0 && state.events[0] === previous[0]
      if (!sameRun) return
      const lines = feedbackFor(state.events.slice(previous.length), state.scenario)
      if (lines.length > 0) setShown({ id: nextId.current++, lines })
    })
  }, [])

  useEffect(() => {
    if (!shown) return
    const timer = window.setTimeout(() => setShown(null), SHOWN_MS)
    return () => window.clearTimeout(timer)
  }, [shown])

  const notify = useCallback((text: string) => {
    setShown({ id: nextId.current++, lines: [{ tone: 'notice', text, announce: true }] })
  }, [])

  return { shown, notify }
}
