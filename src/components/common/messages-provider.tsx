import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ENGLISH_MESSAGES, resolveMessages, type Messages } from './messages.js';

/** What views read from {@link MessagesProvider}: the locale and the resolved messages. */
export interface MessagesContextValue {
  locale: string | undefined;
  messages: Messages;
}

const MessagesContext = createContext<MessagesContextValue>({ locale: undefined, messages: ENGLISH_MESSAGES });

/** Props of {@link MessagesProvider}. */
export interface MessagesProviderProps {
  /** BCP 47 locale for the copy and for number and date formatting (e.g. `'zh-CN'`). */
  locale?: string | undefined;
  /** Keys that replace the built-in messages for this locale. */
  messages?: Partial<Messages> | undefined;
  children?: ReactNode;
}

/**
 * Chooses the copy and formatting locale for every ripen view inside: built-in English or
 * Simplified Chinese by `locale`, with `messages` overriding single keys. A view's own `locale`
 * and `messages` props win over the provider's.
 */
export function MessagesProvider({ locale, messages, children }: MessagesProviderProps) {
  const parent = useContext(MessagesContext);
  const value = useResolvedMessages(parent, locale, messages);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/** The provider's value merged with a view's own `locale` / `messages` (same object when neither is given). */
export function useResolvedMessages(
  parent: MessagesContextValue,
  locale: string | undefined,
  overrides: Partial<Messages> | undefined,
): MessagesContextValue {
  return useMemo(() => {
    if (locale === undefined && overrides === undefined) return parent;
    const shownLocale = locale ?? parent.locale;
    const base = locale === undefined ? parent.messages : resolveMessages(shownLocale);
    return { locale: shownLocale, messages: overrides ? { ...base, ...overrides } : base };
  }, [parent, locale, overrides]);
}

/** The messages context as a whole (used by the view wrapper). */
export function useMessagesContext(): MessagesContextValue {
  return useContext(MessagesContext);
}

/** The messages in effect (provider or a view's own `locale` / `messages`). */
export function useMessages(): Messages {
  return useContext(MessagesContext).messages;
}

export { MessagesContext };
