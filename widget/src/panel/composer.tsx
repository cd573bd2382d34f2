import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../functions/src/contract/api';
import { SendIcon } from './icons';
import type { Strings } from './strings';

interface ComposerProps {
  strings: Strings;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** Returns true when the text was taken, so the box can be cleared. */
  onSend: (text: string) => boolean;
}

/** Where the shopper writes: Enter sends, Shift+Enter starts a new line. */
export function Composer({ strings, inputRef, onSend }: ComposerProps) {
  const [text, setText] = useState('');

  function submit() {
    if (onSend(text)) {
      setText('');
      const input = inputRef.current;
      if (input) input.style.height = '';
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    // While an IME is composing (Bengali, Japanese…), Enter confirms the composition.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    submit();
  }

  function onInput(event: Event) {
    const input = event.currentTarget as HTMLTextAreaElement;
    setText(input.value);
    // Grow with the text up to the CSS max-height, then scroll.
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight + 2}px`;
  }

  return (
    <form
      class="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={inputRef}
        data-kotha="composer"
        aria-label={strings.messageLabel}
        placeholder={strings.placeholder}
        // The shopper may write in another script than the panel's: align by what is typed.
        dir="auto"
        rows={1}
        maxLength={LIMITS.messageText}
        value={text}
        onInput={onInput}
        onKeyDown={onKeyDown}
      />
      <button type="submit" class="send" data-kotha="send" aria-label={strings.send} disabled={!text.trim()}>
        <SendIcon />
      </button>
    </form>
  );
}
