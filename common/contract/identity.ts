/** What the API answers when the shopper says who they are (the request is in identity-schemas.ts). */
export interface IdentifyResponse {
  name: string | null;
  email: string | null;
  /** True when the identity came from a verified Wix member. */
  verified: boolean;
}
