/** The page title, with the unread count first so it shows in a narrow tab. */
export function inboxTitle(unreadTotal: number): string {
  return unreadTotal > 0 ? `(${unreadTotal}) Inbox · Kotha` : 'Inbox · Kotha';
}
