import type { Messages } from './messages';

/** Portuguese (Português). Brazilian usage (você), understood in Portugal too. */
export default {
  openChat: 'Abrir chat',
  openChatUnread: {
    one: 'Abrir chat, {count} mensagem não lida',
    many: 'Abrir chat, {count} de mensagens não lidas',
    other: 'Abrir chat, {count} mensagens não lidas',
  },
  chat: 'Chat',
  chatWith: 'Chat com {team}',
  close: 'Fechar chat',
  messages: 'Mensagens',
  you: 'Você:',
  team: 'Equipe',
  placeholder: 'Escreva uma mensagem…',
  messageLabel: 'Mensagem',
  send: 'Enviar mensagem',
  sending: 'Enviando…',
  failed: 'Não enviada.',
  retry: 'Reenviar',
  connecting: 'Conectando…',
  offline: 'Não conseguimos conectar ao chat agora.',
  tryAgain: 'Tentar novamente',
  closed: 'Esta conversa foi encerrada. Escreva novamente para iniciar uma nova.',
  newConversation: 'Nova conversa',
} satisfies Messages;
