/**
 * The help center's golden set: a sample shop's help center (ten topics, each written in
 * English, Bengali and Telugu) and questions shoppers ask, in their words, each with the
 * topic that answers it. Written by hand for the search-quality bench (help-search.ts);
 * questions avoid the articles' exact titles on purpose.
 */

export type Topic = 'shipping' | 'returns' | 'payment' | 'tracking' | 'cancel' | 'sizes' | 'care' | 'international' | 'gift' | 'contact';

export interface GoldenArticle {
  topic: Topic;
  title: string;
  body: string;
  tags: string[];
}

export const GOLDEN_ARTICLES: Record<'en' | 'bn' | 'te', GoldenArticle[]> = {
  en: [
    { topic: 'shipping', title: 'How long does delivery take?', body: 'We ship within 2 working days. Delivery inside Dhaka takes 1 to 2 days, elsewhere in Bangladesh 3 to 5 days. Shipping is free above 2,000 taka.', tags: ['shipping', 'delivery time', 'courier'] },
    { topic: 'returns', title: 'Returns and refunds', body: 'Send an unused item back within 14 days and we refund the full price to your original payment method. Exchanges for another size are free.', tags: ['return', 'refund', 'exchange', 'money back'] },
    { topic: 'payment', title: 'Ways to pay', body: 'We accept Visa, Mastercard, bKash, Nagad and cash on delivery. Your card is charged when the order is placed.', tags: ['payment', 'card', 'bkash', 'cash on delivery'] },
    { topic: 'tracking', title: 'Tracking your parcel', body: 'When your parcel leaves our workshop you get an email with the courier tracking number and a link to follow it.', tags: ['track', 'tracking number', 'where is my order'] },
    { topic: 'cancel', title: 'Cancelling or changing an order', body: 'You can cancel or change an order until it ships. Write to us with the order number as soon as possible.', tags: ['cancel', 'change order', 'modify'] },
    { topic: 'sizes', title: 'Size guide', body: 'Our kurtas run true to size. Measure your chest and compare with the chart on each product page. If you are between sizes, take the larger one.', tags: ['size', 'fit', 'measurements'] },
    { topic: 'care', title: 'Washing and care', body: 'Hand wash our cotton and silk in cold water with mild soap. Dry in the shade and iron on low heat. Do not bleach.', tags: ['wash', 'clean', 'iron', 'care'] },
    { topic: 'international', title: 'Shipping outside Bangladesh', body: 'We send parcels to India, Nepal, the UK and the USA by air mail. International delivery takes 7 to 14 days and customs duties are paid by the buyer.', tags: ['international', 'abroad', 'overseas', 'customs'] },
    { topic: 'gift', title: 'Gift wrapping and gift cards', body: 'Add gift wrapping at checkout for 100 taka, with a handwritten note. Gift cards are sent by email and never expire.', tags: ['gift', 'wrap', 'present', 'voucher'] },
    { topic: 'contact', title: 'Talking to our team', body: 'Choose Talk to a person in the chat. We answer from 10 am to 8 pm, Saturday to Thursday; outside those hours leave your email.', tags: ['contact', 'phone', 'human', 'support'] },
  ],
  bn: [
    { topic: 'shipping', title: 'ডেলিভারি পেতে কত দিন লাগে?', body: 'আমরা ২ কর্মদিবসের মধ্যে পাঠাই। ঢাকার ভেতরে ডেলিভারি ১ থেকে ২ দিন, ঢাকার বাইরে ৩ থেকে ৫ দিন। ২,০০০ টাকার বেশি অর্ডারে ডেলিভারি ফ্রি।', tags: ['ডেলিভারি', 'শিপিং', 'কুরিয়ার'] },
    { topic: 'returns', title: 'ফেরত ও টাকা ফেরত', body: 'অব্যবহৃত পণ্য ১৪ দিনের মধ্যে ফেরত পাঠালে পুরো টাকা ফেরত দিই। অন্য মাপে বদল বিনা খরচে।', tags: ['ফেরত', 'রিফান্ড', 'বদল'] },
    { topic: 'payment', title: 'কীভাবে টাকা দেবেন', body: 'ভিসা, মাস্টারকার্ড, বিকাশ, নগদ আর ক্যাশ অন ডেলিভারিতে টাকা দিতে পারেন। অর্ডার দেওয়ার সময় কার্ড থেকে টাকা কাটা হয়।', tags: ['পেমেন্ট', 'বিকাশ', 'নগদ', 'কার্ড'] },
    { topic: 'tracking', title: 'পার্সেল ট্র্যাক করুন', body: 'পার্সেল রওনা হলে কুরিয়ারের ট্র্যাকিং নম্বর আর লিংকসহ ইমেইল পাবেন।', tags: ['ট্র্যাকিং', 'অর্ডার কোথায়'] },
    { topic: 'cancel', title: 'অর্ডার বাতিল বা পরিবর্তন', body: 'পাঠানোর আগ পর্যন্ত অর্ডার বাতিল বা পরিবর্তন করা যায়। যত তাড়াতাড়ি সম্ভব অর্ডার নম্বরসহ লিখুন।', tags: ['বাতিল', 'পরিবর্তন'] },
    { topic: 'sizes', title: 'মাপের তালিকা', body: 'আমাদের কুর্তা ঠিক মাপের। বুকের মাপ নিয়ে পণ্যের পাতার তালিকার সঙ্গে মেলান। দুই মাপের মাঝামাঝি হলে বড়টি নিন।', tags: ['মাপ', 'সাইজ'] },
    { topic: 'care', title: 'ধোয়া ও যত্ন', body: 'সুতি আর সিল্ক ঠান্ডা পানিতে হালকা সাবানে হাতে ধুয়ে নিন। ছায়ায় শুকান, কম তাপে ইস্ত্রি করুন। ব্লিচ দেবেন না।', tags: ['ধোয়া', 'যত্ন', 'ইস্ত্রি'] },
    { topic: 'international', title: 'বাংলাদেশের বাইরে পাঠানো', body: 'ভারত, নেপাল, যুক্তরাজ্য আর যুক্তরাষ্ট্রে এয়ার মেইলে পার্সেল পাঠাই। বিদেশে পৌঁছাতে ৭ থেকে ১৪ দিন লাগে, শুল্ক ক্রেতা দেন।', tags: ['বিদেশ', 'আন্তর্জাতিক', 'শুল্ক'] },
    { topic: 'gift', title: 'উপহার মোড়ক ও গিফট কার্ড', body: 'চেকআউটে ১০০ টাকায় উপহার মোড়ক আর হাতে লেখা চিরকুট যোগ করুন। গিফট কার্ড ইমেইলে যায়, মেয়াদ শেষ হয় না।', tags: ['উপহার', 'গিফট', 'মোড়ক'] },
    { topic: 'contact', title: 'আমাদের দলের সঙ্গে কথা বলুন', body: 'চ্যাটে একজন মানুষের সঙ্গে কথা বলুন বেছে নিন। শনিবার থেকে বৃহস্পতিবার সকাল ১০টা থেকে রাত ৮টা পর্যন্ত উত্তর দিই।', tags: ['যোগাযোগ', 'ফোন', 'মানুষ'] },
  ],
  te: [
    { topic: 'shipping', title: 'డెలివరీకి ఎన్ని రోజులు పడుతుంది?', body: 'మేము 2 పని దినాల్లో పంపుతాం. హైదరాబాద్‌లో డెలివరీకి 1 నుండి 2 రోజులు, ఇతర ప్రాంతాలకు 3 నుండి 5 రోజులు. 2,000 రూపాయలకు పైగా ఆర్డర్లకు ఉచిత డెలివరీ.', tags: ['డెలివరీ', 'షిప్పింగ్', 'కొరియర్'] },
    { topic: 'returns', title: 'రిటర్న్‌లు మరియు రీఫండ్‌లు', body: 'వాడని వస్తువును 14 రోజుల్లో తిరిగి పంపితే పూర్తి డబ్బు వాపసు చేస్తాం. వేరే సైజుకు మార్పిడి ఉచితం.', tags: ['రిటర్న్', 'రీఫండ్', 'వాపసు', 'మార్పిడి'] },
    { topic: 'payment', title: 'చెల్లింపు పద్ధతులు', body: 'వీసా, మాస్టర్‌కార్డ్, యూపీఐ మరియు క్యాష్ ఆన్ డెలివరీ అంగీకరిస్తాం. ఆర్డర్ చేసినప్పుడే కార్డు నుండి డబ్బు తీసుకుంటాం.', tags: ['చెల్లింపు', 'యూపీఐ', 'కార్డు'] },
    { topic: 'tracking', title: 'మీ పార్సెల్‌ను ట్రాక్ చేయండి', body: 'పార్సెల్ బయలుదేరగానే కొరియర్ ట్రాకింగ్ నంబర్ మరియు లింక్‌తో ఈమెయిల్ వస్తుంది.', tags: ['ట్రాకింగ్', 'ఆర్డర్ ఎక్కడ'] },
    { topic: 'cancel', title: 'ఆర్డర్ రద్దు లేదా మార్పు', body: 'పంపే వరకు ఆర్డర్‌ను రద్దు చేయవచ్చు లేదా మార్చవచ్చు. వీలైనంత త్వరగా ఆర్డర్ నంబర్‌తో మాకు రాయండి.', tags: ['రద్దు', 'మార్పు'] },
    { topic: 'sizes', title: 'సైజు పట్టిక', body: 'మా కుర్తాలు సరైన సైజులో ఉంటాయి. ఛాతీ కొలత తీసుకుని ఉత్పత్తి పేజీలోని పట్టికతో పోల్చండి. రెండు సైజుల మధ్య ఉంటే పెద్దది తీసుకోండి.', tags: ['సైజు', 'కొలతలు'] },
    { topic: 'care', title: 'ఉతకడం మరియు జాగ్రత్త', body: 'కాటన్, సిల్క్‌ను చల్లని నీటిలో తేలికపాటి సబ్బుతో చేతితో ఉతకండి. నీడలో ఆరబెట్టండి, తక్కువ వేడితో ఇస్త్రీ చేయండి.', tags: ['ఉతకడం', 'జాగ్రత్త', 'ఇస్త్రీ'] },
    { topic: 'international', title: 'భారతదేశం బయటకు పంపడం', body: 'నేపాల్, బ్రిటన్, అమెరికాకు ఎయిర్ మెయిల్‌లో పార్సెల్‌లు పంపుతాం. విదేశాలకు 7 నుండి 14 రోజులు పడుతుంది, కస్టమ్స్ సుంకం కొనుగోలుదారు చెల్లిస్తారు.', tags: ['విదేశం', 'అంతర్జాతీయ', 'కస్టమ్స్'] },
    { topic: 'gift', title: 'గిఫ్ట్ ప్యాకింగ్ మరియు గిఫ్ట్ కార్డులు', body: 'చెక్అవుట్‌లో 100 రూపాయలకు గిఫ్ట్ ప్యాకింగ్ మరియు చేతిరాత సందేశం జోడించండి. గిఫ్ట్ కార్డులు ఈమెయిల్‌లో వస్తాయి, గడువు ఉండదు.', tags: ['బహుమతి', 'గిఫ్ట్', 'ప్యాకింగ్'] },
    { topic: 'contact', title: 'మా బృందంతో మాట్లాడండి', body: 'చాట్‌లో ఒక వ్యక్తితో మాట్లాడండి ఎంచుకోండి. సోమవారం నుండి శనివారం ఉదయం 10 నుండి రాత్రి 8 వరకు జవాబిస్తాం.', tags: ['సంప్రదించండి', 'ఫోన్', 'వ్యక్తి'] },
  ],
};

