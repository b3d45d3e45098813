// Highlighter page: sends the article to this service's /v1/attributions and shows who said what.
// Offsets are requested in UTF-16 code units ("utf16") because that is how JavaScript strings
// index text: text.slice(start, end) is then exactly the quote, emoji included.
"use strict";

(() => {
  const KEY_STORAGE = "citations.cle";
  const TYPES = { direct: "directe", partial: "partielle", indirect: "indirecte" };
  // Light backgrounds: #1b1b1b text on each of them stays above 10:1.
  const PALETTE = ["#ffd6a5", "#b9f3b0", "#a8e8f5", "#d3c9ff", "#ffc6ec",
    "#fff0a0", "#bcd6ff", "#ffbcbc", "#c9ecd7", "#ead0f7"];

  const $ = (id) => document.getElementById(id);
  const form = $("formulaire"), textarea = $("texte"), fileInput = $("fichier");
  const indirect = $("indirect"), keyInput = $("cle"), keyBlock = $("cle-bloc");
  const button = $("analyser"), status = $("etat"), result = $("resultat");
  const article = $("article"), speakerList = $("locuteurs"), quoteList = $("citations");
  const jsonBlock = $("json"), copyButton = $("copier");
  const genderChart = $("graphe-genres"), genderTable = $("table-genres").tBodies[0];
  const genderSummary = $("resume-genres");
  const targets = new Map();  // quote id -> the element that focus jumps to

  function say(message, isError = false) {
    status.textContent = message;
    status.classList.toggle("erreur", isError);
  }

  function colourOf(index) {
    return index < PALETTE.length ? PALETTE[index] : `hsl(${(index * 47) % 360} 80% 85%)`;
  }

  function plural(count, word) {
    return `${count} ${word}${count > 1 ? "s" : ""}`;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ------------------------------------------------------------------ the annotated text

  /** Speakers that have quotes, in the API's order, each with its colour and its quotes. */
  function speakersOf(body) {
    const byId = new Map();
    for (const speaker of body.speakers) byId.set(speaker.id, { ...speaker, quotes: [] });
    const unknown = [];
    for (const quote of body.quotes) {
      const entry = quote.speaker && byId.get(quote.speaker.id);
      if (entry) entry.quotes.push(quote); else unknown.push(quote);
    }
    const withQuotes = [...byId.values()].filter((speaker) => speaker.quotes.length > 0);
    withQuotes.forEach((speaker, index) => { speaker.colour = colourOf(index); });
    return { speakers: withQuotes, unknown, byId };
  }

  /** Cut the text at every span boundary; each piece knows which quotes, cues and mentions cover it. */
  function segments(text, spans) {
    const cuts = new Set([0, text.length]);
    for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
    const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
    const pieces = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i], end = points[i + 1];
      pieces.push({ start, end, covering: spans.filter((s) => s.start <= start && s.end >= end) });
    }
    return pieces;
  }

  function renderArticle(text, body, info) {
    const spans = [];
    for (const quote of body.quotes) {
      if (quote.end <= quote.start) continue;
      spans.push({ kind: "q", start: quote.start, end: quote.end, quote });
      if (quote.cue) spans.push({ kind: "cue", start: quote.cue.start, end: quote.cue.end });
      if (quote.speaker) spans.push({ kind: "mention", start: quote.speaker.mention.start, end: quote.speaker.mention.end });
    }
    const fragment = document.createDocumentFragment();
    targets.clear();
    for (const piece of segments(text, spans)) {
      const chunk = text.slice(piece.start, piece.end);
      const quotes = piece.covering.filter((s) => s.kind === "q").map((s) => s.quote)
        .sort((a, b) => (a.end - a.start) - (b.end - b.start));
      const isCue = piece.covering.some((s) => s.kind === "cue");
      const isMention = piece.covering.some((s) => s.kind === "mention");
      if (!quotes.length && !isCue && !isMention) { fragment.append(chunk); continue; }
      const node = el(quotes.length ? "mark" : "span", "", chunk);
      node.dataset.start = String(piece.start);
      if (isCue) node.classList.add("cue");
      if (isMention) node.classList.add("mention");
      if (quotes.length) markQuote(node, piece, quotes, info);
      fragment.append(node);
    }
    article.replaceChildren(fragment);
  }

  function markQuote(node, piece, quotes, info) {
    const inner = quotes[0];  // the innermost quote gives the colour
    const speaker = inner.speaker && info.byId.get(inner.speaker.id);
    node.classList.add("q");
    node.dataset.quotes = quotes.map((q) => q.id).join(" ");
    if (speaker && speaker.colour) node.style.setProperty("--c", speaker.colour); else node.classList.add("inconnu");
    if (quotes.length > 1) node.classList.add("imbrique");
    for (const quote of quotes) {  // the first piece of a quote is its jump target
      if (quote.start !== piece.start || targets.has(quote.id)) continue;
      targets.set(quote.id, node);
      if (!node.id) node.id = `citation-${quote.id}`;
      node.tabIndex = -1;
      node.classList.add("cible");
    }
    node.title = `${inner.speaker ? inner.speaker.name : "Locuteur inconnu"} — citation ${TYPES[inner.type] || inner.type}`
      + `, confiance ${inner.confidence.toLocaleString("fr-FR", { maximumFractionDigits: 2 })}`;
  }

  // ------------------------------------------------------------------ side lists

  function focusQuote(quote, label) {
    const target = targets.get(quote.id);
    if (!target) return;
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    target.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
    target.focus({ preventScroll: true });
    target.classList.remove("flash");
    void target.offsetWidth;  // restart the animation
    target.classList.add("flash");
    if (label) say(label);
  }

  function swatch(colour) {
    const dot = el("span", "pastille");
    dot.setAttribute("aria-hidden", "true");
    if (colour) dot.style.setProperty("--c", colour); else dot.classList.add("inconnu");
    return dot;
  }

  /** One button per speaker: each press jumps to that speaker's next quote. */
  function speakerItem(name, colour, quotes, speakerId, speaker) {
    const item = el("li");
    const btn = el("button");
    btn.type = "button";
    btn.dataset.speaker = speakerId || "";
    btn.append(swatch(colour), el("span", "nom", name));
    if (speaker && GENDER_WORDS[speaker.gender]) {
      const label = el("span", "genre", GENDER_WORDS[speaker.gender]);
      const evidence = speaker.gender_evidence;
      if (evidence) label.title = `d'après « ${evidence.text} »`;
      btn.append(label);
    }
    btn.append(el("span", "nombre", plural(quotes.length, "citation")));
    let next = 0;
    btn.addEventListener("click", () => {
      const quote = quotes[next % quotes.length];
      focusQuote(quote, `${name} : citation ${(next % quotes.length) + 1} sur ${quotes.length}.`);
      next += 1;
    });
    item.append(btn);
    return item;
  }

  // ------------------------------------------------------------------ who is quoted, by gender

  // The speaker's grammatical gender as the article shows it; organisations have none.
  const GENDER_ROWS = [
    { key: "female", label: "Femmes", colour: "#8e3b8e" },
    { key: "male", label: "Hommes", colour: "#2b6cb0" },
    { key: "unknown", label: "Genre inconnu", colour: "#6b6b6b" },
    { key: "other", label: "Organisations", colour: "#a0611a" },
  ];
  const GENDER_WORDS = { female: "femme", male: "homme", unknown: "genre inconnu" };

  function genderKey(speaker) {
    if (GENDER_WORDS[speaker.gender]) return speaker.gender;
    return speaker.kind === "person" ? "unknown" : "other";
  }

  function genderCounts(info) {
    const counts = {};
    for (const row of GENDER_ROWS) counts[row.key] = { quotes: 0, speakers: 0 };
    for (const speaker of info.speakers) {
      const entry = counts[genderKey(speaker)];
      entry.speakers += 1;
      entry.quotes += speaker.quotes.length;
    }
    return counts;
  }

  function percent(part, whole) {
    return `${Math.round((100 * part) / whole).toLocaleString("fr-FR")} %`;
  }

  /** An SVG element, in the namespace of the chart the page already holds (no URL in this script). */
  function svgNode(tag, attributes, text) {
    const node = document.createElementNS(genderChart.namespaceURI, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Two bars a gender, quotes (solid) and speakers (light), drawn to the same scale. */
  function drawGenderChart(counts) {
    const rowHeight = 34, labelWidth = 96, barSpace = 170;
    const largest = Math.max(1, ...GENDER_ROWS.map((row) => counts[row.key].quotes));
    const nodes = [];
    GENDER_ROWS.forEach((row, index) => {
      const top = 6 + index * rowHeight;
      nodes.push(svgNode("text", { x: 0, y: top + 15 }, row.label));
      [["citations", counts[row.key].quotes, 1], ["locuteurs", counts[row.key].speakers, 0.45]]
        .forEach(([measure, value, opacity], line) => {
          const y = top + line * 13;
          const width = Math.round((barSpace * value) / largest);
          nodes.push(svgNode("rect", {
            x: labelWidth, y, width, height: 11, fill: row.colour, "fill-opacity": opacity,
            "data-genre": row.key, "data-mesure": measure, "data-valeur": value,
          }));
          nodes.push(svgNode("text", { x: labelWidth + width + 4, y: y + 10 }, `${value} ${measure.slice(0, 3)}.`));
        });
    });
    const height = 6 + GENDER_ROWS.length * rowHeight;
    genderChart.setAttribute("viewBox", `0 0 ${labelWidth + barSpace + 60} ${height}`);
    genderChart.replaceChildren(...nodes);
  }

  function renderGenders(info) {
    const counts = genderCounts(info);
    drawGenderChart(counts);
    genderTable.replaceChildren(...GENDER_ROWS.map((row) => {
      const line = el("tr");
      line.dataset.genre = row.key;
      line.append(el("th", "", row.label), el("td", "", String(counts[row.key].quotes)),
        el("td", "", String(counts[row.key].speakers)));
      line.firstChild.scope = "row";
      return line;
    }));
    const known = counts.female.quotes + counts.male.quotes;
    const unattributed = info.unknown.length;
    genderSummary.textContent = (known
      ? `Femmes : ${percent(counts.female.quotes, known)} des citations dont le genre du locuteur est connu`
        + ` (${counts.female.quotes} sur ${known}).`
      : "Aucune citation d'un locuteur de genre connu.")
      + (unattributed ? ` ${plural(unattributed, "citation")} sans locuteur identifié.` : "");
  }

  function quoteItem(quote, info) {
    const speaker = quote.speaker && info.byId.get(quote.speaker.id);
    const item = el("li");
    const btn = el("button");
    btn.type = "button";
    btn.dataset.quote = quote.id;
    const excerpt = quote.text.length > 90 ? `${quote.text.slice(0, 88).trimEnd()}…` : quote.text;
    const text = el("span", "extrait", `« ${excerpt} »`);
    const details = [quote.speaker ? quote.speaker.name : "locuteur inconnu", TYPES[quote.type] || quote.type];
    if (quote.cue) details.push(quote.cue.text);
    text.append(el("small", "", details.join(" · ")));
    btn.append(swatch(speaker && speaker.colour), text);
    btn.addEventListener("click", () => focusQuote(quote));
    item.append(btn);
    return item;
  }

  function render(text, body) {
    const info = speakersOf(body);
    renderArticle(text, body, info);
    speakerList.replaceChildren(...info.speakers.map((s) => speakerItem(s.name, s.colour, s.quotes, s.id, s)));
    renderGenders(info);
    if (info.unknown.length) speakerList.append(speakerItem("Locuteur inconnu", null, info.unknown, null));
    quoteList.replaceChildren(...body.quotes.map((quote) => quoteItem(quote, info)));
    jsonBlock.textContent = JSON.stringify(body, null, 2);
    result.hidden = false;
    const speakers = info.speakers.length;
    say(body.quotes.length
      ? `${plural(body.quotes.length, "citation")}, ${plural(speakers, "locuteur")} identifié${speakers > 1 ? "s" : ""}.`
      : "Aucune citation trouvée dans ce texte.");
  }

  // ------------------------------------------------------------------ talking to the API

  function headers() {
    const h = { "Content-Type": "application/json", Accept: "application/json" };
    const key = keyInput.value.trim();
    if (key) h.Authorization = `Bearer ${key}`;
    return h;
  }

  function explain(status, problem) {
    const detail = problem && problem.detail ? ` (${problem.detail})` : "";
    if (status === 401) {
      keyBlock.open = true;
      return "Ce service demande une clé d'API valide : saisissez-la dans « Clé d'API ».";
    }
    if (status === 413) return `Le texte est trop long pour le service${detail}.`;
    if (status === 503) return "Le modèle n'est pas encore prêt ; réessayez dans quelques secondes.";
    if (status === 504) return "L'analyse a pris trop de temps ; essayez un texte plus court.";
    return `Erreur ${status}${detail}.`;
  }

  async function analyse(event) {
    event.preventDefault();
    const text = textarea.value;
    if (!text.trim()) {
      say("Collez un article ou chargez un fichier .txt avant d'analyser.", true);
      textarea.focus();
      return;
    }
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    say("Analyse en cours…");
    try {
      const response = await fetch("v1/attributions", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ text, options: { offsets: "utf16", include_indirect: indirect.checked } }),
      });
      const body = await response.json().catch(() => null);
      if (!response.ok || !body) {
        say(explain(response.status, body), true);
        if (response.status === 401) keyInput.focus();
        return;
      }
      render(text, body);
    } catch (error) {
      say(`Le service ne répond pas : ${error.message}.`, true);
    } finally {
      button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  }

  async function loadFile() {
    const file = fileInput.files && fileInput.files[0];
    if (!file) return;
    textarea.value = await file.text();  // decoded as UTF-8, byte order mark dropped
    say(`Fichier « ${file.name} » chargé (${textarea.value.length.toLocaleString("fr-FR")} caractères).`);
  }

  async function copyJson() {
    const json = jsonBlock.textContent;
    try {
      await navigator.clipboard.writeText(json);
    } catch {
      // No clipboard permission (plain http, some browsers): select it so Ctrl+C works.
      const range = document.createRange();
      range.selectNodeContents(jsonBlock);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      say("JSON sélectionné : copiez-le avec Ctrl+C.");
      return;
    }
    say("JSON copié dans le presse-papiers.");
  }

  /** Tell early when a key is needed or the model is still loading. */
  async function probe() {
    try {
      const response = await fetch("v1/info", { headers: headers() });
      if (response.status === 401) {
        keyBlock.open = true;
        say("Ce service demande une clé d'API : saisissez-la dans « Clé d'API ».");
      } else if (response.ok) {
        const info = await response.json();
        if (!info.model.ready) say("Le modèle est en cours de chargement…");
      }
    } catch { /* the submit will report it */ }
  }

  keyInput.value = sessionStorage.getItem(KEY_STORAGE) || "";
  if (keyInput.value) keyBlock.open = true;
  keyInput.addEventListener("input", () => {
    if (keyInput.value) sessionStorage.setItem(KEY_STORAGE, keyInput.value);
    else sessionStorage.removeItem(KEY_STORAGE);
  });
  form.addEventListener("submit", analyse);
  fileInput.addEventListener("change", loadFile);
  copyButton.addEventListener("click", copyJson);
  probe();
})();
