// screener serve: drag and drop onto the upload form, live progress of queued screens.
// No libraries, no requests to any other host (the page's CSP forbids them anyway).
(function () {
  "use strict";
  var text = {};
  try { text = JSON.parse(document.getElementById("ui-text").textContent); } catch (e) {}

  // ---- upload form: drop files onto the box, list what was chosen, one click only
  var drop = document.getElementById("drop");
  var input = document.getElementById("files");
  var chosen = document.getElementById("chosen");
  function listFiles() {
    if (!chosen || !input) return;
    chosen.textContent = "";
    for (var i = 0; i < input.files.length; i++) {
      var li = document.createElement("li");
      li.textContent = input.files[i].name;
      chosen.appendChild(li);
    }
  }
  if (drop && input) {
    ["dragenter", "dragover"].forEach(function (ev) {
      drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      drop.addEventListener(ev, function (e) { e.preventDefault(); drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; listFiles(); }
    });
    input.addEventListener("change", listFiles);
  }
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var b = form.querySelector("button[type=submit]");
      if (b) setTimeout(function () { b.disabled = true; }, 0);
    });
  });

  // ---- progress: poll the JSON API for every row still waiting or running
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.job")).filter(function (r) {
    return r.dataset.status === "queued" || r.dataset.status === "running";
  });
  if (!rows.length) return;
  var single = document.querySelectorAll("tr.job").length === 1 && /^\/(screens|compares)\//.test(location.pathname);
  function update(row, job) {
    var status = row.querySelector(".status"), result = row.querySelector(".result");
    status.className = "status s-" + job.status;
    status.textContent = text[job.status] || job.status;
    if (job.stage) {
      var s = document.createElement("span");
      s.className = "stage";
      s.textContent = " (" + (text[job.stage] || job.stage) + ")";
      status.appendChild(s);
    }
    row.dataset.status = job.status;
    if (job.status === "done") {
      if (single) { location.reload(); return; }
      var a = document.createElement("a");
      a.className = "open";
      a.href = job.page_url.replace(/^https?:\/\/[^\/]+/, "");
      a.textContent = job.kind === "compare" ? text.open_comparison : text.open_report;
      result.textContent = "";
      result.appendChild(a);
    } else if (job.status === "failed") {
      var e = document.createElement("span");
      e.className = "error";
      e.textContent = job.error || "";
      result.textContent = "";
      result.appendChild(e);
    }
  }
  function poll() {
    var waiting = rows.filter(function (r) { return r.dataset.status === "queued" || r.dataset.status === "running"; });
    if (!waiting.length) return;
    Promise.all(waiting.map(function (row) {
      var api = row.dataset.kind === "compare" ? "/api/compares/" : "/api/screens/";
      return fetch(api + row.dataset.id, {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (job) { if (job) update(row, job); })
        .catch(function () {});
    })).then(function () { setTimeout(poll, 1000); });
  }
  setTimeout(poll, 500);
})();
