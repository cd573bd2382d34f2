/**
 * What the panel and the Help chunk say to each other. Types only: the panel imports this
 * file and nothing else of the chunk, which it loads on demand (index.tsx is the entry).
 */
import type { ComponentType, RefObject } from 'preact';
import type { VoteSource } from '@kotha/common/contract/help';
import type { ApiRequest } from '../panel/api-client';
import type { Strings } from '../panel/strings';
import type { Chat } from '../panel/chat';
import type { HelpRuntime } from './runtime';

/** Where the Help view opens: its first screen, or an article (from a suggestion while typing). */
export type HelpEntry = { article: string; source: VoteSource } | null;

/** Outside hours, what "Talk to a person" leads to: a message with an email, or nothing until the team is back. */
export type AwayMode = 'message' | 'hours-only' | null;

export interface HelpViewProps {
  strings: Strings;
  entry: HelpEntry;
  /** The shopper's email, if they gave one: the order form starts with it. */
  email: string;
  away: AwayMode;
  /**
   * The chat's message box, kept (hidden) while Help is shown. "No" or "Talk to a person"
   * sends what is typed in it (or focuses it, or the email field it still needs); "Yes" on
   * a suggestion empties it, so the words are not sent.
   */
  input: RefObject<HTMLTextAreaElement | null>;
  /** Back to the chat. */
  onClose: () => void;
}

export interface SuggestionsProps {
  strings: Strings;
  /** The shopper opens a suggested article. */
  onOpen: (articleId: string) => void;
}

export interface HelpModule {
  View: ComponentType<HelpViewProps>;
  /** The articles above the message box while the shopper types a question. */
  Suggestions: ComponentType<SuggestionsProps>;
  /** The message box's text changed (suggestions follow it, debounced). */
  draft: (text: string, locale: string) => void;
}

export interface HelpDeps {
  /** The widget's shadow root: the chunk adds its stylesheet there. */
  root: ShadowRoot;
  request: <T>(request: ApiRequest) => Promise<T>;
  /** The session (its token) and the hand-over trail of the next message. */
  chat: Pick<Chat, 'token' | 'handOff'>;
}

/** The chunk's entry point. */
export type CreateHelp = (runtime: HelpRuntime, deps: HelpDeps) => HelpModule;
