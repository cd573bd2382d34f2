/** Validation for what the shopper or the site says of the shopper (see identity.ts for the answer). */
import { z } from 'zod';
import { LIMITS } from './limits';
import { email, requiredText } from './schemas';

/** Who the shopper is, when they or the site say so (Kotha.identify, a Wix member's token). */
export const identifyRequest = z
  .strictObject({
    name: requiredText(LIMITS.visitorName).optional(),
    email: email.optional(),
    /** A Wix access token of the logged-in site member: name and email then come from Wix, verified. */
    wixMemberToken: z.string().min(1).max(4096).optional(),
  })
  .refine((r) => r.name || r.email || r.wixMemberToken, 'give a name, an email or a wixMemberToken');
export type IdentifyRequest = z.infer<typeof identifyRequest>;
