import { useState, type KeyboardEvent } from 'react';
import { Button, Checkbox, InputArea, Text } from 'wix-style-react';
import { LIMITS } from '../../../functions/src/contract/api.ts';

export interface ComposerProps {
  /** Who the reply goes to, for the field's label. */
  recipient: string;
  /** Returns false when the text was not accepted (empty or too long). */
  onSend(text: string): boolean;
  /** Stores the text as a private note for the team instead of sending it. */
  onNote?(text: string): Promise<boolean>;
}

/** The reply box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ recipient, onSend, onNote }: ComposerProps) {
  const [text, setText] = useState('');
  const [noteMode, setNoteMode] = useState(false);
  const tooLong = text.length > LIMITS.messageText;
  const canSend = text.trim().length > 0 && !tooLong;

  function submit(): void {
    if (!canSend) return;
    if (noteMode && onNote) {
      void onNote(text).then((stored) => stored && setText(''));
      return;
    }
    if (onSend(text)) setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    // isComposing: Enter that confirms an IME composition must not send.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
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
          ariaLabel={noteMode ? 'Private note for your team' : `Reply to ${recipient}`}
          placeholder={noteMode ? 'A note only your team will see…' : `Reply to ${recipient}…  (Enter to send, Shift+Enter for a new line)`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          autoGrow
          minRowsAutoGrow={2}
          maxHeight="160px"
          status={tooLong ? 'error' : undefined}
          statusMessage={tooLong ? `Replies can be at most ${LIMITS.messageText} characters.` : undefined}
        />
        {tooLong ? (
          <Text size="tiny" skin="error">
            {text.length}/{LIMITS.messageText}
          </Text>
        ) : null}
      </div>
      <div className="kotha-composer-actions">
        {onNote ? (
          <Checkbox checked={noteMode} onChange={() => setNoteMode(!noteMode)} dataHook="note-mode">
            Private note
          </Checkbox>
        ) : null}
        <Button type="submit" dataHook="send" disabled={!canSend} aria-label={noteMode ? 'Add private note' : 'Send reply'}>
          {noteMode ? 'Add note' : 'Send'}
        </Button>
      </div>
    </form>
  );
}
