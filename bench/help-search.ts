/**
 * The help center's search, measured where it runs (the API's memory: help/help-library.ts):
 * - quality on the golden set (help-golden.ts: ten topics written in English, Bengali and
 *   Telugu; 63 questions in shoppers' words): recall@3 (the answer among the first three,
 *   what a suggestion shows) and MRR, per language and overall;
 * - speed with 1,000 articles: one search per keystroke of every English question from its
 *   third character (mode=suggest, what typing asks), p50/p95 on a warm shelf, and the cold
 *   start (building the shelf: plain text of 1,000 articles and the index).
 * The network and the widget's debounce come on top of these; they are the server's part.
 */
import type { StoredArticle } from '../functions/src/store/help-article-store';
import { HelpShelf } from '../functions/src/help/help-library';
import { GOLDEN_ARTICLES, GOLDEN_QUESTIONS, type Topic } from './help-golden';

const LANGUAGES = ['en', 'bn', 'te'] as const;

function stored(id: string, language: string, title: string, body: string, tags: string[]): StoredArticle {
  return { id, groupId: id, language, title, body, tags, collectionId: null, status: 'published', createdAt: 0, updatedAt: 0, views: 0, helped: 0, notHelped: 0 };
}

function goldenArticles(): StoredArticle[] {
  return LANGUAGES.flatMap((language) => GOLDEN_ARTICLES[language].map((a) => stored(`${language}_${a.topic}`, language, a.title, a.body, a.tags)));
}

/** 970 more English articles in shop words, deterministic, so the index is a realistic 1,000. */
function fillerArticles(count: number): StoredArticle[] {
  const words = 'lamp brass quilt kantha cushion cover scarf jamdani saree cotton silk clay pot diya candle basket jute rug mat tray bowl cup plate spoon wooden carved painted handmade colour red blue green indigo mustard size small large pattern border stitch thread weave loom artisan village order price discount sale stock restock warranty guarantee broken damaged missing parcel box label invoice receipt account password login newsletter review photo catalogue wholesale bulk custom engraving monogram care instructions store hours pickup'.split(' ');
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]!).join(' ');
  return Array.from({ length: count }, (_, i) => stored(`filler_${i}`, 'en', `About the ${pick(3)}`, `${pick(40)}. ${pick(30)}.`, [pick(1), pick(1)]));
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function measureHelpSearch() {
  const shelf = new HelpShelf(1, Date.now(), 'en', goldenArticles());
  const quality: Record<string, { questions: number; recallAt3: number; mrr: number }> = {};
  const misses: string[] = [];
  let all = { questions: 0, hits: 0, rr: 0 };
  for (const language of LANGUAGES) {
    let hits = 0;
    let rr = 0;
    for (const [question, topic] of GOLDEN_QUESTIONS[language]) {
      const ranked = shelf.search(language, question, 'search', 10).map((r) => r.id.slice(language.length + 1) as Topic);
      const rank = ranked.indexOf(topic) + 1;
      if (rank >= 1 && rank <= 3) hits += 1;
      else misses.push(`${language}: ${question} → ${ranked[0] ?? 'nothing'}`);
      if (rank >= 1) rr += 1 / rank;
    }
    const n = GOLDEN_QUESTIONS[language].length;
    quality[language] = { questions: n, recallAt3: round(hits / n), mrr: round(rr / n) };
    all = { questions: all.questions + n, hits: all.hits + hits, rr: all.rr + rr };
  }
  quality.all = { questions: all.questions, recallAt3: round(all.hits / all.questions), mrr: round(all.rr / all.questions) };

  // 1,000 articles: the golden set and filler.
  const thousand = [...goldenArticles(), ...fillerArticles(1000 - 30)];
  const coldStart = performance.now();
  const big = new HelpShelf(1, Date.now(), 'en', thousand);
  big.search('en', 'warm', 'suggest', 3);
  const coldMs = performance.now() - coldStart;
  const times: number[] = [];
  for (let round_ = 0; round_ < 3; round_ += 1) {
    for (const [question] of GOLDEN_QUESTIONS.en) {
      for (let end = 3; end <= question.length; end += 1) {
        const start = performance.now();
        big.search('en', question.slice(0, end), 'suggest', 3);
        times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  return {
    quality,
    misses,
    articles: thousand.length,
    suggestRequests: times.length,
    suggestP50Ms: round(percentile(times, 50), 2),
    suggestP95Ms: round(percentile(times, 95), 2),
    coldShelfMs: round(coldMs, 1),
  };
}

if (process.argv[1]?.endsWith('help-search.ts')) console.log(JSON.stringify(await measureHelpSearch(), null, 2));
