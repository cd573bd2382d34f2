/**
 * "Hide the launcher outside hours": the one business-hours rule the loader applies
 * itself, since the panel is not loaded until the shopper asks for it. Asks the API once
 * the page has settled, hides or shows the launcher, and switches again at the next change.
 * Any other failure leaves the launcher shown.
 */
import type { AvailabilityResponse } from '@kotha/common/contract/hours';
import { AVAILABILITY_PATH } from '@kotha/common/contract/widget-routes';

export function followHours(api: string, siteId: string, launcher: HTMLElement, cache: RequestCache = 'default'): void {
  // On page load a cached answer (a minute at most, never past a change) saves a request;
  // at a change it must be the server's word.
  fetch(`${api}${AVAILABILITY_PATH}?siteId=${encodeURIComponent(siteId)}`, { credentials: 'omit', cache })
    .then((response) => {
      // The site does not use Kotha (never installed, or removed while its embed lingers):
      // the session would be refused too, so the launcher stays out of the shopper's way.
      if (response.status === 404) launcher.hidden = true;
      return response.ok ? (response.json() as Promise<AvailabilityResponse>) : null;
    })
    .then((hours) => {
      if (!hours) return;
      launcher.hidden = !hours.open && hours.outsideHours === 'hide-launcher';
      // setTimeout holds about 24 days at most; a later change is picked up on a later visit.
      const wait = hours.changesAt === null ? -1 : hours.changesAt - Date.now();
      if (wait >= 0 && wait < 2 ** 31) setTimeout(() => followHours(api, siteId, launcher, 'no-store'), wait + 1000);
    })
    .catch(() => undefined);
}
