/* A quick accessibility check, run in the page by tests/serve/test_browser.py: returns every
 * problem found as a string. Text alternatives (img alt, charts' aria-label), labelled form
 * fields, and the contrast of every element with text of its own against its effective
 * background, composited from computed styles (WCAG AA: 4.5:1, 3:1 for large text). */
() => {
  const problems = [];
  for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('alt')) problems.push('image without alt: ' + img.src);
  }
  for (const chart of document.querySelectorAll('.vega, [role=img]')) {
    if (!(chart.getAttribute('aria-label') || '').trim()) {
      problems.push('chart without a text alternative: ' + chart.id);
    }
  }
  for (const field of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
    if ((!field.labels || field.labels.length === 0) && !field.getAttribute('aria-label'))
      problems.push('unlabelled field: ' + field.name);
  }
  const rgba = (text) => (text.match(/[\d.]+/g) || []).map(Number).concat([1]).slice(0, 4);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    const layers = [];
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    let out = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) {
      out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
    }
    return out;
  };
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg, script, style, .skip, .vg-tooltip')) continue;
    const ownText = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!ownText || box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    const fg = rgba(style.color), bg = background(el);
    const blended = fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
    const [hi, lo] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) problems.push(`contrast ${ratio.toFixed(2)} < ${needed}: <${el.tagName.toLowerCase()} class="${el.className}"> ${el.textContent.trim().slice(0, 40)}`);
  }
  return problems;
}
