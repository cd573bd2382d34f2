import type { Messages } from './messages';

/** Greek (Ελληνικά). Polite plural forms. */
export default {
  openChat: 'Άνοιγμα συνομιλίας',
  openChatUnread: {
    one: 'Άνοιγμα συνομιλίας, {count} μη αναγνωσμένο μήνυμα',
    other: 'Άνοιγμα συνομιλίας, {count} μη αναγνωσμένα μηνύματα',
  },
  chat: 'Συνομιλία',
  chatWith: 'Συνομιλία με {team}',
  close: 'Κλείσιμο συνομιλίας',
  messages: 'Μηνύματα',
  you: 'Εσείς:',
  team: 'Ομάδα υποστήριξης',
  placeholder: 'Γράψτε ένα μήνυμα…',
  messageLabel: 'Μήνυμα',
  send: 'Αποστολή μηνύματος',
  sending: 'Αποστολή…',
  failed: 'Δεν στάλθηκε.',
  retry: 'Επανάληψη αποστολής',
  connecting: 'Σύνδεση…',
  offline: 'Δεν είναι δυνατή η σύνδεση με τη συνομιλία αυτή τη στιγμή.',
  tryAgain: 'Δοκιμάστε ξανά',
  closed: 'Αυτή η συνομιλία έκλεισε. Γράψτε μας ξανά για να ξεκινήσετε νέα.',
  newConversation: 'Νέα συνομιλία',
} satisfies Messages;
