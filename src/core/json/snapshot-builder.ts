import { setOwnMember, type JsonObject } from './own-member.js';
import type { ContainerFrame } from './parser-frame.js';
import type { JsonValue } from './types.js';

/**
 * Copy-on-write rebuild of the open path, from the deepest open container up to the root.
 *
 * A frame is copied only when a child closed into it (`dirty`) or its open child's value changed
 * identity; the copy is `work` (closed children, shared as they are) plus the open child. A frame
 * that is clean has clean ancestors too (a frame only changes while it is the deepest one, and
 * any frame opened after that is new), so the walk stops at the first clean frame. The cost is the
 * size of the containers copied along the changed part of the path, independent of the rest of
 * the document (note: an array on the path is copied whole, so a 5,000-row table costs a
 * 5,000-slot copy per snapshot while a row streams).
 *
 * @param stack - open containers, root first
 * @param openChild - value of the scalar being read in the deepest frame (open string), if shown
 * @returns the root's new value (`openChild` itself when no container is open)
 */
export function rebuildOpenPath(
  stack: readonly ContainerFrame[],
  openChild: JsonValue | undefined,
): JsonValue | undefined {
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
    } else if (!frame.dirty && frame.lastChild !== undefined && child !== undefined) {
      // Only the open member's value changed: copy the previous snapshot (same keys, same shape)
      // and replace that one value, which avoids adding a property to a fresh copy.
      copy = { ...(frame.snap as JsonObject) };
      setOwnMember(copy, frame.pendingKey, child);
    } else {
      copy = { ...(frame.work as JsonObject) };
      if (child !== undefined) setOwnMember(copy, frame.pendingKey, child);
    }
    frame.snap = copy;
    frame.lastChild = child;
    frame.dirty = false;
    child = copy;
  }
  return child;
}
