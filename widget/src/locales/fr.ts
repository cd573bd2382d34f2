import type { Messages } from './messages';

/** French (Français). Vouvoiement; a no-break space before “:” as French typography wants. */
export default {
  openChat: 'Ouvrir la discussion',
  openChatUnread: {
    one: 'Ouvrir la discussion, {count} message non lu',
    many: 'Ouvrir la discussion, {count} de messages non lus',
    other: 'Ouvrir la discussion, {count} messages non lus',
  },
  chat: 'Discussion',
  chatWith: 'Discussion avec {team}',
  close: 'Fermer la discussion',
  messages: 'Messages',
  you: 'Vous :',
  team: 'Équipe',
  placeholder: 'Écrivez un message…',
  messageLabel: 'Message',
  send: 'Envoyer le message',
  sending: 'Envoi en cours…',
  failed: 'Non envoyé.',
  retry: 'Renvoyer',
  connecting: 'Connexion en cours…',
  offline: 'Impossible de joindre la discussion pour le moment.',
  tryAgain: 'Réessayer',
  closed: 'Cette conversation a été clôturée. Écrivez-nous de nouveau pour en démarrer une nouvelle.',
  newConversation: 'Nouvelle conversation',
} satisfies Messages;
