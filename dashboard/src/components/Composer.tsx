import { useState, type KeyboardEvent } from 'react';
import { Button, InputArea, Text } from 'wix-style-react';
import { LIMITS } from '../../../functions/src/contract/api.ts';

export interface ComposerProps {
  /** Who the reply goes to, for the field's label. */
  recipient: string;
  /** Returns false when the text was not accepted (empty or too long). */
  onSend(text: string): boolean;
}

/** The reply box: Enter sends, Shift+Enter starts a new line. */
export function Composer({ recipient, onSend }: ComposerProps) {
  const [text, setText] = useState('');
  const tooLong = text.length > LIMITS.messageText;
  const canSend = text.trim().length > 0 && !tooLong;

  function submit(): void {
    if (canSend && onSend(text)) setText('');
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
      className="kotha-composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="kotha-composer-input">
        <InputArea
          dataHook="composer"
          ariaLabel={`Reply to ${recipient}`}
          placeholder={`Reply to ${recipient}…  (Enter to send, Shift+Enter for a new line)`}
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
      <Button type="submit" dataHook="send" disabled={!canSend} aria-label="Send reply">
        Send
      </Button>
    </form>
  );
}
