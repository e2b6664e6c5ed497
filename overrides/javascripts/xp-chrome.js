{#-
  A theme static template (mkdocs.yml: theme.static_templates), rendered once into
  site/javascripts/xp-chrome.js. Every page loads it inside its header
  (partials/header.html), before Material's bundle, so it runs while the page is read:

  * it puts the header's JavaScript-only controls (partials/xp-chrome.html: palette
    toggle, search button and dialog) in place of its own <script> element;
  * it defines Material's local-storage helpers (__md_scope, __md_get ...: Material's
    partials/javascripts/base.html, which writes them into every page's <head>);
  * it adds Material's configuration, the `__config` JSON that Material's bundle reads
    when it starts (base.html writes it into every page). `base` and `search` are the
    site root and the Korean search worker (generator/search,
    docs/javascripts/search-ko-worker.js), found from this file's own URL; Material
    resolves `base` against the page anyway.

  Together 3.3 kB that each page no longer carries (scripts/page_weight.py). The script
  that applies the reader's saved colours stays in the page (partials/javascripts/
  palette.html): it must run before the page is painted.
-#}
{%- import "partials/language.html" as lang with context -%}
{%- set features = config.theme.features or [] -%}
{%- set controls -%}{% include "partials/xp-chrome.html" %}{%- endset -%}
{%- set _ = namespace() -%}
{%- set _.annotate = config.extra.annotate -%}
{%- set _.tags = config.extra.tags -%}
{%- if config.extra.version -%}
  {%- set mike = config.plugins.mike -%}
  {%- if not mike or mike.config.version_selector -%}
    {%- set _.version = config.extra.version -%}
  {%- endif -%}
{%- endif -%}
// Generated from overrides/javascripts/xp-chrome.js (see there).
(function () {
  "use strict";
  var me = document.currentScript;
  var base = new URL("..", me.src).href;  // this file is <site>/javascripts/xp-chrome.js
  // Material's local-storage helpers (its partials/javascripts/base.html), scoped to the site
  window.__md_scope = new URL({{ (config.extra.scope or "") | tojson }} || base, location);
  window.__md_hash = function (e) { return [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0); };
  window.__md_get = function (e, _ = localStorage, t = __md_scope) { return JSON.parse(_.getItem(t.pathname + "." + e)); };
  window.__md_set = function (e, _, t = localStorage, a = __md_scope) {
    try { t.setItem(a.pathname + "." + e, JSON.stringify(_)); } catch (e) { /* storage full or blocked */ }
  };
  me.insertAdjacentHTML("beforebegin", {{ controls | tojson }});
  var config = document.createElement("script");
  config.id = "__config";
  config.type = "application/json";
  config.textContent = JSON.stringify({
    base: base,
    features: {{ features | tojson }},
    translations: {{ {
      "clipboard.copy": lang.t("clipboard.copy"),
      "clipboard.copied": lang.t("clipboard.copied"),
      "search.result.placeholder": lang.t("search.result.placeholder"),
      "search.result.none": lang.t("search.result.none"),
      "search.result.one": lang.t("search.result.one"),
      "search.result.other": lang.t("search.result.other"),
      "search.result.more.one": lang.t("search.result.more.one"),
      "search.result.more.other": lang.t("search.result.more.other"),
      "search.result.term.missing": lang.t("search.result.term.missing"),
      "select.version": lang.t("select.version")
    } | tojson }},
    search: new URL("javascripts/search-ko-worker.js", base).href,
    annotate: {{ (_.annotate or none) | tojson }},
    tags: {{ (_.tags or none) | tojson }},
    version: {{ (_.version or none) | tojson }}
  });
  document.body.appendChild(config);
})();
