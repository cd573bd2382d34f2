import { CloseIcon } from './icons';
import type { Strings } from './strings';

interface HeaderProps {
  title: string;
  strings: Strings;
  onClose: () => void;
}

/** The panel's title bar: the team's name and the close button. */
export function Header({ title, strings, onClose }: HeaderProps) {
  return (
    <header class="header">
      <h2 class="title">{title}</h2>
      <button type="button" class="icon-button" aria-label={strings.close} data-kotha="close" onClick={onClose}>
        <CloseIcon />
      </button>
    </header>
  );
}
