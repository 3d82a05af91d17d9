/* The browser sandbox: chats of several personas with the real bot on a fake Telegram.
 * Vanilla JS, no dependencies. The bot's text is only ever put into text nodes (TG.render). */
"use strict";

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const state = { personas: [], languages: [], panels: new Map(), byChat: new Map(), bot: null,
                  places: null, placesLang: null, locationFor: null, source: null, broken: false };

  // -- HTTP ---------------------------------------------------------------------------------
  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    const response = await fetch(path, init);
    let data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) throw new Error((data && data.error) || `HTTP ${response.status}`);
    return data;
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  // -- notices --------------------------------------------------------------------------------
  function toast(text, kind = "info") {
    const box = $("#toasts");
    const item = el("div", { class: "toast " + kind, dir: "auto", text });
    box.append(item);
    setTimeout(() => item.remove(), 4000);
  }

  function showAlert(text) {
    const box = $("#alert-box");
    $("#alert-text").textContent = text;
    box.hidden = false;
    box.dataset.returnFocus = "";
    const previous = document.activeElement;
    const ok = $("#alert-ok");
    ok.focus();
    const close = () => { box.hidden = true; box.onkeydown = null; if (previous && previous.focus) previous.focus(); };
    ok.onclick = close;
    box.onkeydown = (e) => { if (e.key === "Escape" || e.key === "Tab") { e.preventDefault(); if (e.key === "Escape") close(); } };
  }

  // -- panels -------------------------------------------------------------------------------
  function initials(persona) {
    return persona.chat_type === "private" ? persona.first_name.slice(0, 1) : "👥";
  }

  function buildPanel(persona) {
    const node = $("#panel-template").content.firstElementChild.cloneNode(true);
    node.id = "panel-" + persona.key;
    node.dataset.persona = persona.key;
    node.dataset.chatId = persona.chat_id;
    node.dataset.chatType = persona.chat_type;
    node.setAttribute("aria-labelledby", "tab-" + persona.key);
    $(".avatar", node).textContent = initials(persona);
    const messages = $(".messages", node);
    messages.setAttribute("aria-label", "Messages: " + persona.label);
    const panel = { persona, node, messages, keyboard: $(".reply-keyboard", node),
                    input: $(".input", node), commandsBox: $(".commands", node), pending: new Map() };
    const select = $(".lang-select", node);
    for (const lang of state.languages) {
      select.append(el("option", { value: lang.code, text: `${lang.name} (${lang.code})` }));
    }
    select.id = "lang-" + persona.key;
    $(".lang span", node).id = "lang-label-" + persona.key;
    select.setAttribute("aria-labelledby", "lang-label-" + persona.key);
    select.addEventListener("change", () => setLanguage(panel, select.value));
    $(".composer", node).addEventListener("submit", (e) => { e.preventDefault(); sendInput(panel); });
    panel.input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendInput(panel); }
    });
    panel.input.addEventListener("input", () => autosize(panel.input));
    $(".attach-btn", node).addEventListener("click", () => openLocation(panel));
    const picker = $(".photo-input", node);
    $(".photo-btn", node).addEventListener("click", () => picker.click());
    picker.addEventListener("change", () => { if (picker.files[0]) sendPhoto(panel, picker.files[0]); picker.value = ""; });
    messages.dataset.empty = persona.hint || "";
    $(".menu-btn", node).addEventListener("click", () => toggleCommands(panel));
    describe(panel);
    state.panels.set(persona.key, panel);
    if (!state.byChat.has(persona.chat_id)) state.byChat.set(persona.chat_id, []);
    state.byChat.get(persona.chat_id).push(panel);
    return panel;
  }

  function describe(panel) {
    const p = panel.persona;
    const node = panel.node;
    $(".title", node).textContent = p.chat_type === "private" ? `${p.label} · ${p.first_name}` : p.chat_title;
    $(".as", node).textContent = p.chat_type === "private"
      ? `Private chat with the bot, as ${p.label.toLowerCase()}`
      : `Group chat · you write as ${p.first_name}`;
    const select = $(".lang-select", node);
    const code = (p.language_code || "").toLowerCase();
    if (![...select.options].some((o) => o.value === code) && code) {
      select.append(el("option", { value: code, text: code }));
    }
    select.value = code;
    panel.input.placeholder = "Message";
  }

  function autosize(input) {
    input.style.height = "auto";
    input.style.height = Math.min(input.scrollHeight, 140) + "px";
  }

  function makeTab(entry, first) {
    const tabs = $("#tabs");
    const tab = el("button", {
      type: "button", role: "tab", id: "tab-" + entry.key, "aria-controls": "panel-" + entry.key,
      "aria-selected": first ? "true" : "false", tabindex: first ? "0" : "-1",
      class: "tab", "data-key": entry.key,
    }, el("span", { class: "tab-icon", "aria-hidden": "true", text: entry.icon }), el("span", { text: entry.label }));
    tab.addEventListener("click", () => selectTab(entry.key, true));
    tab.addEventListener("keydown", (e) => {
      const all = [...tabs.querySelectorAll("[role=tab]")];
      const at = all.indexOf(tab);
      let next = null;
      if (e.key === "ArrowRight") next = all[(at + 1) % all.length];
      else if (e.key === "ArrowLeft") next = all[(at - 1 + all.length) % all.length];
      else if (e.key === "Home") next = all[0];
      else if (e.key === "End") next = all[all.length - 1];
      if (next) { e.preventDefault(); selectTab(next.dataset.key, false); next.focus(); }
    });
    return tab;
  }

  function buildTabs() {
    const tabs = $("#tabs");
    const entries = [...state.personas.map((p) => ({ key: p.key, label: p.label, icon: initials(p) })),
                     { key: "subscribers", label: "Subscribers", icon: "📣" }];
    entries.forEach((entry, index) => tabs.append(makeTab(entry, index === 0)));
    tabs.addEventListener("scroll", tabHints, { passive: true });
    window.addEventListener("resize", tabHints);
    tabHints();
  }

  // On a phone the tab row is wider than the screen: a fade and an arrow show which side has more.
  function tabHints() {
    const tabs = $("#tabs");
    const wrap = $("#tabs-wrap");
    const hidden = tabs.scrollWidth - tabs.clientWidth;
    wrap.classList.toggle("more-left", hidden > 2 && tabs.scrollLeft > 2);
    wrap.classList.toggle("more-right", hidden > 2 && tabs.scrollLeft < hidden - 2);
  }

  // Scrolls the tab row (and only it) so the tab is in view. Not tab.scrollIntoView(): Chromium
  // (150 at least) moves the sequential focus navigation starting point to an element scrolled
  // into view, so the selecting of the first tab at load sent a keyboard user's first Tab past
  // the skip links and the tabs into the first chat's language menu.
  function revealTab(tab) {
    const row = $("#tabs");
    const box = row.getBoundingClientRect();
    const at = tab.getBoundingClientRect();
    if (at.left < box.left) row.scrollLeft -= box.left - at.left;
    else if (at.right > box.right) row.scrollLeft += Math.min(at.right - box.right, at.left - box.left);
  }

  // The skip link: straight into the message box of the chat on show.
  function focusMessageBox() {
    let node = document.querySelector(".panel.active");
    if (!node || !$(".input", node)) {
      selectTab(state.personas[0].key, false);
      node = document.getElementById("panel-" + state.personas[0].key);
    }
    const input = $(".input", node);
    node.scrollIntoView({ block: "nearest", inline: "nearest" });
    input.focus({ preventScroll: true });
  }

  function selectTab(key, focusPanel) {
    for (const tab of document.querySelectorAll("#tabs [role=tab]")) {
      const on = tab.dataset.key === key;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
    }
    for (const node of document.querySelectorAll(".panel")) {
      node.classList.toggle("active", node.id === "panel-" + key);
    }
    const node = document.getElementById("panel-" + key);
    if (!node) return;
    const selected = document.getElementById("tab-" + key);
    if (selected) { revealTab(selected); tabHints(); }
    const notify = document.querySelector(`#tab-${key} .unread`);
    if (notify) notify.remove();
    if (focusPanel) {
      node.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "smooth" });
      const input = $(".input", node);
      if (input) input.focus({ preventScroll: true });
    }
  }

  function markUnread(panel) {
    const tab = document.getElementById("tab-" + panel.persona.key);
    if (!tab || tab.getAttribute("aria-selected") === "true" || $(".unread", tab)) return;
    tab.append(el("span", { class: "unread", text: "•", "aria-label": "new messages" }));
  }

  // -- messages -------------------------------------------------------------------------------
  function clock(seconds) {
    const d = new Date((seconds || 0) * 1000);
    return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function senderName(message) {
    const from = message.from || {};
    return [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || "";
  }

  function renderBody(panel, message, hooks = { command: (cmd) => sendText(panel, cmd) }) {
    const body = el("div", { class: "body" });
    if (message.reply_to_message) {
      const quoted = message.reply_to_message;
      const snippet = (quoted.text || quoted.caption || "…").slice(0, 90);
      body.append(el("div", { class: "reply-quote", dir: "auto" },
        el("strong", { text: senderName(quoted) }), el("span", { text: snippet })));
    }
    if (message.photo && message.photo.length) {
      const largest = message.photo[message.photo.length - 1];
      body.append(el("img", { class: "photo", src: "/files/" + encodeURIComponent(largest.file_id),
                              alt: message.caption ? "Photo: " + message.caption.slice(0, 120) : "Photo",
                              width: largest.width, height: largest.height, loading: "lazy" }));
    }
    if (message.venue) {
      const v = message.venue, loc = v.location || message.location || {};
      body.append(el("div", { class: "card venue", role: "group", "aria-label": "Place: " + v.title },
        el("div", { class: "card-icon", "aria-hidden": "true", text: "📍" }),
        el("div", {},
          el("div", { class: "card-title", dir: "auto", text: v.title }),
          el("div", { class: "card-text", dir: "auto", text: v.address }),
          el("div", { class: "card-coords", text: coords(loc) }))));
    } else if (message.location) {
      body.append(el("div", { class: "card location", role: "group", "aria-label": "Location" },
        el("div", { class: "card-icon", "aria-hidden": "true", text: "🗺️" }),
        el("div", {}, el("div", { class: "card-title", text: "Location" }),
          el("div", { class: "card-coords", text: coords(message.location) }))));
    }
    if (message.sticker) body.append(el("div", { class: "sticker", text: message.sticker.emoji || "🖼", "aria-label": "Sticker" }));
    if (message.voice) body.append(el("div", { class: "card", text: `🎤 Voice message, ${message.voice.duration || 0} s` }));
    if (message.document) body.append(el("div", { class: "card", text: "📄 " + (message.document.file_name || "File") }));
    const text = message.text !== undefined ? message.text : message.caption;
    if (text) {
      const entities = message.text !== undefined ? message.entities : message.caption_entities;
      const div = el("div", { class: "text", dir: "auto" });
      div.append(TG.render(text, entities, hooks));
      body.append(div);
    }
    return body;
  }

  function coords(loc) {
    if (!loc || loc.latitude === undefined) return "";
    return `${Number(loc.latitude).toFixed(5)}, ${Number(loc.longitude).toFixed(5)}`;
  }

  function renderInlineKeyboard(panel, message) {
    const rows = ((message.reply_markup || {}).inline_keyboard) || [];
    if (!rows.length) return null;
    const box = el("div", { class: "inline-kb", role: "group", "aria-label": "Buttons" });
    for (const row of rows) {
      const line = el("div", { class: "kb-row" });
      for (const button of row) {
        let node;
        if (button.url) {
          node = el("a", { class: "kb-btn", href: button.url, target: "_blank", rel: "noopener noreferrer", dir: "auto" },
                    document.createTextNode(button.text), el("span", { class: "kb-link", "aria-hidden": "true", text: " ↗" }));
        } else {
          node = el("button", { type: "button", class: "kb-btn", dir: "auto", text: button.text });
          if (button.callback_data) {
            node.addEventListener("click", () => press(panel, message.message_id, button.callback_data, node));
          } else if (button.copy_text) {
            node.addEventListener("click", () => {
              if (navigator.clipboard) navigator.clipboard.writeText(button.copy_text.text || "").catch(() => {});
              toast("Copied");
            });
          } else {
            node.disabled = true;
            node.title = "This kind of button is not simulated";
          }
        }
        line.append(node);
      }
      box.append(line);
    }
    return box;
  }

  function messageNode(panel, message, edited) {
    const mine = message.from && message.from.id === panel.persona.user_id;
    const fromBot = message.from && message.from.is_bot;
    const li = el("li", { class: "msg " + (mine ? "out" : "in") + (fromBot ? " bot" : ""),
                          "data-message-id": message.message_id, dir: "auto",
                          lang: (fromBot || mine) && panel.persona.language_code ? panel.persona.language_code : null });
    const bubble = el("div", { class: "bubble" });
    if (panel.persona.chat_type !== "private" && !mine) {
      bubble.append(el("div", { class: "sender", dir: "auto", text: senderName(message) }));
    }
    bubble.append(renderBody(panel, message));
    const meta = el("div", { class: "meta" });
    if (message.edit_date || edited) meta.append(el("span", { class: "edited", text: "edited" }));
    meta.append(el("time", { text: clock(message.date) }));
    bubble.append(meta);
    li.append(bubble);
    const kb = renderInlineKeyboard(panel, message);
    if (kb) li.append(kb);
    return li;
  }

  function atBottom(list) {
    return list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  }

  function addMessage(panel, message) {
    const list = panel.messages;
    if (list.querySelector(`[data-message-id="${message.message_id}"]`)) return;
    const stick = atBottom(list);
    list.append(messageNode(panel, message, false));
    if (stick || (message.from && message.from.id === panel.persona.user_id)) list.scrollTop = list.scrollHeight;
    if (!(message.from && message.from.id === panel.persona.user_id)) markUnread(panel);
  }

  function editMessage(panel, message) {
    const old = panel.messages.querySelector(`[data-message-id="${message.message_id}"]`);
    if (!old) { addMessage(panel, message); return; }
    const focusedText = document.activeElement && old.contains(document.activeElement)
      ? document.activeElement.textContent : null;
    const fresh = messageNode(panel, message, true);
    fresh.classList.add("flash");
    old.replaceWith(fresh);
    if (focusedText !== null) {
      const again = [...fresh.querySelectorAll(".kb-btn")].find((b) => b.textContent === focusedText)
        || fresh.querySelector(".kb-btn");
      if (again) again.focus();
    }
  }

  function deleteMessage(panel, messageId) {
    const node = panel.messages.querySelector(`[data-message-id="${messageId}"]`);
    if (!node) return;
    node.classList.add("deleting");
    setTimeout(() => node.remove(), 350);
  }

  function setKeyboard(panel, markup) {
    const box = panel.keyboard;
    box.textContent = "";
    const rows = markup && markup.keyboard;
    if (!rows || !rows.length) {
      box.hidden = true;
      panel.input.placeholder = "Message";
      return;
    }
    box.setAttribute("aria-label", "Reply keyboard");
    for (const row of rows) {
      const line = el("div", { class: "kb-row" });
      for (const raw of row) {
        const button = typeof raw === "string" ? { text: raw } : raw;
        const node = el("button", { type: "button", class: "kb-btn reply", dir: "auto", text: button.text });
        node.addEventListener("click", () => {
          if (button.request_location) openLocation(panel);
          else if (button.request_contact) toast("Sharing a phone number is not simulated: the bot never needs it.");
          else sendText(panel, button.text);
        });
        line.append(node);
      }
      box.append(line);
    }
    box.hidden = false;
    if (markup.input_field_placeholder) panel.input.placeholder = markup.input_field_placeholder;
  }

  // -- actions ----------------------------------------------------------------------------------
  async function sendInput(panel) {
    const text = panel.input.value;
    if (!text.trim()) return;
    panel.input.value = "";
    autosize(panel.input);
    const ok = await sendText(panel, text);
    if (!ok) panel.input.value = text;
  }

  async function sendText(panel, text) {
    try {
      const message = await api("/api/send", { persona: panel.persona.key, text });
      for (const other of state.byChat.get(panel.persona.chat_id) || []) addMessage(other, message);
      return true;
    } catch (e) {
      toast("Not sent: " + e.message, "error");
      return false;
    }
  }

  function sendPhoto(panel, file) {
    if (file.size > 5000000) { toast("That picture is larger than 5 MB.", "error"); return; }
    const reader = new FileReader();
    reader.onload = async () => {
      const data = String(reader.result).split(",", 2)[1] || "";
      const caption = panel.input.value.trim() || null;
      try {
        const message = await api("/api/photo", { persona: panel.persona.key, data_base64: data, caption });
        panel.input.value = "";
        for (const other of state.byChat.get(panel.persona.chat_id) || []) addMessage(other, message);
      } catch (e) {
        toast("Not sent: " + e.message, "error");
      }
    };
    reader.readAsDataURL(file);
  }

  async function press(panel, messageId, data, node) {
    node.setAttribute("aria-busy", "true");
    node.classList.add("busy");
    try {
      const result = await api("/api/press", { persona: panel.persona.key, message_id: messageId, callback_data: data });
      panel.pending.set(result.callback_query_id, node);
      setTimeout(() => { node.removeAttribute("aria-busy"); node.classList.remove("busy"); }, 3000);
    } catch (e) {
      node.removeAttribute("aria-busy");
      node.classList.remove("busy");
      toast(e.message, "error");
    }
  }

  async function setLanguage(panel, code) {
    try {
      const changed = await api("/api/language", { persona: panel.persona.key, language_code: code });
      for (const [key, persona] of Object.entries(changed)) {
        const other = state.panels.get(key);
        if (other) { other.persona = persona; describe(other); }
      }
      toast(`${panel.persona.first_name} now uses Telegram in “${code}”. Send /start to see the bot in it.`);
      state.places = null;
    } catch (e) {
      toast(e.message, "error");
    }
  }

  async function toggleCommands(panel) {
    const box = panel.commandsBox;
    const button = $(".menu-btn", panel.node);
    if (!box.hidden) { box.hidden = true; button.setAttribute("aria-expanded", "false"); return; }
    box.textContent = "";
    try {
      const commands = await api("/api/commands?persona=" + encodeURIComponent(panel.persona.key));
      if (!commands.length) box.append(el("p", { class: "hint", text: "The bot has not set any commands." }));
      for (const command of commands) {
        const item = el("button", { type: "button", role: "menuitem", class: "command-item" },
          el("strong", { text: "/" + command.command }), el("span", { dir: "auto", text: command.description }));
        item.addEventListener("click", () => {
          box.hidden = true;
          button.setAttribute("aria-expanded", "false");
          sendText(panel, "/" + command.command);
          panel.input.focus();
        });
        item.addEventListener("keydown", (e) => {
          const items = [...box.querySelectorAll("[role=menuitem]")];
          const at = items.indexOf(item);
          if (e.key === "ArrowDown") { e.preventDefault(); items[(at + 1) % items.length].focus(); }
          if (e.key === "ArrowUp") { e.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
          if (e.key === "Escape") { box.hidden = true; button.setAttribute("aria-expanded", "false"); button.focus(); }
        });
        box.append(item);
      }
      box.hidden = false;
      button.setAttribute("aria-expanded", "true");
      const first = box.querySelector("[role=menuitem]");
      if (first) first.focus();
    } catch (e) {
      toast(e.message, "error");
    }
  }

  // -- location -----------------------------------------------------------------------------------
  async function openLocation(panel) {
    state.locationFor = panel;
    const dialog = $("#location-dialog");
    const select = $("#place-select");
    const lang = (panel.persona.language_code || "en").split("-")[0];
    $(".location-error").textContent = "";
    if (state.places === null || state.placesLang !== lang) {
      try {
        state.places = await api("/api/places?lang=" + encodeURIComponent(lang));
        state.placesLang = lang;
      } catch (e) {
        state.places = [];
      }
      select.textContent = "";
      select.append(el("option", { value: "", text: state.places.length ? "Choose a place…" : "No sample places" }));
      const groups = new Map();
      for (const place of state.places) {
        if (!groups.has(place.region)) groups.set(place.region, el("optgroup", { label: place.region }));
        groups.get(place.region).append(el("option", {
          value: `${place.latitude},${place.longitude}`, "data-id": place.id,
          text: `${place.name} (${place.kind})`,
        }));
      }
      for (const group of groups.values()) select.append(group);
    }
    select.value = "";
    $("#lat-input").value = "";
    $("#lon-input").value = "";
    if (dialog.showModal) dialog.showModal(); else dialog.setAttribute("open", "");
    select.focus();
  }

  function readLocation() {
    const chosen = $("#place-select").value;
    if (chosen) {
      const [lat, lon] = chosen.split(",").map(Number);
      return { latitude: lat, longitude: lon };
    }
    const lat = Number(($("#lat-input").value || "").replace(",", "."));
    const lon = Number(($("#lon-input").value || "").replace(",", "."));
    if (!$("#lat-input").value.trim() || !$("#lon-input").value.trim() || Number.isNaN(lat) || Number.isNaN(lon)) {
      throw new Error("Choose a place, or type a latitude and a longitude (for example 50.4501 and 30.5234).");
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new Error("Latitude goes from -90 to 90 and longitude from -180 to 180.");
    }
    return { latitude: lat, longitude: lon };
  }

  function setupLocationDialog() {
    const dialog = $("#location-dialog");
    $("#place-select").addEventListener("change", () => { $("#lat-input").value = ""; $("#lon-input").value = ""; });
    $(".location-form").addEventListener("submit", async (e) => {
      const submitter = e.submitter;
      if (!submitter || submitter.value !== "send") return;
      e.preventDefault();
      const panel = state.locationFor;
      let where;
      try { where = readLocation(); } catch (err) { $(".location-error").textContent = err.message; return; }
      try {
        const message = await api("/api/location", { persona: panel.persona.key, ...where });
        for (const other of state.byChat.get(panel.persona.chat_id) || []) addMessage(other, message);
        dialog.close();
        panel.input.focus();
      } catch (err) {
        $(".location-error").textContent = err.message;
      }
    });
    dialog.addEventListener("close", () => { if (state.locationFor) state.locationFor.input.focus(); });
  }

  // -- subscribers --------------------------------------------------------------------------------
  async function buildSubscribers() {
    const node = $("#subscribers-template").content.firstElementChild.cloneNode(true);
    node.id = "panel-subscribers";
    node.setAttribute("aria-labelledby", "tab-subscribers");
    $("#panels").append(node);
    const langs = $(".sub-langs", node);
    for (const lang of state.languages.slice(0, 6)) {
      const id = "sub-lang-" + lang.code;
      langs.append(el("label", { class: "check", for: id },
        el("input", { type: "checkbox", id, value: lang.code, checked: ["en", "ru", "uk", "es"].includes(lang.code) }),
        document.createTextNode(" " + lang.name)));
    }
    try {
      const regions = await api("/api/regions?lang=en");
      const select = $("#sub-regions", node);
      for (const region of regions) select.append(el("option", { value: region.id, text: region.name }));
    } catch (e) { /* the alerts feature may be missing */ }
    $(".sub-form", node).addEventListener("submit", async (e) => {
      e.preventDefault();
      const regions = [...$("#sub-regions", node).selectedOptions].map((o) => o.value);
      const languages = [...langs.querySelectorAll("input:checked")].map((i) => i.value);
      const error = $(".sub-error", node);
      error.textContent = "";
      try {
        const result = await api("/api/subscribers", { count: Number($("#sub-count", node).value), regions, languages });
        showBroadcast(result);
        toast(`${result.simulated} simulated subscribers now.`);
      } catch (err) {
        error.textContent = err.message;
      }
    });
    const toggle = $(".limits-toggle", node);
    toggle.addEventListener("change", async () => {
      try {
        showBroadcast(await api("/api/limits", { enabled: toggle.checked }));
        toast(toggle.checked ? "Rate limits on, as in Telegram." : "Rate limits off.");
      } catch (err) {
        toggle.checked = !toggle.checked;
        toast(err.message, "error");
      }
    });
    pollBroadcast();
  }

  function showBroadcast(s) {
    const node = $("#panel-subscribers");
    if (!node || !s) return;
    $(".sub-summary", node).textContent =
      `${s.simulated} simulated subscribers; ${s.received} of them have received a message ` +
      `(${s.messages} messages). “429 Too Many Requests” answers so far: ${s.rate_limited}.`;
    const toggle = $(".limits-toggle", node);
    if (document.activeElement !== toggle) toggle.checked = Boolean(s.limits && s.limits.enabled);
    const bar = $(".sub-progress", node);
    const line = $(".sub-alert", node);
    if (s.alert) {
      const a = s.alert;
      bar.max = Math.max(1, a.total);
      bar.value = a.sent + a.failed;
      const eta = a.left && a.eta_seconds ? `, about ${Math.ceil(a.eta_seconds)} s left` : "";
      line.textContent = `Alert #${a.id}: sent ${a.sent}, failed ${a.failed}, left ${a.left} of ${a.total}${eta}.`;
    } else {
      bar.max = 1; bar.value = 0;
      line.textContent = "No alert has been approved yet.";
    }
    showSamples(node, s.samples || []);
  }

  // One card per language: what a simulated subscriber reading it really got.
  function showSamples(node, samples) {
    const list = $(".samples", node);
    const key = samples.map((x) => [x.language, x.message.chat.id, x.message.message_id, x.message.edit_date || 0].join(":")).join("|");
    if (list.dataset.key === key) return;
    list.dataset.key = key;
    list.textContent = "";
    $(".samples-empty", node).hidden = samples.length > 0;
    for (const sample of samples) {
      const bubble = el("div", { class: "bubble", dir: "auto" },
        renderBody(null, sample.message, { command: () => {} }));
      list.append(el("li", { class: "sample", lang: sample.language, "data-language": sample.language },
        el("h4", { text: `${sample.name} (${sample.language})` }), bubble));
    }
  }

  async function pollBroadcast() {
    try { showBroadcast(await api("/api/broadcast")); } catch (e) { /* try again */ }
    setTimeout(pollBroadcast, 1000);
  }

  // -- links to the bot (t.me/<bot>?start=...), such as invites: opened here, as a new person -------
  function startPayload(href) {
    let url;
    try { url = new URL(href, location.href); } catch (e) { return null; }
    const bot = ((state.bot && state.bot.username) || "").toLowerCase();
    if (!bot) return null;
    let name = null;
    if (url.protocol === "tg:") name = url.searchParams.get("domain");
    else if (/^(www\.)?(t|telegram)\.me$/i.test(url.hostname)) name = url.pathname.replace(/^\/+|\/+$/g, "");
    if (!name || name.toLowerCase() !== bot) return null;
    const start = url.searchParams.get("start");
    return start && /^[A-Za-z0-9_-]{1,64}$/.test(start) ? start : null;
  }

  async function openDeepLink(start, from) {
    try {
      const code = from && from.persona.chat_type === "private" ? from.persona.language_code : null;
      const persona = await api("/api/personas", { start, language_code: code });
      state.personas.push(persona);
      const subscribersTab = $("#tab-subscribers");
      subscribersTab.before(makeTab({ key: persona.key, label: persona.label, icon: initials(persona) }, false));
      const panel = buildPanel(persona);
      $("#panel-subscribers").before(panel.node);
      await connect();
      selectTab(persona.key, true);
      await sendText(panel, "/start " + start);
      toast(`${persona.label} opened the link in their own chat with the bot.`);
    } catch (e) {
      toast("Could not open the link: " + e.message, "error");
    }
  }

  function setupLinks() {
    document.addEventListener("click", (e) => {
      const link = e.target.closest && e.target.closest("a[href]");
      if (!link) return;
      const start = startPayload(link.getAttribute("href"));
      if (start === null) return;
      e.preventDefault();
      const node = link.closest(".panel");
      openDeepLink(start, node ? state.panels.get(node.dataset.persona) : null);
    });
    $("#skip-to-message").addEventListener("click", (e) => { e.preventDefault(); focusMessageBox(); });
  }

  // -- the event stream ---------------------------------------------------------------------------
  function handle(type, payload) {
    const panels = state.byChat.get(payload.chat_id) || [];
    for (const panel of panels) {
      if (type === "message" || type === "user_message") {
        addMessage(panel, payload.message);
        if ("keyboard" in payload) setKeyboard(panel, payload.keyboard);
      } else if (type === "edit") {
        editMessage(panel, payload.message);
      } else if (type === "delete") {
        deleteMessage(panel, payload.message_id);
      } else if (type === "callback_answer" && payload.user_id === panel.persona.user_id) {
        const node = panel.pending.get(payload.query_id);
        if (node) { node.removeAttribute("aria-busy"); node.classList.remove("busy"); }
        if (payload.text) { if (payload.show_alert) showAlert(payload.text); else toast(payload.text); }
      }
    }
  }

  async function loadChats() {
    for (const [chatId, panels] of state.byChat) {
      const chat = await api("/api/chats/" + chatId);
      for (const panel of panels) {
        const known = new Set(chat.messages.map((m) => String(m.message_id)));
        for (const node of [...panel.messages.children]) {
          if (!known.has(node.dataset.messageId) && Number(node.dataset.messageId) < (chat.next_id || 0)) node.remove();
        }
        for (const message of chat.messages) {
          const old = panel.messages.querySelector(`[data-message-id="${message.message_id}"]`);
          if (old) old.replaceWith(messageNode(panel, message, false)); else addMessage(panel, message);
        }
        setKeyboard(panel, chat.keyboard);
        panel.messages.scrollTop = panel.messages.scrollHeight;
      }
    }
  }

  function connect() {
    if (state.source) state.source.close();
    const chats = [...state.byChat.keys()].join(",");
    const source = new EventSource("/api/events?chats=" + encodeURIComponent(chats));
    state.source = source;
    const opened = new Promise((resolve) => {
      source.addEventListener("open", resolve, { once: true });
      setTimeout(resolve, 3000);
    });
    for (const type of ["message", "user_message", "edit", "delete", "callback_answer"]) {
      source.addEventListener(type, (e) => {
        try { handle(type, JSON.parse(e.data)); } catch (err) { console.error(err); }
      });
    }
    source.addEventListener("open", () => {
      document.body.classList.remove("offline");
      if (state.broken) { state.broken = false; loadChats().catch(() => {}); }
      document.body.dataset.connected = "true";
    });
    source.addEventListener("error", () => {
      state.broken = true;
      document.body.classList.add("offline");
      document.body.dataset.connected = "false";
    });
    return opened;
  }

  async function main() {
    const data = await api("/api/state");
    state.personas = data.personas;
    state.languages = data.languages;
    state.bot = data.bot;
    $("#loading").remove();
    buildTabs();
    for (const persona of state.personas) $("#panels").append(buildPanel(persona).node);
    await buildSubscribers();
    setupLocationDialog();
    setupLinks();
    selectTab(state.personas[0].key, false);
    connect();
    await loadChats();
    document.body.dataset.ready = "true";
  }

  main().catch((e) => {
    const loading = $("#loading");
    if (loading) loading.textContent = "The sandbox did not answer: " + e.message;
  });
})();
