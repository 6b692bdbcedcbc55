// The page's inline style sheet and script. Both are constant: the page must open
// from disk with no network, so nothing is fetched (no fonts, no libraries).
// Kinds differ by colour AND by underline style (solid, dashed, double, dotted),
// so the page reads without colour and on paper.

export const REPORT_CSS = `
:root{--bg:#fff;--fg:#1b1b1b;--muted:#5a5a5a;--line:#d0d0d0;--panel:#f5f5f5;--link:#0645ad;
--ent:#dbeafe;--ent-u:#1d4ed8;--quo:#fef3c7;--quo-u:#a16207;--num:#dcfce7;--num-u:#15803d;--dat:#f3e8ff;--dat-u:#7e22ce;
--sel:#fb923c;--ins:#166534;--del:#b91c1c;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#151515;--fg:#e8e8e8;--muted:#a8a8a8;--line:#3a3a3a;--panel:#202020;--link:#8ab4f8;
--ent:#1e3a5f;--ent-u:#93c5fd;--quo:#4a3b10;--quo-u:#fcd34d;--num:#14432a;--num-u:#86efac;--dat:#3b1f57;--dat-u:#d8b4fe;
--sel:#c2410c;--ins:#86efac;--del:#fca5a5}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--link)}
header,main{max-width:72rem;margin:0 auto;padding:0 1rem}
header{padding-top:1rem}
h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.25rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.counts,.hint,.n,.where,.aliases,.type{color:var(--muted)}
.hint{font-size:.9rem}
nav a{margin-right:.8rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.3rem;z-index:10}
:focus-visible{outline:3px solid var(--sel);outline-offset:2px}
.legend{border:1px solid var(--line);border-radius:6px;margin:.6rem 0;display:flex;gap:1.2rem;flex-wrap:wrap}
.legend label{cursor:pointer}
mark{color:inherit;background:none;border-radius:2px;text-underline-offset:3px;text-decoration-thickness:2px}
mark.k-entity{background:var(--ent);text-decoration:underline solid var(--ent-u);text-underline-offset:2px}
mark.k-quote{background:var(--quo);text-decoration:underline dashed var(--quo-u);text-underline-offset:6px}
mark.k-number{background:var(--num);text-decoration:underline double var(--num-u);text-underline-offset:3px}
mark.k-date{background:var(--dat);text-decoration:underline dotted var(--dat-u);text-decoration-thickness:3px;text-underline-offset:4px}
mark[data-f]{cursor:help}
mark.sel{background:var(--sel);color:#000;font-weight:600;outline:2px solid var(--fg)}
@media (prefers-color-scheme:dark){mark.sel{color:#fff}}
body.hide-entity mark.k-entity:not(.sample):not(.sel),body.hide-quote mark.k-quote:not(.sample),body.hide-number mark.k-number:not(.sample),body.hide-date mark.k-date:not(.sample){background:none;text-decoration:none}
.entity-columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:0 1.5rem}
ul.entities{list-style:none;padding:0;margin:0;max-height:24rem;overflow:auto}
button.entity{font:inherit;color:inherit;background:none;border:1px solid transparent;border-radius:4px;padding:.05rem .3rem;text-align:left;cursor:pointer;width:100%}
button.entity:hover{border-color:var(--line)}
button.entity[aria-pressed=true]{background:var(--sel);color:#000;font-weight:600}
button.entity.small{width:auto;font-size:.85rem;border-color:var(--line)}
.aliases{font-size:.85rem}
.detail{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.2rem 1rem;margin:1rem 0}
.quote{margin:.6rem 0 1rem;padding-left:.8rem;border-left:4px dashed var(--quo-u)}
blockquote{margin:0;font-style:italic}
blockquote::before{content:"\\201C"}blockquote::after{content:"\\201D"}
figcaption{font-size:.9rem;color:var(--muted)}
.side-by-side{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem;margin-top:.3rem}
.wording{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
ins{color:var(--ins);text-decoration:underline 2px;font-weight:600}
del{color:var(--del);text-decoration:line-through 2px}
del+ins,ins+del{margin-left:.25em}
.axis{position:relative;height:2.6rem;margin:1rem .5rem 2rem;border-bottom:2px solid var(--fg)}
.axis .dot{position:absolute;bottom:-7px;width:12px;height:12px;margin-left:-6px;border-radius:50%;background:var(--dat-u);border:2px solid var(--bg)}
.axis-min,.axis-max,.axis .tick{position:absolute;top:2.8rem;font-size:.8rem;color:var(--muted)}.axis-max{right:0}
.axis .tick{transform:translateX(-50%);border-left:1px solid var(--muted);padding-left:2px;top:2.6rem}
ol.timeline{padding-left:1.2rem}ol.timeline li{margin:.3rem 0}
time{font-variant-numeric:tabular-nums;font-weight:600;margin-right:.4rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
caption{text-align:left;color:var(--muted);padding:.3rem 0}
th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
ol.doc-index{columns:2 20rem;font-size:.9rem}
article.doc{content-visibility:auto;contain-intrinsic-size:auto 40rem;border-top:1px solid var(--line);margin-top:1rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9}
.problem{color:var(--del)}
#tip{position:absolute;z-index:20;max-width:26rem;background:var(--fg);color:var(--bg);padding:.4rem .6rem;border-radius:6px;font-size:.88rem;line-height:1.4;box-shadow:0 2px 8px rgba(0,0,0,.3)}
#tip strong{display:block}
@media print{
.skip,nav,.legend,#tip,.hint,button.small{display:none!important}
body{font-size:11pt}
header,main{max-width:none}
article.doc{content-visibility:visible;break-before:page}
ul.entities{max-height:none;overflow:visible}
mark{background:none!important}
a{color:inherit}
}
`;

