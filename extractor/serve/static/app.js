// The page: ask the server, draw its answer.  Text goes into the DOM with
// textContent only, never as HTML, so pasted articles cannot inject markup.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...kids) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) n.setAttribute(k, v);
  }
  for (const k of kids) n.append(k);
  return n;
}

function status(msg, isError) {
  $("status").textContent = msg || "";
  $("status").className = isError ? "error" : "";
}

function fmt(v) {
  return Number.isInteger(v) ? v.toLocaleString("de-DE") : String(v).replace(".", ",");
}

function describe(r) {
  const parts = [`${r.indicator} = ${fmt(r.value)}${r.unit === "percent" ? " %" : ""}` +
                 (r.bound === "exact" ? "" : ` (${r.bound})`),
                 r.region || "không rõ địa phương",
                 r.period_start || r.period_end ? `${r.period_start || "?"}..${r.period_end || "?"}` : "không rõ thời gian"];
  if (r.status !== "actual") parts.push(r.status);
  if (r.scope) parts.push(r.scope);
  return parts.join(" · ");
}

// The evidence sentence with the figure in a <mark> (when the server located it).
function sentence(r) {
  const s = (r.evidence && r.evidence.sentence) || "";
  const p = el("p", { class: "sentence" });
  if (r.highlight) {
    const [i, j] = r.highlight;
    p.append(s.slice(0, i), el("mark", { class: "fig", title: describe(r) }, s.slice(i, j)), s.slice(j));
  } else {
    p.append(s);
  }
  return p;
}

function evidenceBlock(r) {
  const src = el("div", { class: "src" }, `${r.relation || ""} · ${r.doc_id} · ${r.published || "không rõ ngày"} · `);
  if (r.url) src.append(el("a", { href: r.url, rel: "noreferrer" }, r.url));
  src.append(" · ", el("a", { href: `/article?id=${encodeURIComponent(r.doc_id)}` }, "xem bài"));
  return el("div", { class: "evidence" }, src, sentence(r));
}

const WANT = { supported: ["supports"], contradicted: ["contradicts"], not_found: ["compatible", "related"] };

function verdictBlock(v) {
  const box = el("div", { class: `verdict ${v.verdict}` },
                 el("h3", {}, `${v.verdict.toUpperCase()}: ${describe(v.claim)}`));
  const ev = v.evidence.filter((e) => WANT[v.verdict].includes(e.relation));
  if (!ev.length) box.append(el("p", {}, "Không có số liệu nào đã lưu nói về con số này."));
  ev.slice(0, 10).forEach((e) => box.append(evidenceBlock(e)));
  return box;
}

// Article text with every figure marked; hovering shows the record.
function articleView(segs) {
  const pre = el("pre", { class: "article", id: "article" });
  for (const s of segs) {
    if (s.records) {
      pre.append(el("mark", { class: "fig", title: s.title, "data-record": JSON.stringify(s.records) }, s.text));
    } else {
      pre.append(s.text);
    }
  }
  return pre;
}

function show(data) {
  const out = $("result");
  out.replaceChildren();
  if (data.kind === "claims") {
    data.verdicts.forEach((v) => out.append(verdictBlock(v)));
    status(`${data.verdicts.length} con số được kiểm tra`);
  } else if (data.kind === "article" || data.kind === "text") {
    if (data.kind === "article") {
      const head = el("p", {}, `${data.doc_id} · ${data.published || "không rõ ngày"} · `);
      if (data.url) head.append(el("a", { href: data.url, rel: "noreferrer" }, data.url));
      out.append(head);
    }
    out.append(articleView(data.segments));
    (data.verdicts || []).forEach((v) => out.append(verdictBlock(v)));
    status(`${data.figures} con số trong bài`);
  } else if (data.kind === "audit") {
    data.findings.forEach((f) => {
      const box = el("div", { class: `finding ${f.severity}` }, el("h3", {}, `[${f.rule}] ${f.message}`));
      f.evidence.forEach((r) => box.append(evidenceBlock(r)));
      out.append(box);
    });
    status(`${data.findings.length} phát hiện`);
  }
}

async function call(url, opts) {
  status("Đang xử lý…");
  try {
    const resp = await fetch(url, opts);
    const data = await resp.json();
    if (data.error) { status(data.error, true); $("result").replaceChildren(); return; }
    show(data);
  } catch (e) {
    status(`Lỗi: ${e}`, true);
  }
}

function analyze(text) {
  return call("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" },
                                body: JSON.stringify({ input: text }) });
}

async function listArticles() {
  const resp = await fetch("/api/articles");
  const data = await resp.json();
  const rows = data.articles.map((a) => el("tr", {},
    el("td", {}, el("a", { href: `/article?id=${encodeURIComponent(a.doc_id)}` }, a.doc_id)),
    el("td", {}, a.published || ""), el("td", {}, String(a.figures)), el("td", {}, a.title || a.url || "")));
  $("result").replaceChildren(el("table", { class: "articles" }, ...rows));
  status(`${data.articles.length} bài đã lưu`);
}

$("ask").addEventListener("submit", (e) => { e.preventDefault(); analyze($("input").value); });
$("audit").addEventListener("click", () => call("/api/audit"));
$("list").addEventListener("click", listArticles);

// /?q=... fills the box and asks at once (links and tests use it).
const q = new URLSearchParams(location.search).get("q");
if (q) { $("input").value = q; analyze(q); }
