/**
 * Where a shopper is, as far as their browser's time zone says: its country, for the inbox's
 * "Visitor from Bangladesh" when the shopper gave no name or email. A pure lookup in the tz
 * database's own table (zone-countries.ts); no address is looked up anywhere.
 */
import { COUNTRY_ZONES } from './zone-countries';

const ZONE_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRY_ZONES).flatMap(([country, zones]) => zones.split(' ').map((zone) => [zone, country] as const)),
);

/** The country (ISO 3166-1 alpha-2) of an IANA time zone, old names included; null for none, UTC and Etc/… zones, or an unknown name. */
export function countryOfTimeZone(zone: string | null | undefined): string | null {
  return (zone && ZONE_COUNTRY.get(zone)) || null;
}
