/**
 * The open conversation's header: who, their status, and the tools. The routine ones
 * (Close, Snooze, Assign) are buttons; the rest (Labels, Transcript) and the destructive
 * ones (Block, Delete the shopper's data, each confirmed in a dialog) wait in "More", away
 * from the routine ones. On a phone every tool is in one menu beside a Back button.
 */
import { useState, type Ref } from 'react';
import { Badge, Button, Heading, PopoverMenu, Text } from 'wix-style-react';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, Label } from '@kotha/common/contract/team.ts';
import { AssignDialog, BlockDialog, EraseDialog, LabelsDialog, SnoozeDialog } from './ConversationActions.tsx';
import { BackIcon, MoreIcon } from './Icons.tsx';
import { formatFullTime } from '../relative-time.ts';
import { usePhone } from '../layout.ts';
import { t } from '../i18n/i18n.ts';

type Tool = 'assign' | 'snooze' | 'labels' | 'block' | 'erase';

export interface ConversationHeaderProps {
  conversation: Conversation;
  /** The shopper's name as the inbox shows it. */
  name: string;
  labels: Label[];
  agents: Agent[];
  me: Agent | null;
  locale: string | undefined;
  statusChanging: boolean;
  /** The heading, focused when the conversation opens on a phone. */
  headingRef?: Ref<HTMLSpanElement>;
  /** Back to the list (phone layout only). */
  onBack?(): void;
  onClose(): void;
  onReopen(): void;
  onSnooze(until: number): Promise<void>;
  onAssign(uid: string | null, note: string): Promise<void>;
  onSetLabels(labels: string[]): Promise<void>;
  onBlock(reason: string, byAddress: boolean): Promise<void>;
  onTranscript(): void;
  /** Erases the shopper's data (GDPR); absent when it cannot be offered. */
  onErase?(): Promise<void>;
}

/** Who has the conversation, from the agent's point of view. */
function assigneeText(uid: string | null, agents: Agent[], me: Agent | null): string {
  if (!uid) return t('panel.unassigned');
  if (uid === me?.uid) return t('panel.assignedToYou');
  const name = agents.find((a) => a.uid === uid)?.displayName;
  return name ? t('panel.assignedTo', { name }) : t('panel.assignedToTeammate');
}

function StatusBadge({ conversation, locale }: { conversation: Conversation; locale: string | undefined }) {
  const { status } = conversation;
  return (
    <span data-hook="conversation-status" data-status={status}>
      <Badge size="small" skin={status === 'open' ? 'neutralSuccess' : status === 'snoozed' ? 'warningLight' : 'neutralLight'} uppercase={false}>
        {status === 'open'
          ? t('status.open')
          : status === 'snoozed'
            ? conversation.snoozedUntil
              ? t('status.snoozedUntil', { time: formatFullTime(conversation.snoozedUntil, locale) })
              : t('status.snoozed')
            : t('status.closed')}
      </Badge>
    </span>
  );
}

