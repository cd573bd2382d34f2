/**
 * Every word of the dashboard the merchant reads, in English: the source every other
 * language file under `locales/` translates. `{name}` marks a value filled in at run time;
 * translations keep every slot and may move it. A text that depends on a number has one
 * form per plural category of its language (`{count}` is the number). Brand names (Kotha,
 * Wix, Premium), file formats (CSV, JSON) and key names (Enter, Shift, Tab) stay as they are.
 */
import type { PluralForms } from '@kotha/common/i18n.ts';

const en = {
  // The tabs at the top, and the page titles they open.
  'tabs.inbox': 'Inbox',
  'tabs.team': 'Team & tools',
  'tabs.widget': 'Widget',
  'tabs.hours': 'Business hours',
  'tabs.analytics': 'Analytics',
  /** The phone's page picker, in place of the tabs (read by screen readers). */
  'tabs.section': 'Go to page',
  /** The browser tab's title; `{count}` is the number of unread messages. */
  'inbox.documentTitle': 'Inbox · Kotha',
  'inbox.documentTitleUnread': '({count}) Inbox · Kotha',

  // Shown when the page is opened without Wix's sign-in details.
  'missing.title': 'Open Kotha from your Wix dashboard',
  'missing.subtitle': "This page needs the sign-in details Wix adds when you open the Kotha inbox from your site's dashboard.",

  // The bar above every page: plan, data download, the editor-preview reminder.
  'account.publishedNotice': "Kotha's chat appears on your published site. The editor's preview doesn't run it, so publish your site to see it.",
  'account.premium': 'Premium',
  'account.premiumUntil': 'Premium until {date}',
  'account.free': 'Free plan: one agent, 60 days of history',
  'account.downloadAll': 'Download all data',
  'account.upgrade': 'Upgrade',

  // Words used in many places.
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.saved': 'Saved',
  'common.delete': 'Delete',
  'common.deleting': 'Deleting…',
  'common.edit': 'Edit',
  'common.remove': 'Remove',
  'common.tryAgain': 'Try again',
  'common.loading': 'Loading…',
  'common.dismiss': 'Dismiss',

  // The inbox header.
  'inbox.unread': { one: '{count} unread', other: '{count} unread' } as PluralForms,
  'inbox.sound': 'Sound',
  'inbox.notifications': 'Notifications',
  'inbox.notificationsAsk': 'Get a desktop notification when a shopper writes while you are elsewhere?',
  'inbox.notificationsOn': 'Turn on',
  'inbox.notificationsLater': 'Not now',
  'inbox.noSelection': 'No conversation selected',
  'inbox.pickTitle': 'Pick a conversation',
  'inbox.pickSubtitle': 'Choose a conversation from the list to read it and reply.',

  // The first run, beside an empty inbox: try the chat, and a checklist that goes once done.
  'firstRun.region': 'Getting started',
  'firstRun.tryTitle': 'Try your chat',
  'firstRun.trySubtitle': 'Open your storefront and send a test message. It appears here as soon as you send it.',
  'firstRun.openStorefront': 'Open your storefront',
  /** Instead of the link, while the site is not published (no address to open). */
  'firstRun.unpublished': 'Publish your site, then open it and send a test message. It appears here as soon as you send it.',
  'firstRun.checklistTitle': 'Set up your chat',
  /** Beside a checklist step the site's data shows done. */
  'firstRun.stepDone': 'Done',
  'firstRun.stepLook': 'Choose how the chat looks on your site',
  'firstRun.stepHours': 'Set your business hours',
  'firstRun.stepCanned': 'Save a canned response for common questions',
  'firstRun.stepTeammate': 'Invite a teammate',
  'firstRun.stepTeammateHint': 'Add them to your Wix site; they join the moment they open Kotha.',

  /** The live connection's state, beside the header. */
  'stream.connecting': 'Connecting…',
  'stream.live': 'Live',
  'stream.reconnecting': 'Reconnecting…',

  // The inbox's left column: search, views (lists of conversations) and labels.
  'views.nav': 'Inbox views',
  'views.searchPlaceholder': 'Name, email or words',
  'views.searchLabel': 'Search conversations by shopper name, email or message words',
  'views.open': 'Open',
  'views.unassigned': 'Unassigned',
  'views.mine': 'Mine',
  'views.waiting': 'Waiting longest',
  'views.snoozed': 'Snoozed',
  'views.closed': 'Closed',
  'views.labels': 'Labels',
  'views.noLabels': 'Create labels under Team & tools.',
  /** A view's count when more may be loaded, e.g. "30+". */
  'views.countMore': '{count}+',

  // The list of conversations.
  'list.region': 'Conversations',
  /** The list's name for screen readers; `{title}` is the view's name. */
  'list.rows': '{title}: conversations',
  'list.resultsFor': 'Results for “{query}”',
  'list.loading': 'Loading conversations…',
  'list.loadError': "Can't load your conversations",
  'list.loadMore': 'Load more',
  'list.noResults': 'No conversations found',
  'list.noResultsHint': 'Try a shopper’s name, their email, or a word they wrote.',
  'list.emptyOpen': 'No open conversations',
  'list.emptyOpenHint': 'When a visitor starts a chat on your site, it appears here right away.',
  'list.emptyUnassigned': 'Nothing unassigned',
  'list.emptyUnassignedHint': 'Every open conversation has someone on it.',
  'list.emptyMine': 'Nothing assigned to you',
  'list.emptyMineHint': 'Conversations assigned to you appear here.',
  'list.emptyWaiting': 'No one is waiting',
  'list.emptyWaitingHint': 'Shoppers still waiting for a reply appear here, longest wait first.',
  'list.emptySnoozed': 'Nothing snoozed',
  'list.emptySnoozedHint': 'Snooze a conversation to set it aside until a time; it comes back by itself, or when the shopper writes.',
  'list.emptyClosed': 'No closed conversations',
  'list.emptyClosedHint': 'Conversations you close are kept here.',
  /** A label narrows the chosen view; `{view}` is the view's name ("Open", "Waiting longest"), `{label}` the label's. */
  'list.labelFilter': 'Showing only conversations labelled “{label}” in {view}.',
  'list.clearLabel': 'Clear label',
  'list.emptyOpenLabel': 'No open conversations with the label “{label}”',
  'list.emptyUnassignedLabel': 'No unassigned conversations with the label “{label}”',
  'list.emptyMineLabel': 'Nothing assigned to you with the label “{label}”',
  'list.emptyWaitingLabel': 'No one with the label “{label}” is waiting',
  'list.emptySnoozedLabel': 'No snoozed conversations with the label “{label}”',
  'list.emptyClosedLabel': 'No closed conversations with the label “{label}”',
  'list.emptyLabelHint': 'Conversations in other views may have this label. Clear it to see everything in {view}.',
  'row.noMessages': 'No messages yet',
  /** The last message, when the team wrote it. */
  'row.youWrote': 'You: {text}',
  'row.teammate': 'A teammate',
  /** The last message, when it was written automatically (an away reply, a note): never shown as the shopper's words. */
  'row.automatic': 'Automatic: {text}',

  // A conversation's status, as a badge.
  'status.open': 'Open',
  'status.snoozed': 'Snoozed',
  'status.snoozedUntil': 'Snoozed until {time}',
  'status.closed': 'Closed',

  // Who is typing; `{name}` is a shopper's or teammate's name.
  'typing.isTyping': '{name} is typing…',
  'typing.teammate': 'A teammate',
  'typing.shopper': 'The shopper',

  // The open conversation.
  'panel.region': 'Conversation with {name}',
  'panel.log': 'Messages with {name}',
  'panel.ratedGood': '👍 Rated good',
  'panel.ratedBad': '👎 Rated bad',
  /** Follows the rating when the shopper left a comment. */
  'panel.ratingComment': ': “{comment}”',
  'panel.assignedTo': 'Assigned to {name}',
  'panel.assignedToYou': 'Assigned to you',
  'panel.assignedToTeammate': 'Assigned to a teammate',
  'panel.unassigned': 'Unassigned',
  'panel.close': 'Close conversation',
  'panel.reopen': 'Reopen',
  'panel.transcript': 'Transcript',
  'panel.loading': 'Loading messages…',
  'panel.loadError': "Can't load this conversation",
  'panel.noMessages': 'No messages yet.',
  'panel.loadEarlier': 'Load earlier messages',
  'panel.back': 'Back to conversations',
  /** The menu of the conversation's other tools (labels, transcript, block, delete). */
  'panel.more': 'More',
  /** On a phone, the one menu with every tool of the conversation. */
  'panel.actions': 'Conversation actions',
  /** Said after closing or snoozing moves the agent on to the next conversation of the view. */
  'panel.advancedClosed': 'Closed the conversation with {name}. Here is the next one.',
  'panel.advancedSnoozed': 'Snoozed the conversation with {name}. Here is the next one.',

  // Messages and notes in the conversation.
  /** Author of a team reply when the agent has no name. */
  'message.you': 'You',
  /** Under the team's newest reply once the shopper has read it. */
  'message.seen': 'Seen',
  'message.sending': 'Sending…',
  'message.notSent': 'Not sent: {reason}',
  'message.unknownError': 'unknown error',
  'message.retry': 'Retry',
  'message.retryLabel': 'Retry sending this reply',
  'message.discard': 'Discard',
  'message.discardLabel': 'Discard this reply',
  'message.noteLabel': 'Private note · only your team sees this',
  /** Author of an automatic message that has no team name on it (older ones). */
  'message.automatic': 'Automatic message',
  /** Author of an automatic message: the team's name it was signed with. */
  'message.automaticBy': '{name} (automatic)',

  // The reply box.
  'composer.replyLabel': 'Reply to {name}',
  'composer.replyPlaceholder': 'Reply to {name}…  (Enter to send, Shift+Enter for a new line)',
  /** On a touch screen, where Enter starts a new line and the Send button sends. */
  'composer.replyPlaceholderTouch': 'Reply to {name}…',
  'composer.noteLabel': 'Private note for your team',
  'composer.notePlaceholder': 'A note only your team will see…',
  'composer.tooLong': { one: 'Replies can be at most {count} character.', other: 'Replies can be at most {count} characters.' } as PluralForms,
  'composer.cannedList': 'Canned responses',
  'composer.cannedCount': { one: '{count} canned response.', other: '{count} canned responses.' } as PluralForms,
  'composer.cannedHelp': 'Up and down to choose, Enter to insert, Escape to close.',
  'composer.noCanned': 'No canned responses yet: add them under Team & tools.',
  'composer.noCannedMatch': 'No canned response matches.',
  'composer.privateNote': 'Private note',
  'composer.addNote': 'Add note',
  'composer.addNoteLabel': 'Add private note',
  'composer.send': 'Send',
  'composer.sendLabel': 'Send reply',
  /** Fills {shopper.name} in a canned response when the name is unknown, as in "Hi there,". */
  'composer.unknownName': 'there',

  // About the shopper, under the conversation's header.
  'shopper.region': 'About the shopper',
  'shopper.localTime': 'Local time',
  'shopper.language': 'Language',
  'shopper.device': 'Device',
  'shopper.deviceDesktop': 'Desktop',
  'shopper.deviceMobile': 'Mobile',
  'shopper.deviceTablet': 'Tablet',
  'shopper.deviceTv': 'TV',
  /** After the browser's name: the operating system, e.g. "Chrome · on Android". */
  'shopper.onSystem': 'on {system}',
  'shopper.cameFrom': 'Came from',
  'shopper.firstSeen': 'First seen',
  'shopper.onPage': 'On page',
  'shopper.showPages': { one: 'Show the {count} page of this visit', other: 'Show the {count} pages of this visit' } as PluralForms,
  'shopper.hidePages': { one: 'Hide the {count} page of this visit', other: 'Hide the {count} pages of this visit' } as PluralForms,
  'shopper.earlier': 'Earlier conversations:',
  'shopper.visitor': 'Visitor',
  /** A shopper with no name yet; `{tag}` is a short code that stays the same for them. */
  'shopper.visitorTagged': 'Visitor {tag}',
  /** A shopper with no name or email whose browser's time zone names their country; `{country}` is the country's name. */
  'shopper.visitorFrom': 'Visitor from {country}',

  // What Wix knows about the shopper.
  'wix.region': 'In Wix',
  'wix.unavailable': "Wix isn't answering right now, so contact and order details are missing.",
  'wix.contact': 'Wix contact: {name}',
  'wix.member': 'Site member',
  'wix.orders': 'Recent orders',
  /** An order's status in Wix eCommerce. */
  'wix.orderApproved': 'approved',
  'wix.orderPending': 'pending',
  'wix.orderCanceled': 'cancelled',
  'wix.orderRejected': 'rejected',
  'wix.orderInitialized': 'not placed yet',
  /** Whether an order is paid and sent, as Wix eCommerce says. */
  'wix.paymentPaid': 'paid',
  'wix.paymentNotPaid': 'not paid',
  'wix.paymentPartiallyPaid': 'partly paid',
  'wix.paymentRefunded': 'refunded',
  'wix.fulfilled': 'fulfilled',
  'wix.notFulfilled': 'not fulfilled',
  'wix.partiallyFulfilled': 'partly fulfilled',
  /** A part of what Wix knows that could not be shown, and why. `{part}` is one of the three below; `{app}` a Wix app's name. */
  'wix.partContact': 'Contact',
  'wix.partMembership': 'Membership',
  'wix.partOrders': 'Orders',
  'wix.missingNotInstalled': '{part}: {app} is not on this site.',
  'wix.missingNoPermission': '{part}: Kotha has not been given permission to read this in Wix.',
  'wix.missingUnavailable': "{part}: Wix didn't answer in time.",

  // The conversation's tools: assign.
  'assign.button': 'Assign',
  'assign.title': 'Assign this conversation',
  'assign.busy': 'Assigning…',
  'assign.me': 'Me ({name})',
  'assign.noOne': 'No one (unassigned)',
  'assign.noTeammates': "Teammates appear here once they open Kotha from the site's dashboard.",
  'assign.note': 'Note for your teammate (optional, only the team sees it)',
  // Labels on a conversation.
  'labels.button': 'Labels',
  'labels.save': 'Save labels',
  'labels.none': 'No labels yet. Create them under Team & tools.',
  'labels.tooMany': { one: 'A conversation can have at most {count} label.', other: 'A conversation can have at most {count} labels.' } as PluralForms,
  // Block the shopper.
  'block.button': 'Block',
  'block.title': 'Block {name}?',
  'block.busy': 'Blocking…',
  'block.body': 'They will see a polite notice and their new messages will be refused. You can unblock them under Team & tools.',
  'block.reason': 'Reason (only your team sees it)',
  'block.needReason': 'Give a reason, so your team knows why.',
  'block.address': 'Also block the network address they wrote from (may affect others sharing it)',
  // Snooze: set the conversation aside until a time.
  'snooze.button': 'Snooze',
  'snooze.title': 'Snooze until…',
  'snooze.busy': 'Snoozing…',
  'snooze.inAnHour': 'In an hour',
  'snooze.inFourHours': 'In 4 hours',
  /** `{time}` is a weekday and time, e.g. "Tue 9:00 AM". */
  'snooze.tomorrow': 'Tomorrow ({time})',
  'snooze.nextWeek': 'Next week ({time})',
  'snooze.custom': 'A date and time…',
  'snooze.until': 'Until',
  'snooze.pickFuture': 'Pick a date and time in the future.',
  'snooze.hint': 'It comes back to Open by itself, or as soon as the shopper writes.',
  // Delete one shopper's data (a privacy request).
  'erase.button': "Delete shopper's data",
  'erase.title': 'Delete everything Kotha keeps about {name}?',
  'erase.confirm': 'Delete for good',
  'erase.body': 'Their conversations, messages, notes and visit details are removed and cannot be restored. Use this when a shopper asks you to erase their data.',

  // Desktop notifications.
  'notify.newChat': 'New chat from {name}',
  'notify.wrote': '{name} wrote',

  // The conversation saved as a text file.
  'transcript.title': 'Conversation with {name}',
  /** `{date}` is when it started, `{status}` is "Open" or "Closed". */
  'transcript.started': 'Started {date} · {status}',
  'transcript.team': 'Team',

  // Team & tools: your profile.
  'profile.title': 'Your profile',
  'profile.subtitle': 'Shoppers see this name (and photo) on your replies.',
  'profile.name': 'Display name',
  'profile.photo': 'Photo address (https, optional)',
  'profile.save': 'Save profile',
  'profile.saved': 'Profile saved',
  'profile.loadError': "Can't load your profile",
  // Team & tools: labels.
  'labelSettings.title': 'Labels',
  'labelSettings.subtitle': 'Sort conversations (VIP, Refund, Wholesale…) and filter the inbox by them.',
  'labelSettings.colourOf': 'Colour of {name}',
  'labelSettings.nameOf': 'Name of {name}',
  'labelSettings.deleteTitle': 'Delete the label “{name}”?',
  'labelSettings.deleteBody': 'It is taken off every conversation that has it. Conversations themselves are kept.',
  'labelSettings.newColour': 'Colour of the new label',
  'labelSettings.newPlaceholder': 'New label',
  'labelSettings.newName': 'New label name',
  'labelSettings.add': 'Add label',
  'labelSettings.loadError': "Can't load your labels",
  'labelSettings.none': 'No labels yet. Add the first one below.',
  // Team & tools: canned responses. `{placeholders}` is the list "{shopper.name}, {shopper.email}, …".
  'canned.title': 'Canned responses',
  'canned.subtitle': 'Type / in a reply to insert one. Placeholders: {placeholders}.',
  'canned.new': 'New canned response',
  'canned.editing': 'Edit canned response',
  'canned.fieldTitle': 'Title',
  'canned.shortcut': 'Shortcut (one word, typed after /)',
  'canned.text': 'Text',
  'canned.add': 'Add canned response',
  'canned.saveChanges': 'Save changes',
  'canned.deleteTitle': 'Delete “/{shortcut}”?',
  'canned.deleteBody': 'The team can no longer insert it. Replies already sent are not changed.',
  'canned.loadError': "Can't load your canned responses",
  'canned.none': 'No canned responses yet. Add the first one below.',
  // Team & tools: blocked shoppers.
  'blocked.title': 'Blocked shoppers',
  'blocked.subtitle': 'Their messages are refused with a polite notice.',
  'blocked.none': 'No one is blocked.',
  'blocked.shopper': 'Shopper',
  'blocked.addressToo': 'address blocked too',
  'blocked.unblock': 'Unblock',
  'blocked.loadError': "Can't load the blocked shoppers",
  // Team & tools: export.
  'export.title': 'Export conversations',
  'export.subtitle': 'Every conversation active in the dates you choose, with its messages (Kotha Premium).',
  'export.from': 'From',
  'export.to': 'To',
  'export.csv': 'Download CSV',
  'export.json': 'Download JSON',

  // Team & tools: alerts on the owners' phones.
  'ownerAlerts.title': 'Alerts on your phone',
  'ownerAlerts.subtitle': "Wix tells the site's owners, in the Wix Owner app and on the dashboard, when a new chat starts or a shopper waits longer than your email alert time.",
  'ownerAlerts.toggle': 'Send these alerts',
  'ownerAlerts.unavailable': 'Phone alerts are not set up for this app yet.',
  'weeklyDigest.title': 'Weekly email digest',
  'weeklyDigest.subtitle': "Every Monday morning in your site's time: last week's conversations, response times, missed chats and satisfaction against the week before, in your site's language.",
  'weeklyDigest.toggle': 'Email me the weekly digest',
  'weeklyDigest.sendsTo': 'Sent to {email}',
  'weeklyDigest.noEmail': 'Add your email on the Hours tab (where offline messages go) to receive it.',

  // The Widget tab: how the chat looks to shoppers.
  'widget.title': 'Your chat widget',
  'widget.subtitle': 'How the chat looks to shoppers on your site.',
  'widget.loading': 'Loading your widget settings…',
  'widget.loadError': "Can't load your widget settings: {reason}",
  'widget.updateTitle': 'Update Kotha in Wix to show your new look everywhere',
  /** Shown when Wix refuses the new embed because the site runs an older app version. "Apps → Manage Apps" and "Update" are Wix dashboard words: use Wix's own words in your language. */
  'widget.updateBody': "Your site runs an older version of Kotha, so your pages keep the launcher's old corner, colour and words until a shopper opens the chat, which uses your saved settings. To update, open Apps → Manage Apps in your Wix dashboard and click Update next to Kotha.",
  'widget.teamName': 'Team name (shown at the top of the chat)',
  'widget.greeting': 'Greeting (the first thing shoppers read)',
  'widget.accent': 'Accent colour',
  /** Sample text on the accent colour. */
  'widget.accentSample': 'Aa · Chat',
  'widget.contrastWhite': 'The widget picks white text on this colour, so it stays readable.',
  'widget.contrastDark': 'The widget picks dark text on this colour, so it stays readable.',
  'widget.launcherText': 'Words beside the launcher icon (optional, e.g. “Chat with us”)',
  'widget.language': 'Language of the chat',
  'widget.languageAuto': 'Automatic: the site’s language, else the shopper’s',
  'widget.corner': 'Launcher corner',
  'widget.cornerAuto': 'Bottom right (bottom left for right-to-left languages)',
  'widget.cornerRight': 'Bottom right',
  'widget.cornerLeft': 'Bottom left',
  'widget.offset': 'Raise the launcher by (pixels), to clear your own buttons',
  'widget.requireEmail': "Ask for the shopper's email address with their first message (otherwise it is asked after, and they may skip it)",
  'widget.sound': 'Play a soft sound for the shopper when a reply arrives while the chat is closed',
  'widget.savedNotEmbedded': 'Saved. Wix did not take the new launcher look just now; it is applied when the chat opens and in the site within the hour.',
  'widget.saved': 'Widget saved',
  /** The team name and greeting per language; `{language}` is the language's name, in the dashboard's language. */
  'widget.otherLanguages': 'Team name and greeting in other languages',
  'widget.otherLanguagesHint': 'Shoppers whose chat is in one of these languages read these words; everyone else reads the ones above.',
  'widget.addLanguage': 'Add a language',
  'widget.teamNameIn': 'Team name in {language}',
  'widget.greetingIn': 'Greeting in {language}',
  'widget.removeLanguage': 'Remove {language}',
  /** The live preview beside the form; `previewFrame` names its frame for screen readers. */
  'widget.preview': 'Preview',
  'widget.previewNote': 'Your chat as shoppers will see it, with the changes you have not saved yet.',
  'widget.previewFrame': 'Preview of your chat on a page',
  'widget.previewClosed': 'Chat closed',
  'widget.previewOpen': 'Chat open',

  // The Business hours tab. `{day}` is a weekday's name or a date.
  'hours.loading': 'Loading your hours…',
  'hours.loadError': "Can't load your hours: {reason}",
  'hours.saved': 'Business hours saved',
  'hours.savedNote': 'Saved. The chat follows the new hours at once.',
  'hours.whenTitle': 'When your team answers',
  'hours.whenSubtitle': "Outside these hours the chat says when you are back, in each shopper's own time.",
  'hours.following': 'Your chat follows these hours.',
  'hours.alwaysOpen': 'Always open: turn on to set your hours.',
  'hours.timeZone': 'Time zone',
  'hours.zoneIsSite': "Your site's time zone, as set in Wix.",
  'hours.zoneIsBrowser': "This browser's time zone: Wix has none set for your site.",
  'hours.zoneNoSite': 'Wix has no time zone set for your site.',
  /** `{zone}` is a time zone name such as Asia/Dhaka. */
  'hours.zoneDiffers': "Your site's time zone in Wix is {zone}.",
  'hours.useSiteZone': 'Use it',
  'hours.closed': 'Closed',
  /** Between a period's opening and closing time, e.g. "09:00 to 17:00". */
  'hours.to': 'to',
  'hours.opensAt': '{day} opens at',
  'hours.closesAt': '{day} closes at',
  'hours.removePeriod': 'Remove {day} {start}–{end}',
  'hours.add': 'Add hours',
  'hours.addMore': 'Add more hours',
  'hours.specialTitle': 'Holidays and special dates',
  'hours.specialSubtitle': 'Closed all day, or different hours, on a date.',
  'hours.specialHours': 'Special hours (otherwise closed all day)',
  'hours.date': 'Date',
  'hours.dateName': 'Name (optional)',
  'hours.dateNameExample': 'e.g. Pohela Boishakh',
  'hours.addDate': 'Add date',
  'hours.awayTitle': "While you're away",
  'hours.outside': 'Outside your hours',
  'hours.takeMessage': "Take a message with the shopper's email (you reply by email or later in the inbox)",
  'hours.showHours': "Only say when you're back",
  'hours.hideLauncher': 'Hide the chat',
  'hours.awayMessage': 'Away message',
  'hours.awayMessageInfo': "Leave empty to use Kotha's words, in each shopper's language.",
  'hours.merchantEmail': 'Send offline messages and alerts to',
  'hours.waitTitle': 'While a shopper waits',
  'hours.replyTime': '“Typically replies in…”',
  'hours.replyTimeInfo': 'Leave empty and Kotha shows your median first reply time over the last 7 days.',
  'hours.replyTimeExample': 'e.g. a few minutes',
  'hours.autoReply': 'Automatic first reply during hours (optional)',
  'hours.reminder': '“Still in line” note every (minutes, 0 = off)',
  'hours.notifyAfter': 'Email me after (minutes unanswered, 0 = off)',
  'hours.autoClose': 'Close idle chats after (hours, 0 = never)',

  // Errors, by what went wrong.
  'error.generic': 'Something went wrong. Try again.',
  'error.network': "Can't reach Kotha right now. Check your connection and try again.",
  'error.unavailable': "Kotha's server is unavailable. Try again in a moment.",
  'error.badResponse': 'The server sent a response Kotha could not read.',
  'error.rateLimited': 'That was a lot at once. Wait a moment and try again.',
  'error.premium': 'This needs Kotha Premium: use Upgrade at the top of the page.',
  'error.signIn': 'Your sign-in has expired. Open Kotha again from your Wix dashboard.',
  'error.forbidden': "You don't have permission to do that.",
  'error.notFound': "It isn't there any more: someone may have deleted it.",
  'error.tooLarge': 'That is too large to send.',
  'error.wixUnavailable': "Wix can't confirm your sign-in right now. Try again in a moment.",

  // The Analytics tab: figures of a period, each with its definition as a tooltip.
  'analytics.today': 'Today',
  'analytics.last7': 'Last 7 days',
  'analytics.last30': 'Last 30 days',
  'analytics.last90': 'Last 90 days',
  'analytics.period': 'Period',
  'analytics.custom': 'Custom',
  'analytics.from': 'From',
  'analytics.to': 'To',
  'analytics.download': 'Download CSV',
  /** The reply target picked beside the period: "answered within" and "missed" use it. */
  'analytics.target': 'Reply target (minutes)',
  'analytics.error': 'Analytics could not be loaded.',
  'analytics.empty': 'No shopper started a conversation in this period.',
  'analytics.freeWindow': 'The free plan shows the last 7 days. Premium shows all your history.',
  'analytics.conversations': 'Conversations',
  'analytics.conversationsInfo': 'Conversations a shopper started in this period. Messages left outside your hours are counted apart: {offline}.',
  'analytics.firstResponse': 'First reply',
  'analytics.firstResponseInfo': 'Median time from the shopper’s first message to the first reply written by a person; automatic messages never count as a reply. Inside your business hours only: {business}. Slowest tenth: {p90}. Average: {mean}.',
  'analytics.answeredWithin': 'Answered within {minutes} minutes',
  'analytics.answeredWithinInfo': 'Share of conversations a person answered in time.',
  'analytics.missed': 'Missed',
  'analytics.missedInfo': 'Started during your business hours, and no person replied before the shopper left (their page gone for 2 minutes) or within {minutes} minutes.',
  'analytics.resolution': 'Time to close',
  'analytics.resolutionInfo': 'Median time from the first message to the first close. To the last close: {last}. Reopened: {reopened}.',
  'analytics.csat': 'Satisfaction',
  'analytics.csatInfo': 'Good ratings out of all ratings, credited to the last person who replied. Shoppers who rated a closed chat: {rate}.',
  'analytics.trend': 'Conversations per day',
  'analytics.day': 'Day',
  'analytics.answered': 'Answered',
  'analytics.heatmap': 'Busiest hours',
  'analytics.heatmapNote': 'Conversations by weekday and hour ({zone}). Outlined cells: hours you were open.',
  'analytics.open': 'open',
  'analytics.agents': 'Your team',
  'analytics.agent': 'Teammate',
  'analytics.handled': 'Conversations',
  'analytics.fromAssignment': 'Reply after assignment',
  'analytics.closes': 'Closed',
  'analytics.badComments': 'Bad ratings with comments',
} satisfies Record<string, string | PluralForms>;

export default en;

/** Every key of the dashboard's texts. */
export type TextKey = keyof typeof en;
/** The shape of a language file: every key of English, plural where English is plural. */
export type DashboardTexts = { [K in TextKey]: (typeof en)[K] extends string ? string : PluralForms };
