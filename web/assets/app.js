// reportpipe's web app: pages follow the workspace by server-sent events,
// and the add page takes dropped files into its ordinary file input.
(function () {
  "use strict";
  var live = document.getElementById("live");
  var shown = document.body.getAttribute("data-gen");
  var reloads = document.body.getAttribute("data-live") === "reload";
  function changed(gen) {
    if (gen === shown) { return; }
    if (reloads) { window.location.reload(); return; }
    live.textContent = "The submissions changed since this page was made. ";
    var a = document.createElement("a");
    a.href = window.location.pathname + window.location.search;
    a.textContent = "Reload this page to see them.";
    live.appendChild(a);
  }
  if (window.EventSource && live) {
    var es = new EventSource("/events");
    es.addEventListener("hello", function (e) { changed(e.data); });
    es.addEventListener("building", function () { if (reloads) { live.textContent = "Reading the submissions…"; } });
    es.addEventListener("season", function (e) { changed(e.data); });
  }
  var zone = document.getElementById("drop");
  var input = document.getElementById("files");
  if (zone && input) {
    ["dragenter", "dragover"].forEach(function (t) {
      zone.addEventListener(t, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    zone.addEventListener("dragleave", function () { zone.classList.remove("over"); });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      zone.classList.remove("over");
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        input.form.requestSubmit();
      }
    });
  }
})();
