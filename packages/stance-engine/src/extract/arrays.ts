// Array helpers shaped for V8's optimising compiler.

/**
 * Appends `items` to `out` one by one. (A spread, `out.push(...items)`, checks the elements kind
 * of the array spread: an empty literal and a filled array differ, and the optimised caller is
 * thrown away on the "wrong map".)
 */
export function pushAll<T>(out: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]!);
}
