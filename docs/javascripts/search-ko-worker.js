/*
 * Korean search worker for Material for MkDocs.
 *
 * Material runs its search in a web worker and lets a site replace it
 * (`__config.search`, set in overrides/javascripts/xp-chrome.js). This worker speaks the same
 * messages (SETUP 0, READY 1, QUERY 2, RESULT 3), so Material keeps its search box,
 * result list, keyboard handling and instant navigation; only the engine differs.
 *
 * The index is written by generator/search (see its docstrings): search/ko/manifest.json,
 * term shards s/<i>.json and result records d/<k>.json. A first search downloads this
 * script, the manifest, one shard per query word and the record chunks of the results
 * shown — never the whole index.
 *
 * Query handling meets the index halfway:
 *  - NFKC + lower case (same as `normalise` in generator/search/segment.py), split on
 *    anything that is not a letter or digit (quotes, brackets, punctuation);
 *  - a word also matches with a trailing particle removed (오커스를 -> 오커스), only
 *    when what remains is an indexed term;
 *  - prefix matching, also on a half-typed last syllable (정채 -> 정책 while typing);
 *  - a word with no match is split at script changes (AI기술) or into indexed terms
 *    (정책조정회의 -> 정책 조정 회의);
 *  - several words: documents matching all (AND), else any (OR, missing words shown).
 * All text put into results is HTML-escaped here: Material inserts it as markup.
 */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var BASE = new URL("../search/ko/", self.location.href);
var MAX_RESULTS = 20;
var MAX_EXPANSIONS = 400;
var KIND = { a: "기사", t: "용어", p: "인물", o: "기관", l: "장소", g: "페이지" };
var ENTITY = { t: 1, p: 1, o: 1, l: 1 };
// Particles and copula endings, longest first.
var PARTICLES = [
  "으로부터", "에서부터", "이라는", "이라고", "에게서", "에서는", "에서도", "에서의",
  "으로는", "으로도", "으로서", "으로써", "이었다", "이라며", "이지만", "에게는",
  "에서", "에게", "으로", "부터", "까지", "라고", "라는", "처럼", "보다", "하고",
  "이나", "이며", "이다", "이고", "에는", "에도", "에의", "와의", "과의", "와는",
  "과는", "로는", "로도", "로서", "로써", "마저", "조차", "밖에", "이랑", "한테",
  "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만",
  "나", "랑", "께", "다", "인", "엔"
];

var manifest = null;
var shards = new Map();
var chunks = new Map();

function norm(s) {
  return s.normalize("NFKC").toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/* Query words; a particle left alone by punctuation inside one chunk is dropped
   (‘오커스(AUKUS)’가 -> 오커스, aukus). */
function words(q) {
  var out = [];
  q.normalize("NFKC").toLowerCase().split(/\s+/).forEach(function (chunk) {
    var ws = chunk.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (ws.length > 1 && PARTICLES.indexOf(ws[ws.length - 1]) >= 0) ws.pop();
    out.push.apply(out, ws);
  });
  return out;
}

function fnv(s) {
  var h = 0x811c9dc5;
  for (var ch of s) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
  });
}

function fetchJson(path, fresh) {
  var url = new URL(path, BASE);
  if (!fresh && manifest) url.searchParams.set("v", manifest.v);
  return fetch(url, fresh ? { cache: "no-cache" } : {}).then(function (r) {
    if (!r.ok) throw new Error(r.status + " " + url);
    return r.json();
  });
}

function cached(map, key, path) {
  if (!map.has(key)) {
    var p = fetchJson(path).catch(function (e) { map.delete(key); throw e; });
    map.set(key, p);
  }
  return map.get(key);
}

var manifestP = null;

function loadManifest() {
  if (!manifestP) {
    manifestP = fetchJson("manifest.json", true).then(function (m) { return manifest = m; });
    manifestP.catch(function () { manifestP = null; });
  }
  return manifestP;
}

/* Shards holding every term that starts with `prefix`. */
function bucketsFor(prefix) {
  var cs = Array.from(prefix), first = cs[0];
  var split = manifest.split[first];
  if (!split) return [fnv(first) % manifest.buckets];
  if (cs.length === 1) return split.concat([fnv(first) % manifest.buckets]);
  return [fnv(cs[0] + cs[1]) % manifest.buckets];
}

async function termsFor(prefix) {
  var ids = Array.from(new Set(bucketsFor(prefix)));
  var loaded = await Promise.all(ids.map(function (b) {
    return cached(shards, b, "s/" + b + ".json").catch(function () { return {}; });
  }));
  return loaded;
}

async function hasTerm(t) {
  var loaded = await termsFor(t);
  return loaded.some(function (s) { return Object.prototype.hasOwnProperty.call(s, t); });
}

/* Hangul syllable parts: [initial, medial, final] or null. */
function jamo(ch) {
  var c = ch.codePointAt(0) - 0xac00;
  if (c < 0 || c > 11171) return null;
  return [Math.floor(c / 588), Math.floor((c % 588) / 28), c % 28];
}
var COMPAT_INITIAL = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

