/**
 * The five articles a new help center starts with (shipping, returns, payment, order
 * status, contact), in the site's language where Kotha has them written (English,
 * Bengali, Telugu, Arabic; English otherwise), published, each saying plainly that it is
 * an example to edit. One definition for a real install (platform/app-lifecycle.ts) and
 * the local stack. Idempotent: fixed ids, and nothing is added to a help center that has
 * articles already.
 */
import type { Article } from '@kotha/common/contract/help';
import { matchLocale } from '@kotha/common/locales/match';
import type { HelpArticleStore } from '../store/help-article-store';

type Topic = 'shipping' | 'returns' | 'payment' | 'order-status' | 'contact';
type Starter = { title: string; body: string; tags: string[] };

const EN: Record<Topic, Starter> = {
  shipping: {
    title: 'How long does delivery take?',
    body: '_Example article: edit it to match your shop, or delete it._\n\nWe ship every order within **2 working days**. Delivery usually takes **3 to 5 days** after that. You get an email with the tracking number as soon as your parcel leaves.',
    tags: ['shipping', 'delivery', 'courier', 'when will it arrive'],
  },
  returns: {
    title: 'Can I return or exchange an item?',
    body: '_Example article: edit it to match your shop, or delete it._\n\nYes. Send the item back unused within **14 days** of delivery and we refund you or exchange it. Write to us with your order number first, and we tell you where to send it.',
    tags: ['return', 'refund', 'exchange', 'money back'],
  },
  payment: {
    title: 'How can I pay?',
    body: '_Example article: edit it to match your shop, or delete it._\n\nWe take cards and the payment methods shown at checkout. Your payment is taken when you place the order; you get a receipt by email.',
    tags: ['payment', 'pay', 'card', 'checkout'],
  },
  'order-status': {
    title: 'Where is my order?',
    body: '_Example article: edit it to match your shop, or delete it._\n\nOpen **Order status** in this help center and enter your order number and the email you used: you see whether it is paid, shipped and how to track it.',
    tags: ['order status', 'tracking', 'track', 'parcel'],
  },
  contact: {
    title: 'How do I reach a person?',
    body: '_Example article: edit it to match your shop, or delete it._\n\nChoose **Talk to a person** at any time. When we are away, leave your email and we answer you there.',
    tags: ['contact', 'help', 'support', 'human'],
  },
};

const BN: Record<Topic, Starter> = {
  shipping: {
    title: 'ডেলিভারি পেতে কত দিন লাগে?',
    body: '_উদাহরণ: আপনার দোকান অনুযায়ী এটি বদলে নিন, বা মুছে দিন।_\n\nআমরা প্রতিটি অর্ডার **২ কর্মদিবসের** মধ্যে পাঠাই। এরপর সাধারণত **৩ থেকে ৫ দিনে** ডেলিভারি হয়। পার্সেল রওনা হলেই ট্র্যাকিং নম্বরসহ ইমেইল পাবেন।',
    tags: ['ডেলিভারি', 'শিপিং', 'কুরিয়ার', 'কবে পাব'],
  },
  returns: {
    title: 'পণ্য ফেরত বা বদল করা যায়?',
    body: '_উদাহরণ: আপনার দোকান অনুযায়ী এটি বদলে নিন, বা মুছে দিন।_\n\nহ্যাঁ। ডেলিভারির **১৪ দিনের** মধ্যে অব্যবহৃত পণ্য ফেরত পাঠালে আমরা টাকা ফেরত দিই বা বদলে দিই। আগে অর্ডার নম্বরসহ আমাদের লিখুন, কোথায় পাঠাবেন জানিয়ে দেব।',
    tags: ['ফেরত', 'রিফান্ড', 'বদল', 'টাকা ফেরত'],
  },
  payment: {
    title: 'কীভাবে টাকা দেব?',
    body: '_উদাহরণ: আপনার দোকান অনুযায়ী এটি বদলে নিন, বা মুছে দিন।_\n\nকার্ড এবং চেকআউটে দেখানো সব পেমেন্ট পদ্ধতিতে টাকা দিতে পারেন। অর্ডার দেওয়ার সময় টাকা নেওয়া হয়; রসিদ ইমেইলে পাবেন।',
    tags: ['পেমেন্ট', 'টাকা', 'কার্ড', 'বিকাশ'],
  },
  'order-status': {
    title: 'আমার অর্ডার কোথায়?',
    body: '_উদাহরণ: আপনার দোকান অনুযায়ী এটি বদলে নিন, বা মুছে দিন।_\n\nএই সহায়তা কেন্দ্রে **অর্ডারের অবস্থা** খুলে অর্ডার নম্বর আর যে ইমেইল দিয়েছিলেন তা লিখুন: টাকা পরিশোধ হয়েছে কি না, পাঠানো হয়েছে কি না আর কীভাবে ট্র্যাক করবেন দেখতে পাবেন।',
    tags: ['অর্ডারের অবস্থা', 'ট্র্যাকিং', 'পার্সেল'],
  },
  contact: {
    title: 'কীভাবে একজন মানুষের সঙ্গে কথা বলব?',
    body: '_উদাহরণ: আপনার দোকান অনুযায়ী এটি বদলে নিন, বা মুছে দিন।_\n\nযেকোনো সময় **একজন মানুষের সঙ্গে কথা বলুন** বেছে নিন। আমরা না থাকলে আপনার ইমেইল রেখে যান, সেখানেই উত্তর দেব।',
    tags: ['যোগাযোগ', 'সাহায্য', 'সাপোর্ট'],
  },
};

