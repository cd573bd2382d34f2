import { CloseIcon } from './icons';
import type { Strings } from './strings';

interface HeaderProps {
  title: string;
  /** A line under the title, e.g. "Typically replies in 5 minutes". */
  subtitle?: string | null;
  strings: Strings;
  onClose: () => void;
}

/** The panel's title bar: the team's name and the close button. */
export function Header({ title, subtitle, strings, onClose }: HeaderProps) {
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
      <button type="button" class="icon-button" aria-label={strings.close} data-kotha="close" onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}
