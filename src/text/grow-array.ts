// Typed arrays that grow by doubling, for the indexing buffers whose final size is not known in advance.

type Growable = Int32Array | Uint8Array | Uint16Array | Float32Array | Float64Array;

/** A copy of `a` at least `min` long (doubling from its length, at least 16), or `a` itself when it is long enough. */
export function growArray<T extends Growable>(a: T, min: number): T {
  if (a.length >= min) return a;
  let size = Math.max(16, a.length);
  while (size < min) size *= 2;
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a as never);
  return b;
}