export function ConversationHeader(props: ConversationHeaderProps) {
  const { conversation, name } = props;
  const phone = usePhone();
  const [tool, setTool] = useState<Tool | null>(null);
  const close = () => setTool(null);
  const { status } = conversation;
  const labels = props.labels.filter((l) => conversation.labels.includes(l.id));
  // Close works on a snoozed conversation too; Reopen brings a closed or snoozed one back.
  const statusItems: Array<{ hook: string; text: string; onClick(): void }> = [
    ...(status !== 'closed' ? [{ hook: 'toggle-status', text: t('panel.close'), onClick: props.onClose }] : []),
    ...(status === 'closed' ? [{ hook: 'toggle-status', text: t('panel.reopen'), onClick: props.onReopen }] : []),
    ...(status === 'snoozed' ? [{ hook: 'reopen', text: t('panel.reopen'), onClick: props.onReopen }] : []),
  ];
  // An array, not a fragment: PopoverMenu reads its items from its direct children.
  const destructive = [
    <PopoverMenu.Divider key="divider" />,
    <PopoverMenu.MenuItem key="block" text={t('block.button')} skin="destructive" dataHook="block-shopper" onClick={() => setTool('block')} />,
    props.onErase ? <PopoverMenu.MenuItem key="erase" text={t('erase.button')} skin="destructive" dataHook="erase-shopper" onClick={() => setTool('erase')} /> : null,
  ];

  return (
    <header className="kotha-panel-header">
      {phone && props.onBack ? (
        <button type="button" className="kotha-icon-button kotha-back" data-hook="back-to-list" aria-label={t('panel.back')} onClick={props.onBack}>
          <BackIcon />
        </button>
      ) : null}
      <div className="kotha-panel-title">
        <Heading size="small" as="h2" className="kotha-panel-name" dataHook="conversation-name">
          <span ref={props.headingRef} tabIndex={-1} dir="auto" className="kotha-focus-target">
            {name}
          </span>
        </Heading>
        {conversation.visitorEmail && conversation.visitorEmail !== name ? (
          <Text size="small" secondary ellipsis>
            {conversation.visitorEmail}
          </Text>
        ) : null}
        {conversation.rating ? (
          <Text size="small" dataHook="conversation-rating">
            {t(conversation.rating === 'good' ? 'panel.ratedGood' : 'panel.ratedBad')}
            {conversation.ratingComment ? t('panel.ratingComment', { comment: conversation.ratingComment }) : ''}
          </Text>
        ) : null}
        <span className="kotha-row-tags" data-hook="conversation-tags">
          <StatusBadge conversation={conversation} locale={props.locale} />
          <Text size="tiny" secondary dataHook="conversation-assignee">
            {assigneeText(conversation.assigneeUid, props.agents, props.me)}
          </Text>
          {labels.map((label) => (
            <span key={label.id} className="kotha-label-chip" data-hook="conversation-label">
              <span className="kotha-label-dot" style={{ background: label.color }} aria-hidden="true" />
              {label.name}
            </span>
          ))}
        </span>
      </div>
      {phone ? (
        <PopoverMenu
          placement="bottom-end"
          textSize="medium"
         
          triggerElement={
            // A plain button: thumb-sized (wix-style-react's largest icon button is 42 px).
            <button type="button" className="kotha-icon-button" data-hook="conversation-actions" aria-label={t('panel.actions')}>
              <MoreIcon />
            </button>
          }
        >
          {statusItems.map((item) => (
            <PopoverMenu.MenuItem key={item.hook} text={item.text} dataHook={item.hook} disabled={props.statusChanging} onClick={item.onClick} />
          ))}
          {status === 'open' ? <PopoverMenu.MenuItem text={t('snooze.button')} dataHook="snooze" onClick={() => setTool('snooze')} /> : null}
          <PopoverMenu.MenuItem text={t('assign.button')} dataHook="assign" onClick={() => setTool('assign')} />
          <PopoverMenu.MenuItem text={t('labels.button')} dataHook="edit-labels" onClick={() => setTool('labels')} />
          <PopoverMenu.MenuItem text={t('panel.transcript')} dataHook="download-transcript" onClick={props.onTranscript} />
          {destructive}
        </PopoverMenu>
      ) : (
        <div className="kotha-panel-actions">
          {statusItems.map((item) => (
            <Button key={item.hook} size="small" priority="secondary" dataHook={item.hook} disabled={props.statusChanging} onClick={item.onClick}>
              {item.text}
            </Button>
          ))}
          {status === 'open' ? (
            <Button size="small" priority="secondary" dataHook="snooze" onClick={() => setTool('snooze')}>
              {t('snooze.button')}
            </Button>
          ) : null}
          <Button size="small" priority="secondary" dataHook="assign" onClick={() => setTool('assign')}>
            {t('assign.button')}
          </Button>
          <PopoverMenu
            placement="bottom-end"
           
            triggerElement={
              <Button size="small" priority="secondary" skin="standard" dataHook="conversation-more">
                {t('panel.more')}
              </Button>
            }
          >
            <PopoverMenu.MenuItem text={t('labels.button')} dataHook="edit-labels" onClick={() => setTool('labels')} />
            <PopoverMenu.MenuItem text={t('panel.transcript')} dataHook="download-transcript" onClick={props.onTranscript} />
            {destructive}
          </PopoverMenu>
        </div>
      )}
      {tool === 'assign' ? <AssignDialog conversation={conversation} agents={props.agents} me={props.me} onAssign={props.onAssign} onClose={close} /> : null}
      {tool === 'snooze' ? <SnoozeDialog locale={props.locale} onSnooze={props.onSnooze} onClose={close} /> : null}
      {tool === 'labels' ? <LabelsDialog conversation={conversation} labels={props.labels} onSave={props.onSetLabels} onClose={close} /> : null}
      {tool === 'block' ? <BlockDialog name={name} onBlock={props.onBlock} onClose={close} /> : null}
      {tool === 'erase' && props.onErase ? <EraseDialog name={name} onErase={props.onErase} onClose={close} /> : null}
    </header>
  );
}
