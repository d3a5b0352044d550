import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * `sha256:<hex>` of a scene file's exact source: a recording names the file it was played on, so a
 * replay on an edited file (same version number or not) can be refused instead of silently differing.
 * Sync and pure (@noble/hashes), so it runs in the browser, a worker and Node alike.
 */
export function contentHash(source: string | Uint8Array): string {
  return `sha256:${bytesToHex(sha256(typeof source === 'string' ? utf8ToBytes(source) : source))}`
}
