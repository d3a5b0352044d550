/**
 * Memoises a derived list on the identity of its input (immutable arrays in the store): a selector
 * must return the same reference for the same state, or React's useSyncExternalStore re-renders forever.
 */
export function memoOn<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) cache.set(key, (value = compute(key)))
    return value
  }
}
