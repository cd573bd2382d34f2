/**
 * The CSV import's rule: rows of question,answer[,tags] (tags separated by `;` or `|`), a
 * header row recognised by its first cell and skipped, each row either an article to
 * create or refused with its reason and line number. Pure; csv-parse reads the quoting.
 */
import { parse } from 'csv-parse/sync';
import { cleanText } from '@kotha/common/contract/text';
import { HELP_LIMITS } from '@kotha/common/contract/limits';

export interface ImportRow {
  line: number;
  title: string;
  body: string;
  tags: string[];
}

export interface ImportPlan {
  rows: ImportRow[];
  refused: Array<{ line: number; reason: string }>;
}

/** A first cell that names the column ("question" in the dashboard's languages): a header row. */
const HEADER = /^\s*(question|title|q|frage|pregunta|domanda|vraag|pergunta|pytanie|otázka|soru|pertanyaan|câu hỏi|fråga|spørgsmål|spørsmål|вопрос|питання|প্রশ্ন|ప్రశ్న|प्रश्न|सवाल|سؤال|שאלה|質問|问题|問題|질문|คำถาม)\s*$/i;

/** The CSV's articles and its refused lines; `room` is how many more articles the site may hold. */
export function planImport(csv: string, room: number): ImportPlan {
  let records: Array<{ record: string[]; line: number }>;
  try {
    records = (parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>).map(
      ({ record, info }) => ({ record, line: info.lines }),
    );
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { rows: [], refused: [{ line: line ?? 1, reason: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  const plan: ImportPlan = { rows: [], refused: [] };
  records.forEach(({ record, line }, index) => {
    if (index === 0 && HEADER.test(record[0] ?? '')) return;
    const refuse = (reason: string) => plan.refused.push({ line, reason });
    const [question = '', answer = '', tagCell = ''] = record.map((cell) => cleanText(cell).trim());
    if (record.length < 2) return refuse('Needs two columns: question, answer.');
    if (!question) return refuse('The question is empty.');
    if (!answer) return refuse('The answer is empty.');
    if (question.length > HELP_LIMITS.articleTitle) return refuse(`The question is longer than ${HELP_LIMITS.articleTitle} characters.`);
    if (answer.length > HELP_LIMITS.articleBody) return refuse(`The answer is longer than ${HELP_LIMITS.articleBody} characters.`);
    const tags = tagCell.split(/[;|]/).map((t) => t.trim()).filter(Boolean);
    if (tags.length > HELP_LIMITS.tags) return refuse(`More than ${HELP_LIMITS.tags} tags.`);
    if (tags.some((t) => t.length > HELP_LIMITS.tag)) return refuse(`A tag is longer than ${HELP_LIMITS.tag} characters.`);
    if (plan.rows.length >= Math.min(room, HELP_LIMITS.importRows)) return refuse(room <= plan.rows.length ? `The help center is full (${HELP_LIMITS.articles} articles).` : `More than ${HELP_LIMITS.importRows} rows.`);
    plan.rows.push({ line, title: question, body: answer, tags });
  });
  return plan;
}
