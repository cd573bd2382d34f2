import { describe, expect, it } from 'vitest';
import { Parser } from 'htmlparser2';
import { XSS_CORPUS } from '../../../test/support/xss-corpus';
import { articleText, renderArticle } from './render-markdown';

const ALLOWED_TAGS = new Set(['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Every element and attribute of the HTML, parsed as a browser would, that could run or leave the allow-list. */
function executable(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (!ALLOWED_TAGS.has(name)) found.push(`<${name}>`);
      for (const [attr, value] of Object.entries(attribs)) {
        if (/^on/i.test(attr) || attr === 'style') found.push(`${name}[${attr}]`);
        if ((attr === 'href' || attr === 'src') && !/^(https:|http:|mailto:)/i.test(value.trim())) found.push(`${name}[${attr}=${value}]`);
        if (attr === 'src' && !/^https:/i.test(value)) found.push(`${name}[src=${value}]`);
      }
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('renderArticle', () => {
  it('keeps the formatting an article needs', () => {
    const html = renderArticle('## Shipping\n\nWe ship in **2 days**.\n\n- Dhaka\n- Chattogram\n\n[Track it](https://track.example/x)');
    expect(html).toContain('<h2>Shipping</h2>');
    expect(html).toContain('<strong>2 days</strong>');
    expect(html).toContain('<li>Dhaka</li>');
    expect(html).toContain('<a href="https://track.example/x" rel="noopener noreferrer nofollow" target="_blank">Track it</a>');
  });

  it('links bare addresses and mailto, and keeps https images only', () => {
    expect(renderArticle('Write to help@shop.example')).toContain('href="mailto:help@shop.example"');
    expect(renderArticle('See https://shop.example/returns')).toContain('href="https://shop.example/returns"');
    expect(renderArticle('![box](https://img.example/box.png)')).toContain('<img src="https://img.example/box.png" alt="box" />');
    expect(renderArticle('![box](http://img.example/box.png)')).not.toContain('<img');
    expect(renderArticle('![x](data:image/png;base64,AAAA)')).not.toContain('data:');
  });

  it('drops javascript:, data: and relative links but keeps their words', () => {
    for (const source of ['[click](javascript:alert(1))', '[click](JaVaScRiPt:alert(1))', '[click](data:text/html,<script>alert(1)</script>)', '[click](/account)', '[click](vbscript:x)']) {
      const html = renderArticle(source);
      expect(html, source).not.toMatch(/href=/);
      expect(articleText(source), source).toContain('click');
    }
  });

  it('runs nothing from the XSS corpus, as a body or inside Markdown', () => {
    for (const payload of XSS_CORPUS) {
      for (const source of [payload, `# ${payload}`, `[${payload}](https://x.example)`, `- ${payload}\n- [a](${payload})`, `\`\`\`\n${payload}\n\`\`\``, `> ${payload}`]) {
        expect(executable(renderArticle(source)), source).toEqual([]);
      }
    }
  });

  it('shows raw HTML as text, not as markup', () => {
    expect(renderArticle('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>\n');
  });
});

describe('articleText', () => {
  it('is the words without markup, in one line', () => {
    expect(articleText('## Returns\n\nWithin **30 days** & free.\n\n<script>x</script>')).toBe('Returns Within 30 days & free. <script>x</script>');
  });
});
