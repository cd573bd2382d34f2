/**
 * The shop's tab shows unread replies, "(2) Nakshi Crafts", while the panel is closed, and
 * gets its own title back once they are read. Only ever the count is added; the page's
 * own title is kept and restored as it was.
 */
export function pageTitleKeeper(doc: { title: string }) {
  let original: string | null = null;
  return (unread: number, count: (n: number) => string) => {
    if (unread > 0) {
      original ??= doc.title;
      doc.title = `(${count(Math.min(unread, 99))}) ${original}`;
    } else if (original !== null) {
      doc.title = original;
      original = null;
    }
  };
}
