import { findKey, isRecord, isScalar, readOwn, type JsonRecord } from '../common/json-shape.js';
import type { FieldHint } from '../key-value/key-value.js';

/** Where a card shows a key. */
export type CardRole = 'title' | 'subtitle' | 'badge' | 'body' | 'image' | 'actions' | 'field' | 'section';

/** Schema hint for a card key: its role and label, known before any byte arrives. */
export interface CardFieldHint extends FieldHint {
  /** Default: `'field'` (a key/value row). */
  role?: CardRole;
}

/** Keys that take a special place on a card, by role (matched case-insensitively). */
export const ROLE_KEYS: Record<Exclude<CardRole, 'field' | 'section'>, readonly string[]> = {
  title: ['title', 'name', 'heading', 'headline', 'label'],
  subtitle: ['subtitle', 'subheading', 'tagline', 'author', 'byline'],
  badge: ['badge', 'tag', 'status', 'category'],
  body: ['body', 'summary', 'description', 'text', 'content', 'message'],
  image: ['image', 'imageurl', 'image_url', 'thumbnail', 'picture'],
  actions: ['actions', 'buttons'],
};

/** One key placed on the card. */
export interface CardSlot extends FieldHint {
  role: CardRole;
}

/**
 * Places the keys of a (partial) object on a card: hinted keys first with their role, then
 * title-like keys (`title`/`name`/`heading`…), subtitle, badge, body, image and actions by
 * name, other scalars as key/value rows and nested objects/arrays as sections. Keys keep their
 * arrival order; `__proto__` and friends are ordinary keys. With `title: false` no key becomes the
 * title (a title-like key is a row).
 */
export function layoutCard(
  record: JsonRecord | undefined,
  hints: readonly CardFieldHint[] = [],
  title = true,
): CardSlot[] {
  const slots: CardSlot[] = hints.map((hint) => ({ ...hint, role: hint.role ?? 'field' }));
  const taken = new Set(slots.map((slot) => slot.key));
  const rolesUsed = new Set(slots.map((slot) => slot.role));
  if (!title) rolesUsed.add('title');
  if (!record) return slots;
  // Lower-cased keys read once (a 10⁴-key object costs 10⁴ steps, not 10⁴ per candidate).
  const lowered = new Map<string, string>();
  for (const key of Object.keys(record)) {
    const lower = key.toLowerCase();
    if (!lowered.has(lower) && record[key] !== undefined) lowered.set(lower, key);
  }
  for (const [role, candidates] of Object.entries(ROLE_KEYS) as Array<[CardRole, readonly string[]]>) {
    if (rolesUsed.has(role)) continue;
    const key = candidates
      .filter((candidate) => !taken.has(candidate))
      .map((candidate) => lowered.get(candidate))
      .find((found) => found !== undefined);
    if (key === undefined || taken.has(key)) continue;
    const value = readOwn(record, key);
    const textual = role === 'title' || role === 'subtitle' || role === 'badge' || role === 'body';
    if (textual && typeof value !== 'string' && typeof value !== 'number') continue;
    if (role === 'actions' && !Array.isArray(value)) continue;
    slots.push({ key, role });
    taken.add(key);
    rolesUsed.add(role);
  }
  for (const key of Object.keys(record)) {
    if (taken.has(key)) continue;
    const value = record[key];
    slots.push({ key, role: isScalar(value) || value === undefined ? 'field' : 'section' });
  }
  return slots;
}

/** An action button, as handed to `onAction`. The URL, if any, has passed the URL allowlist. */
export interface CardAction {
  /** `id` of the action, else its label. */
  id: string;
  label: string;
  /** The action's `value` / `payload`, as data. */
  value?: unknown;
  /** The action's `url`/`href` when its protocol is allowed; never navigated to by ripen. */
  url?: string;
}

/** Reads a model action object (`{ id?, label|title|text, value|payload?, url|href? }`). */
export function readAction(raw: unknown): { id: string; label: string; value: unknown; url: unknown } | undefined {
  if (typeof raw === 'string') return { id: raw, label: raw, value: undefined, url: undefined };
  if (!isRecord(raw)) return undefined;
  const labelKey = findKey(raw, ['label', 'title', 'text', 'name']);
  const label = labelKey === undefined ? undefined : readOwn(raw, labelKey);
  if (typeof label !== 'string') return undefined;
  const id = readOwn(raw, 'id');
  const valueKey = findKey(raw, ['value', 'payload', 'data']);
  const urlKey = findKey(raw, ['url', 'href', 'link']);
  return {
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : label,
    label,
    value: valueKey === undefined ? undefined : readOwn(raw, valueKey),
    url: urlKey === undefined ? undefined : readOwn(raw, urlKey),
  };
}

/** Reads an image value: a URL string or `{ src|url, alt? }`. */
export function readImage(raw: unknown): { src: unknown; alt: string } {
  if (!isRecord(raw)) return { src: raw, alt: '' };
  const srcKey = findKey(raw, ['src', 'url', 'href']);
  const alt = readOwn(raw, 'alt');
  return { src: srcKey === undefined ? undefined : readOwn(raw, srcKey), alt: typeof alt === 'string' ? alt : '' };
}
