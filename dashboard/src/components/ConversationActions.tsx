/**
 * The dialogs of a conversation's tools. Each is mounted when its tool is chosen (from a
 * button or a menu item) and fills its fields from what is current at that moment.
 */
import { useState } from 'react';
import { Checkbox, FormField, Input, InputArea, RadioGroup, Text } from 'wix-style-react';
import type { Conversation } from '@kotha/common/contract/api.ts';
import { TEAM_LIMITS, type Agent, type Label } from '@kotha/common/contract/team.ts';
import { ActionModal } from './ActionModal.tsx';
import { customUntil, snoozeChoices } from '../snooze-times.ts';
import { t } from '../i18n/i18n.ts';

const UNASSIGNED = '';

interface DialogProps {
  onClose(): void;
}

/** Assign to me, to a teammate, or to no one; handing over can carry a note for them. */
export function AssignDialog(props: DialogProps & { conversation: Conversation; agents: Agent[]; me: Agent | null; onAssign(uid: string | null, note: string): Promise<void> }) {
  const [choice, setChoice] = useState(() => props.conversation.assigneeUid ?? (props.me?.uid || UNASSIGNED));
  const [note, setNote] = useState('');
  const others = props.agents.filter((a) => a.uid !== props.me?.uid);
  const transferring = choice !== UNASSIGNED && choice !== props.me?.uid;
  return (
    <ActionModal
      isOpen
      onClose={props.onClose}
      title={t('assign.title')}
      dataHook="assign-modal"
      primaryText={t('assign.button')}
      busyText={t('assign.busy')}
      onConfirm={() => props.onAssign(choice || null, transferring ? note : '')}
    >
      <RadioGroup value={choice} onChange={(value) => setChoice(String(value))} dataHook="assignee-choice">
        {props.me ? <RadioGroup.Radio value={props.me.uid}>{t('assign.me', { name: props.me.displayName })}</RadioGroup.Radio> : null}
        {others.map((agent) => (
          <RadioGroup.Radio key={agent.uid} value={agent.uid}>
            {agent.displayName}
          </RadioGroup.Radio>
        ))}
        <RadioGroup.Radio value={UNASSIGNED}>{t('assign.noOne')}</RadioGroup.Radio>
      </RadioGroup>
      {others.length === 0 ? (
        <Text size="small" secondary>
          {t('assign.noTeammates')}
        </Text>
      ) : null}
      {transferring ? (
        <FormField label={t('assign.note')}>
          <InputArea dataHook="transfer-note" value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} />
        </FormField>
      ) : null}
    </ActionModal>
  );
}

/** Tick the conversation's labels. */
export function LabelsDialog(props: DialogProps & { conversation: Conversation; labels: Label[]; onSave(labels: string[]): Promise<void> }) {
  const [chosen, setChosen] = useState<string[]>(() => props.conversation.labels);
  const toggle = (id: string) => setChosen((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]));
  return (
    <ActionModal
      isOpen
      onClose={props.onClose}
      title={t('labels.button')}
      dataHook="labels-modal"
      primaryText={t('labels.save')}
      busyText={t('common.saving')}
      onConfirm={() => props.onSave(chosen)}
    >
      {props.labels.length === 0 ? (
        <Text secondary>{t('labels.none')}</Text>
      ) : (
        <ul className="kotha-plain-list">
          {props.labels.map((label) => (
            <li key={label.id}>
              <Checkbox checked={chosen.includes(label.id)} onChange={() => toggle(label.id)} dataHook="label-option">
                <span className="kotha-label-dot" style={{ background: label.color }} aria-hidden="true" /> {label.name}
              </Checkbox>
            </li>
          ))}
        </ul>
      )}
      {chosen.length > TEAM_LIMITS.labelsPerConversation ? (
        <Text skin="error">{t('labels.tooMany', { count: TEAM_LIMITS.labelsPerConversation })}</Text>
      ) : null}
    </ActionModal>
  );
}

/** Block the shopper: their messages are refused; optionally their network address too. */
export function BlockDialog(props: DialogProps & { name: string; onBlock(reason: string, byAddress: boolean): Promise<void> }) {
  const [reason, setReason] = useState('');
  const [byAddress, setByAddress] = useState(false);
  return (
    <ActionModal
      isOpen
      onClose={props.onClose}
      title={t('block.title', { name: props.name })}
      dataHook="block-modal"
      primaryText={t('block.button')}
      busyText={t('block.busy')}
      destructive
      onConfirm={() => {
        if (!reason.trim()) return Promise.reject(new Error(t('block.needReason')));
        return props.onBlock(reason.trim(), byAddress);
      }}
    >
      <Text>{t('block.body')}</Text>
      <FormField label={t('block.reason')} required>
        <Input dataHook="block-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={TEAM_LIMITS.blockReason} />
      </FormField>
      <Checkbox checked={byAddress} onChange={() => setByAddress(!byAddress)} dataHook="block-address">
        {t('block.address')}
      </Checkbox>
    </ActionModal>
  );
}

/** Set the conversation aside until a time: it returns to Open by itself, or when the shopper writes. */
export function SnoozeDialog(props: DialogProps & { locale: string | undefined; onSnooze(until: number): Promise<void> }) {
  const [choice, setChoice] = useState('hour');
  const [custom, setCustom] = useState('');
  // Worked out as the dialog opens, from that moment: not on every render of the conversation.
  const [choices] = useState(() => snoozeChoices(Date.now(), props.locale));
  return (
    <ActionModal
      isOpen
      onClose={props.onClose}
      title={t('snooze.title')}
      dataHook="snooze-modal"
      primaryText={t('snooze.button')}
      busyText={t('snooze.busy')}
      onConfirm={() => {
        const until = choice === 'custom' ? customUntil(custom, Date.now()) : choices.find((c) => c.id === choice)?.until;
        if (!until) return Promise.reject(new Error(t('snooze.pickFuture')));
        return props.onSnooze(until);
      }}
    >
      <RadioGroup value={choice} onChange={(value) => setChoice(String(value))} dataHook="snooze-choice">
        {choices.map((c) => (
          <RadioGroup.Radio key={c.id} value={c.id}>
            {c.label}
          </RadioGroup.Radio>
        ))}
        <RadioGroup.Radio value="custom">{t('snooze.custom')}</RadioGroup.Radio>
      </RadioGroup>
      {choice === 'custom' ? (
        <FormField label={t('snooze.until')}>
          <Input type="datetime-local" dataHook="snooze-custom" value={custom} onChange={(e) => setCustom(e.target.value)} />
        </FormField>
      ) : null}
      <Text size="small" secondary>
        {t('snooze.hint')}
      </Text>
    </ActionModal>
  );
}

/** "Delete this shopper's data" (a GDPR erasure request), confirmed: it cannot be undone. */
export function EraseDialog(props: DialogProps & { name: string; onErase(): Promise<void> }) {
  return (
    <ActionModal
      isOpen
      onClose={props.onClose}
      title={t('erase.title', { name: props.name })}
      dataHook="erase-shopper-modal"
      primaryText={t('erase.confirm')}
      busyText={t('common.deleting')}
      destructive
      onConfirm={props.onErase}
    >
      <Text>{t('erase.body')}</Text>
    </ActionModal>
  );
}
