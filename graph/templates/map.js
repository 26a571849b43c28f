// Draws the map from the JSON in #map-data. Every text goes into the page with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("map-data").textContent);
  var started = performance.now();
  var MAX_FIT_SCALE = 1.25;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function list(items) {
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(item); });
    return ul;
  }

  function nodeTip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.name));
    var relations = tip.degree === 1 ? "1 relation" : tip.degree + " relationer";
    box.appendChild(el("div", "tip-type", tip.type + " · " + relations));
    if (tip.aliases.length) box.appendChild(el("div", "tip-aliases", "Även kallad: " + tip.aliases.join(", ")));
    if (tip.documents.length) {
      box.appendChild(el("div", "tip-docs", "Nämns i:"));
      box.appendChild(list(tip.documents.map(function (d) { return el("li", null, d); })));
      var rest = tip.documentCount - tip.documents.length;
      if (rest > 0) box.appendChild(el("div", "src", "och " + rest + " dokument till"));
    }
    return box;
  }

  function edgeTip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.source + " – " + tip.relation + " – " + tip.target));
    var dating = tip.undated ? " · odaterad: inget daterat dokument säger när" : "";
    box.appendChild(el("div", "tip-type", "Säkerhet " + String(tip.confidence).replace(".", ",") + dating));
    box.appendChild(list(tip.evidence.map(function (ev) {
      var li = el("li");
      li.appendChild(el("q", null, ev.text));
      li.appendChild(el("span", "src", " – " + ev.document));
      return li;
    })));
    if (tip.more > 0) box.appendChild(el("div", "src", "och " + tip.more + " belägg till"));
    return box;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return Object.assign({}, n, { title: nodeTip(n.tip) });
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return Object.assign({}, e, { title: edgeTip(e.tip) });
  }));

  var dataMs = Math.round(performance.now() - started);
  var hiddenEntities = new Set();
  var hiddenRelations = new Set();
  var hideUndated = false;
  // Large maps hide actors without relations until asked for (the centre of an ego view never).
  var hideIsolated = !!data.hideIsolated;
  var nodeView = new vis.DataView(nodes, {
    filter: function (n) {
      return !hiddenEntities.has(n.etype) && !(hideIsolated && n.tip.degree === 0 && n.id !== data.center);
    }
  });
  function relationShown(e) { return !hiddenRelations.has(e.rtype) && !(hideUndated && e.undated); }
  // A relation inside a closed group is not drawn until the group opens: the group stands
  // for it, and vis-network need not take it into the group.
  var closedGroups = new Set();
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return relationShown(e) && !(e.community !== undefined && closedGroups.has(e.community)); }
  });
  var groups = data.groups || [];
  var grouping = groups.length > 0;
  // The groups to close: those with at least minGroup actors shown.
  function groupsToClose() {
    var sizes = {};
    if (grouping) {
      nodeView.forEach(function (n) {
        if (n.community !== undefined && n.id !== data.center) sizes[n.community] = (sizes[n.community] || 0) + 1;
      });
    }
    closedGroups = new Set(groups.filter(function (g) { return (sizes[g.id] || 0) >= data.minGroup; }).map(function (g) { return g.id; }));
    edgeView.refresh();
    return sizes;
  }
  var groupSizes = groupsToClose();

  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  window.network = network;
  var state = { network: network, nodes: nodes, edges: edges, stableAfterMs: null, layouts: 0, timings: {} };
  function mark(name) { state.timings[name] = Math.round(performance.now() - started); }
  state.timings.data = dataMs;
  mark("network");
  window.samverkanMap = state;

  // Communities drawn as one node each (graph/communities.py): named after their hub, sized by
  // their number of actors, opened by a click. Only the actors shown are counted and grouped.
  var GROUP_PREFIX = "grupp-";
  function groupTip(group, size) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", group.name + " med flera"));
    box.appendChild(el("div", "tip-type", "Grupp av " + size + " aktörer som hänger tätt ihop"));
    box.appendChild(list(group.kinds.map(function (k) { return el("li", null, k[0] + ": " + k[1]); })));
    box.appendChild(el("div", "src", "Klicka för att öppna gruppen."));
    return box;
  }
  function groupCommunities() {
    var sizes = groupSizes;
    var todo = groups.filter(function (g) { return closedGroups.has(g.id); });
    todo.forEach(function (g, i) {
      network.cluster({
        joinCondition: function (o) { return o.community === g.id && o.id !== data.center; },
        clusterNodeProperties: {
          id: GROUP_PREFIX + g.id, label: g.name + " m.fl. (" + sizes[g.id] + ")", shape: "dot",
          size: Math.min(70, 18 + 3 * Math.sqrt(sizes[g.id])), borderWidth: 3,
          color: { background: g.colour, border: "#1d2733", highlight: { background: g.colour, border: "#1d2733" } },
          font: { size: 26, color: "#10161d", strokeWidth: 5, strokeColor: "#ffffff" },
          scaling: { label: { enabled: true, drawThreshold: 2 } },
          title: groupTip(g, sizes[g.id]), isGroup: true, groupSize: sizes[g.id], x: g.x, y: g.y
        },
        clusterEdgeProperties: { label: undefined, dashes: false, color: { color: "#aab3bd" } }
      }, i === todo.length - 1);
    });
    return todo.length;
  }
  // An opened group's actors keep their arrangement, drawn closer together around where the
  // group stood; physics then makes room for them.
  function release(groupPosition, positions) {
    var ids = Object.keys(positions);
    var cx = 0, cy = 0, far = 1;
    ids.forEach(function (id) { cx += positions[id].x / ids.length; cy += positions[id].y / ids.length; });
    ids.forEach(function (id) { far = Math.max(far, Math.hypot(positions[id].x - cx, positions[id].y - cy)); });
    var shrink = Math.min(1, (40 * Math.sqrt(ids.length)) / far);
    var moved = {};
    ids.forEach(function (id) {
      moved[id] = { x: groupPosition.x + (positions[id].x - cx) * shrink, y: groupPosition.y + (positions[id].y - cy) * shrink };
    });
    return moved;
  }
  function isGroup(id) { return network.body.nodes[id] !== undefined && network.isCluster(id); }
  function openGroup(id, quiet) {
    network.openCluster(id, { releaseFunction: release });
    closedGroups.delete(Number(String(id).slice(GROUP_PREFIX.length)));
    edgeView.refresh();
    state.groups = groups.filter(function (g) { return isGroup(GROUP_PREFIX + g.id); }).length;
    document.body.setAttribute("data-groups", String(state.groups));
    if (quiet) return;
    document.body.setAttribute("data-map-state", "layout");
    settle(function () {
      document.body.setAttribute("data-map-state", "stable");
      document.dispatchEvent(new CustomEvent("samverkan:opened", { detail: id }));
    });
  }
  state.groups = groupCommunities();
  state.openGroup = openGroup;
  document.body.setAttribute("data-groups", String(state.groups));
  mark("grouped");

  function keepPositions(ids) {
    var positions = network.getPositions(ids);
    nodes.update(Object.keys(positions).map(function (id) {
      return { id: id, x: positions[id].x, y: positions[id].y };
    }));
  }

  function stable() {
    if (state.stableAfterMs !== null) return;
    state.stableAfterMs = Math.round(performance.now() - started);
    // A small map is not blown up to fill the frame: labels stay at reading size.
    if (network.getScale() > MAX_FIT_SCALE) network.moveTo({ scale: MAX_FIT_SCALE });
    document.body.setAttribute("data-map-state", "stable");
    if (data.center !== null && nodes.get(data.center)) network.selectNodes([data.center]);
    document.dispatchEvent(new CustomEvent("samverkan:stable", { detail: state.stableAfterMs }));
  }

  // Physics over what is drawn now (groups count as one actor each) until the map is still;
  // then physics stops and the map is fitted to the frame.
  function settle(done) {
    var shown = network.body.nodeIndices.length;
    network.setOptions({
      physics: { enabled: true, solver: "forceAtlas2Based", stabilization: { enabled: false } },
      layout: { improvedLayout: false }
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      keepPositions(nodeView.getIds().filter(function (id) { return network.findNode(id).length === 1; }));
      network.fit({ animation: false });
      if (network.getScale() > MAX_FIT_SCALE) network.moveTo({ scale: MAX_FIT_SCALE });
      done();
    });
    // Fewer rounds the more there is to move: each round costs one pass over what is shown.
    var work = shown + network.body.edgeIndices.length;
    network.stabilize(Math.max(40, Math.min(300, Math.round(100000 / Math.max(work, 1)))));
  }

  if (state.groups > 0 && !data.groupsPlaced) {
    // Groups without places from the server stand amid their actors; physics draws them together.
    network.once("afterDrawing", function () { mark("drawn"); settle(stable); });
  } else if (state.groups > 0) {
    network.fit({ animation: false });
    network.once("afterDrawing", function () { mark("drawn"); stable(); });
  } else if (data.physics) {
    var progress = document.getElementById("progress");
    network.on("stabilizationProgress", function (params) {
      progress.textContent = Math.round((100 * params.iterations) / params.total) + " %";
    });
    network.once("stabilizationIterationsDone", function () {
      // Stop the simulation: the map stays still and costs nothing once it is laid out.
      network.setOptions({ physics: { enabled: false } });
      keepPositions();
      stable();
    });
  } else {
    network.once("afterDrawing", stable);
  }
  network.on("dragEnd", function (params) { if (params.nodes.length) keepPositions(params.nodes); });

  var form = document.getElementById("filters");
  // The legend counts what is shown: actors of each type, relations between actors shown.
  function updateCounts() {
    var actors = {}, relations = {}, shown = {}, isolated = 0, total = 0, drawn = 0, undated = 0;
    nodeView.forEach(function (n) { actors[n.etype] = (actors[n.etype] || 0) + 1; shown[n.id] = true; total++; });
    nodes.forEach(function (n) { if (n.tip.degree === 0) isolated++; });
    edges.forEach(function (e) {
      if (!relationShown(e) || !shown[e.from] || !shown[e.to]) return;
      relations[e.rtype] = (relations[e.rtype] || 0) + 1;
      if (e.undated) undated++;
      drawn++;
    });
    form.querySelectorAll("label.row").forEach(function (row) {
      var box = row.querySelector("input");
      var count = row.querySelector(".count");
      if (!box || !count) return;
      if (box.name === "entity") count.textContent = actors[box.value] || 0;
      else if (box.name === "relation") count.textContent = relations[box.value] || 0;
      else if (box.name === "dating") count.textContent = undated;
      else if (box.name === "isolated") count.textContent = isolated;
    });
    var summary = document.querySelector("header .summary");
    if (summary) {
      summary.textContent = total + (total === 1 ? " aktör, " : " aktörer, ") + drawn + (drawn === 1 ? " relation" : " relationer");
    }
  }

  // After a filter the map is laid out again: groups are formed anew from what is shown and
  // physics runs until the map is still, then stops.
  function layOutAgain() {
    document.body.setAttribute("data-map-state", "layout");
    groupSizes = groupsToClose();
    network.setData({ nodes: nodeView, edges: edgeView });
    state.groups = groupCommunities();
    document.body.setAttribute("data-groups", String(state.groups));
    settle(function () {
      state.layouts++;
      document.body.setAttribute("data-map-state", "stable");
      document.dispatchEvent(new CustomEvent("samverkan:laidout", { detail: state.layouts }));
    });
  }

  function applyFilters() {
    hiddenEntities.clear();
    hiddenRelations.clear();
    hideUndated = false;
    hideIsolated = false;
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      if (box.name === "grouping") { grouping = box.checked && groups.length > 0; return; }
      if (box.checked) return;
      if (box.name === "dating") hideUndated = true;
      else if (box.name === "isolated") hideIsolated = true;
      else (box.name === "entity" ? hiddenEntities : hiddenRelations).add(box.value);
    });
    nodeView.refresh();
    edgeView.refresh();
    updateCounts();
    layOutAgain();
  }
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  document.getElementById("show-all").addEventListener("click", function () {
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) { box.checked = true; });
    applyFilters();
  });
  updateCounts();

  // Walking by clicking: inside the explorer a click opens an actor and a double click adds
  // its neighbours to this map. The page only names the actor to its parent; the explorer
  // fetches the neighbours and sends them back as data, drawn here with textContent tooltips.
  var inFrame = window.parent !== window;
  var clickTimer = null;
  network.on("click", function (params) {
    if (params.nodes.length && isGroup(params.nodes[0])) { openGroup(params.nodes[0]); return; }
    if (!inFrame || !params.nodes.length) return;
    var id = params.nodes[0];
    clearTimeout(clickTimer);
    clickTimer = setTimeout(function () { window.parent.postMessage({ samverkan: "open", id: id }, "*"); }, 300);
  });
  network.on("doubleClick", function (params) {
    clearTimeout(clickTimer);
    if (!inFrame || !params.nodes.length || isGroup(params.nodes[0])) return;
    window.parent.postMessage({ samverkan: "expand", id: params.nodes[0] }, "*");
  });

  function addGraph(graph, around) {
    var styles = data.styles;
    var origin = network.getPosition(around);
    var known = {};
    nodes.getIds().forEach(function (id) { known[id] = true; });
    var names = {};
    graph.entities.forEach(function (e) { names[e.id] = e.name; });
    nodes.forEach(function (n) { names[n.id] = n.tip.name; });
    var fresh = graph.entities.filter(function (e) { return !known[e.id] && styles.entities[e.type]; });
    fresh.forEach(function (e, i) {
      var angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      var style = styles.entities[e.type];
      var tip = { name: e.name, type: style.label, aliases: (e.aliases || []).slice(0, 20), degree: 0, documents: [], documentCount: (e.documents || []).length };
      nodes.add({
        id: e.id, label: e.name.length > 60 ? e.name.slice(0, 59) + "…" : e.name, shape: style.shape, size: 14,
        color: { background: style.colour, border: style.colour }, etype: e.type, tip: tip, title: nodeTip(tip),
        x: origin.x + 160 * Math.cos(angle), y: origin.y + 160 * Math.sin(angle)
      });
    });
    var pairs = {};
    edges.forEach(function (e) { pairs[e.from + "|" + e.rtype + "|" + e.to] = true; });
    var next = edges.length;
    graph.relations.forEach(function (r) {
      var style = styles.relations[r.type];
      if (!style || pairs[r.source + "|" + r.type + "|" + r.target] || !nodes.get(r.source) || !nodes.get(r.target)) return;
      pairs[r.source + "|" + r.type + "|" + r.target] = true;
      var tip = {
        source: names[r.source] || r.source, relation: style.label, target: names[r.target] || r.target,
        confidence: Math.round(r.confidence * 100) / 100, undated: false, more: Math.max(0, r.evidence.length - 4),
        evidence: r.evidence.slice(0, 4).map(function (ev) { return { text: ev.text, document: ev.document }; })
      };
      edges.add({
        id: "added-" + (next++), from: r.source, to: r.target, rtype: r.type, arrows: style.directed ? "to" : "",
        dashes: style.dashed, color: { color: style.colour }, label: style.label, tip: tip, title: edgeTip(tip)
      });
    });
    document.body.setAttribute("data-added", String(fresh.length));
    document.dispatchEvent(new CustomEvent("samverkan:added", { detail: fresh.length }));
  }
  window.addEventListener("message", function (event) {
    if (!inFrame || event.source !== window.parent || !event.data || event.data.samverkan !== "add") return;
    if (nodes.get(event.data.around)) addGraph(event.data.graph, event.data.around);
  });

  // The search box: actors whose name or alias holds the words typed, accents optional; the
  // best (a whole-name match first, then the most connected) is selected and centred.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function findInMap(event) {
    if (event) event.preventDefault();
    var query = fold(document.getElementById("map-search").value.trim());
    var status = document.getElementById("map-search-status");
    if (!query) { status.textContent = ""; network.unselectAll(); return; }
    var found = nodeView.get().filter(function (n) {
      return [n.tip.name].concat(n.tip.aliases).some(function (name) { return fold(name).indexOf(query) >= 0; });
    });
    found.sort(function (a, b) {
      return (fold(b.tip.name) === query) - (fold(a.tip.name) === query) || b.tip.degree - a.tip.degree;
    });
    status.textContent = found.length === 1 ? "1 träff" : found.length + " träffar";
    if (!found.length) { network.unselectAll(); return; }
    // An actor inside a group is shown by opening the group (the outermost first).
    found.slice(0, 20).forEach(function (n) {
      network.findNode(n.id).slice(0, -1).forEach(function (group) { if (isGroup(group)) openGroup(group, true); });
    });
    found = found.filter(function (n) { return network.findNode(n.id).length === 1; });
    network.selectNodes(found.map(function (n) { return n.id; }));
    network.focus(found[0].id, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }
  var searchBox = document.getElementById("map-search");
  searchBox.addEventListener("keydown", function (event) { if (event.key === "Enter") findInMap(event); });
  searchBox.addEventListener("search", findInMap);

  // "Ladda ner bild": what the map shows now, on white, as a PNG; works offline and in a file.
  function savePicture() {
    var source = container.querySelector("canvas");
    var picture = document.createElement("canvas");
    picture.width = source.width;
    picture.height = source.height;
    var context = picture.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, picture.width, picture.height);
    context.drawImage(source, 0, 0);
    var link = document.createElement("a");
    link.href = picture.toDataURL("image/png");
    link.download = (document.title || "karta").replace(/[^\wåäöÅÄÖ -]+/g, "").trim().replace(/\s+/g, "-") + ".png";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  document.getElementById("download-image").addEventListener("click", savePicture);
  // A closed legend would not be printed: open it for the printer.
  window.addEventListener("beforeprint", function () { document.querySelector("#panel details").open = true; });
})();
