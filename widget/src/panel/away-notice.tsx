import type { AvailabilityResponse } from '@kotha/common/contract/hours';
import type { Strings } from './strings';

interface AwayNoticeProps {
  availability: AvailabilityResponse;
  strings: Strings;
  now: number;
}

/**
 * Outside business hours: says so (in the merchant's words if they wrote some), when the
 * team is back in the shopper's own time, and whether a message can be left.
 */
export function AwayNotice({ availability, strings, now }: AwayNoticeProps) {
  const { awayMessage, nextOpening, outsideHours } = availability;
  return (
    <div class="away" role="status" data-kotha="away">
      <p dir={awayMessage ? 'auto' : undefined}>{awayMessage ?? strings.away}</p>
      {nextOpening !== null ? <p data-kotha="back-at">{strings.backAt(nextOpening, now)}</p> : null}
      <p class="meta">{outsideHours === 'take-message' ? strings.leaveMessage : strings.hoursOnly}</p>
    </div>
  );
}

/** During hours: how fast the team usually answers, in the merchant's words or measured. */
export function replyTimeLine(availability: AvailabilityResponse | null, strings: Strings): string | null {
  if (!availability?.open) return null;
  if (availability.replyTimeText) return availability.replyTimeText;
  return availability.typicalReplyMinutes ? strings.repliesIn(availability.typicalReplyMinutes) : null;
}
