import { useState, type KeyboardEvent } from 'react';
import { Button, Checkbox, InputArea, Text } from 'wix-style-react';
import { LIMITS } from '@kotha/common/contract/limits.ts';
import { cleanText, hasText } from '@kotha/common/contract/text.ts';
import type { CannedResponse } from '@kotha/common/contract/team.ts';
import { fillPlaceholders, matchCanned, slashQuery, type PlaceholderValues } from '../canned.ts';
import { t } from '../i18n/i18n.ts';
import { useMediaQuery, usePhone } from '../layout.ts';

/** Canned responses shown at once in the "/" picker. */
const PICKER_SIZE = 8;

export interface ComposerProps {
  /** Who the reply goes to, for the field's label. */
  recipient: string;
  /** Returns false when the text was not accepted (empty or too long). */
  onSend(text: string): boolean;
  /** Stores the text as a private note for the team instead of sending it. */
  onNote?(text: string): Promise<boolean>;
  /** Called as the agent types a reply (not a note): the shopper sees "typing". */
  onTyping?(): void;
  /** The team's canned responses, offered when the text starts with "/". */
  canned?: CannedResponse[];
  placeholders?: PlaceholderValues;
}

/**
 * The reply box: Enter sends, Shift+Enter starts a new line; "/" opens the canned
 * responses (arrow keys choose, Enter or Tab inserts with placeholders filled, Escape closes).
 * On a touch screen Enter starts a new line, as on-screen keyboards lead people to expect,
 * and the Send button sends.
 */
export function Composer({ recipient, onSend, onNote, onTyping, canned = [], placeholders }: ComposerProps) {
  const touch = useMediaQuery('(pointer: coarse)');
  const phone = usePhone();
  const [text, setText] = useState('');
  const [noteMode, setNoteMode] = useState(false);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const query = slashQuery(text);
  const pickerOpen = query !== null && !dismissed;
  const matches = pickerOpen ? matchCanned(canned, query).slice(0, PICKER_SIZE) : [];
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  function insert(choice: CannedResponse): void {
    const values = placeholders ?? { shopperName: null, shopperEmail: null, agentName: null, teamName: null };
    setText(fillPlaceholders(choice.text, values));
    setActive(0);
  }

  function change(value: string): void {
    setText(value);
    if (!noteMode && hasText(value) && slashQuery(value) === null) onTyping?.();
    setDismissed(false);
    setActive(0);
  }
  const tooLong = text.length > LIMITS.messageText;
  // The API's own rule (common/contract/text.ts): nothing visible, nothing to send.
  const canSend = hasText(text) && !tooLong;

  function submit(): void {
    if (!canSend) return;
    // Sent as the API stores it, so the reply on screen is the reply the shopper gets.
    const clean = cleanText(text);
    if (noteMode && onNote) {
      void onNote(clean).then((stored) => stored && setText(''));
      return;
    }
    if (onSend(clean)) setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (pickerOpen && matches.length > 0) {
      const choice = matches[activeIndex];
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : matches.length - 1;
        setActive((activeIndex + step) % matches.length);
        return;
      }
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && choice && !event.nativeEvent.isComposing) {
        event.preventDefault();
        insert(choice);
        return;
      }
    }
    if (pickerOpen && event.key === 'Escape') {
      event.preventDefault();
      setDismissed(true);
      return;
    }
    // isComposing: Enter that confirms an IME composition must not send.
    if (event.key === 'Enter' && !event.shiftKey && !touch && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form
      className={`kotha-composer${noteMode ? ' kotha-composer--note' : ''}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="kotha-composer-input">
        <InputArea
          dataHook="composer"
          ariaLabel={noteMode ? t('composer.noteLabel') : t('composer.replyLabel', { name: recipient })}
          placeholder={noteMode ? t('composer.notePlaceholder') : t(touch ? 'composer.replyPlaceholderTouch' : 'composer.replyPlaceholder', { name: recipient })}
          value={text}
          onChange={(event) => change(event.target.value)}
          onKeyDown={onKeyDown}
          autoGrow
          minRowsAutoGrow={phone ? 1 : 2}
          maxHeight={phone ? '120px' : '160px'}
          status={tooLong ? 'error' : undefined}
          statusMessage={tooLong ? t('composer.tooLong', { count: LIMITS.messageText }) : undefined}
        />
        {pickerOpen ? (
          <div className="kotha-canned" data-hook="canned-picker">
            {matches.length > 0 ? (
              <ul role="listbox" aria-label={t('composer.cannedList')} className="kotha-canned-list">
                {matches.map((choice, index) => (
                  <li
                    key={choice.id}
                    role="option"
                    aria-selected={index === activeIndex}
                    data-hook="canned-option"
                    className={`kotha-canned-option${index === activeIndex ? ' kotha-canned-option--active' : ''}`}
                    // mousedown, not click: the text box keeps its focus.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      insert(choice);
                    }}
                  >
                    <Text size="small" weight="bold">
                      /{choice.shortcut}
                    </Text>{' '}
                    <Text size="small" secondary>
                      {choice.title}
                    </Text>
                  </li>
                ))}
              </ul>
            ) : (
              <Text size="small" secondary>
                {t(canned.length === 0 ? 'composer.noCanned' : 'composer.noCannedMatch')}
              </Text>
            )}
            <span className="kotha-sr-only" role="status">
              {matches.length > 0 ? `${t('composer.cannedCount', { count: matches.length })} ${matches[activeIndex]?.title ?? ''}. ${t('composer.cannedHelp')}` : ''}
            </span>
          </div>
        ) : null}
        {tooLong ? (
          <Text size="tiny" skin="error">
            {text.length}/{LIMITS.messageText}
          </Text>
        ) : null}
      </div>
      <div className="kotha-composer-actions">
        {onNote ? (
          <Checkbox checked={noteMode} onChange={() => setNoteMode(!noteMode)} dataHook="note-mode">
            {t('composer.privateNote')}
          </Checkbox>
        ) : null}
        <Button type="submit" size={phone ? 'large' : 'medium'} dataHook="send" disabled={!canSend} aria-label={t(noteMode ? 'composer.addNoteLabel' : 'composer.sendLabel')}>
          {t(noteMode ? 'composer.addNote' : 'composer.send')}
        </Button>
      </div>
    </form>
  );
}
