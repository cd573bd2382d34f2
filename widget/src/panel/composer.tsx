import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { LIMITS } from '@kotha/common/contract/limits';
import { hasText } from '@kotha/common/contract/text';
import { looksLikeEmail } from './email';
import { SendIcon } from './icons';
import type { Strings } from './strings';

interface ComposerProps {
  strings: Strings;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  /** Outside hours: ask for an email address to send with the first message. */
  askEmail?: boolean;
  /** Returns true when the text was taken, so the box can be cleared. */
  onSend: (text: string, email?: string) => boolean;
  /** Called as the shopper types (the team sees "typing"). */
  onTyping?: () => void;
  /** The text as it changes (answers are suggested for real questions). */
  onDraft?: (text: string) => void;
  /** Kept, with what is typed, while the Help view covers the chat. */
  hidden?: boolean;
}

/** Good enough to catch typos; the server validates properly. */

/** Where the shopper writes: Enter sends, Shift+Enter starts a new line. */
export function Composer({ strings, inputRef, askEmail = false, onSend, onTyping, onDraft, hidden }: ComposerProps) {
  const [text, setText] = useState('');
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);

  function submit() {
    if (askEmail && hasText(text) && !looksLikeEmail(email)) {
      setEmailError(true);
      emailInput.current?.focus();
      return;
    }
    if (onSend(text, askEmail ? email.trim() : undefined)) {
      setText('');
      onDraft?.('');
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
    onDraft?.(input.value);
    if (hasText(input.value)) onTyping?.();
    // Grow with the text up to the CSS max-height, then scroll.
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight + 2}px`;
  }

  return (
    <form
      class="composer"
      hidden={hidden}
      // Our own message, in the panel's language and announced, instead of the browser's bubble.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {askEmail ? (
        <div class="email-field">
          <label for="kotha-email">{strings.emailLabel}</label>
          <input
            id="kotha-email"
            ref={emailInput}
            type="email"
            autocomplete="email"
            inputMode="email"
            data-kotha="email"
            required
            value={email}
            aria-invalid={emailError}
            aria-describedby={emailError ? 'kotha-email-error' : undefined}
            onInput={(event) => {
              setEmail((event.currentTarget as HTMLInputElement).value);
              setEmailError(false);
            }}
          />
          {emailError ? (
            <p id="kotha-email-error" class="error" role="alert">
              {strings.emailInvalid}
            </p>
          ) : null}
        </div>
      ) : null}
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
      {/* The API's own rule (common/contract/text.ts): only spaces or invisible characters is nothing to send. */}
      <button type="submit" class="icon-button send" data-kotha="send" aria-label={strings.send} disabled={!hasText(text)}>
        <SendIcon />
      </button>
    </form>
  );
}
