/**
 * Bounds that keep hostile input cheap to refuse. Real scene files are a few hundred lines, about
 * ten levels deep and use no aliases; these limits leave ample room above that.
 */
export const MAX_BYTES = 1024 * 1024
/** Nesting depth of mappings and lists (the deepest real path is ~11: rubric → … → amount). */
export const MAX_DEPTH = 64
/**
 * Lines plus inline items (flow-collection entries, tags, anchors). The yaml parser's cost grows with
 * tokens far more than with bytes (10 000 short lines take longer than 1 MB on one line), so this,
 * not MAX_BYTES, keeps any accepted file well under 1 s to parse. Real scene files use ~1 900.
 */
export const MAX_LINES_AND_ITEMS = 8_000
/** Longer path segments (a hostile 900 kB key) are shortened in messages. */
export const MAX_SEGMENT_CHARS = 40
/** Errors reported for one file; a file with more is clearly not a scene file. */
export const MAX_ERRORS = 100