export const REPORT_JS = `
(() => {
  "use strict";
  const tips = JSON.parse(document.getElementById("facts-tips").textContent);
  const tip = document.getElementById("tip");
  const detail = document.getElementById("detail");
  const emptyDetail = detail.innerHTML;
  let current = null;
  let selected = null;
  const markOf = (t) => (t instanceof Element ? t.closest("mark[data-f]") : null);

  // The fact behind a highlight, on hover and on keyboard focus.
  function show(mark) {
    const lines = tips[mark.dataset.f];
    if (!lines) return;
    tip.replaceChildren(...lines.map((line, i) => {
      const el = document.createElement(i === 0 ? "strong" : "div");
      el.textContent = line;
      return el;
    }));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    tip.style.left = Math.max(4, Math.min(r.left, width - tip.offsetWidth - 4)) + window.scrollX + "px";
    tip.style.top = r.bottom + window.scrollY + 6 + "px";
    if (current && current !== mark) current.removeAttribute("aria-describedby");
    mark.setAttribute("aria-describedby", "tip");
    current = mark;
  }
  function hide() {
    tip.hidden = true;
    if (current) current.removeAttribute("aria-describedby");
    current = null;
  }
  document.addEventListener("mouseover", (e) => { const m = markOf(e.target); if (m) show(m); });
  document.addEventListener("mouseout", (e) => {
    const m = markOf(e.target);
    if (m && !(e.relatedTarget instanceof Node && m.contains(e.relatedTarget))) hide();
  });
  document.addEventListener("focusin", (e) => { const m = markOf(e.target); if (m) show(m); else hide(); });

  // Choosing an entity highlights every mention and shows its detail; choosing it again clears.
  function select(key) {
    for (const m of document.querySelectorAll("mark.sel")) m.classList.remove("sel");
    for (const b of document.querySelectorAll("[data-select][aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
    if (!key || key === selected) {
      selected = null;
      detail.innerHTML = emptyDetail;
      return;
    }
    selected = key;
    for (const m of document.querySelectorAll("mark.f-" + key)) m.classList.add("sel");
    for (const b of document.querySelectorAll('[data-select="' + key + '"]')) b.setAttribute("aria-pressed", "true");
    const t = document.getElementById("detail-" + key);
    detail.replaceChildren(t ? t.content.cloneNode(true) : "");
  }
  document.addEventListener("click", (e) => {
    const b = e.target instanceof Element ? e.target.closest("[data-select]") : null;
    if (b) return select(b.dataset.select);
    const m = markOf(e.target);
    if (m && m.dataset.f[0] === "e") select(m.dataset.f);
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") { hide(); if (selected) select(null); return; }
    const m = markOf(e.target);
    if (m && (e.key === "Enter" || e.key === " ") && m.dataset.f[0] === "e") { e.preventDefault(); select(m.dataset.f); }
  });

  // Kinds can be hidden to read one kind at a time.
  for (const box of document.querySelectorAll("input[data-kind]")) {
    box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked));
  }
})();
`;
