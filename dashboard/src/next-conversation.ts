/**
 * Where the agent goes after closing or snoozing a conversation: the one below it in the
 * view as it was, else the one above; none when it was alone. Worked out from the list
 * before the action, because afterwards the conversation has left the view.
 */
export function nextConversation(ids: readonly string[], current: string): string | null {
  const index = ids.indexOf(current);
  if (index === -1) return null;
  return ids[index + 1] ?? ids[index - 1] ?? null;
}