const TE: Record<Topic, Starter> = {
  shipping: {
    title: 'డెలివరీకి ఎన్ని రోజులు పడుతుంది?',
    body: '_ఉదాహరణ: మీ దుకాణానికి తగ్గట్టు దీన్ని మార్చండి, లేదా తొలగించండి._\n\nప్రతి ఆర్డర్‌ను **2 పని దినాల్లో** పంపుతాం. ఆ తర్వాత సాధారణంగా **3 నుండి 5 రోజుల్లో** డెలివరీ అవుతుంది. పార్సెల్ బయలుదేరగానే ట్రాకింగ్ నంబర్‌తో ఈమెయిల్ వస్తుంది.',
    tags: ['డెలివరీ', 'షిప్పింగ్', 'కొరియర్'],
  },
  returns: {
    title: 'వస్తువును తిరిగి ఇవ్వవచ్చా లేదా మార్చవచ్చా?',
    body: '_ఉదాహరణ: మీ దుకాణానికి తగ్గట్టు దీన్ని మార్చండి, లేదా తొలగించండి._\n\nఅవును. డెలివరీ అయిన **14 రోజుల్లో** వాడని వస్తువును తిరిగి పంపితే డబ్బు వాపసు చేస్తాం లేదా మార్చి ఇస్తాం. ముందుగా మీ ఆర్డర్ నంబర్‌తో మాకు రాయండి.',
    tags: ['రిటర్న్', 'రీఫండ్', 'మార్పిడి', 'వాపసు'],
  },
  payment: {
    title: 'ఎలా చెల్లించాలి?',
    body: '_ఉదాహరణ: మీ దుకాణానికి తగ్గట్టు దీన్ని మార్చండి, లేదా తొలగించండి._\n\nకార్డులు మరియు చెక్అవుట్‌లో చూపే చెల్లింపు పద్ధతులను అంగీకరిస్తాం. ఆర్డర్ చేసినప్పుడే చెల్లింపు జరుగుతుంది; రసీదు ఈమెయిల్‌లో వస్తుంది.',
    tags: ['చెల్లింపు', 'కార్డు', 'యూపీఐ'],
  },
  'order-status': {
    title: 'నా ఆర్డర్ ఎక్కడ ఉంది?',
    body: '_ఉదాహరణ: మీ దుకాణానికి తగ్గట్టు దీన్ని మార్చండి, లేదా తొలగించండి._\n\nఈ సహాయ కేంద్రంలో **ఆర్డర్ స్థితి** తెరిచి మీ ఆర్డర్ నంబర్, మీరు వాడిన ఈమెయిల్ ఇవ్వండి: చెల్లింపు, పంపిణీ, ట్రాకింగ్ వివరాలు కనిపిస్తాయి.',
    tags: ['ఆర్డర్ స్థితి', 'ట్రాకింగ్', 'పార్సెల్'],
  },
  contact: {
    title: 'ఒక వ్యక్తితో ఎలా మాట్లాడాలి?',
    body: '_ఉదాహరణ: మీ దుకాణానికి తగ్గట్టు దీన్ని మార్చండి, లేదా తొలగించండి._\n\nఎప్పుడైనా **ఒక వ్యక్తితో మాట్లాడండి** ఎంచుకోండి. మేము అందుబాటులో లేనప్పుడు మీ ఈమెయిల్ ఇవ్వండి, అక్కడే జవాబిస్తాం.',
    tags: ['సంప్రదించండి', 'సహాయం', 'సపోర్ట్'],
  },
};

