import type { Messages } from './messages';

/** Spanish (Español). Neutral Spanish with tú, as most online shops use. */
export default {
  openChat: 'Abrir chat',
  openChatUnread: {
    one: 'Abrir chat, {count} mensaje sin leer',
    many: 'Abrir chat, {count} de mensajes sin leer',
    other: 'Abrir chat, {count} mensajes sin leer',
  },
  chat: 'Chat',
  chatWith: 'Chat con {team}',
  close: 'Cerrar chat',
  messages: 'Mensajes',
  you: 'Tú:',
  team: 'Equipo',
  placeholder: 'Escribe un mensaje…',
  messageLabel: 'Mensaje',
  send: 'Enviar mensaje',
  sending: 'Enviando…',
  failed: 'No se pudo enviar.',
  retry: 'Reenviar',
  connecting: 'Conectando…',
  offline: 'Ahora mismo no podemos conectar con el chat.',
  tryAgain: 'Volver a intentarlo',
  closed: 'Esta conversación se ha cerrado. Escríbenos de nuevo para iniciar una nueva.',
  newConversation: 'Nueva conversación',
} satisfies Messages;
