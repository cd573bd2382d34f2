/**
 * No wall before the chat: after the shopper's first message, one small, skippable ask
 * for an email address, so the team can answer even if they leave the page.
 */
import { useState } from 'preact/hooks';
import { looksLikeEmail } from './email';
import { CloseIcon } from './icons';
import type { Strings } from './strings';

export function LeaveEmail({ strings, onEmail, onDismiss }: { strings: Strings; onEmail: (email: string) => Promise<void>; onDismiss: () => void }) {
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="leave-email"
      data-kotha="leave-email"
      onSubmit={(event) => {
        event.preventDefault();
        const address = email.trim();
        if (!looksLikeEmail(address) || busy) return;
        setBusy(true);
        void onEmail(address).finally(() => setBusy(false));
      }}
    >
      <label for="kotha-leave-email">{strings.leaveEmail}</label>
      <button type="button" class="icon-button" data-kotha="leave-email-dismiss" aria-label={strings.skipEmail} onClick={onDismiss}>
        <CloseIcon />
      </button>
      <input id="kotha-leave-email" data-kotha="leave-email-input" type="email" autocomplete="email" placeholder={strings.emailLabel} value={email} onInput={(e) => setEmail((e.currentTarget as HTMLInputElement).value)} />
      <button type="submit" class="link-button" data-kotha="leave-email-send" disabled={busy}>
        {strings.saveEmail}
      </button>
    </form>
  );
}
