/**
 * The one place article Markdown becomes HTML, for the widget's reader, the dashboard's
 * preview and any email alike: markdown-it with raw HTML off (a `<script>` in the source
 * stays text), then sanitize-html with an allow-list, so a rule markdown-it might miss is
 * still enforced. What survives: text formatting, lists, headings, quotes, code, tables,
 * http(s) and mailto links that open apart from the shop (rel="noopener noreferrer
 * nofollow", target="_blank"), and https images. No script, style, iframe or form, no
 * event handler or style attribute, no data: or javascript: address anywhere.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

/**
 * The allow-list. Links keep only http(s) and mailto addresses and open apart from the shop;
 * images keep only https ones. An address without a scheme (relative) is dropped too: an
 * article is read inside a shop's page, where "/x" means the shop's.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], img: ['src', 'alt', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: [],
  allowedSchemesByTag: { a: ['http', 'https', 'mailto'], img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs.href && /^(https?:|mailto:)/i.test(attribs.href) ? attribs.href : undefined;
      const { href: _dropped, ...rest } = attribs;
      return { tagName, attribs: { ...rest, ...(href ? { href, rel: 'noopener noreferrer nofollow', target: '_blank' } : {}) } };
    },
    img: (tagName, attribs) => {
      const src = attribs.src && /^https:/i.test(attribs.src) ? attribs.src : '';
      return { tagName, attribs: { ...attribs, src } };
    },
  },
  exclusiveFilter: (frame) => (frame.tag === 'img' && !frame.attribs.src) || (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()),
};

/** An article's Markdown as sanitised HTML, safe to insert as HTML anywhere Kotha shows it. */
export function renderArticle(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED);
}

/** The article's words without any markup, for search snippets and plain-text email. */
export function articleText(source: string): string {
  return sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
