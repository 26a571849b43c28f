// The explorer: search, results, the chosen actor's map and its evidence, and corrections
// (merge, keep apart, rename, retype, a relation added by hand, confirm, reject) sent to the
// judgement API with the key the user typed, kept in sessionStorage and sent only in the
// X-API-Key header.
// Every text from the API reaches the page through textContent, never as HTML.
(function () {
  "use strict";

  var KEY = "samverkan.apiKey";
  var AUTHOR = "samverkan.author";
  var ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
  // The documents that relations added by hand come with (graph.judgements.MANUAL_PREFIX).
  var MANUAL_PREFIX = "bedomning-";

  var labels = { entities: {}, relations: {} };
  // "/search" when the API has fuzzy search, else "/entities": the server says which.
  var searchUrl = document.body.getAttribute("data-search") || "/entities";
  var current = null;        // id of the chosen actor
  var currentEntity = null;  // the chosen actor as the API gave it
  var currentDocs = {};      // the documents of the chosen actor's evidence, by id
  var lastSearch = null;     // { q, type } of the last search, run again after a change
  var pending = null;        // a change waiting for the key to be given
  var undoId = null;         // the last judgement made here, for "Ångra"

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function button(text, className, onClick) {
    var b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  // -- the key, for this tab only ---------------------------------------------------

  function stored(name) {
    try { return window.sessionStorage.getItem(name) || ""; } catch (e) { return ""; }
  }

  function keep(name, value) {
    try {
      if (value) window.sessionStorage.setItem(name, value);
      else window.sessionStorage.removeItem(name);
    } catch (e) { /* storage is off: the key lasts until the page is left */ }
  }

  var memory = {};
  function credential(name) { return stored(name) || memory[name] || ""; }

  // -- whose key: the name the server knows it by, shown and used in the audit log ----
  var ROLES = { reader: "läsare", editor: "redaktör", admin: "administratör" };
  var COOKIE_SAFE = /^[A-Za-z0-9._~+\/=-]+$/;

  function showKeyState() {
    var has = credential(KEY) && credential(AUTHOR);
    $("key-button").textContent = has ? "Nyckel: " + credential(AUTHOR) : "Nyckel för ändringar";
    $("key-button").classList.toggle("ok", !!has);
  }

  // The map frames cannot send a header; where reading needs a key they read with this cookie.
  function keepCookie(key) {
    var value = key && COOKIE_SAFE.test(key) ? key : "";
    document.cookie = "samverkan_key=" + value + "; path=/; SameSite=Strict" + (value ? "" : "; max-age=0");
  }

  function openKeyForm(open) {
    $("key-form").hidden = !open;
    $("key-button").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) $("api-key").focus();
  }

  function whose(key) {
    var init = { headers: { Accept: "application/json", "X-API-Key": key }, credentials: "same-origin" };
    return fetch("/keys/me", init).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) throw new Error(data && data.error ? data.error.message : "HTTP " + res.status);
        return data;
      });
    }, function () { throw new Error("Servern kunde inte nås"); });
  }

  function saveKey(event) {
    event.preventDefault();
    var key = $("api-key").value.trim();
    if (!key) return;
    // A header carries only visible ASCII; anything else would fail before reaching the server.
    if (!/^[\x21-\x7e]+$/.test(key)) {
      notice("API-nyckeln kan bara innehålla bokstäverna a–z, siffror och skiljetecken (inga å, ä, ö eller mellanslag).", null, true);
      $("api-key").focus();
      return;
    }
    whose(key).then(function (owner) {
      memory[KEY] = key;
      memory[AUTHOR] = owner.name;
      keep(KEY, key);
      keep(AUTHOR, owner.name);
      keepCookie(key);
      $("api-key").value = "";
      openKeyForm(false);
      showKeyState();
      notice("Nyckeln tillhör " + owner.name + " (" + (ROLES[owner.role] || owner.role) + ") och är sparad i den här fliken.");
      if (pending) {
        var next = pending;
        pending = null;
        next();
      }
    }, function (err) {
      notice("Nyckeln nekades: " + err.message + ".", null, true);
      $("api-key").focus();
    });
  }

  function forgetKey() {
    memory = {};
    keep(KEY, "");
    keep(AUTHOR, "");
    keepCookie("");
    $("api-key").value = "";
    showKeyState();
    notice("Nyckeln är glömd.");
  }

  // -- talking to the API -----------------------------------------------------------

  function request(method, url, body, withKey) {
    var headers = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (withKey || credential(KEY)) headers["X-API-Key"] = credential(KEY);
    var init = { method: method, headers: headers, credentials: "same-origin" };
    if (body !== undefined) init.body = JSON.stringify(body);
    return fetch(url, init).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) {
          var error = data && data.error ? data.error : {};
          var err = new Error(error.message || "HTTP " + res.status);
          err.status = res.status;
          err.code = error.code;
          err.detail = error.detail;
          throw err;
        }
        return data;
      });
    }, function () {
      var err = new Error("Servern kunde inte nås");
      err.status = 0;
      throw err;
    });
  }

  function getJson(url) { return request("GET", url); }

  function trimmed(message) { return String(message || "").replace(/[.\s]+$/, ""); }

  // A failed change, told in Swedish: what happened and what to do.
  function explain(err) {
    var message = trimmed(err.message);
    switch (err.status) {
      case 0:
        return "Servern kunde inte nås. Kontrollera anslutningen och försök igen.";
      case 401:
        return "API-nyckel saknas. Ange nyckeln under ”Nyckel för ändringar” och försök igen.";
      case 403:
        return "Ändringen nekades: " + message + ". Kontrollera API-nyckeln.";
      case 404:
        return "Det som skulle ändras finns inte längre (" + message + "). Vyn är uppdaterad.";
      case 409:
        return "Ändringen går inte att göra: " + message + ".";
      case 422: {
        var fields = Array.isArray(err.detail) ? err.detail.map(function (d) {
          var loc = d && d.loc ? d.loc : [];
          return loc.length ? loc[loc.length - 1] : "";
        }).filter(Boolean) : [];
        return "Ändringen är ogiltig: " + message + (fields.length ? " (gäller " + fields.join(", ") + ")" : "") + ".";
      }
      default:
        return "Ändringen kunde inte sparas (fel " + err.status + "): " + message + ".";
    }
  }

  function typeLabel(type) { return labels.entities[type] || type; }
  function relationLabel(type) { return labels.relations[type] || type; }

  // -- messages ---------------------------------------------------------------------

  function notice(text, judgementId, isError) {
    $("notice").hidden = false;
    $("notice").classList.toggle("error", !!isError);
    $("notice").setAttribute("role", isError ? "alert" : "status");
    $("notice-text").textContent = text;
    undoId = judgementId || null;
    $("notice-undo").hidden = !undoId;
  }

  function closeNotice() {
    $("notice").hidden = true;
    undoId = null;
  }

  // -- uploads: answered at once with a job, followed until it is done ----------------

  var JOB_STATES = { queued: "väntar", running: "läses in", done: "klart", failed: "misslyckades" };
  var UPLOAD_STATUS = { added: "nytt dokument", replaced: "ändrat dokument", unchanged: "fanns redan, oförändrat" };
  var JOB_POLL_MS = 700;

  function openUploadForm(open) {
    $("upload-form").hidden = !open;
    $("upload-button").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) $("upload-file").focus();
  }

  function jobText(job) {
    var text = job.filename + ": " + (JOB_STATES[job.state] || job.state);
    if (job.state === "queued" || job.state === "running") {
      text += " (" + (job.stage || "") + ", " + Math.round((job.progress || 0) * 100) + " %)";
    } else if (job.state === "done" && job.result) {
      text += ", " + (UPLOAD_STATUS[job.result.status] || job.result.status) + ": " +
        job.result.entities + " aktörer, " + job.result.relations + " relationer";
    } else if (job.state === "failed" && job.error) {
      text += ": " + trimmed(job.error.message);
    }
    return text;
  }

  // Show a job and ask again how it is getting on until it is done or has failed.
  function followJob(job, item) {
    item.className = "job " + job.state;
    item.setAttribute("data-job", job.id);
    item.setAttribute("data-state", job.state);
    item.textContent = jobText(job);
    if (job.state === "queued" || job.state === "running") {
      window.setTimeout(function () {
        getJson("/jobs/" + encodeURIComponent(job.id)).then(function (next) { followJob(next, item); }, function (err) {
          item.className = "job failed";
          item.setAttribute("data-state", "failed");
          item.textContent = job.filename + ": " + trimmed(err.message);
        });
      }, JOB_POLL_MS);
    } else if (job.state === "done" && lastSearch) {
      runSearch(lastSearch.q, lastSearch.type, false);  // what was found may have changed
    }
  }

  function upload(event) {
    if (event) event.preventDefault();
    var input = $("upload-file");
    if (!input.files || !input.files.length) return;
    if (!credential(KEY)) {
      pending = function () { upload(); };
      openKeyForm(true);
      notice("Ange API-nyckeln för att ladda upp dokument.");
      return;
    }
    var file = input.files[0];
    var item = el("li", "job queued", file.name + ": skickas …");
    $("jobs").insertBefore(item, $("jobs").firstChild);
    var data = new FormData();
    data.append("file", file, file.name);
    var init = {
      method: "POST",
      body: data,
      headers: { Accept: "application/json", "X-API-Key": credential(KEY) },
      credentials: "same-origin"
    };
    fetch("/documents", init).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (body) {
        if (!res.ok) {
          var error = body && body.error ? body.error : {};
          throw new Error(error.message || "HTTP " + res.status);
        }
        return body;
      });
    }).then(function (job) {
      input.value = "";
      followJob(job, item);
    }, function (err) {
      item.className = "job failed";
      item.setAttribute("data-state", "failed");
      item.textContent = file.name + ": " + trimmed(err.message === "Failed to fetch" ? "Servern kunde inte nås" : err.message);
    });
  }

  // -- judgements -------------------------------------------------------------------

  // Send one judgement; `done` gets the judgement made. Without a key, ask for it first.
  function judge(fields, what, done, controls) {
    if (!credential(KEY) || !credential(AUTHOR)) {
      pending = function () { judge(fields, what, done, controls); };
      openKeyForm(true);
      notice("Ange API-nyckeln för att spara ändringen.");
      return;
    }
    var body = {};
    Object.keys(fields).forEach(function (k) { if (fields[k] !== "" && fields[k] !== null) body[k] = fields[k]; });
    (controls || []).forEach(function (c) { c.disabled = true; });
    notice("Sparar …");
    request("POST", "/judgements", body, true).then(function (made) {
      notice(what + ".", made.id);
      if (done) done(made);
      refresh();
    }, function (err) {
      (controls || []).forEach(function (c) { c.disabled = false; });
      notice(explain(err), null, true);
      if (err.status === 401 || err.status === 403) openKeyForm(true);
      if (err.status === 404) refresh();
    });
  }

  function undo() {
    var id = undoId;
    if (!id) return;
    $("notice-undo").disabled = true;
    request("DELETE", "/judgements/" + encodeURIComponent(id), undefined, true).then(function () {
      $("notice-undo").disabled = false;
      notice("Ändringen är ångrad.");
      refresh();
    }, function (err) {
      $("notice-undo").disabled = false;
      notice(explain(err), null, true);
      if (err.status === 401 || err.status === 403) openKeyForm(true);
    });
  }

  // After a change: the map, the actor, its evidence, the review list and the hits again.
  function refresh() {
    if (current) loadActor(current);
    if (!$("review").hidden) loadReview();
    if (lastSearch) runSearch(lastSearch.q, lastSearch.type, false);
  }

  function relationText(rel, names) {
    return (names[rel.source] || rel.source) + " – " + relationLabel(rel.type) + " – " + (names[rel.target] || rel.target);
  }

  function relationFields(kind, rel) {
    return { kind: kind, source: rel.source, target: rel.target, relation_type: rel.type };
  }

  // -- search -----------------------------------------------------------------------

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
    runSearch(q, $("type").value, true);
  }

  function runSearch(q, type, announce) {
    lastSearch = { q: q, type: type };
    if (announce) $("status").textContent = "Söker …";
    query(q, type).then(function (body) {
      var found = asEntities(body);
      $("status").textContent = found.length === 0 ? "Inga träffar på ”" + q + "”."
        : found.length === 1 ? "1 träff" : found.length + " träffar";
      showResults(found);
    }, function (err) {
      $("status").textContent = "Sökningen misslyckades: " + err.message;
      showResults([]);
    });
  }

  function resultButton(entity, onClick) {
    var b = el("button", "result");
    b.type = "button";
    b.dataset.id = entity.id;
    b.appendChild(el("span", "result-name", entity.name));
    var docs = entity.documents ? entity.documents.length : 0;
    b.appendChild(el("span", "result-type", typeLabel(entity.type) + (docs ? " · " + docs + " dokument" : "")));
    b.addEventListener("click", onClick);
    return b;
  }

  function showResults(entities) {
    var list = $("results");
    clear(list);
    entities.forEach(function (entity) {
      var item = el("li");
      var b = resultButton(entity, function () { choose(entity.id); });
      b.setAttribute("aria-current", entity.id === current ? "true" : "false");
      item.appendChild(b);
      list.appendChild(item);
    });
  }

  // -- the chosen actor ---------------------------------------------------------------

  function asOf() {
    var value = $("as-of").value;
    return ISO_DATE.test(value) ? value : "";
  }

  function mapUrl(id, depth) {
    var url = "/maps/entity/" + encodeURIComponent(id) + "?depth=" + encodeURIComponent(depth);
    return asOf() ? url + "&as_of=" + encodeURIComponent(asOf()) : url;
  }

  // Point the map at a page, or load it again when it already shows that page.
  function showMap(url) {
    var frame = $("map");
    if (frame.src === new URL(url, location.href).href && frame.contentWindow) {
      frame.contentWindow.location.reload();
    } else {
      frame.src = url;
    }
  }

  // The user picks an actor: show it, in place of the review list.
  function choose(id, depth) {
    $("home").hidden = true;
    closePanels();
    showReview(false);
    $("actor").hidden = false;
    loadActor(id, depth);
  }

  // Load the actor's map, name and evidence (again), as of the date chosen.
  function loadActor(id, depth) {
    depth = String(depth || $("depth").value || "1");
    $("depth").value = depth;
    current = id;
    var hash = "#aktor=" + encodeURIComponent(id) + "&djup=" + depth;
    if (asOf()) hash += "&datum=" + asOf();
    history.replaceState(null, "", hash);
    document.querySelectorAll("#results button").forEach(function (b) {
      b.setAttribute("aria-current", b.dataset.id === id ? "true" : "false");
    });
    showMap(mapUrl(id, depth));
    $("map-link").href = mapUrl(id, depth);
    $("image-link").href = mapUrl(id, depth) + "&format=png";
    getJson("/entities/" + encodeURIComponent(id)).then(function (entity) {
      if (id !== current) return;
      currentEntity = entity;
      $("actor-name").textContent = entity.name;
      var meta = typeLabel(entity.type);
      if (typeof entity.degree === "number") meta += " · " + entity.degree + (entity.degree === 1 ? " relation" : " relationer");
      if (entity.aliases && entity.aliases.length) meta += " · även " + entity.aliases.slice(0, 6).join(", ");
      if (asOf()) meta += " · nätverket per " + asOf();
      $("actor-meta").textContent = meta;
      setTools(true);
    }, function (err) {
      if (id !== current) return;
      currentEntity = null;
      setTools(false);
      $("actor-name").textContent = "Aktören kunde inte hämtas";
      $("actor-meta").textContent = err.message;
    });
    var url = "/explorer/actor/" + encodeURIComponent(id) + "/relations";
    if (asOf()) url += "?as_of=" + encodeURIComponent(asOf());
    getJson(url).then(function (graph) {
      if (id === current) showEvidence(id, graph);
    }, function (err) {
      if (id !== current) return;
      var list = $("evidence");
      clear(list);
      list.appendChild(el("li", null, "Beläggen kunde inte hämtas: " + err.message));
    });
  }

  function setTools(enabled) {
    Object.keys(PANELS).forEach(function (id) { $(PANELS[id]).disabled = !enabled; });
  }

  // One relation with its sentences, sources and the buttons to confirm or reject it.
  function relationItem(rel, names, docs, showConfidence) {
    var item = el("li", "relation");
    item.dataset.source = rel.source;
    item.dataset.target = rel.target;
    item.dataset.type = rel.type;
    var head = el("div", "rel-head");
    var title = el("span", "rel");
    [rel.source, null, rel.target].forEach(function (end) {
      if (end === null) {
        title.appendChild(document.createTextNode(" – " + relationLabel(rel.type) + " – "));
      } else if (end === current) {
        title.appendChild(el("span", null, names[end] || end));
      } else {
        title.appendChild(button(names[end] || end, "link actor-link", function () { choose(end); }));
      }
    });
    head.appendChild(title);
    var confirmed = rel.properties && rel.properties.confirmed;
    if (rel.properties && rel.properties.manual) head.appendChild(el("span", "badge manual", "Tillagd för hand"));
    else if (confirmed) head.appendChild(el("span", "badge", "Bekräftad"));
    if (showConfidence) {
      var sources = {};
      rel.evidence.forEach(function (ev) { sources[ev.document] = true; });
      var count = Object.keys(sources).length;
      head.appendChild(el("span", "confidence",
        "säkerhet " + Number(rel.confidence).toLocaleString("sv-SE", { maximumFractionDigits: 2 }) +
        " · " + count + (count === 1 ? " källa" : " källor")));
    }
    item.appendChild(head);
    rel.evidence.forEach(function (ev) {
      item.appendChild(el("q", "quote", ev.text));
      var source = el("span", "source", "Källa: ");
      var doc = docs[ev.document];
      var link = el("a", null, doc && doc.title ? doc.title : ev.document);
      // The document's own page, the sentence marked and scrolled to.
      link.href = "/explorer/document/" + encodeURIComponent(ev.document) + "?mark=" + encodeURIComponent(ev.text) + "#chosen";
      source.appendChild(link);
      if (doc && doc.date) source.appendChild(document.createTextNode(" (" + doc.date + ")"));
      if (doc && /^https?:\/\//.test(doc.source_url || "")) {
        // The original on the web, where the document was read from.
        var original = el("a", "original", "original");
        original.href = doc.source_url;
        original.rel = "noopener noreferrer";
        original.target = "_blank";
        source.appendChild(document.createTextNode(" · "));
        source.appendChild(original);
      }
      item.appendChild(source);
    });
    var actions = el("div", "rel-actions");
    var text = relationText(rel, names);
    var confirm = button("Bekräfta", "secondary confirm", function () {
      judge(relationFields("confirm", rel), "Bekräftad: " + text, null, [confirm, reject]);
    });
    confirm.disabled = !!confirmed;
    var asking = rejectForm(rel, text, function (controls) { return controls.concat([confirm, reject]); });
    var reject = button("Avvisa", "danger reject", function () { asking.toggle(reject); });
    reject.setAttribute("aria-expanded", "false");
    reject.setAttribute("aria-controls", asking.form.id);
    confirm.setAttribute("aria-label", "Bekräfta: " + text);
    reject.setAttribute("aria-label", "Avvisa: " + text);
    actions.appendChild(confirm);
    actions.appendChild(reject);
    item.appendChild(actions);
    item.appendChild(asking.form);
    return item;
  }

  // The small form under a relation that asks why it is wrong before rejecting it.
  var formCount = 0;
  function rejectForm(rel, text, controlsWith) {
    var n = ++formCount;
    var form = el("form", "reject-form");
    form.id = "reject-form-" + n;
    form.hidden = true;
    form.setAttribute("aria-label", "Avvisa: " + text);
    var label = el("label", null, "Motivering (valfri)");
    label.htmlFor = "reject-reason-" + n;
    var reason = el("input", "reject-reason");
    reason.type = "text";
    reason.id = label.htmlFor;
    reason.maxLength = 2000;
    reason.placeholder = "t.ex. meningen säger något annat";
    var row = el("div", "row");
    var send = el("button", "danger reject-confirm", "Avvisa relationen");
    send.type = "submit";
    var opener = null;
    function toggle(from) {
      opener = from || opener;
      form.hidden = !form.hidden;
      if (opener) opener.setAttribute("aria-expanded", form.hidden ? "false" : "true");
      if (!form.hidden) reason.focus();
      else if (opener) opener.focus();
    }
    var cancel = button("Avbryt", "link", function () { toggle(); });
    row.appendChild(send);
    row.appendChild(cancel);
    form.appendChild(label);
    form.appendChild(reason);
    form.appendChild(row);
    form.addEventListener("keydown", function (event) { if (event.key === "Escape") toggle(); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var fields = relationFields("reject", rel);
      fields.reason = reason.value.trim();
      judge(fields, "Avvisad: " + text, null, controlsWith([send, cancel]));
    });
    return { form: form, toggle: toggle };
  }

  function indexes(graph) {
    var names = {};
    graph.entities.forEach(function (e) { names[e.id] = e.name; });
    var docs = {};
    graph.documents.forEach(function (d) { docs[d.id] = d; });
    return { names: names, docs: docs };
  }

  function showEvidence(id, graph) {
    var found = indexes(graph);
    currentDocs = found.docs;
    var list = $("evidence");
    clear(list);
    var relations = graph.relations.filter(function (r) { return r.source === id || r.target === id; });
    if (!relations.length) {
      list.appendChild(el("li", null, asOf() ? "Aktören hade inga relationer i grafen per " + asOf() + "."
        : "Aktören har inga relationer i grafen."));
      return;
    }
    relations.forEach(function (rel) { list.appendChild(relationItem(rel, found.names, found.docs, false)); });
  }

  // -- merge, keep apart, rename, retype, add -------------------------------------------

  var PANELS = {
    "merge-form": "merge-button",
    "distinct-form": "distinct-button",
    "add-form": "add-button",
    "rename-form": "rename-button",
    "retype-form": "retype-button",
  };

  // A search for another actor than the chosen one, shared by the merge, keep-apart and add
  // forms: `prefix`-q, -status and -results are its field, its status line and its hits.
  function chooser(prefix, prompt, onPick) {
    var picked = null;
    var asked = 0;  // only the newest search may fill the list
    function pick(entity) {
      picked = entity;
      document.querySelectorAll("#" + prefix + "-results button").forEach(function (b) {
        b.setAttribute("aria-current", entity && b.dataset.id === entity.id ? "true" : "false");
      });
      onPick(entity);
    }
    function reset() {
      asked++;
      picked = null;
      $(prefix + "-q").value = "";
      $(prefix + "-status").textContent = "";
      clear($(prefix + "-results"));
      onPick(null);
    }
    function search() {
      var q = $(prefix + "-q").value.trim();
      if (!q || !currentEntity) { $(prefix + "-q").focus(); return; }
      var mine = ++asked;
      pick(null);
      clear($(prefix + "-results"));
      $(prefix + "-status").textContent = "Söker …";
      query(q, "").then(function (body) {
        if (mine !== asked || !currentEntity) return;
        var found = asEntities(body).filter(function (e) { return e.id !== current; });
        $(prefix + "-status").textContent = found.length ? prompt(currentEntity.name)
          : "Inga andra aktörer heter ”" + q + "”.";
        var list = $(prefix + "-results");
        found.forEach(function (entity) {
          var item = el("li");
          item.appendChild(resultButton(entity, function () { pick(entity); }));
          list.appendChild(item);
        });
      }, function (err) {
        if (mine === asked) $(prefix + "-status").textContent = "Sökningen misslyckades: " + err.message;
      });
    }
    return { search: search, reset: reset, picked: function () { return picked; } };
  }

  var mergeChooser = chooser("merge", function (name) {
    return "Välj aktören som är densamma som ”" + name + "”.";
  }, pickMerge);
  var distinctChooser = chooser("distinct", function (name) {
    return "Välj aktören som inte är densamma som ”" + name + "”.";
  }, pickDistinct);
  var addChooser = chooser("add", function (name) {
    return "Välj aktören som ”" + name + "” har relationen till.";
  }, showAddPreview);

  function closePanels() {
    Object.keys(PANELS).forEach(function (id) {
      $(id).hidden = true;
      $(PANELS[id]).setAttribute("aria-expanded", "false");
    });
    [mergeChooser, distinctChooser, addChooser].forEach(function (c) { c.reset(); });
    showAddError("");
  }

  function openPanel(id) {
    var wasOpen = !$(id).hidden;
    closePanels();
    if (wasOpen || !currentEntity) return false;
    $(id).hidden = false;
    $(PANELS[id]).setAttribute("aria-expanded", "true");
    // A change made from this form earlier left its buttons disabled.
    $(id).querySelectorAll("button").forEach(function (b) { b.disabled = false; });
    return true;
  }

  function openMerge() {
    if (!openPanel("merge-form")) return;
    $("merge-reason").value = "";
    $("merge-q").focus();
  }

  function mergeSearch(event) {
    event.preventDefault();
    mergeChooser.search();
  }

  function pickMerge(entity) {
    $("merge-choice").hidden = !entity;
    if (!entity) return;
    $("merge-question").textContent = "”" + currentEntity.name + "” och ”" + entity.name +
      "” blir en aktör. Vilket namn ska behållas? Det andra blir ett alias.";
    $("merge-keep-current").textContent = "Behåll ”" + currentEntity.name + "”";
    $("merge-keep-other").textContent = "Behåll ”" + entity.name + "”";
  }

  function merge(keepCurrent) {
    var other = mergeChooser.picked();
    if (!other || !currentEntity) return;
    var kept = keepCurrent ? currentEntity : other;
    var gone = keepCurrent ? other : currentEntity;
    judge(
      { kind: "merge", entity: gone.id, other: kept.id, reason: $("merge-reason").value.trim() },
      "”" + gone.name + "” är ihopslagen med ”" + kept.name + "”",
      function (made) {
        closePanels();
        current = made.other || kept.id;
      },
      [$("merge-keep-current"), $("merge-keep-other")]
    );
  }

  // Keep apart: two actors that are not the same are never merged, by hand or on a later ingest.
  function openDistinct() {
    if (!openPanel("distinct-form")) return;
    $("distinct-reason").value = "";
    $("distinct-q").focus();
  }

  function distinctSearch(event) {
    event.preventDefault();
    distinctChooser.search();
  }

  function pickDistinct(entity) {
    $("distinct-choice").hidden = !entity;
    if (!entity) return;
    $("distinct-question").textContent = "”" + currentEntity.name + "” och ”" + entity.name +
      "” är olika aktörer och slås aldrig ihop.";
    $("distinct-save").textContent = "Håll isär ”" + currentEntity.name + "” och ”" + entity.name + "”";
  }

  function keepApart() {
    var other = distinctChooser.picked();
    if (!other || !currentEntity) return;
    judge(
      { kind: "distinct", entity: current, other: other.id, reason: $("distinct-reason").value.trim() },
      "”" + currentEntity.name + "” och ”" + other.name + "” hålls isär",
      closePanels,
      [$("distinct-save")]
    );
  }

  // A relation added by hand, from the chosen actor to one found by search, with a note on
  // where it is known from and, if it comes from one, the document.
  function openAdd() {
    if (!openPanel("add-form")) return;
    $("add-intro").textContent = "Relationen går från ”" + currentEntity.name + "” till aktören du väljer.";
    $("add-type").value = "";
    $("add-note").value = "";
    fillDocuments();
    $("add-type").focus();
  }

  // The chosen actor's documents, newest first; those made by judgements are not sources.
  function fillDocuments() {
    var select = $("add-document");
    while (select.options.length > 1) select.remove(1);
    var docs = (currentEntity.documents || [])
      .filter(function (id) { return id.indexOf(MANUAL_PREFIX) !== 0; })
      .map(function (id) { return currentDocs[id] || { id: id }; });
    docs.sort(function (a, b) { return String(b.date || "").localeCompare(String(a.date || "")); });
    docs.forEach(function (doc) {
      var option = el("option", null, (doc.title || doc.id) + (doc.date ? " (" + doc.date + ")" : ""));
      option.value = doc.id;
      select.appendChild(option);
    });
    select.value = "";
  }

  function showAddPreview() {
    var other = addChooser.picked();
    var type = $("add-type").value;
    var preview = $("add-preview");
    preview.hidden = !(other && currentEntity);
    if (preview.hidden) return;
    preview.textContent = "”" + currentEntity.name + "” – " + (type ? relationLabel(type) : "…") +
      " – ”" + other.name + "”";
    if (other) showAddError("");
  }

  function showAddError(text) {
    $("add-error").textContent = text;
    $("add-error").hidden = !text;
  }

  function addRelation(event) {
    event.preventDefault();
    if (!currentEntity) return;
    var type = $("add-type").value;
    var other = addChooser.picked();
    var note = $("add-note").value.trim();
    var missing = !type ? ["Välj vilken sorts relation det är.", "add-type"]
      : !other ? ["Sök och välj den andra aktören.", "add-q"]
      : !note ? ["Skriv en anteckning om var uppgiften kommer ifrån.", "add-note"] : null;
    if (missing) {
      showAddError(missing[0]);
      $(missing[1]).focus();
      return;
    }
    showAddError("");
    judge(
      { kind: "add", source: current, target: other.id, relation_type: type, reason: note,
        document: $("add-document").value },
      "Tillagd: ”" + currentEntity.name + "” – " + relationLabel(type) + " – ”" + other.name + "”",
      closePanels,
      $("add-form").querySelectorAll("button")
    );
  }

  function openRename() {
    if (!openPanel("rename-form")) return;
    $("rename-name").value = currentEntity.name;
    $("rename-reason").value = "";
    $("rename-name").focus();
    $("rename-name").select();
  }

  function rename(event) {
    event.preventDefault();
    var name = $("rename-name").value.trim();
    if (!name || !currentEntity) return;
    if (name === currentEntity.name) { closePanels(); return; }
    judge(
      { kind: "rename", entity: current, name: name, reason: $("rename-reason").value.trim() },
      "”" + currentEntity.name + "” heter nu ”" + name + "”",
      closePanels
    );
  }

  function openRetype() {
    if (!openPanel("retype-form")) return;
    $("retype-type").value = currentEntity.type;
    $("retype-reason").value = "";
    $("retype-type").focus();
  }

  function retype(event) {
    event.preventDefault();
    var type = $("retype-type").value;
    if (!type || !currentEntity) return;
    if (type === currentEntity.type) { closePanels(); return; }
    judge(
      { kind: "retype", entity: current, type: type, reason: $("retype-reason").value.trim() },
      "”" + currentEntity.name + "” är nu av typen " + typeLabel(type),
      closePanels
    );
  }

  // -- the review queue ----------------------------------------------------------------

  function showReview(open) {
    $("review").hidden = !open;
    if (open) $("home").hidden = true;
    $("review-button").setAttribute("aria-pressed", open ? "true" : "false");
    if (open) $("actor").hidden = true;
    else if (current) $("actor").hidden = false;
  }

  function toggleReview() {
    var open = $("review").hidden;
    showReview(open);
    if (open) loadReview();
  }

  function loadReview() {
    $("review-status").textContent = "Hämtar …";
    getJson("/explorer/review.json?limit=20").then(function (graph) {
      var found = indexes(graph);
      var list = $("review-list");
      clear(list);
      $("review-status").textContent = graph.relations.length === 0 ? "Inga obekräftade relationer att granska."
        : graph.relations.length === 1 ? "1 relation, svagast underlag först."
        : graph.relations.length + " relationer, svagast underlag först.";
      graph.relations.forEach(function (rel) { list.appendChild(relationItem(rel, found.names, found.docs, true)); });
    }, function (err) {
      $("review-status").textContent = "Granskningslistan kunde inte hämtas: " + err.message;
    });
  }

  // -- start -----------------------------------------------------------------------------

  function changeDate() {
    var value = $("as-of").value;
    if (value && !ISO_DATE.test(value)) {
      notice("Datumet ska skrivas ÅÅÅÅ-MM-DD.", null, true);
      return;
    }
    if (current) loadActor(current);
  }

  // The front page: counts by type, the hubs (a click opens one), newest documents, review queue.
  function loadHome() {
    getJson("/explorer/overview.json").then(function (o) {
      $("home-totals").textContent = o.entities + " aktörer, " + o.relations + " relationer ur " + o.documents + " dokument.";
      var types = $("home-types");
      clear(types);
      o.entities_by_type.forEach(function (c) { types.appendChild(el("li", null, c.label + ": " + c.count)); });
      var hubs = $("home-hubs");
      clear(hubs);
      o.most_connected.forEach(function (c) {
        var li = el("li");
        var b = button(c.entity.name, "link actor-link", function () { choose(c.entity.id); });
        b.dataset.id = c.entity.id;
        li.appendChild(b);
        li.appendChild(el("span", "muted", " · " + typeLabel(c.entity.type) + " · " + c.degree + (c.degree === 1 ? " relation" : " relationer")));
        hubs.appendChild(li);
      });
      var docs = $("home-documents");
      clear(docs);
      o.newest_documents.forEach(function (d) {
        var li = el("li");
        var a = el("a", null, d.title || d.id);
        a.href = "/explorer/document/" + encodeURIComponent(d.id);
        li.appendChild(a);
        if (d.date) li.appendChild(el("span", "muted", " · " + d.date));
        docs.appendChild(li);
      });
      $("home-review").textContent = o.review_queue + (o.review_queue === 1 ? " obekräftad relation" : " obekräftade relationer") + " i granskningskön.";
    }, function (err) { $("home-totals").textContent = "Översikten kunde inte hämtas: " + err.message; });
  }

  function fromHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    var date = params.get("datum");
    if (date && ISO_DATE.test(date)) $("as-of").value = date;
    var id = params.get("aktor");
    if (id) choose(id, params.get("djup") || "1");
  }

  function start() {
    $("search-form").addEventListener("submit", search);
    $("home-review-button").addEventListener("click", function () { showReview(true); loadReview(); });
    loadHome();
    $("depth").addEventListener("change", function () { if (current) loadActor(current); });
    $("as-of").addEventListener("change", changeDate);
    $("as-of-clear").addEventListener("click", function () { $("as-of").value = ""; changeDate(); });
    $("key-button").addEventListener("click", function () { openKeyForm($("key-form").hidden); });
    $("key-form").addEventListener("submit", saveKey);
    $("upload-button").addEventListener("click", function () { openUploadForm($("upload-form").hidden); });
    $("upload-form").addEventListener("submit", upload);
    $("key-forget").addEventListener("click", forgetKey);
    $("notice-undo").addEventListener("click", undo);
    $("notice-close").addEventListener("click", closeNotice);
    $("review-button").addEventListener("click", toggleReview);
    $("merge-button").addEventListener("click", openMerge);
    $("merge-form").addEventListener("submit", mergeSearch);
    $("merge-keep-current").addEventListener("click", function () { merge(true); });
    $("merge-keep-other").addEventListener("click", function () { merge(false); });
    $("distinct-button").addEventListener("click", openDistinct);
    $("distinct-form").addEventListener("submit", distinctSearch);
    $("distinct-save").addEventListener("click", keepApart);
    $("add-button").addEventListener("click", openAdd);
    $("add-form").addEventListener("submit", addRelation);
    $("add-search").addEventListener("click", addChooser.search);
    $("add-q").addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); addChooser.search(); }
    });
    $("add-type").addEventListener("change", showAddPreview);
    $("add-form").addEventListener("input", function () { showAddError(""); });
    $("rename-button").addEventListener("click", openRename);
    $("rename-form").addEventListener("submit", rename);
    $("retype-button").addEventListener("click", openRetype);
    $("retype-form").addEventListener("submit", retype);
    document.querySelectorAll("form .cancel").forEach(function (b) { b.addEventListener("click", closePanels); });
    setTools(false);
    showKeyState();
    getJson("/explorer/labels.json").then(function (body) {
      labels = body;
      Object.keys(labels.entities).forEach(function (type) {
        var option = el("option", null, labels.entities[type]);
        option.value = type;
        $("type").appendChild(option);
        var choice = el("option", null, labels.entities[type]);
        choice.value = type;
        $("retype-type").appendChild(choice);
      });
      Object.keys(labels.relations).forEach(function (type) {
        var label = labels.relations[type];
        var option = el("option", null, label.charAt(0).toUpperCase() + label.slice(1));
        option.value = type;
        $("add-type").appendChild(option);
      });
    }).catch(function () { /* the type names stay in English */ }).then(fromHash);
  }

  // The map in the frame: a click on an actor opens it, a double click adds its neighbours.
  window.addEventListener("message", function (event) {
    var frame = $("map");
    if (event.origin !== location.origin || !frame || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (typeof message.id !== "string") return;
    if (message.samverkan === "open" && message.id !== current) {
      choose(message.id);
    } else if (message.samverkan === "expand") {
      var url = "/explorer/actor/" + encodeURIComponent(message.id) + "/relations";
      if (asOf()) url += "?as_of=" + encodeURIComponent(asOf());
      getJson(url).then(function (graph) {
        frame.contentWindow.postMessage({ samverkan: "add", around: message.id, graph: graph }, location.origin);
      }, function (err) { notice("Grannarna kunde inte hämtas: " + err.message, null, true); });
    }
  });

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
