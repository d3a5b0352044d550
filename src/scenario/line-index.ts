/** Converts offsets to 1-based line and column, like yaml's LineCounter. */
export interface LinePositions {
  linePos(offset: number): { line: number; col: number }
}

/**
 * Line starts found only when a position is first asked for: a valid file never needs one, and
 * counting lines during the parse (yaml's LineCounter) cost ~10 % of loading a large scene.
 */
export function createLineIndex(text: string): LinePositions {
  let starts: number[] | null = null
  const lineStarts = () => {
    if (starts) return starts
    starts = [0]
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
    return starts
  }
  return {
    linePos(offset) {
      const s = lineStarts()
      let lo = 0
      let hi = s.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((s[mid] ?? 0) <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, col: offset - (s[lo] ?? 0) + 1 }
    },
  }
}
