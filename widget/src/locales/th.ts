import type { Messages } from './messages';

/** Thai (ไทย). Polite register; Thai separates phrases with spaces, not commas. */
export default {
  openChat: 'เปิดแชท',
  openChatUnread: {
    other: 'เปิดแชท มีข้อความที่ยังไม่ได้อ่าน {count} ข้อความ',
  },
  chat: 'แชท',
  chatWith: 'แชทกับ {team}',
  close: 'ปิดแชท',
  messages: 'ข้อความ',
  you: 'คุณ:',
  team: 'ทีมงาน',
  placeholder: 'พิมพ์ข้อความ…',
  messageLabel: 'ข้อความ',
  send: 'ส่งข้อความ',
  sending: 'กำลังส่ง…',
  failed: 'ส่งไม่สำเร็จ',
  retry: 'ส่งอีกครั้ง',
  connecting: 'กำลังเชื่อมต่อ…',
  offline: 'ขณะนี้ไม่สามารถเชื่อมต่อแชทได้',
  tryAgain: 'ลองอีกครั้ง',
  closed: 'การสนทนานี้ปิดแล้ว พิมพ์ข้อความอีกครั้งเพื่อเริ่มการสนทนาใหม่',
  newConversation: 'การสนทนาใหม่',
  away: 'ขณะนี้เราไม่อยู่',
  backAt: 'เราจะกลับมา{time}',
  leaveMessage: 'ฝากข้อความพร้อมอีเมลของคุณไว้ แล้วเราจะตอบกลับทางอีเมล',
  emailLabel: 'อีเมลของคุณ',
  emailInvalid: 'โปรดกรอกอีเมลที่ถูกต้องเพื่อให้เราตอบกลับได้',
  hoursOnly: 'คุณเขียนถึงเราได้อีกครั้งเมื่อเรากลับมา',
  repliesIn: 'มักตอบกลับภายใน {duration}',
} satisfies Messages;
