/* Content preview: one item in every language side by side, plus the content check. */
"use strict";

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const LANGUAGE_NAMES = { en: "English", ru: "Русский", uk: "Українська", es: "Español" };
  const RTL = new Set(["ar", "fa", "he", "ur"]);
  const state = { version: null, items: null, kind: "topic", id: null };

  async function get(path) {
    const response = await fetch(path);
    const data = await response.json().catch(() => null);
    if (!response.ok) throw new Error((data && data.error) || `HTTP ${response.status}`);
    return data;
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function fillItems() {
    const select = $("#item-select");
    const filter = $("#item-filter").value.trim().toLowerCase();
    const list = (state.items && state.items[state.kind + "s"]) || [];
    select.textContent = "";
    for (const item of list) {
      const label = item.label + (item.status && item.status !== "published" ? ` (${item.status})` : "");
      if (filter && !label.toLowerCase().includes(filter) && !item.id.includes(filter)) continue;
      select.append(el("option", { value: item.id, text: label }));
    }
    if (state.id && [...select.options].some((o) => o.value === state.id)) select.value = state.id;
    else if (select.options.length) { select.selectedIndex = 0; state.id = select.value; }
  }

  function card(view) {
    const lang = view.lang;
    const box = el("article", { class: "preview-card", "aria-label": LANGUAGE_NAMES[lang] || lang, lang });
    box.append(el("h2", { text: `${LANGUAGE_NAMES[lang] || lang} (${lang})` }));
    const info = `${view.length} of 4096 characters` + (view.status && view.status !== "published" ? ` · ${view.status}` : "");
    box.append(el("p", { class: "hint", text: info }));
    if (view.error) box.append(el("p", { class: "preview-error", role: "note", text: view.error }));
    const bubble = el("div", { class: "bubble" });
    const text = el("div", { class: "text", dir: RTL.has(lang) ? "rtl" : "auto" });
    text.append(TG.render(view.text, view.entities, {}));
    bubble.append(text);
    box.append(bubble);
    if (view.venue) {
      const v = view.venue;
      box.append(el("p", { class: "hint", text: "The 📍 button sends it as a place:" }));
      box.append(el("div", { class: "card venue" },
        el("div", { class: "card-icon", "aria-hidden": "true", text: "📍" }),
        el("div", {}, el("div", { class: "card-title", dir: "auto", text: v.title }),
          el("div", { class: "card-text", dir: "auto", text: v.address }),
          el("div", { class: "card-coords", text: `${v.location.latitude}, ${v.location.longitude}` }))));
    }
    return box;
  }

  async function showItem() {
    const grid = $("#preview-grid");
    if (!state.id) { grid.textContent = ""; return; }
    try {
      const result = await get(`/api/preview/render?kind=${encodeURIComponent(state.kind)}&id=${encodeURIComponent(state.id)}`);
      grid.textContent = "";
      for (const view of result.languages) grid.append(card(view));
      $(".preview-status").textContent = `Showing ${state.kind} “${state.id}”.`;
    } catch (e) {
      grid.textContent = "";
      $(".preview-status").textContent = `Cannot show it: ${e.message}`;
    }
  }

  async function showCheck() {
    const result = await get("/api/preview/check");
    const list = $(".check-list");
    list.textContent = "";
    const errors = result.problems.filter((p) => p.level === "error").length;
    const warnings = result.problems.length - errors;
    $(".check-summary").textContent = result.load_error ? `The content could not be loaded: ${result.load_error}`
      : result.problems.length ? `${errors} error(s), ${warnings} warning(s).` : "No problems found.";
    for (const problem of result.problems) {
      list.append(el("li", { class: "problem " + problem.level },
        el("strong", { text: problem.level + " " }), el("code", { text: `${problem.file}:${problem.line}:${problem.column}` }),
        el("span", { text: " " + problem.message })));
    }
  }

  async function reload() {
    state.items = await get("/api/preview/items?lang=en");
    state.version = state.items.version;
    fillItems();
    await Promise.all([showItem(), showCheck()]);
  }

  async function watch() {
    try {
      const { version } = await get("/api/preview/version");
      if (version !== state.version) {
        await reload();
        $(".preview-status").textContent = "The content changed on disk: reloaded.";
      }
    } catch (e) { /* the sandbox may be restarting */ }
    setTimeout(watch, 1500);
  }

  $("#kind-select").addEventListener("change", (e) => { state.kind = e.target.value; state.id = null; fillItems(); showItem(); });
  $("#item-filter").addEventListener("input", () => { fillItems(); showItem(); });
  $("#item-select").addEventListener("change", (e) => { state.id = e.target.value; showItem(); });
  reload().then(() => { document.body.dataset.ready = "true"; setTimeout(watch, 1500); })
    .catch((e) => { $(".preview-status").textContent = "The sandbox did not answer: " + e.message; });
})();
