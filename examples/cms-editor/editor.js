// Calling the citations API from a CMS editor. The service must allow this page's origin:
//   CORS_ORIGINS=http://localhost:8080 make run
// UTF-16 offsets ("offsets": "utf16") index JavaScript strings directly, so text.slice(start, end)
// and textarea.setSelectionRange(start, end) are exact even after emoji.
"use strict";

/** POST the text to /v1/attributions; resolves to the response body or throws with the problem's detail. */
async function fetchAttributions(apiBase, text, apiKey) {
  const headers = { "Content-Type": "application/json" };
  if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
  const response = await fetch(`${apiBase.replace(/\/+$/, "")}/v1/attributions`, {
    method: "POST",
    headers,
    body: JSON.stringify({ text, options: { offsets: "utf16", include_indirect: false } }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${response.status} ${body.detail || response.statusText}`);
  return body;
}

/** The text as nodes, each quote in a <mark> (quotes are sorted and do not overlap when indirect speech is off). */
function highlight(text, quotes) {
  const fragment = document.createDocumentFragment();
  let position = 0;
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    if (quote.start < position) continue;
    fragment.append(text.slice(position, quote.start));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(quote.start, quote.end);
    mark.dataset.quote = quote.id;
    if (!quote.speaker) mark.className = "inconnu";
    fragment.append(mark);
    position = quote.end;
  }
  fragment.append(text.slice(position), "\n");  // a final newline keeps the layers the same height
  return fragment;
}

(() => {
  const editor = document.getElementById("corps");
  const backdrop = document.getElementById("fond");
  const list = document.getElementById("liste");
  const status = document.getElementById("etat");
  const apiInput = document.getElementById("api");
  const keyInput = document.getElementById("cle");
  const fromQuery = new URLSearchParams(location.search).get("api");
  if (fromQuery) apiInput.value = fromQuery;
  let analysedText = null;

  function clear(message) {
    backdrop.replaceChildren();
    list.replaceChildren();
    analysedText = null;
    status.textContent = message;
  }

  async function run() {
    const text = editor.value;
    status.textContent = "Analyse…";
    try {
      const body = await fetchAttributions(apiInput.value, text, keyInput.value.trim());
      if (editor.value !== text) return clear("Le texte a changé pendant l'analyse : relancez-la.");
      analysedText = text;
      backdrop.replaceChildren(highlight(text, body.quotes));
      list.replaceChildren(...body.quotes.map((quote) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.dataset.quote = quote.id;
        button.textContent = `« ${quote.text} » — ${quote.speaker ? quote.speaker.name : "locuteur inconnu"}`;
        // Selects the quote in the editor itself: UTF-16 offsets are textarea selection offsets.
        button.addEventListener("click", () => { editor.focus(); editor.setSelectionRange(quote.start, quote.end); });
        item.append(button);
        return item;
      }));
      status.textContent = `${body.quotes.length} citation(s) trouvée(s).`;
    } catch (error) {
      clear(`Le service n'a pas pu répondre : ${error.message}`);
    }
  }

  document.getElementById("reperer").addEventListener("click", run);
  // Offsets describe the analysed text only: any edit makes them stale.
  editor.addEventListener("input", () => {
    if (analysedText !== null && editor.value !== analysedText) clear("Texte modifié : relancez l'analyse.");
  });
  editor.addEventListener("scroll", () => { backdrop.scrollTop = editor.scrollTop; });
})();
