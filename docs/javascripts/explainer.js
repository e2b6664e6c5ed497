// Tooltips for linked terms and actors (data-tip attribute set by the generator).
// Desktop: shown on hover and keyboard focus. Touch screens: the first tap shows the
// tooltip, a second tap on the same link follows it. Material's instant navigation
// swaps page content, so listeners are attached to the document once.
(function () {
  "use strict";
  var tip = null, owner = null, timer = null;
  function hide() {
    clearTimeout(timer);
    if (owner) owner.removeAttribute("aria-describedby");
    if (tip) { tip.remove(); tip = null; owner = null; }
  }
  // The pointer crosses a gap between a link and its tooltip: hide a moment later, and
  // not at all if it reaches the tooltip (whose "자세히" link must stay clickable).
  function hideSoon() { clearTimeout(timer); timer = setTimeout(hide, 350); }
  function keep() { clearTimeout(timer); }
  function show(a) {
    if (owner === a) return;
    hide();
    var text = a.getAttribute("data-tip");
    if (!text) return;
    tip = document.createElement("div");
    tip.className = "xp-tip";
    tip.id = "xp-tip";
    tip.setAttribute("role", "tooltip");
    tip.addEventListener("mouseenter", keep);
    tip.addEventListener("mouseleave", function (e) { if (e.relatedTarget !== owner) hideSoon(); });
    tip.textContent = text;            // text, never HTML
    var more = document.createElement("a");
    more.href = a.href;
    more.textContent = " 자세히 →";
    tip.appendChild(more);
    document.body.appendChild(tip);
    var r = a.getBoundingClientRect();
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.left = left + "px";
    tip.style.top = (r.bottom + window.scrollY + 6) + "px";
    owner = a;
    a.setAttribute("aria-describedby", "xp-tip");
  }
  function linkOf(e) { return e.target.closest ? e.target.closest("a.xp-link[data-tip]") : null; }
  var touch = false;
  window.addEventListener("touchstart", function () { touch = true; }, { passive: true, capture: true });
  document.addEventListener("mouseover", function (e) { if (!touch) { var a = linkOf(e); if (a) { keep(); show(a); } } });
  document.addEventListener("mouseout", function (e) {
    var a = linkOf(e);
    if (a && !touch && (!e.relatedTarget || !tip || !tip.contains(e.relatedTarget))) hideSoon();
  });
  // On touch screens a tap focuses the link before the click: showing the tooltip on
  // that focus would make the click look like a second tap, so only keyboards use it.
  document.addEventListener("focusin", function (e) {
    if (touch) return;
    var a = linkOf(e); if (a) show(a); else if (!tip || !tip.contains(e.target)) hide();
  });
  // Registered on window in the capture phase so it runs before Material's instant
  // navigation, which would otherwise follow the link on the first tap.
  window.addEventListener("click", function (e) {
    var a = linkOf(e);
    if (a && touch && owner !== a) { e.preventDefault(); e.stopImmediatePropagation(); show(a); return; }
    if (!a && tip && !tip.contains(e.target)) hide();
  }, true);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
})();
