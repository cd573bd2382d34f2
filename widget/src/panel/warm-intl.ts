/**
 * The first Intl formatter a page makes is slow: ICU loads its number, calendar and time
 * zone data, tens of milliseconds, over 100 on a slow phone. That happens once per browser
 * process, from whichever thread asks first. So while the panel sits closed, a throwaway
 * worker asks (and closes), and neither the shop's page nor the shopper's click pays it: the
 * panel's own formatters (strings.ts) then cost a millisecond or so when first used. Where a
 * page refuses workers (a strict CSP), they are made on first use, as before.
 */
export function warmIntl(locale: string): void {
  const l = JSON.stringify(locale);
  try {
    // A data: URL, not a blob: one, whose registration is a round trip to the browser process.
    new Worker(`data:text/javascript,new Intl.NumberFormat(${l}).format(1);new Intl.DateTimeFormat(${l},{hour:"numeric"}).format(0);close()`);
  } catch {
    // No worker: the formatters are made when first used.
  }
}
