const LEARNER_ID_KEY = 'resus.learnerId'
/** What stand-alone results are filed under when no learner id was typed. */
export const GUEST_LEARNER = 'guest'
/** The local LMS accepts ids of letters, digits and . _ @ - (an id, not a name). */
const LEARNER_ID = /^[\p{L}\p{N}._@-]{1,64}$/u
export const isValidLearnerId = (id: string) => LEARNER_ID.test(id.trim())

const storage = () => {
  try {
    return window.localStorage
  } catch {
    return null // storage blocked: results go under the guest id
  }
}

export const readLearnerId = (): string => {
  const saved = storage()?.getItem(LEARNER_ID_KEY)?.trim() ?? ''
  return isValidLearnerId(saved) ? saved : GUEST_LEARNER
}

export function saveLearnerId(id: string): void {
  const trimmed = id.trim()
  if (trimmed) storage()?.setItem(LEARNER_ID_KEY, trimmed)
  else storage()?.removeItem(LEARNER_ID_KEY)
}
