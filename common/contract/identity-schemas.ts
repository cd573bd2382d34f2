import { z } from 'zod';
import { LIMITS } from './limits';
import { email } from './hours-schemas';
import type { IdentifyRequest } from './identity';

export const identifyRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(LIMITS.visitorName, `must be at most ${LIMITS.visitorName} characters`).optional(),
    email: email.optional(),
    wixMemberToken: z.string().min(1).max(4096).optional(),
  })
  .refine((r) => r.name || r.email || r.wixMemberToken, 'give a name, an email or a wixMemberToken');

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const matches: Same<z.output<typeof identifyRequest>, IdentifyRequest> = true;
void matches;