const AR: Record<Topic, Starter> = {
  shipping: {
    title: 'كم يستغرق التوصيل؟',
    body: '_مقال مثال: عدّله ليناسب متجرك، أو احذفه._\n\nنشحن كل طلب خلال **يومَي عمل**. ويستغرق التوصيل عادةً **من 3 إلى 5 أيام** بعد ذلك. تصلك رسالة بريد إلكتروني برقم التتبع فور خروج طردك.',
    tags: ['شحن', 'توصيل', 'متى يصل'],
  },
  returns: {
    title: 'هل يمكنني إرجاع منتج أو استبداله؟',
    body: '_مقال مثال: عدّله ليناسب متجرك، أو احذفه._\n\nنعم. أعد المنتج غير مستعمل خلال **14 يومًا** من التوصيل وسنرد لك المبلغ أو نستبدله. راسلنا أولًا برقم طلبك لنخبرك أين ترسله.',
    tags: ['إرجاع', 'استرداد', 'استبدال'],
  },
  payment: {
    title: 'كيف أدفع؟',
    body: '_مقال مثال: عدّله ليناسب متجرك، أو احذفه._\n\nنقبل البطاقات وطرق الدفع المعروضة عند إتمام الشراء. يُخصم المبلغ عند تقديم الطلب، وتصلك الفاتورة بالبريد الإلكتروني.',
    tags: ['دفع', 'بطاقة', 'الدفع'],
  },
  'order-status': {
    title: 'أين طلبي؟',
    body: '_مقال مثال: عدّله ليناسب متجرك، أو احذفه._\n\nافتح **حالة الطلب** في مركز المساعدة هذا وأدخل رقم طلبك والبريد الإلكتروني الذي استخدمته: سترى هل تم الدفع والشحن وكيف تتتبع طردك.',
    tags: ['حالة الطلب', 'تتبع', 'طرد'],
  },
  contact: {
    title: 'كيف أتواصل مع شخص؟',
    body: '_مقال مثال: عدّله ليناسب متجرك، أو احذفه._\n\nاختر **تحدث إلى شخص** في أي وقت. وإن لم نكن متاحين، اترك بريدك الإلكتروني وسنرد عليك هناك.',
    tags: ['تواصل', 'مساعدة', 'دعم'],
  },
};

const WRITTEN: Record<string, Record<Topic, Starter>> = { en: EN, bn: BN, te: TE, ar: AR };
const TOPICS: Topic[] = ['shipping', 'returns', 'payment', 'order-status', 'contact'];

/** The starter articles in `language` (matched as the widget's and the emails' are: "bn-BD" → "bn"), English when Kotha has none in it. */
export function starterArticles(language: string, at: number): Article[] {
  const written = matchLocale([language], Object.keys(WRITTEN));
  return TOPICS.map((topic) => {
    const id = `starter_${topic.replace('-', '_')}`;
    const { title, body, tags } = WRITTEN[written]![topic];
    return { id, groupId: id, language: written, title, body, collectionId: null, tags, status: 'published', createdAt: at, updatedAt: at };
  });
}

/** Gives an empty help center its starter articles. */
export async function seedStarterArticles(articles: HelpArticleStore, siteId: string, language: string, at: number): Promise<void> {
  if ((await articles.count(siteId)) > 0) return;
  await articles.create(siteId, starterArticles(language, at));
}
