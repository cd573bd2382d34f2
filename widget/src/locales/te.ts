import type { Messages } from './messages';

/** Telugu (తెలుగు). Respectful మీరు forms (-ండి imperatives). */
export default {
  openChat: 'చాట్ తెరవండి',
  openChatUnread: {
    one: 'చాట్ తెరవండి, {count} చదవని సందేశం',
    other: 'చాట్ తెరవండి, {count} చదవని సందేశాలు',
  },
  chat: 'చాట్',
  chatWith: '{team}తో చాట్',
  close: 'చాట్ మూసివేయండి',
  messages: 'సందేశాలు',
  you: 'మీరు:',
  team: 'బృందం',
  placeholder: 'మీ సందేశాన్ని రాయండి…',
  messageLabel: 'సందేశం',
  send: 'సందేశం పంపండి',
  sending: 'పంపుతోంది…',
  failed: 'పంపబడలేదు.',
  retry: 'మళ్లీ పంపండి',
  connecting: 'కనెక్ట్ అవుతోంది…',
  offline: 'ప్రస్తుతం చాట్‌కు కనెక్ట్ కాలేకపోతున్నాము.',
  tryAgain: 'మళ్లీ ప్రయత్నించండి',
  closed: 'ఈ సంభాషణ మూసివేయబడింది. కొత్త సంభాషణ ప్రారంభించడానికి మళ్లీ రాయండి.',
  newConversation: 'కొత్త సంభాషణ',
  away: 'మేము ప్రస్తుతం అందుబాటులో లేము.',
  backAt: 'మేము {time} తిరిగి వస్తాము.',
  leaveMessage: 'మీ ఇమెయిల్ చిరునామాతో సందేశం పంపండి, మేము ఇమెయిల్ ద్వారా సమాధానం ఇస్తాము.',
  emailLabel: 'మీ ఇమెయిల్ చిరునామా',
  emailInvalid: 'మేము సమాధానం ఇవ్వడానికి సరైన ఇమెయిల్ చిరునామాను నమోదు చేయండి.',
  hoursOnly: 'మేము తిరిగి వచ్చాక మీరు మళ్లీ రాయవచ్చు.',
  repliesIn: 'సాధారణంగా {duration}లో సమాధానం ఇస్తారు',
} satisfies Messages;
