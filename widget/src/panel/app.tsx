import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chat } from './chat';
import { AwayNotice, replyTimeLine } from './away-notice';
import { Composer } from './composer';
import { Header } from './header';
import { MessageList } from './message-list';
import type { PanelState, Store } from './store';
import type { Strings } from './strings';
import { EndOfChat } from './end-of-chat';
import { EarlierConversations } from './earlier-conversations';
import { LeaveEmail } from './leave-email';
import type { HelpEntry, HelpModule } from '../help/module';

interface AppProps {
  store: Store;
  chat: Chat;
  strings: Strings;
  onClose: () => void;
  /** Loads the Help chunk (once; it is cached). */
  loadHelp: () => Promise<HelpModule>;
}

/** Subscribes a component to the store. */
function useStoreState(store: Store): PanelState {
  const [state, setState] = useState(store.get());
  useEffect(() => {
    setState(store.get());
    return store.subscribe(setState);
  }, [store]);
  return state;
}

/** The chat panel: a labelled, non-modal dialog beside the launcher, in the language of `strings`. */
export function App({ store, chat, strings, onClose, loadHelp }: AppProps) {
  const state = useStoreState(store);
  const input = useRef<HTMLTextAreaElement>(null);
  // The merchant's words in the shopper's language when they wrote some, else their default ones.
  const local = state.settings?.localized?.find((texts) => texts.locale === strings.locale);
  const team = local?.teamName || state.settings?.teamName;
  const closed = state.conversation?.status === 'closed';
  // Outside hours a chat already going on continues; a new one needs an email (or waits).
  const away = state.availability && !state.availability.open ? state.availability : null;
  const chatting = state.conversation?.status === 'open';
  const askEmail = away !== null && !chatting && away.outsideHours === 'take-message';
  // The merchant asks for an email before a chat starts (in hours): given with the first message.
  const emailFirst = !askEmail && !chatting && state.settings?.requireEmail === true && state.visitor?.hasEmail !== true;
  const canWrite = away === null || chatting || askEmail;
  const replyTime = replyTimeLine(state.availability, strings);
  const [viewingPast, setViewingPast] = useState(false);
  const [emailDismissed, setEmailDismissed] = useState(false);
  const name = state.visitor?.name;
  const greeting = local?.greeting || state.settings?.greeting || null;
  // The address just saved from the ask below, confirmed in its place.
  const [savedEmail, setSavedEmail] = useState('');
  // After their first message in hours, one skippable ask for an email, if we have none.
  const askLaterEmail =
    !emailDismissed && away === null && state.visitor !== null && !state.visitor.hasEmail && chatting &&
    state.messages.some((m) => m.author === 'visitor' && m.status === 'sent' && m.conversationId === state.conversation?.id);

  // Self-service: the Help chunk (false when it failed to load) and where its view is open
  // (undefined: the chat is shown).
  const [help, setHelp] = useState<HelpModule | null | false>(null);
  const [helpAt, setHelpAt] = useState<HelpEntry | undefined>(undefined);
  const withHelp = (then?: (module: HelpModule) => void) =>
    void loadHelp().then(
      (module) => {
        setHelp(module);
        then?.(module);
      },
      () => setHelp(false),
    );
  function openHelp(entry: HelpEntry) {
    setHelpAt(entry);
    withHelp();
  }

  // Opening moves focus to the composer, so the shopper can type at once; closing leaves Help,
  // so the chat (and its composer) is what opens next time.
  useEffect(() => {
    if (state.open) input.current?.focus();
    else setHelpAt(undefined);
  }, [state.open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  }

  return (
    <section
      class="panel"
      role="dialog"
      aria-label={team ? strings.chatWith(team) : strings.chat}
      data-kotha="panel"
      lang={strings.locale}
      dir={strings.dir}
      hidden={!state.open}
      onKeyDown={onKeyDown}
    >
      <Header title={team ?? strings.chat} subtitle={replyTime} strings={strings} onClose={onClose} onHelp={() => openHelp(null)} />
      {away ? <AwayNotice availability={away} strings={strings} now={Date.now()} /> : null}
      {state.connection === 'connecting' && state.settings === null ? (
        <p class="banner" role="status">
          {strings.connecting}
        </p>
      ) : null}
      {state.connection === 'offline' ? (
        <p class="banner" role="alert">
          {strings.offline}
          <button type="button" class="link-button" data-kotha="reconnect" onClick={() => void chat.start()}>
            {strings.tryAgain}
          </button>
        </p>
      ) : null}
      {helpAt === undefined ? null : help ? (
        <help.View
          key={helpAt?.article}
          strings={strings}
          entry={helpAt}
          email={state.visitor?.email ?? ''}
          away={!canWrite ? 'hours-only' : askEmail ? 'message' : null}
          input={input}
          onClose={() => setHelpAt(undefined)}
        />
      ) : help === false ? (
        <p class="banner" role="alert">
          {strings.offline}
          <button type="button" class="link-button" onClick={() => withHelp()}>
            {strings.tryAgain}
          </button>
        </p>
      ) : (
        <p class="banner" role="status">
          {strings.connecting}
        </p>
      )}
      {helpAt !== undefined ? null : <>
      <EarlierConversations past={state.past} strings={strings} load={chat.loadConversation} onViewing={setViewingPast} />
      {viewingPast ? null : <MessageList
        messages={state.messages}
        greeting={name ? `${strings.hello(name)} ${greeting ?? ''}`.trim() : greeting}
        closed={closed}
        open={state.open}
        strings={strings}
        onRetry={chat.retry}
        seenUpTo={state.conversation?.agentReadAt ?? null}
        typing={state.typing}
      />}
      {viewingPast ? null : savedEmail && chatting ? (
        <p class="notice" role="status" data-kotha="email-saved">
          {strings.emailSaved(savedEmail)}
        </p>
      ) : askLaterEmail ? (
        <LeaveEmail
          strings={strings}
          onEmail={(email) =>
            chat.identify({ email }).then(() => {
              // Saved only if the server took it (identify is best effort); then back to writing.
              const saved = store.get().visitor?.email;
              if (saved) {
                setSavedEmail(saved);
                input.current?.focus();
              }
            })
          }
          onDismiss={() => setEmailDismissed(true)}
        />
      ) : null}
      {closed && !viewingPast ? <EndOfChat strings={strings} email={state.visitor?.email ?? ''} rating={state.conversation?.rating ?? null} onRate={chat.rate} onTranscript={chat.emailTranscript} /> : null}
      {state.queue?.position && state.queue.position > 1 ? (
        <p class="notice" role="status" data-kotha="queue">
          {strings.queuePosition(state.queue.position)}
          {state.queue.estimatedWaitMinutes ? ` ${strings.waitAbout(state.queue.estimatedWaitMinutes)}` : ''}
        </p>
      ) : null}
      {state.blocked ? (
        <p class="notice" role="alert" data-kotha="blocked">
          {strings.blocked}
        </p>
      ) : null}
      </>}
      {help && helpAt === undefined && canWrite && !viewingPast ? <help.Suggestions strings={strings} onOpen={(article) => openHelp({ article, source: 'suggestion' })} /> : null}
      {canWrite && !state.blocked && !viewingPast ? <Composer
          strings={strings}
          inputRef={input}
          askEmail={askEmail || emailFirst}
          hidden={helpAt !== undefined}
          onSend={(text, email) => {
            if (emailFirst && email) void chat.identify({ email });
            return chat.send(text, emailFirst ? undefined : email);
          }}
          onTyping={chat.typing}
          onDraft={(text) => withHelp((module) => module.draft(text, strings.locale))}
        /> : null}
      {state.branding ? (
        <p class="branding" data-kotha="branding">
          <a href="https://kotha.chat/?ref=widget" target="_blank" rel="noopener noreferrer" lang="en">
            Powered by Kotha
          </a>
        </p>
      ) : null}
    </section>
  );
}
