import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { AnyCatalogEntry } from './catalog.js';

/** Result of validating a node's props: `pending` while an async schema runs. */
export type PropsValidation =
  | { kind: 'valid'; value: unknown }
  | { kind: 'invalid'; issues: readonly StandardSchemaV1.Issue[] }
  | { kind: 'pending'; promise: Promise<void> };

const cache = new WeakMap<object, WeakMap<AnyCatalogEntry, PropsValidation>>();
const EMPTY_PROPS = Object.freeze({});

/**
 * Validates props with the entry's Standard Schema once per (props object, entry): complete
 * nodes keep their identity, so each is validated once. A schema that throws counts as invalid.
 */
export function validateProps(entry: AnyCatalogEntry, props: object | undefined): PropsValidation {
  const target = props ?? EMPTY_PROPS;
  let byEntry = cache.get(target);
  const cached = byEntry?.get(entry);
  if (cached) return cached;
  if (!byEntry) {
    byEntry = new WeakMap();
    cache.set(target, byEntry);
  }
  const store = byEntry;
  const settle = (result: StandardSchemaV1.Result<unknown>): PropsValidation =>
    result.issues ? { kind: 'invalid', issues: result.issues } : { kind: 'valid', value: result.value };
  let outcome: PropsValidation;
  if (!entry.schema) outcome = { kind: 'valid', value: target };
  else {
    try {
      const result = entry.schema['~standard'].validate(target);
      if (result instanceof Promise) {
        const promise = result.then(
          (done) => void store.set(entry, settle(done)),
          () => void store.set(entry, { kind: 'invalid', issues: [{ message: 'Validation failed' }] }),
        );
        outcome = { kind: 'pending', promise };
      } else outcome = settle(result);
    } catch {
      outcome = { kind: 'invalid', issues: [{ message: 'Validation failed' }] };
    }
  }
  store.set(entry, outcome);
  return outcome;
}
