/** Who the shopper is, when they or the site say so (Kotha.identify, a Wix member's token). */
export interface IdentifyRequest {
  name?: string;
  email?: string;
  /** A Wix access token of the logged-in site member: name and email then come from Wix, verified. */
  wixMemberToken?: string;
}

export interface IdentifyResponse {
  name: string | null;
  email: string | null;
  /** True when the identity came from a verified Wix member. */
  verified: boolean;
}
