/**
 * Script-injection payloads (script tags, event-handler attributes, javascript: URLs, SVG,
 * encoded variants) that every place showing someone else's text is tested with: messages
 * in the inbox, article titles and bodies in the help center. Each payload that ran would
 * set `window.__xss`.
 */
export const XSS_CORPUS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"><circle r="5"/></svg>',
  '<a href="javascript:window.__xss = 4">click me</a>',
  '<iframe src="javascript:parent.__xss = 5"></iframe>',
  '"><script>window.__xss = 6</script>',
  '&lt;script&gt;window.__xss = 7&lt;/script&gt;',
  '%3Cscript%3Ewindow.__xss%3D8%3C%2Fscript%3E',
  '<body onload="window.__xss = 9">',
  "<div style=\"background:url('javascript:window.__xss = 10')\">x</div>",
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 11">',
  '{{constructor.constructor("window.__xss = 12")()}}',
];
