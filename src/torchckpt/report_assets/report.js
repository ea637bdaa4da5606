"use strict";
// torchckpt report: squarified treemap and paginated tensor table. No dependencies, no network.
(function () {
  const UNITS = ["B", "KB", "MB", "GB", "TB"];
  function fmt(n) {
    let i = 0;
    while (Math.abs(n) >= 1000 && i < UNITS.length - 1) { n /= 1000; i++; }
    return i ? n.toFixed(2) + " " + UNITS[i] : n + " B";
  }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  const hashParams = new URLSearchParams(location.hash.slice(1) || location.search.slice(1));

  // ---- treemap -----------------------------------------------------------------------------------
  // Squarified layout (Bruls, Huizing, van Wijk): rows along the shorter side, a row grows while
  // its worst aspect ratio improves. items: [{v, n}] sorted by v descending.
  function squarify(items, x, y, w, h) {
    const out = [];
    const total = items.reduce((s, it) => s + it.v, 0);
    if (total <= 0 || w <= 0 || h <= 0) return out;
    const scale = (w * h) / total;
    let i = 0;
    while (i < items.length) {
      const side = Math.min(w, h);
      let row = [], sum = 0, best = Infinity;
      while (i < items.length) {
        const a = items[i].v * scale, s = sum + a;
        const big = row.length ? row[0].a : a;
        const worst = Math.max((side * side * big) / (s * s), (s * s) / (side * side * a));
        if (row.length && worst > best) break;
        row.push({ it: items[i], a }); sum = s; best = worst; i++;
      }
      const thick = sum / side;
      let off = 0;
      for (const r of row) {
        const len = thick > 0 ? r.a / thick : 0;
        if (w >= h) out.push([r.it, x, y + off, thick, len]);
        else out.push([r.it, x + off, y, len, thick]);
        off += len;
      }
      if (w >= h) { x += thick; w -= thick; } else { y += thick; h -= thick; }
    }
    return out;
  }

  const HEADER = 16, PAD = 2;
  function hue(i) { return (i * 137.508 + 210) % 360; }

  function Treemap(box, crumbs, root, scale) {
    this.box = box; this.crumbs = crumbs; this.root = root; this.scale = scale; this.stack = [];
  }
  Treemap.prototype.draw = function () {
    const box = this.box;
    box.textContent = "";
    const f = Math.sqrt(Math.max(Math.min(this.scale, 1), 0));
    const w = box.clientWidth * f, h = box.clientHeight * f;
    const node = this.stack.length ? this.stack[this.stack.length - 1].node : this.root;
    const base = this.stack.length ? this.stack[this.stack.length - 1] : { path: "", level: 0, hue: null };
    if (!(node.c || []).some((k) => k.b > 0)) box.appendChild(el("p", "tm-empty", "no tensor bytes in this file"));
    this.layout(box, node, 0, 0, w, h, base.level + 1, base.path, base.hue);
    this.drawCrumbs();
  };
  Treemap.prototype.layout = function (parent, node, x, y, w, h, level, prefix, parentHue) {
    const kids = (node.c || []).filter((k) => k.b > 0).map((k) => ({ v: k.b, n: k }));
    const total = this.root.b || 1;
    let index = 0;
    for (const [it, rx, ry, rw, rh] of squarify(kids, x, y, w, h)) {
      const n = it.n, path = prefix ? prefix + "." + n.n : n.n;
      const hh = parentHue === null ? hue(index++) : parentHue;
      const d = el("div", "tm tm" + level + (n.o ? " tm-other" : "") + (n.c ? " has-kids" : ""));
      d.style.left = rx + "px"; d.style.top = ry + "px";
      d.style.width = Math.max(rw, 0) + "px"; d.style.height = Math.max(rh, 0) + "px";
      d.style.background = n.o ? "hsl(220,8%," + (70 + level * 6) + "%)" : "hsl(" + hh + ",55%," + Math.min(52 + level * 11, 90) + "%)";
      d.dataset.path = path; d.dataset.level = String(level); d.dataset.bytes = String(n.b);
      if (n.o) d.dataset.other = "1";
      d.title = path + "\n" + fmt(n.b) + " (" + (100 * n.b / total).toFixed(1) + "% of tensor bytes)" +
        (n.t ? ", " + n.t.toLocaleString() + " tensor" + (n.t === 1 ? "" : "s") : "");
      if (rw > 28 && rh > 13) {
        // too narrow for the whole name: its end, which tells siblings apart; the tooltip has all of it
        const fits = Math.max(Math.floor((rw - 14) / (level === 1 ? 7.8 : 7.0)), 3);
        const text = n.n.length <= fits ? n.n : "\u2026" + n.n.slice(n.n.length - fits + 1);
        const label = el("div", "tm-label", text + " ");
        label.appendChild(el("small", null, fmt(n.b)));
        d.appendChild(label);
      }
      if (n.c && rw > 30 && rh > HEADER + 12) {
        this.layout(d, n, PAD, HEADER, rw - 2 * PAD - 2, rh - HEADER - PAD - 2, level + 1, path, hh);
      }
      if (n.c) {
        d.addEventListener("click", (ev) => {
          ev.stopPropagation();
          this.stack.push({ node: n, path: path, level: level, hue: hh });
          this.draw();
        });
      }
      parent.appendChild(d);
    }
  };
  // Zoom to the node at ``path`` (a data-path: labels joined by "."; labels may hold dots themselves).
  Treemap.prototype.zoomTo = function (path) {
    const stack = [];
    let node = this.root, prefix = "", level = 0, hh = null;
    while (node && prefix !== path) {
      let next = null;
      (node.c || []).forEach((k, i) => {
        const p = prefix ? prefix + "." + k.n : k.n;
        if (!next && k.c && (p === path || path.startsWith(p + "."))) next = { k, p, i };
      });
      if (!next) return false;
      level++;
      if (hh === null) hh = hue(next.i);
      stack.push({ node: next.k, path: next.p, level: level, hue: hh });
      node = next.k; prefix = next.p;
    }
    this.stack = stack;
    return true;
  };
  Treemap.prototype.drawCrumbs = function () {
    const c = this.crumbs;
    c.textContent = "";
    const all = el("a", null, "all (" + fmt(this.root.b) + ")");
    all.addEventListener("click", () => { this.stack = []; this.draw(); });
    c.appendChild(all);
    this.stack.forEach((s, i) => {
      c.appendChild(document.createTextNode(" \u203A "));
      const a = el("a", null, s.node.n + " (" + fmt(s.node.b) + ")");
      a.addEventListener("click", () => { this.stack = this.stack.slice(0, i + 1); this.draw(); });
      c.appendChild(a);
    });
  };

  // ---- tensor table -------------------------------------------------------------------------------
  function decodeRows(r) {
    const names = new Array(r.count), meta = new Int32Array(r.count);
    const code = r.code, comps = r.comps;
    let prev = [], p = 0;
    for (let i = 0; i < r.count; i++) {
      const k = code[p++], n = code[p++];
      const parts = prev.slice(0, k);
      for (let j = 0; j < n; j++) parts.push(comps[code[p++]]);
      meta[i] = code[p++];
      names[i] = parts.join(".");
      prev = parts;
    }
    return { names, meta };
  }

  function Table(i, rows) {
    const q = (sel) => document.querySelector(sel + '[data-panel="' + i + '"]');
    const { names, meta } = decodeRows(rows);
    this.names = names; this.meta = meta; this.rows = rows; this.lower = null;
    // Optimizer state rows name the model parameter they belong to (searchable: "bn1" finds its moments).
    this.alias = {};
    for (const [root, flat] of rows.aliases || []) {
      const row = new Map();
      for (let k = 0; k < flat.length; k += 2) row.set(flat[k], flat[k + 1]);
      const prefix = (root ? root + "." : "") + "state.";
      names.forEach((name, i) => {
        if (!name.startsWith(prefix)) return;
        const r = row.get(parseInt(name.slice(prefix.length), 10));
        if (r !== undefined) this.alias[i] = names[r];
      });
    }
    this.numel = rows.metas.map((m) => m[1].reduce((a, b) => a * b, 1));
    this.table = q("table.tensors");
    this.tbody = this.table.querySelector("tbody");
    this.search = q("input.search");
    this.pager = q(".pager");
    const n = hashParams.get("n");
    this.size = n === "all" ? Infinity : Math.max(parseInt(n || "100", 10) || 100, 1);
    this.sort = hashParams.get("sort") || "index";
    this.desc = hashParams.get("desc") === "1";
    this.page = Math.max((parseInt(hashParams.get("page") || "1", 10) || 1) - 1, 0);
    this.search.value = hashParams.get("q") || "";
    this.search.addEventListener("input", () => { this.page = 0; this.apply(); this.saveHash(); });
    for (const th of this.table.querySelectorAll("th[data-sort]")) {
      th.addEventListener("click", () => {
        const key = th.dataset.sort;
        if (this.sort === key) this.desc = !this.desc; else { this.sort = key; this.desc = key === "bytes"; }
        this.page = 0; this.apply(); this.saveHash();
      });
    }
    this.apply();
  }
  Table.prototype.saveHash = function () {
    const p = new URLSearchParams(location.hash.slice(1));
    const q = this.search.value.trim();
    if (q) p.set("q", q); else p.delete("q");
    if (this.sort !== "index") { p.set("sort", this.sort); p.set("desc", this.desc ? "1" : "0"); }
    else { p.delete("sort"); p.delete("desc"); }
    p.delete("page");
    history.replaceState(null, "", "#" + p.toString());
  };
  Table.prototype.key = function (name) {
    const r = this.rows, metas = r.metas, meta = this.meta, names = this.names, numel = this.numel;
    switch (name) {
      case "name": return (i) => names[i];
      case "dtype": return (i) => r.dtypes[metas[meta[i]][0]];
      case "shape": return (i) => numel[meta[i]];
      case "bytes": return (i) => metas[meta[i]][4];
      case "location": return (i) => r.locations[metas[meta[i]][2]];
      default: return (i) => i;
    }
  };
  Table.prototype.apply = function () {
    const terms = this.search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const N = this.names.length;
    let idx = [];
    if (terms.length) {
      if (!this.lower) this.lower = this.names.map((s, i) => (this.alias[i] ? s + " " + this.alias[i] : s).toLowerCase());
      for (let i = 0; i < N; i++) {
        const s = this.lower[i];
        if (terms.every((t) => s.includes(t))) idx.push(i);
      }
    } else {
      idx = Array.from({ length: N }, (_, i) => i);
    }
    if (this.sort !== "index" || this.desc) {
      const key = this.key(this.sort), sign = this.desc ? -1 : 1;
      idx.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : a - b) * sign; });
    }
    const pages = Math.max(Math.ceil(idx.length / this.size), 1);
    this.page = Math.min(this.page, pages - 1);
    const start = this.size === Infinity ? 0 : this.page * this.size;
    const shown = idx.slice(start, start + this.size);
    this.render(shown);
    this.table.dataset.matches = String(idx.length);
    this.table.dataset.shown = String(shown.length);
    for (const th of this.table.querySelectorAll("th[data-sort]")) {
      th.classList.toggle("sorted", th.dataset.sort === this.sort);
      th.classList.toggle("desc", th.dataset.sort === this.sort && this.desc);
    }
    this.drawPager(start, shown.length, idx.length, pages);
  };
  Table.prototype.render = function (shown) {
    const r = this.rows, frag = document.createDocumentFragment();
    for (const i of shown) {
      const m = r.metas[this.meta[i]];
      const tr = el("tr");
      tr.dataset.name = this.names[i];
      tr.appendChild(el("td", "i r", String(i + 1)));
      const name = el("td", "name", this.names[i]);
      if (this.alias[i]) name.appendChild(el("span", "alias", "of " + this.alias[i]));
      tr.appendChild(name);
      const dt = el("td", null, r.dtypes[m[0]]);
      const kind = r.kinds[m[3]];
      if (kind !== "dense") dt.appendChild(el("span", "kind", kind));
      tr.appendChild(dt);
      tr.appendChild(el("td", "mono", "[" + m[1].join(", ") + "]"));
      const b = el("td", "r", fmt(m[4]));
      b.dataset.bytes = String(m[4]);
      tr.appendChild(b);
      tr.appendChild(el("td", null, r.locations[m[2]]));
      frag.appendChild(tr);
    }
    this.tbody.textContent = "";
    this.tbody.appendChild(frag);
  };
  Table.prototype.drawPager = function (start, count, matches, pages) {
    const p = this.pager;
    p.textContent = "";
    const total = this.names.length;
    const text = matches ? (start + 1).toLocaleString() + "\u2013" + (start + count).toLocaleString() + " of " +
      matches.toLocaleString() : "no match";
    p.appendChild(el("span", null, text + (matches !== total ? " (of " + total.toLocaleString() + " tensors)" : " tensors") + " "));
    if (pages > 1) {
      const prev = el("button", null, "\u2039 prev"), next = el("button", null, "next \u203A");
      prev.disabled = this.page === 0; next.disabled = this.page >= pages - 1;
      prev.addEventListener("click", () => { this.page--; this.apply(); });
      next.addEventListener("click", () => { this.page++; this.apply(); });
      p.appendChild(prev); p.appendChild(el("span", null, " page " + (this.page + 1) + " of " + pages + " ")); p.appendChild(next);
    }
  };

  // ---- wiring -----------------------------------------------------------------------------------------
  const heads = Array.from(document.querySelectorAll("header.file[data-panel]"));
  const datas = heads.map((h) => JSON.parse(document.getElementById("data-" + h.dataset.panel).textContent));
  const biggest = Math.max(1, ...datas.map((d) => d.tensor_bytes));
  const maps = [];
  heads.forEach((head, k) => {
    const i = head.dataset.panel, data = datas[k];
    // Side by side, areas share one scale: the smaller file's treemap is visibly smaller.
    const tm = new Treemap(document.querySelector('.treemap[data-panel="' + i + '"]'),
      document.querySelector('.crumbs[data-panel="' + i + '"]'), data.treemap, data.tensor_bytes / biggest);
    if (hashParams.get("zoom")) tm.zoomTo(hashParams.get("zoom"));
    tm.draw();
    maps.push(tm);
    new Table(i, data.rows);
  });
  let timer = null;
  window.addEventListener("resize", () => {
    clearTimeout(timer);
    timer = setTimeout(() => maps.forEach((m) => m.draw()), 120);
  });
  document.body.dataset.ready = "1";
})();
