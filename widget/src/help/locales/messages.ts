/**
 * The shape of a Help text pack: every word of the Help view, the suggestions and the order
 * screens except those the panel's pack already has, such as "Help" (the view's heading) and
 * "Try again", which come from the panel's strings. Types only.
 * `{name}` marks a value filled in at run time; translations keep it.
 */
export interface HelpMessages {
  /** The Help view's search box (its label and placeholder). */
  search: string;
  /** Heading over the article collections. */
  topics: string;
  /** Heading over the most read articles. */
  popular: string;
  /** Heading over search results; `{query}` is what the shopper searched. */
  results: string;
  /** A search that found nothing. */
  noResults: string;
  /** While articles load. */
  loading: string;
  /** When the articles cannot be loaded; followed by the panel's "Try again". */
  loadFailed: string;
  /** Back to the previous Help screen (or to the chat). */
  back: string;
  /** Under an article: the question before Yes / No. */
  didHelp: string;
  yes: string;
  no: string;
  /** After "Yes". */
  thanks: string;
  /** The way to the team, on every Help screen. */
  talk: string;
  /** Names the list of articles shown above the message box while the shopper types. */
  suggested: string;
  /** Read by screen readers when suggestions appear; `{count}` is how many. */
  suggestedCount: string;
  /** The order-status entry in the Help view. */
  orderEntry: string;
  /** The order number field. */
  orderNumber: string;
  /** The order form's button. */
  orderCheck: string;
  /** The order number is not one (letters, digits, dashes). */
  orderNumberInvalid: string;
  /** The same for an unknown number and a wrong email: never say which. */
  orderNotFound: string;
  /** After too many lookups; `{time}` is when they may try again, e.g. "4:15 PM". */
  orderTooMany: string;
  /** The shop's orders cannot be read now. */
  orderUnavailable: string;
  /** The found order's heading; `{number}` is its number. */
  orderTitle: string;
  /** Label before the payment status. */
  payment: string;
  /** Label before the delivery (fulfilment) status. */
  delivery: string;
  /** A tracking link's words. */
  track: string;
  paid: string;
  notPaid: string;
  partlyPaid: string;
  refunded: string;
  /** Fulfilled: sent on its way. */
  shipped: string;
  notShipped: string;
  partlyShipped: string;
  /** Hands over with the order attached. */
  talkOrder: string;
}
