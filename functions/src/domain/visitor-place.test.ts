import { describe, expect, it } from 'vitest';
import { countryOfTimeZone } from './visitor-place';

describe('countryOfTimeZone', () => {
  it('names the country of a zone', () => {
    expect(countryOfTimeZone('Asia/Dhaka')).toBe('BD');
    expect(countryOfTimeZone('Asia/Kolkata')).toBe('IN');
    expect(countryOfTimeZone('Europe/London')).toBe('GB');
    expect(countryOfTimeZone('America/Argentina/Buenos_Aires')).toBe('AR');
    expect(countryOfTimeZone('Pacific/Auckland')).toBe('NZ');
  });

  it('knows the old names browsers still report (Chrome says Asia/Calcutta)', () => {
    expect(countryOfTimeZone('Asia/Calcutta')).toBe('IN');
    expect(countryOfTimeZone('Asia/Dacca')).toBe('BD');
    expect(countryOfTimeZone('Asia/Saigon')).toBe('VN');
    expect(countryOfTimeZone('US/Eastern')).toBe('US');
  });

  it('says nothing for zones that are no country, unknown names and none', () => {
    for (const zone of ['UTC', 'Etc/UTC', 'Etc/GMT+6', 'GMT', 'Mars/Olympus', 'asia/dhaka', '', null, undefined]) {
      expect(countryOfTimeZone(zone), String(zone)).toBeNull();
    }
  });

  it('covers every zone this runtime knows that is a country’s', () => {
    const zones = Intl.supportedValuesOf('timeZone').filter((zone) => !/^(Etc|UTC$)/.test(zone));
    const missing = zones.filter((zone) => countryOfTimeZone(zone) === null);
    // ICU's names (what a browser reports) and the tz database's agree on every zone.
    expect(missing).toEqual([]);
  });
});
