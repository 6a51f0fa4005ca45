import { setOwnMember, type JsonObject } from './own-member.js';
import type { ContainerFrame } from './parser-frame.js';
import type { JsonValue } from './types.js';

/** {@link rebuildOpenPath}'s answer when a big object's copy is not finished within the budget. */
export const UNFINISHED: unique symbol = Symbol('unfinished');

/**
 * Relative cost of copying one member of an object of ≥ {@link LARGE_OBJECT} keys against one
 * array slot (such objects are in dictionary mode: a spread or key loop, not a slice).
 */
export const OBJECT_MEMBER_COST = 16;
export const LARGE_OBJECT = 128;

/**
 * Estimated cost of the next snapshot copy: the members of the open containers, root to deepest
 * (array slots and members of small objects count 1, of large ones {@link OBJECT_MEMBER_COST}). O(depth).
 */
export function estimateSnapshotCost(stack: readonly ContainerFrame[]): number {
  let cost = 0;
  for (const frame of stack)
    cost += frame.isArray || frame.size < LARGE_OBJECT ? frame.size : frame.size * OBJECT_MEMBER_COST;
  return cost;
}

/**
 * Advances the copies of big objects (see `ContainerFrame.keys`) by at most `budget` keys in all.
 * @returns whether every big object's copy has caught up with its keys
 */
function advanceBigCopies(stack: readonly ContainerFrame[], budget: number): boolean {
  let left = budget;
  let caughtUp = true;
  for (const frame of stack) {
    const keys = frame.keys;
    if (keys === undefined) continue;
    let pending = frame.pending;
    if (pending === undefined) {
      pending = {};
      frame.pending = pending;
      frame.pendingCount = 0;
    }
    const work = frame.work as JsonObject;
    let index = frame.pendingCount;
    const end = Math.min(keys.length, index + left);
    for (; index < end; index++) {
      const key = keys[index] as string;
      if (key === '__proto__') setOwnMember(pending, key, work[key] as JsonValue);
      else pending[key] = work[key] as JsonValue;
    }
    left -= index - frame.pendingCount;
    frame.pendingCount = index;
    if (index < keys.length) caughtUp = false;
  }
  return caughtUp;
}

/**
 * A shallow copy of a plain object. `Object.assign` onto `{}` stays fast whatever the object's
 * shape, where a spread slows down a lot once the copies of one call site see many shapes (as
 * the objects of one document do); but it *assigns*, and assigning `__proto__` would change the
 * copy's prototype, so an object with an own `__proto__` member is spread instead (which
 * defines it, as `JSON.parse` does).
 */
function copyObject(object: JsonObject, hasProtoKey: boolean): JsonObject {
  return hasProtoKey ? { ...object } : Object.assign({}, object);
}

/**
 * Copy-on-write rebuild of the open path, from the deepest open container up to the root.
 *
 * A frame is copied only when a child closed into it (`dirty`) or its open child's value changed
 * identity; the copy is `work` (closed children, shared as they are) plus the open child. A frame
 * that is clean has clean ancestors too (a frame only changes while it is the deepest one, and
 * any frame opened after that is new), so the walk stops at the first clean frame. The cost is the
 * size of the containers copied along the changed part of the path, independent of the rest of
 * the document: an array on the path is copied whole (a slice, ~3 ns a slot), a small object by
 * spread, a big object (≥ `BIG_OBJECT` keys) by a loop over its key list, built across calls
 * with at most `budget` keys per call so that no call stalls.
 *
 * @param stack - open containers, root first
 * @param openChild - value of the scalar being read in the deepest frame (open string), if shown
 * @param budget - most big-object keys to copy in this call (`Infinity`: finish now)
 * @returns the root's new value (`openChild` itself when no container is open), or
 *   {@link UNFINISHED} when a big object's copy needs more calls (no frame was changed)
 */
export function rebuildOpenPath(
  stack: readonly ContainerFrame[],
  openChild: JsonValue | undefined,
  budget = Number.POSITIVE_INFINITY,
): JsonValue | undefined | typeof UNFINISHED {
  if (!advanceBigCopies(stack, budget)) return UNFINISHED;
  let child = openChild;
  for (let index = stack.length - 1; index >= 0; index--) {
    const frame = stack[index] as ContainerFrame;
    if (!frame.dirty && frame.snap !== undefined && frame.lastChild === child) {
      return (stack[0] as ContainerFrame).snap;
    }
    let copy: JsonValue[] | JsonObject;
    if (frame.isArray) {
      const work = frame.work as JsonValue[];
      if (child === undefined) copy = work.slice();
      else {
        // push/slice/pop: one exact-size copy (pushing onto the copy would grow it again)
        work.push(child);
        copy = work.slice();
        work.pop();
      }
    } else if (frame.pending !== undefined) {
      // a big object: its key-list copy has caught up (advanceBigCopies); it is given out now
      copy = frame.pending;
      frame.pending = undefined;
      if (child !== undefined) setOwnMember(copy, frame.pendingKey, child);
    } else if (!frame.dirty && frame.lastChild !== undefined && child !== undefined) {
      // Only the open member's value changed: copy the previous snapshot (same keys, same shape)
      // and replace that one value, which avoids adding a property to a fresh copy.
      copy = copyObject(frame.snap as JsonObject, frame.hasProtoKey || frame.pendingKey === '__proto__');
      setOwnMember(copy, frame.pendingKey, child);
    } else {
      copy = copyObject(frame.work as JsonObject, frame.hasProtoKey || frame.pendingKey === '__proto__');
      if (child !== undefined) setOwnMember(copy, frame.pendingKey, child);
    }
    frame.snap = copy;
    frame.lastChild = child;
    frame.dirty = false;
    child = copy;
  }
  return child;
}
