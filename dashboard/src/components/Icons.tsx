/**
 * The two glyphs the inbox draws itself (wix-style-react's icon set is not one of the
 * project's packages). Decorative: the button around them carries the words.
 */
const SVG = { width: 24, height: 24, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const;

/** "Back": points to where the reading starts, so right-to-left pages get it mirrored (inbox.css). */
export function BackIcon() {
  return (
    <svg {...SVG} className="kotha-icon kotha-icon--mirrored">
      <path d="M14.5 6.5 9 12l5.5 5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** "More": three dots. */
export function MoreIcon() {
  return (
    <svg {...SVG} className="kotha-icon">
      <circle cx="6" cy="12" r="1.6" fill="currentColor" />
      <circle cx="12" cy="12" r="1.6" fill="currentColor" />
      <circle cx="18" cy="12" r="1.6" fill="currentColor" />
    </svg>
  );
}
