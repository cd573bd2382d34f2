import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { Text, TextButton } from 'wix-style-react';
import { saveFile, transcriptText } from '../transcript.ts';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, CannedResponse, Label } from '@kotha/common/contract/team.ts';
import { threadItems, type ThreadState } from '../thread.ts';
import type { LoadState } from '../inbox-state.ts';
import { visitorDisplayName } from '../visitor-name.ts';
import { Composer } from './Composer.tsx';
import { ConversationHeader } from './ConversationHeader.tsx';
import { LoadFailed, Loading } from './LoadStates.tsx';
import { MessageItem, NoteItem, PendingItem } from './MessageItem.tsx';
import { errorMessage } from '../error-message.ts';
import { t } from '../i18n/i18n.ts';

export interface ConversationPanelProps {
  conversation: Conversation | undefined;
  thread: ThreadState;
  load: LoadState;
  statusChanging: boolean;
  statusError: string | null;
  locale: string | undefined;
  onSend(text: string): boolean;
  onNote(text: string): Promise<boolean>;
  onRetry(id: string): void;
  onDiscard(id: string): void;
  onClose(): void;
  onReopen(): void;
  onReload(): void;
  /** Extra context under the header (the shopper in Wix). */
  context?: ReactNode;
  /** A passing word above the messages (the conversation the agent just closed or snoozed). */
  notice?: string | null;
  /** Erases the shopper's data (GDPR); offered in the header's menu, confirmed. */
  onErase?: () => Promise<void>;
  labels: Label[];
  agents: Agent[];
  me: Agent | null;
  canned: CannedResponse[];
  teamName: string | null;
  onAssign(uid: string | null, note: string): Promise<void>;
  onSetLabels(labels: string[]): Promise<void>;
  onBlock(reason: string, byAddress: boolean): Promise<void>;
  onLoadEarlier(): Promise<void>;
  onSnooze(until: number): Promise<void>;
  /** Who is typing in this conversation now, if anyone. */
  typing?: string;
  onTyping(): void;
  /** Back to the list (the phone layout). */
  onBack?(): void;
  headingRef?: Ref<HTMLSpanElement>;
}