/** Questions as shoppers type them, each with the topic that answers it. */
export const GOLDEN_QUESTIONS: Record<'en' | 'bn' | 'te', Array<[string, Topic]>> = {
  en: [
    ['when will my order arrive', 'shipping'], ['how many days for delivery to Sylhet', 'shipping'], ['is shipping free', 'shipping'],
    ['can I get my money back', 'returns'], ['I want to return a kurta', 'returns'], ['exchange for a bigger size', 'returns'],
    ['do you take bkash', 'payment'], ['can I pay cash when it arrives', 'payment'], ['which cards do you accept', 'payment'],
    ['where is my parcel', 'tracking'], ['tracking number', 'tracking'],
    ['cancel my order', 'cancel'], ['change the address on my order', 'cancel'],
    ['what size should I order', 'sizes'], ['kurta fit chest measurement', 'sizes'],
    ['how to wash silk', 'care'], ['can I iron it', 'care'],
    ['do you ship to India', 'international'], ['customs duty abroad', 'international'],
    ['gift wrap', 'gift'], ['talk to a human', 'contact'],
  ],
  bn: [
    ['অর্ডার কবে পৌঁছাবে', 'shipping'], ['চট্টগ্রামে ডেলিভারি কত দিনে', 'shipping'], ['ডেলিভারি চার্জ কত', 'shipping'],
    ['টাকা ফেরত পাব কি', 'returns'], ['পণ্য ফেরত দিতে চাই', 'returns'], ['বড় মাপে বদল করা যাবে', 'returns'],
    ['বিকাশে টাকা দেওয়া যায়', 'payment'], ['ক্যাশ অন ডেলিভারি আছে', 'payment'], ['নগদে পেমেন্ট', 'payment'],
    ['আমার পার্সেল কোথায়', 'tracking'], ['ট্র্যাকিং নম্বর পাব কোথায়', 'tracking'],
    ['অর্ডার বাতিল করতে চাই', 'cancel'], ['অর্ডার পরিবর্তন', 'cancel'],
    ['কোন মাপ নেব', 'sizes'], ['বুকের মাপ', 'sizes'],
    ['সিল্ক কীভাবে ধোব', 'care'], ['ইস্ত্রি করা যাবে', 'care'],
    ['ভারতে পাঠান', 'international'], ['বিদেশে শুল্ক', 'international'],
    ['উপহার মোড়ক', 'gift'], ['মানুষের সঙ্গে কথা বলতে চাই', 'contact'],
  ],
  te: [
    ['నా ఆర్డర్ ఎప్పుడు వస్తుంది', 'shipping'], ['డెలివరీకి ఎన్ని రోజులు', 'shipping'], ['ఉచిత డెలివరీ ఉందా', 'shipping'],
    ['డబ్బు వాపసు వస్తుందా', 'returns'], ['వస్తువు తిరిగి ఇవ్వాలి', 'returns'], ['పెద్ద సైజుకు మార్పిడి', 'returns'],
    ['యూపీఐతో చెల్లించవచ్చా', 'payment'], ['క్యాష్ ఆన్ డెలివరీ ఉందా', 'payment'], ['ఏ కార్డులు అంగీకరిస్తారు', 'payment'],
    ['నా పార్సెల్ ఎక్కడ ఉంది', 'tracking'], ['ట్రాకింగ్ నంబర్', 'tracking'],
    ['ఆర్డర్ రద్దు చేయాలి', 'cancel'], ['ఆర్డర్ మార్చాలి', 'cancel'],
    ['ఏ సైజు తీసుకోవాలి', 'sizes'], ['ఛాతీ కొలత', 'sizes'],
    ['సిల్క్ ఎలా ఉతకాలి', 'care'], ['ఇస్త్రీ చేయవచ్చా', 'care'],
    ['నేపాల్‌కు పంపుతారా', 'international'], ['విదేశాలకు కస్టమ్స్', 'international'],
    ['గిఫ్ట్ ప్యాకింగ్', 'gift'], ['ఒక వ్యక్తితో మాట్లాడాలి', 'contact'],
  ],
};
