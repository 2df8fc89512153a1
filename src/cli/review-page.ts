// `briefing review --html FILE`: the review as one self-contained page (inline style and SVG, no script, nothing fetched),
// with a chart of questions (bars) and answered share (line) per day.
import type { Review, ReviewDay } from '../app/curation/review.js';
import { closestLine, downvotedLine, figureLines, percent, reviewPeriod, rowLine, variantsLine } from '../app/curation/review-text.js';
import type { Language } from '../model/language.js';
import { message } from '../model/messages.js';

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
ol, ul { padding-left: 1.4rem; } li { margin: .5rem 0; } .detail { color: #57606a; font-size: .9rem; }
svg { max-width: 100%; height: auto; } .legend span { margin-right: 1.2rem; } code { background: #f6f8fa; padding: 0 .2rem; }
`;

export function reviewPage(review: Review, acceptCommand: string): string {
  const { language } = review;
  const title = message('review.header', language, { ...reviewPeriod(review), timezone: review.timezone });
  const asks = review.unanswered.reduce((n, r) => n + r.count, 0);
  const rows = review.unanswered.map((row) => {
    const variants = variantsLine(row, language);
    return `<li value="${row.n}">${esc(rowLine(row, language))}<div class="detail">${esc(closestLine(row, language))}</div>${variants ? `<div class="detail">${esc(variants)}</div>` : ''}</li>`;
  });
  const downvotes = review.downvoted.reduce((n, r) => n + r.count, 0);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<h2>${esc(message('review.chartTitle', language))}</h2>
${chart(review.days, language)}
<h2>${esc(message('review.unansweredTitle', language, { groups: review.unanswered.length, count: asks }))}</h2>
${rows.length ? `<ol>${rows.join('\n')}</ol>` : `<p>${esc(message('review.noneUnanswered', language))}</p>`}
${review.figures.resolved ? `<p class="detail">${esc(message('review.resolved', language, { count: review.figures.resolved }))}</p>` : ''}
${rows.length ? `<p class="detail">${esc(message('review.acceptHint', language, { command: '{command}' })).replace('{command}', `<code>${esc(acceptCommand)}</code>`)}</p>` : ''}
<h2>${esc(message('review.downvotedTitle', language, { count: downvotes }))}</h2>
${review.downvoted.length ? `<ul>${review.downvoted.map((r) => `<li>${esc(downvotedLine(r, language))}</li>`).join('\n')}</ul>` : `<p>${esc(message('review.noneDownvoted', language))}</p>`}
<h2>${esc(message('review.figuresTitle', language))}</h2>
<ul>${figureLines(review).map((l) => `<li>${esc(l)}</li>`).join('\n')}</ul>
</body>
</html>
`;
}

/** Bars: questions per day (left scale); line: the share answered of the days with questions (0–100%, right scale). */
function chart(days: readonly ReviewDay[], language: Language): string {
  const width = 720;
  const height = 220;
  const pad = { left: 40, right: 44, top: 12, bottom: 28 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const most = Math.max(1, ...days.map((d) => d.questions));
  const step = plotW / Math.max(1, days.length);
  const y = (fraction: number) => (pad.top + plotH * (1 - fraction)).toFixed(1);
  const x = (i: number) => (pad.left + step * (i + 0.5)).toFixed(1);
  const bars = days.map((d, i) => {
    const h = (plotH * d.questions) / most;
    const tip = `${d.date}: ${d.questions} ${message('review.chartQuestions', language)}, ${percent(d.questions ? d.answered / d.questions : 0)} ${message('review.chartAnswered', language)}`;
    return `<rect x="${(pad.left + step * i + step * 0.15).toFixed(1)}" y="${(pad.top + plotH - h).toFixed(1)}" width="${(step * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="#8cb4ff"><title>${esc(tip)}</title></rect>`;
  });
  const points = days.flatMap((d, i) => (d.questions ? [`${x(i)},${y(d.answered / d.questions)}`] : []));
  const line = points.length ? `<polyline points="${points.join(' ')}" fill="none" stroke="#1a7f37" stroke-width="2"/>${points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="#1a7f37"/>`).join('')}` : '';
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(message('review.chartTitle', language))}">
<line x1="${pad.left}" y1="${y(0)}" x2="${width - pad.right}" y2="${y(0)}" stroke="#d0d7de"/>
${bars.join('\n')}
${line}
<text x="${pad.left - 6}" y="${y(1)}" text-anchor="end" dominant-baseline="hanging" font-size="11">${most}</text>
<text x="${pad.left - 6}" y="${y(0)}" text-anchor="end" font-size="11">0</text>
<text x="${width - pad.right + 6}" y="${y(1)}" dominant-baseline="hanging" font-size="11" fill="#1a7f37">100%</text>
<text x="${width - pad.right + 6}" y="${y(0)}" font-size="11" fill="#1a7f37">0%</text>
<text x="${pad.left}" y="${height - 8}" font-size="11">${esc(first)}</text>
<text x="${width - pad.right}" y="${height - 8}" text-anchor="end" font-size="11">${esc(last)}</text>
</svg>
<p class="legend"><span style="color:#3b6fd4">■ ${esc(message('review.chartQuestions', language))}</span><span style="color:#1a7f37">● ${esc(message('review.chartAnswered', language))}</span></p>`;
}

const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