/* Does `term` start with `w`, reading a half-typed last syllable of `w` generously? */
function startsLoosely(term, w) {
  var last = w.slice(-1), head = w.slice(0, -1);
  if (!term.startsWith(head) || term.length <= head.length) return false;
  var next = term.charAt(head.length);
  if (next === last) return true;
  var ini = COMPAT_INITIAL.indexOf(last);
  if (ini >= 0) { var j = jamo(next); return !!j && j[0] === ini; }
  var a = jamo(last), b = jamo(next);
  return !!a && !!b && a[2] === 0 && a[0] === b[0] && a[1] === b[1];
}

function decode(packed, out, factor, term, idf) {
  var doc = 0;
  for (var i = 0; i < packed.length; i++) {
    doc += Math.floor(packed[i] / 64);
    var s = (packed[i] % 64) * factor * idf;
    var cur = out.get(doc);
    if (!cur || cur.score < s) out.set(doc, { score: s, term: term });
  }
}

/* doc -> {score, term} for one query word; empty map when nothing matches. */
async function matchWord(w) {
  var out = new Map();
  var n = manifest.n, maxIdf = Math.log(1 + n);
  var idf = function (df) { return 0.6 + 0.4 * Math.log(1 + n / df) / maxIdf; };
  var loaded = await termsFor(w);
  var loose = /[\uac00-\ud7a3\u3131-\u314e]$/.test(w);
  var exp = [];
  loaded.forEach(function (shard) {
    for (var t in shard) {
      if (t === w) decode(shard[t], out, 1, t, idf(shard[t].length));
      else if (t.startsWith(w) || (loose && startsLoosely(t, w))) exp.push([t, shard[t]]);
    }
  });
  exp.sort(function (a, b) { return a[0].length - b[0].length; });
  exp.slice(0, MAX_EXPANSIONS).forEach(function (e) {
    var f = 0.45 + 0.35 * Math.min(1, w.length / e[0].length);
    decode(e[1], out, f, e[0], idf(e[1].length));
  });
  // the word without a particle, when that is an indexed term
  for (var i = 0; i < PARTICLES.length; i++) {
    var p = PARTICLES[i];
    if (w.length > p.length && w.endsWith(p)) {
      var stem = w.slice(0, -p.length);
      var shard = (await termsFor(stem)).find(function (s) { return Object.prototype.hasOwnProperty.call(s, stem); });
      if (shard) decode(shard[stem], out, 0.95, stem, idf(shard[stem].length));
    }
  }
  return out;
}

/* Split a word that matched nothing: at script changes, else into indexed terms. */
async function splitWord(w) {
  var runs = w.match(/\p{Script=Hangul}+|\p{Script=Han}+|\p{Script=Latin}+|\p{N}+|./gu) || [];
  if (runs.length > 1) return runs;
  var cs = Array.from(w), parts = [], i = 0;
  while (i < cs.length) {
    var found = 0;
    for (var j = cs.length; j > i; j--) {
      if (await hasTerm(cs.slice(i, j).join(""))) { found = j; break; }
    }
    if (!found) return null;
    parts.push(cs.slice(i, found).join(""));
    i = found;
  }
  return parts.length > 1 ? parts : null;
}

async function resolveWords(ws) {
  var out = [];
  for (var i = 0; i < ws.length; i++) {
    var m = await matchWord(ws[i]);
    if (m.size === 0 && PARTICLES.indexOf(ws[i]) >= 0) continue;  // 오커스(AUKUS)를 -> "를"
    if (m.size === 0) {
      var parts = await splitWord(ws[i]);
      if (parts) {
        var sub = [];
        for (var k = 0; k < parts.length; k++) sub.push({ word: parts[k], hits: await matchWord(parts[k]) });
        if (sub.every(function (s) { return s.hits.size > 0; })) { out.push.apply(out, sub); continue; }
      }
    }
    out.push({ word: ws[i], hits: m });
  }
  return out;
}

function record(id) {
  var k = Math.floor(id / manifest.chunk);
  return cached(chunks, k, "d/" + k + ".json").then(function (c) { return c[id - k * manifest.chunk]; });
}

/* Escape `text`, wrapping the needles it contains in <mark>. */
function markup(text, needles) {
  var lower = text.toLowerCase(), marks = new Array(text.length).fill(false);
  needles.forEach(function (n) {
    if (!n) return;
    for (var at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + n.length))
      for (var i = at; i < at + n.length; i++) marks[i] = true;
  });
  var html = "", i = 0;
  while (i < text.length) {
    var j = i;
    while (j < text.length && marks[j] === marks[i]) j++;
    var part = escapeHtml(text.slice(i, j));
    html += marks[i] ? "<mark>" + part + "</mark>" : part;
    i = j;
  }
  return html;
}

function squash(s) { return norm(s).replace(/\s+/g, ""); }

