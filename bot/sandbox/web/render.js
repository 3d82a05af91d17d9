/* Telegram message text + entities -> DOM nodes (never innerHTML with the bot's text).
 * Shared by the chat page and the content preview. Offsets are UTF-16 code units, which is
 * what JavaScript strings index, so entities apply directly. */
"use strict";

const TG = (() => {
  const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

  function elementFor(entity, text, hooks) {
    const piece = text.substr(entity.offset, entity.length);
    let el;
    switch (entity.type) {
      case "bold": el = document.createElement("strong"); break;
      case "italic": el = document.createElement("em"); break;
      case "underline": el = document.createElement("u"); break;
      case "strikethrough": el = document.createElement("s"); break;
      case "code": el = document.createElement("code"); break;
      case "pre":
        el = document.createElement("pre");
        if (entity.language) el.dataset.language = entity.language;
        break;
      case "blockquote":
      case "expandable_blockquote":
        el = document.createElement("blockquote");
        if (entity.type === "expandable_blockquote") el.className = "expandable";
        break;
      case "spoiler":
        el = document.createElement("span");
        el.className = "spoiler";
        el.tabIndex = 0;
        el.setAttribute("role", "button");
        el.setAttribute("aria-label", "Hidden text (spoiler): press to reveal");
        el.addEventListener("click", reveal);
        el.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); reveal.call(el); } });
        break;
      case "text_link":
      case "url": {
        const href = entity.type === "url" ? (/^[a-z]+:\/\//i.test(piece) ? piece : "http://" + piece) : entity.url;
        if (SAFE_LINK.test(href || "")) {
          el = document.createElement("a");
          el.href = href;
          el.target = "_blank";
          el.rel = "noopener noreferrer";
        } else {
          el = document.createElement("span");
          el.className = "link-off";
          el.title = href || "";
        }
        break;
      }
      case "email":
        el = document.createElement("a");
        el.href = "mailto:" + piece;
        break;
      case "bot_command":
        el = document.createElement("a");
        el.href = "#";
        el.className = "command";
        el.addEventListener("click", (e) => { e.preventDefault(); if (hooks && hooks.command) hooks.command(piece); });
        break;
      case "mention":
      case "hashtag":
      case "cashtag":
      case "phone_number":
      case "text_mention":
        el = document.createElement("span");
        el.className = "entity-" + entity.type.replace("_", "-");
        break;
      default:
        return null;
    }
    return el;
  }

  function reveal() {
    this.classList.add("revealed");
    this.removeAttribute("role");
    this.removeAttribute("aria-label");
    this.tabIndex = -1;
  }

  /* Build the nodes: split the text at every entity boundary; keep a stack of open elements
   * and reuse the longest common prefix between one segment's entities and the next. */
  function render(text, entities, hooks) {
    const root = document.createDocumentFragment();
    text = text || "";
    const list = (entities || [])
      .filter((e) => e && e.length > 0 && e.offset >= 0 && e.offset < text.length)
      .map((e, i) => ({ ...e, _i: i, _end: Math.min(text.length, e.offset + e.length) }))
      .sort((a, b) => a.offset - b.offset || b._end - a._end || a._i - b._i);
    const cuts = new Set([0, text.length]);
    for (const e of list) { cuts.add(e.offset); cuts.add(e._end); }
    const points = [...cuts].sort((a, b) => a - b);
    let stack = []; // [{entity, el}]
    const parentOf = () => (stack.length ? stack[stack.length - 1].el : root);
    for (let k = 0; k + 1 < points.length; k++) {
      const start = points[k], end = points[k + 1];
      const active = list.filter((e) => e.offset <= start && e._end >= end);
      let same = 0;
      while (same < stack.length && same < active.length && stack[same].entity === active[same]) same++;
      stack = stack.slice(0, same);
      for (let j = same; j < active.length; j++) {
        const el = elementFor(active[j], text, hooks) || document.createElement("span");
        parentOf().appendChild(el);
        stack.push({ entity: active[j], el });
      }
      parentOf().appendChild(document.createTextNode(text.slice(start, end)));
    }
    return root;
  }

  return { render };
})();
