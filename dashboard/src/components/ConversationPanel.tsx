import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Badge, Button, EmptyState, Heading, Loader, Text, TextButton } from 'wix-style-react';
import { saveFile, transcriptText } from '../transcript.ts';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, CannedResponse, Label } from '@kotha/common/contract/team.ts';
import { AssignButton, BlockShopperButton, LabelsButton, SnoozeButton } from './ConversationActions.tsx';
import { formatFullTime } from '../relative-time.ts';
import { threadItems, type ThreadState } from '../thread.ts';
import type { LoadState } from '../inbox-state.ts';
import { visitorDisplayName } from '../visitor-name.ts';
import { Composer } from './Composer.tsx';
import { EraseShopperButton } from './EraseShopperButton.tsx';
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
  onToggleStatus(): void;
  onReload(): void;
  /** Extra context under the header (the shopper in Wix). */
  context?: React.ReactNode;
  /** Erases the shopper's data (GDPR); shown as a confirmed action in the header. */
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
}

/** Who has the conversation, from the agent's point of view. */
function assigneeText(uid: string, agents: Agent[], me: Agent | null): string {
  if (uid === me?.uid) return t('panel.assignedToYou');
  const name = agents.find((a) => a.uid === uid)?.displayName;
  return name ? t('panel.assignedTo', { name }) : t('panel.assignedToTeammate');
}

/** The right column: the open conversation's history, its status and the reply box. */
export function ConversationPanel(props: ConversationPanelProps) {
  const { conversation, thread, load } = props;
  const items = threadItems(thread);
  const name = conversation ? visitorDisplayName(conversation) : t('shopper.visitor');
  const scrollRef = useRef<HTMLDivElement>(null);
  const lastItem = items[items.length - 1];
  const conversationLabels = conversation ? props.labels.filter((l) => conversation.labels.includes(l.id)) : [];
  const assignee = conversation?.assigneeUid ? assigneeText(conversation.assigneeUid, props.agents, props.me) : t('panel.unassigned');
  // "Seen" goes under the team's newest reply once the shopper has nothing unread.
  const lastReply = [...thread.messages].reverse().find((m) => m.author === 'agent');
  const seenReplyId = conversation && conversation.unreadByVisitor === 0 ? lastReply?.id : undefined;
  const lastKey = lastItem ? (lastItem.kind === 'message' ? lastItem.message.id : lastItem.kind === 'note' ? lastItem.note.id : lastItem.reply.id) : '';

  // Follow the conversation as it grows; switching conversations starts at the bottom too.
  useEffect(() => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [thread.conversationId, lastKey]);

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
      <header className="kotha-panel-header">
        <div className="kotha-panel-title">
          <Heading size="small" as="h2">
            {name}
          </Heading>
          {conversation?.visitorEmail ? (
            <Text size="small" secondary>
              {conversation.visitorEmail}
            </Text>
          ) : null}
          {conversation?.rating ? (
            <Text size="small" dataHook="conversation-rating">
              {t(conversation.rating === 'good' ? 'panel.ratedGood' : 'panel.ratedBad')}
              {conversation.ratingComment ? t('panel.ratingComment', { comment: conversation.ratingComment }) : ''}
            </Text>
          ) : null}
          {conversation ? (
            <span className="kotha-row-tags" data-hook="conversation-tags">
              <Text size="tiny" secondary dataHook="conversation-assignee">
                {assignee}
              </Text>
              {conversationLabels.map((label) => (
                <span key={label.id} className="kotha-label-chip" data-hook="conversation-label">
                  <span className="kotha-label-dot" style={{ background: label.color }} aria-hidden="true" />
                  {label.name}
                </span>
              ))}
            </span>
          ) : null}
        </div>
        {conversation ? (
          <div className="kotha-panel-actions">
            <span data-hook="conversation-status" data-status={conversation.status}>
              <Badge size="small" skin={conversation.status === 'open' ? 'success' : conversation.status === 'snoozed' ? 'warningLight' : 'neutralLight'} uppercase={false}>
                {conversation.status === 'open'
                  ? t('status.open')
                  : conversation.status === 'snoozed'
                    ? conversation.snoozedUntil
                      ? t('status.snoozedUntil', { time: formatFullTime(conversation.snoozedUntil, props.locale) })
                      : t('status.snoozed')
                    : t('status.closed')}
              </Badge>
            </span>
            <Button
              size="small"
              priority="secondary"
              dataHook="toggle-status"
              disabled={props.statusChanging}
              onClick={props.onToggleStatus}
            >
              {t(conversation.status === 'open' ? 'panel.close' : 'panel.reopen')}
            </Button>
            {conversation.status === 'open' ? <SnoozeButton locale={props.locale} onSnooze={props.onSnooze} /> : null}
            <AssignButton conversation={conversation} agents={props.agents} me={props.me} onAssign={props.onAssign} />
            <LabelsButton conversation={conversation} labels={props.labels} onSave={props.onSetLabels} />
            <BlockShopperButton name={name} onBlock={props.onBlock} />
            <TextButton
              size="small"
              dataHook="download-transcript"
              onClick={() => saveFile(`kotha-conversation-${conversation.id}.txt`, new Blob([transcriptText(conversation, thread.messages, props.locale)], { type: 'text/plain;charset=utf-8' }))}
            >
              {t('panel.transcript')}
            </TextButton>
            {props.onErase ? <EraseShopperButton name={name} onErase={props.onErase} /> : null}
          </div>
        ) : null}
      </header>
      {props.context}
      {props.statusError ? (
        <div className="kotha-panel-error" role="alert">
          <Text size="small" skin="error">
            {props.statusError}
          </Text>
        </div>
      ) : null}
      <div className="kotha-messages-scroll" ref={scrollRef}>
        {load.phase === 'loading' && items.length === 0 ? (
          <div className="kotha-center" role="status">
            <Loader size="small" text={t('panel.loading')} />
          </div>
        ) : null}
        {load.phase === 'error' && items.length === 0 ? (
          <div className="kotha-center" role="alert">
            <EmptyState theme="section" title={t('panel.loadError')} subtitle={load.message}>
              <Button size="small" priority="secondary" onClick={props.onReload}>
                {t('common.tryAgain')}
              </Button>
            </EmptyState>
          </div>
        ) : null}
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
          <div role="log" aria-live="polite" aria-label={t('panel.log', { name })}>
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
          </div>
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
