import { CloseIcon } from './icons';
import type { Strings } from './strings';

interface HeaderProps {
  title: string;
  /** A line under the title, e.g. "Typically replies in 5 minutes". */
  subtitle?: string | null;
  strings: Strings;
  onClose: () => void;
  /** Opens the Help view. */
  onHelp: () => void;
}

/** The panel's title bar: the team's name, Help and the close button. */
export function Header({ title, subtitle, strings, onClose, onHelp }: HeaderProps) {
  return (
    <div class="header">
      <div class="titles">
        <h2 class="title">{title}</h2>
        {subtitle ? (
          <p class="subtitle" dir="auto" data-kotha="reply-time">
            {subtitle}
          </p>
        ) : null}
      </div>
      {/* A question mark in the UI font: as clear as an icon, and no drawing to ship. */}
      <button type="button" class="icon-button help-button" aria-label={strings.help} data-kotha="help" onClick={onHelp}>
        ?
      </button>
      <button type="button" class="icon-button" aria-label={strings.close} data-kotha="close" onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}
