import type { Messages } from './messages';

/** Korean (한국어). Polite 해요/합니다 style; no particle after {team}, which may end in any sound. */
export default {
  openChat: '채팅 열기',
  openChatUnread: {
    other: '채팅 열기, 읽지 않은 메시지 {count}개',
  },
  chat: '채팅',
  chatWith: '{team} 채팅',
  close: '채팅 닫기',
  messages: '메시지',
  you: '내 메시지:',
  team: '상담원',
  placeholder: '메시지를 입력하세요…',
  messageLabel: '메시지',
  send: '메시지 보내기',
  sending: '보내는 중…',
  failed: '전송되지 않았습니다.',
  retry: '다시 보내기',
  connecting: '연결 중…',
  offline: '지금은 채팅에 연결할 수 없습니다.',
  tryAgain: '다시 시도',
  closed: '이 대화는 종료되었습니다. 새 대화를 시작하려면 메시지를 다시 보내 주세요.',
  newConversation: '새 대화',
  away: '지금은 상담 시간이 아닙니다.',
  backAt: '{time}에 돌아옵니다.',
  leaveMessage: '이메일 주소와 함께 메시지를 남겨 주시면 이메일로 답변드리겠습니다.',
  emailLabel: '이메일 주소',
  emailInvalid: '답변을 드릴 수 있도록 올바른 이메일 주소를 입력해 주세요.',
  hoursOnly: '상담이 재개되면 다시 메시지를 보내 주세요.',
  repliesIn: '보통 {duration} 이내에 답변합니다',
} satisfies Messages;
