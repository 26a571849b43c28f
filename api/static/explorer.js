// The explorer: search, results, the chosen actor's map and its evidence.
// Every text from the API reaches the page through textContent, never as HTML.
(function () {
  "use strict";

  var labels = { entities: {}, relations: {} };
  // "/search" when the API has fuzzy search, else "/entities": the server says which.
  var searchUrl = document.body.getAttribute("data-search") || "/entities";
  var current = null;

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) {
        if (!res.ok) {
          var message = body && body.error && body.error.message ? body.error.message : "HTTP " + res.status;
          var err = new Error(message);
          err.status = res.status;
          throw err;
        }
        return body;
      });
    });
  }

  function typeLabel(type) { return labels.entities[type] || type; }
  function relationLabel(type) { return labels.relations[type] || type; }

  // The search endpoint's answer may be a list of actors or of hits that hold one.
  function asEntities(body) {
    var items = Array.isArray(body) ? body : (body && (body.results || body.items || body.hits)) || [];
    return items.map(function (item) { return item && item.entity ? item.entity : item; })
      .filter(function (e) { return e && e.id && e.name; });
  }

  function query(q, type) {
    var params = new URLSearchParams({ q: q, limit: "50" });
    if (type) params.set("type", type);
    return getJson(searchUrl + "?" + params.toString());
  }

  function search(event) {
    if (event) event.preventDefault();
    var q = $("q").value.trim();
    if (!q) return;
    $("status").textContent = "Söker …";
    query(q, $("type").value).then(function (body) {
      var found = asEntities(body);
      $("status").textContent = found.length === 0 ? "Inga träffar på ”" + q + "”."
        : found.length === 1 ? "1 träff" : found.length + " träffar";
      showResults(found);
    }, function (err) {
      $("status").textContent = "Sökningen misslyckades: " + err.message;
      showResults([]);
    });
  }

  function showResults(entities) {
    var list = $("results");
    clear(list);
    entities.forEach(function (entity) {
      var button = el("button", "result");
      button.type = "button";
      button.dataset.id = entity.id;
      button.appendChild(el("span", "result-name", entity.name));
      var docs = entity.documents ? entity.documents.length : 0;
      button.appendChild(el("span", "result-type", typeLabel(entity.type) + (docs ? " · " + docs + " dokument" : "")));
      button.addEventListener("click", function () { choose(entity.id); });
      var item = el("li");
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function mapUrl(id, depth) {
    return "/maps/entity/" + encodeURIComponent(id) + "?depth=" + encodeURIComponent(depth);
  }

  function choose(id, depth) {
    depth = String(depth || $("depth").value || "1");
    $("depth").value = depth;
    current = id;
    history.replaceState(null, "", "#aktor=" + encodeURIComponent(id) + "&djup=" + depth);
    document.querySelectorAll("#results button").forEach(function (b) {
      b.setAttribute("aria-current", b.dataset.id === id ? "true" : "false");
    });
    $("actor").hidden = false;
    $("map").src = mapUrl(id, depth);
    $("map-link").href = mapUrl(id, depth);
    getJson("/entities/" + encodeURIComponent(id)).then(function (entity) {
      $("actor-name").textContent = entity.name;
      var meta = typeLabel(entity.type);
      if (typeof entity.degree === "number") meta += " · " + entity.degree + (entity.degree === 1 ? " relation" : " relationer");
      if (entity.aliases && entity.aliases.length) meta += " · även " + entity.aliases.slice(0, 6).join(", ");
      $("actor-meta").textContent = meta;
    }, function (err) {
      $("actor-name").textContent = "Aktören kunde inte hämtas";
      $("actor-meta").textContent = err.message;
    });
    getJson("/entities/" + encodeURIComponent(id) + "/neighbors?depth=1").then(function (graph) {
      showEvidence(id, graph);
    }, function (err) {
      var list = $("evidence");
      clear(list);
      list.appendChild(el("li", null, "Beläggen kunde inte hämtas: " + err.message));
    });
  }

  function showEvidence(id, graph) {
    var names = {};
    graph.entities.forEach(function (e) { names[e.id] = e.name; });
    var docs = {};
    graph.documents.forEach(function (d) { docs[d.id] = d; });
    var list = $("evidence");
    clear(list);
    var relations = graph.relations.filter(function (r) { return r.source === id || r.target === id; });
    if (!relations.length) {
      list.appendChild(el("li", null, "Aktören har inga relationer i grafen."));
      return;
    }
    relations.forEach(function (rel) {
      var item = el("li");
      item.appendChild(el("span", "rel",
        (names[rel.source] || rel.source) + " – " + relationLabel(rel.type) + " – " + (names[rel.target] || rel.target)));
      rel.evidence.forEach(function (ev) {
        item.appendChild(el("q", "quote", ev.text));
        var source = el("span", "source", "Källa: ");
        var doc = docs[ev.document];
        var link = el("a", null, doc && doc.title ? doc.title : ev.document);
        link.href = "/documents/" + encodeURIComponent(ev.document);
        source.appendChild(link);
        if (doc && doc.date) source.appendChild(document.createTextNode(" (" + doc.date + ")"));
        item.appendChild(source);
      });
      list.appendChild(item);
    });
  }

  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    var id = params.get("aktor");
    if (id) choose(id, params.get("djup") || "1");
  }

  function start() {
    $("search-form").addEventListener("submit", search);
    $("depth").addEventListener("change", function () { if (current) choose(current); });
    getJson("/explorer/labels.json").then(function (body) {
      labels = body;
      Object.keys(labels.entities).forEach(function (type) {
        var option = el("option", null, labels.entities[type]);
        option.value = type;
        $("type").appendChild(option);
      });
    }).catch(function () { /* the type names stay in English */ }).then(fromHash);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