/** The right column: the open conversation's history, its status and the reply box. */
export function ConversationPanel(props: ConversationPanelProps) {
  const { conversation, thread, load } = props;
  const items = threadItems(thread);
  const name = conversation ? visitorDisplayName(conversation) : t('shopper.visitor');
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastItem = items[items.length - 1];
  // "Seen" goes under the team's newest reply once the shopper has nothing unread.
  const lastReply = [...thread.messages].reverse().find((m) => m.author === 'agent');
  const seenReplyId = conversation && conversation.unreadByVisitor === 0 ? lastReply?.id : undefined;
  const lastKey = lastItem ? (lastItem.kind === 'message' ? lastItem.message.id : lastItem.kind === 'note' ? lastItem.note.id : lastItem.reply.id) : '';

  // Follow the conversation as it grows; switching conversations starts at the bottom too.
  const atBottom = useRef(true);
  useEffect(() => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
    atBottom.current = true;
  }, [thread.conversationId, lastKey]);
  // The pane changes height under the messages (the shopper's details arrive, the reply
  // box grows, a phone's keyboard opens): whoever was reading the newest stays on it.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const onScroll = () => {
    const element = scrollRef.current;
    if (element) atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
  };

  // Earlier messages go on top without moving what the agent is reading.
  const [earlier, setEarlier] = useState<{ phase: 'idle' | 'loading' } | { phase: 'error'; message: string }>({ phase: 'idle' });
  const fromBottom = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element && fromBottom.current !== null) element.scrollTop = element.scrollHeight - fromBottom.current;
    fromBottom.current = null;
  }, [thread.messages[0]?.id]);
  async function loadEarlier() {
    const element = scrollRef.current;
    setEarlier({ phase: 'loading' });
    try {
      if (element) fromBottom.current = element.scrollHeight - element.scrollTop;
      await props.onLoadEarlier();
      setEarlier({ phase: 'idle' });
    } catch (e) {
      fromBottom.current = null;
      setEarlier({ phase: 'error', message: errorMessage(e) });
    }
  }

  return (
    <section className="kotha-panel" aria-label={t('panel.region', { name })}>
      {conversation ? (
        <ConversationHeader
          conversation={conversation}
          name={name}
          labels={props.labels}
          agents={props.agents}
          me={props.me}
          locale={props.locale}
          statusChanging={props.statusChanging}
          headingRef={props.headingRef}
          onBack={props.onBack}
          onClose={props.onClose}
          onReopen={props.onReopen}
          onSnooze={props.onSnooze}
          onAssign={props.onAssign}
          onSetLabels={props.onSetLabels}
          onBlock={props.onBlock}
          onErase={props.onErase}
          onTranscript={() => saveFile(`kotha-conversation-${conversation.id}.txt`, new Blob([transcriptText(conversation, thread.messages, props.locale)], { type: 'text/plain;charset=utf-8' }))}
        />
      ) : null}
      {props.context}
      {props.notice ? (
        <div className="kotha-panel-notice" role="status" data-hook="advanced-notice">
          <Text size="small">{props.notice}</Text>
        </div>
      ) : null}
      {props.statusError ? (
        <div className="kotha-panel-error" role="alert">
          <Text size="small" skin="error">
            {props.statusError}
          </Text>
        </div>
      ) : null}
      {/* The messages scroll by themselves; focusable, so the keyboard can scroll them too. */}
      <div className="kotha-messages-scroll" ref={scrollRef} onScroll={onScroll} role="log" aria-live="polite" aria-label={t('panel.log', { name })} tabIndex={0}>
        {load.phase === 'loading' && items.length === 0 ? <Loading text={t('panel.loading')} /> : null}
        {load.phase === 'error' && items.length === 0 ? <LoadFailed title={t('panel.loadError')} detail={load.message} onRetry={props.onReload} dataHook="thread-error" /> : null}
        {load.phase === 'ready' && items.length === 0 ? (
          <div className="kotha-center">
            <Text secondary>{t('panel.noMessages')}</Text>
          </div>
        ) : null}
        {thread.hasEarlier ? (
          <div className="kotha-load-earlier">
            <TextButton size="small" dataHook="load-earlier" disabled={earlier.phase === 'loading'} onClick={() => void loadEarlier()}>
              {t(earlier.phase === 'loading' ? 'common.loading' : 'panel.loadEarlier')}
            </TextButton>
            {earlier.phase === 'error' ? (
              <Text size="tiny" skin="error" role="alert">
                {earlier.message}
              </Text>
            ) : null}
          </div>
        ) : null}
        {items.length > 0 ? (
          <ol className="kotha-messages">
            {items.map((item) =>
              item.kind === 'message' ? (
                <MessageItem key={item.message.id} message={item.message} visitorName={name} locale={props.locale} seen={item.message.id === seenReplyId} />
              ) : item.kind === 'note' ? (
                <NoteItem key={item.note.id} note={item.note} locale={props.locale} />
              ) : (
                <PendingItem key={item.reply.id} reply={item.reply} onRetry={props.onRetry} onDiscard={props.onDiscard} />
              ),
            )}
          </ol>
        ) : null}
        {props.typing ? (
          <p className="kotha-typing" data-hook="typing">
            <Text size="small" secondary>
              {t('typing.isTyping', { name: props.typing })}
            </Text>
          </p>
        ) : null}
      </div>
      <Composer
        key={thread.conversationId}
        recipient={name}
        onSend={props.onSend}
        onNote={props.onNote}
        onTyping={props.onTyping}
        canned={props.canned}
        placeholders={{ shopperName: conversation?.visitorName ?? null, shopperEmail: conversation?.visitorEmail ?? null, agentName: props.me?.displayName ?? null, teamName: props.teamName }}
      />
    </section>
  );
}