/* The other name a query matched through, e.g. "AUKUS" for the page 오커스. */
function matchedLabel(rec, terms) {
  var labels = rec[4] || [], name = squash(rec[1]);
  for (var i = 0; i < terms.length; i++) {
    var t = terms[i];
    if (name.indexOf(t) >= 0) continue;
    var exact = labels.find(function (l) { return squash(l) === t; });
    var any = exact || labels.find(function (l) { return squash(l).indexOf(t) >= 0; });
    if (any) return any;
  }
  return null;
}

/* Without a search/ko/ index (plain `mkdocs serve`; `python -m generator serve` writes
   one through generator/preview_hooks.py), Material's own documents, sent with SETUP,
   are scanned for the words (or their particle-less stems). */
var setupDocs = [];

function fallbackSearch(ws) {
  var stems = ws.map(function (w) {
    var p = PARTICLES.find(function (p) { return w.length > p.length + 1 && w.endsWith(p); });
    return p ? w.slice(0, -p.length) : w;
  });
  var hits = [];
  setupDocs.forEach(function (d) {
    var title = String(d.title || "").replace(/<[^>]*>/g, ""), text = String(d.text || "").replace(/<[^>]*>/g, " ");
    var t = title.toLowerCase(), x = text.toLowerCase(), score = 0;
    for (var i = 0; i < stems.length; i++) {
      var s = (t.indexOf(stems[i]) >= 0 ? 10 : 0) + (x.indexOf(stems[i]) >= 0 ? 1 : 0);
      if (!s) return;
      score += s;
    }
    hits.push([score, d, title, text]);
  });
  hits.sort(function (a, b) { return b[0] - a[0]; });
  return { items: hits.slice(0, MAX_RESULTS).map(function (h) {
    var found = {};
    ws.forEach(function (w) { found[w] = true; });
    return [{ location: h[1].location, title: markup(h[2], stems), score: h[0], terms: found,
              text: "<p>" + markup(h[3].slice(0, 160), stems) + "</p>" }];
  }) };
}

async function search(query) {
  var ws = words(query);
  if (!ws.length) return { items: [] };
  try { await loadManifest(); }
  catch (e) {
    if (setupDocs.length) return fallbackSearch(ws);
    throw e;
  }
  var matched = await resolveWords(ws);
  if (!matched.length) return { items: [] };
  var scores = new Map(), count = new Map(), terms = new Map();
  matched.forEach(function (m) {
    m.hits.forEach(function (h, doc) {
      scores.set(doc, (scores.get(doc) || 0) + h.score);
      count.set(doc, (count.get(doc) || 0) + 1);
      if (!terms.has(doc)) terms.set(doc, []);
      terms.get(doc).push(h.term);
    });
  });
  var all = matched.length, ids = Array.from(scores.keys());
  var and = ids.filter(function (d) { return count.get(d) === all; });
  var pick = and.length ? and : ids;
  var rank = function (d) { return scores.get(d) * count.get(d) / all; };
  pick.sort(function (a, b) { return rank(b) - rank(a) || a - b; });
  var top = pick.slice(0, MAX_RESULTS);
  var recs = await Promise.all(top.map(record));
  var items = [];
  top.forEach(function (d, i) {
    var rec = recs[i];
    if (!rec) return;
    var hit = terms.get(d), needles = hit.concat(matched.map(function (m) { return m.word; }));
    var found = {};
    matched.forEach(function (m) { found[m.word] = m.hits.has(d); });
    // kind label, then the teaser; when the page was found through another name, that
    // name comes first, next to the kind label ("용어 AUKUS → 오커스"), teaser below
    var kind = "<span class=\"ko-search-kind\">" + escapeHtml(KIND[rec[2]] || "") + "</span>";
    var teaser = rec[3] ? markup(rec[3], needles) : "";
    var label = ENTITY[rec[2]] ? matchedLabel(rec, hit) : null;
    var text = label
      ? "<p class=\"ko-search-via\">" + kind + " " + markup(label, needles) + " → " + escapeHtml(rec[1]) + "</p>" +
        (teaser ? "<p>" + teaser + "</p>" : "")
      : "<p>" + kind + (teaser ? " " + teaser : "") + "</p>";
    items.push([{
      location: rec[0], title: markup(rec[1], needles), text: text,
      score: rank(d), terms: found
    }]);
  });
  return { items: items };
}

var latest = 0, queue = Promise.resolve();

self.addEventListener("message", function (ev) {
  var msg = ev.data || {};
  if (msg.type === SETUP) {
    setupDocs = (msg.data && msg.data.docs) || [];
    loadManifest().catch(function (e) { console.warn("search index:", e); });
    self.postMessage({ type: READY });
  } else if (msg.type === QUERY) {
    var id = ++latest;
    queue = queue.then(async function () {
      if (id !== latest) return;  // a newer query is waiting: skip this one
      var data;
      try { data = await search(String(msg.data || "")); }
      catch (e) { console.warn("search failed:", e); data = { items: [] }; }
      if (id === latest) self.postMessage({ type: RESULT, data: data });
    });
  }
});
