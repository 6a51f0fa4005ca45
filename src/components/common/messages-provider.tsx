import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isChineseLocale, resolveMessages, type Messages } from './messages.js';

/**
 * What views read from {@link MessagesProvider}: the locale, whether it takes the Simplified
 * Chinese copy, and the keys overridden for it. Copy is resolved per component ({@link useCopy}).
 */
export interface MessagesContextValue {
  locale: string | undefined;
  chinese: boolean;
  overrides: Partial<Messages> | undefined;
}

const MessagesContext = createContext<MessagesContextValue>({
  locale: undefined,
  chinese: false,
  overrides: undefined,
});

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
  const value = useResolvedMessages(useContext(MessagesContext), locale, messages);
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>;
}

/**
 * The provider's value with a view's own `locale` / `messages` (same object when neither is
 * given). A new locale starts from its built-in copy: overrides written for the outer locale do not apply.
 */
export function useResolvedMessages(
  parent: MessagesContextValue,
  locale: string | undefined,
  overrides: Partial<Messages> | undefined,
): MessagesContextValue {
  return useMemo(() => {
    if (locale === undefined && overrides === undefined) return parent;
    const inherited = locale === undefined ? parent.overrides : undefined;
    return {
      locale: locale ?? parent.locale,
      chinese: locale === undefined ? parent.chinese : isChineseLocale(locale),
      overrides: inherited && overrides ? { ...inherited, ...overrides } : (overrides ?? inherited),
    };
  }, [parent, locale, overrides]);
}

/** One component's copy group for the context's locale (`chinese` or `english`), overrides applied. */
export function copyIn<T extends object>(context: MessagesContextValue, english: T, chinese: T): T {
  const base = context.chinese ? chinese : english;
  return context.overrides ? { ...base, ...context.overrides } : base;
}

/** A component's copy group (its English and Simplified Chinese versions) in the locale in effect. */
export function useCopy<T extends object>(english: T, chinese: T): T {
  return copyIn(useContext(MessagesContext), english, chinese);
}

/** The messages context as a whole (used by the view wrapper). */
export function useMessagesContext(): MessagesContextValue {
  return useContext(MessagesContext);
}

/**
 * Every message in effect (provider or a view's own `locale` / `messages`). Bundles the copy of
 * every component; a component reads only its own group with `useCopy`.
 */
export function useMessages(): Messages {
  const { locale, overrides } = useContext(MessagesContext);
  return useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
}

export { MessagesContext };
