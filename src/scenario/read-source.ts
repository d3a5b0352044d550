import { MAX_BYTES } from './limits.ts'

/** A problem with the file as a whole, already located. */
export interface FileProblem {
  line: number
  column: number
  message: string
}

export type SourceResult = { ok: true; text: string } | { ok: false; problem: FileProblem }

/** 1048576 → "1,048,576" (no Intl: same output everywhere). */
const withCommas = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // A surrogate pair is 4 bytes: 2 per code unit.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3
  }
  return bytes
}

export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: index - lineStart + 1 }
}

/** YAML allows tab, LF, CR and printable characters; C0/C1 controls (except NEL) and DEL mean binary data. */
function isForbiddenControl(c: number): boolean {
  if (c === 9 || c === 10 || c === 13) return false
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f && c !== 0x85)
}

function findBinary(text: string): FileProblem | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (!isForbiddenControl(c)) continue
    const what = c === 0 ? 'a NUL byte' : `the control character U+${c.toString(16).toUpperCase().padStart(4, '0')}`
    return { ...lineColumnAt(text, i), message: `this is not a YAML text file: it contains ${what} (binary data?)` }
  }
  return null
}

/**
 * Turns the raw file into text, refusing oversized files before any work and binary data before
 * the parser sees it. Byte input must be UTF-8; a leading byte-order mark is dropped.
 */
export function readSource(source: string | Uint8Array): SourceResult {
  // Counting a string's UTF-8 bytes is linear; a string this long is over the limit whatever it holds.
  const huge = typeof source === 'string' && source.length > 4 * MAX_BYTES
  const bytes = typeof source !== 'string' ? source.length : huge ? source.length : utf8Length(source)
  if (bytes > MAX_BYTES) {
    const size = `${huge ? 'at least ' : ''}${withCommas(bytes)} bytes`
    const message = `this file is too large (${size}); scene files are limited to 1 MB (${withCommas(MAX_BYTES)} bytes)`
    return { ok: false, problem: { line: 1, column: 1, message } }
  }
  let text: string
  if (typeof source === 'string') text = source
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(source)
    } catch {
      const lossy = new TextDecoder('utf-8').decode(source)
      const at = Math.max(0, lossy.indexOf('\uFFFD'))
      const message = 'this is not a UTF-8 text file: it contains bytes that are not valid UTF-8 (binary data?)'
      return { ok: false, problem: { ...lineColumnAt(lossy, at), message } }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const binary = findBinary(text)
  return binary ? { ok: false, problem: binary } : { ok: true, text }
}
