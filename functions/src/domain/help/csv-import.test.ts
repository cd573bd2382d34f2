import { describe, expect, it } from 'vitest';
import { planImport } from './csv-import';

describe('planImport', () => {
  it('reads question,answer[,tags] rows and skips a header', () => {
    const plan = planImport('question,answer,tags\n"How long is shipping?","Two to four days, **tracked**.","delivery;courier"\nCan I pay cash?,Yes: cash on delivery.\n', 100);
    expect(plan.refused).toEqual([]);
    expect(plan.rows).toEqual([
      { line: 2, title: 'How long is shipping?', body: 'Two to four days, **tracked**.', tags: ['delivery', 'courier'] },
      { line: 3, title: 'Can I pay cash?', body: 'Yes: cash on delivery.', tags: [] },
    ]);
  });

  it('keeps a first row that is not a header', () => {
    expect(planImport('ডেলিভারি কত দিনে?,২-৪ দিন\n', 10).rows).toEqual([{ line: 1, title: 'ডেলিভারি কত দিনে?', body: '২-৪ দিন', tags: [] }]);
  });

  it('refuses each bad line with its reason and keeps the rest', () => {
    const plan = planImport(`Question,Answer\nonly one column\n,no question\nno answer,\n${'x'.repeat(201)},long\n"multi\nline question",fine\n`, 100);
    expect(plan.refused).toEqual([
      { line: 2, reason: 'Needs two columns: question, answer.' },
      { line: 3, reason: 'The question is empty.' },
      { line: 4, reason: 'The answer is empty.' },
      { line: 5, reason: 'The question is longer than 200 characters.' },
    ]);
    expect(plan.rows).toEqual([{ line: 7, title: 'multi\nline question', body: 'fine', tags: [] }]);
  });

  it('refuses rows past the room the site has left', () => {
    const plan = planImport('a,1\nb,2\nc,3\n', 2);
    expect(plan.rows.map((r) => r.title)).toEqual(['a', 'b']);
    expect(plan.refused).toEqual([{ line: 3, reason: 'The help center is full (1000 articles).' }]);
  });

  it('names the line of broken quoting', () => {
    const plan = planImport('a,1\n"b,2\n', 10);
    expect(plan.rows).toEqual([]);
    expect(plan.refused).toHaveLength(1);
    expect(plan.refused[0]!.reason).toMatch(/^The file is not valid CSV/);
  });
});
