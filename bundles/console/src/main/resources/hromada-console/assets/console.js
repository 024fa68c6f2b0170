// The console's small script. Nothing essential: every page works without it.
(function () {
  "use strict";
  function token() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }
  // htmx requests carry the session's CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    var t = token();
    if (t) {
      event.detail.headers["X-CSRF-Token"] = t;
    }
  });
  // Buttons and links with data-confirm ask first (the server still checks everything).
  document.addEventListener("click", function (event) {
    var el = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (el && !window.confirm(el.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // Move focus to an error summary so screen readers announce it.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  });
  document.addEventListener("htmx:afterSwap", function () {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  });
})();
