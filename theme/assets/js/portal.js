// IBP Portal: progressive enhancement only. Every page works without this file.
(function () {
  'use strict';

  // Tag filters on listing pages: filter the cards in place instead of loading the tag page.
  function enhanceFilters() {
    var nav = document.querySelector('.ibp-filters:not(.ibp-filters--sector)');
    var items = document.querySelectorAll('.ibp-listing > li[data-tags]');
    if (!nav || items.length === 0) { return; }
    var status = document.createElement('p');
    status.className = 'nhsuk-body-s';
    status.setAttribute('role', 'status');
    nav.appendChild(status);
    var active = null;
    nav.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-filter]');
      if (!link) { return; }
      event.preventDefault();
      var slug = link.getAttribute('data-filter');
      active = active === slug ? null : slug;
      var shown = 0;
      items.forEach(function (item) {
        var tags = (item.getAttribute('data-tags') || '').split(' ');
        var visible = active === null || tags.indexOf(active) >= 0;
        item.hidden = !visible;
        if (visible) { shown++; }
      });
      nav.querySelectorAll('a[data-filter]').forEach(function (a) {
        a.setAttribute('aria-pressed', a.getAttribute('data-filter') === active ? 'true' : 'false');
      });
      status.textContent = active === null ? 'Showing all ' + shown + ' items.' : 'Showing ' + shown + ' items tagged ' + link.textContent.replace(/\s*\(?\d+.*$/, '') + '.';
    });
  }

  // Peer filters on benchmarking tables: show only rows of the chosen peer group.
  function enhancePeerSelect() {
    document.querySelectorAll('select[data-ibp-peer-filter]').forEach(function (select) {
      var table = document.getElementById(select.getAttribute('data-ibp-peer-filter'));
      if (!table) { return; }
      select.addEventListener('change', function () {
        table.querySelectorAll('tbody tr[data-peer]').forEach(function (row) {
          row.hidden = select.value !== '' && row.getAttribute('data-peer') !== select.value;
        });
      });
      select.closest('.ibp-peer-filter').hidden = false;
    });
  }

  // Wide tables and charts scroll inside their wrapper on small screens. A wrapper that scrolls becomes a named,
  // focusable region so keyboard users can scroll it too (WCAG 2.1.1); one that fits stays out of the tab order.
  function enhanceScrollRegions() {
    var wrappers = document.querySelectorAll('.ibp-table-scroll, .ibp-chart__image, main pre');
    if (wrappers.length === 0) { return; }
    function update() {
      wrappers.forEach(function (wrapper) {
        var scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
        // A region named in the markup (a chart's data table) is focusable without script; here it keeps its role and
        // name, and only its tab stop follows whether it scrolls.
        if (wrapper.hasAttribute('aria-labelledby')) {
          if (scrolls) { wrapper.setAttribute('tabindex', '0'); } else { wrapper.removeAttribute('tabindex'); }
          return;
        }
        if (scrolls && !wrapper.hasAttribute('tabindex')) {
          var caption = wrapper.querySelector('caption');
          var image = wrapper.querySelector('img[alt]');
          wrapper.setAttribute('tabindex', '0');
          wrapper.setAttribute('role', 'region');
          var fallback = wrapper.tagName === 'PRE' ? 'Code sample' : 'Table';
          var name = caption ? caption.textContent.trim() : image ? image.getAttribute('alt') : fallback;
          wrapper.setAttribute('aria-label', name + ' (scrolls sideways)');
        } else if (!scrolls && wrapper.hasAttribute('tabindex')) {
          wrapper.removeAttribute('tabindex');
          wrapper.removeAttribute('role');
          wrapper.removeAttribute('aria-label');
        }
      });
    }
    update();
    var pending = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(pending);
      pending = window.setTimeout(update, 100);
    });
    // Tables inside closed "Show the data" details have no width until opened.
    document.addEventListener('toggle', update, true);
  }

  // Search page: load Pagefind's API only here, offer its section filter as NHS.UK checkboxes,
  // and show results as plain NHS.UK-styled links. The query and sections live in the address, so results can be shared.
  function enhanceSearch() {
    var root = document.getElementById('ibp-search');
    if (!root) { return; }
    var form = root.querySelector('form');
    var input = document.getElementById('ibp-search-input');
    var filters = document.getElementById('ibp-search-filters');
    var status = document.getElementById('ibp-search-status');
    var results = document.getElementById('ibp-search-results');
    var bundle = root.getAttribute('data-bundle');
    var loading = null;
    function pagefind() {
      loading = loading || import(bundle + 'pagefind.js');
      return loading;
    }
    function checkedSections() {
      return Array.prototype.map.call(filters.querySelectorAll('input:checked'), function (box) { return box.value; });
    }
    function renderFilters(sections, chosen) {
      var names = Object.keys(sections || {}).sort();
      if (names.length < 2) { return; }
      var fieldset = document.createElement('fieldset');
      fieldset.className = 'nhsuk-fieldset';
      var legend = document.createElement('legend');
      legend.className = 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s';
      legend.textContent = 'Filter by section';
      var boxes = document.createElement('div');
      boxes.className = 'nhsuk-checkboxes ibp-search__filters';
      names.forEach(function (name, i) {
        var item = document.createElement('div');
        item.className = 'nhsuk-checkboxes__item';
        var box = document.createElement('input');
        box.className = 'nhsuk-checkboxes__input';
        box.type = 'checkbox';
        box.name = 'section';
        box.id = 'ibp-search-section-' + (i + 1);
        box.value = name;
        box.checked = chosen.indexOf(name) >= 0;
        var label = document.createElement('label');
        label.className = 'nhsuk-label nhsuk-checkboxes__label';
        label.htmlFor = box.id;
        label.textContent = name;
        item.appendChild(box);
        item.appendChild(label);
        boxes.appendChild(item);
      });
      fieldset.appendChild(legend);
      fieldset.appendChild(boxes);
      filters.appendChild(fieldset);
      filters.hidden = false;
    }
    var PAGE = 20;
    var terms = (root.getAttribute('data-terms') || '').split('|').filter(Boolean);
    var current = null;
    function resultItem(r) {
      var li = document.createElement('li');
      li.className = 'ibp-search__result';
      var a = document.createElement('a');
      a.href = r.url;
      a.textContent = (r.meta && r.meta.title) || r.url;
      li.appendChild(a);
      var section = r.filters && r.filters.section && r.filters.section[0];
      if (section) {
        var tag = document.createElement('span');
        tag.className = 'nhsuk-body-s ibp-search__section';
        tag.textContent = section;
        li.appendChild(tag);
      }
      var p = document.createElement('p');
      p.className = 'nhsuk-body-s';
      p.textContent = (r.excerpt || '').replace(/<[^>]*>/g, '');
      li.appendChild(p);
      return li;
    }
    // Edit distance with transpositions, for "did you mean" over the titles of the pages in the index.
    function distance(a, b) {
      var d = [];
      for (var i = 0; i <= a.length; i++) { d[i] = [i]; }
      for (var j = 0; j <= b.length; j++) { d[0][j] = j; }
      for (i = 1; i <= a.length; i++) {
        for (j = 1; j <= b.length; j++) {
          var cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1); }
        }
      }
      return d[a.length][b.length];
    }
    function suggestion(query) {
      var lower = terms.map(function (t) { return t.toLowerCase(); });
      var changed = false;
      var words = query.split(/\s+/).map(function (word) {
        var w = word.toLowerCase();
        if (w.length < 4 || lower.indexOf(w) >= 0) { return word; }
        var best = null, bestDistance = w.length <= 5 ? 2 : 3;
        lower.forEach(function (t, k) {
          var dist = Math.abs(t.length - w.length) < bestDistance ? distance(w, t) : bestDistance;
          if (dist < bestDistance) { best = terms[k]; bestDistance = dist; }
        });
        if (best) { changed = true; return best; }
        return word;
      });
      return changed ? words.join(' ') : null;
    }
    function didYouMean(query) {
      var better = suggestion(query);
      var p = document.createElement('p');
      if (better) {
        p.className = 'ibp-search__suggestion';
        p.appendChild(document.createTextNode('Did you mean '));
        var a = document.createElement('a');
        a.href = '?q=' + encodeURIComponent(better);
        a.textContent = better;
        a.addEventListener('click', function (event) { event.preventDefault(); input.value = better; submit(); });
        p.appendChild(a);
        p.appendChild(document.createTextNode('?'));
      }
      return better ? p : null;
    }
    function emptyState() {
      var hint = document.createElement('div');
      var tips = document.createElement('p');
      tips.textContent = 'Check the spelling, use fewer words, or search for an organisation by its name or code (such as RR8). You can also browse ';
      [['organisations', '../organisations/'], ['measures', '../benchmarking/'], ['case studies', '../case-studies/']].forEach(function (link, k) {
        var a = document.createElement('a');
        a.href = link[1];
        a.textContent = link[0];
        tips.appendChild(a);
        tips.appendChild(document.createTextNode(k === 0 ? ', ' : k === 1 ? ' and ' : '.'));
      });
      hint.appendChild(tips);
      return hint;
    }
    function render(search, query, sections) {
      var total = search.results.length;
      var summary = total + (total === 1 ? ' result' : ' results') + ' for ‘' + query + '’' +
        (sections.length ? ' in ' + sections.join(', ') : '');
      var heading = document.createElement('h2');
      heading.className = 'nhsuk-heading-m';
      heading.textContent = summary;
      var ul = document.createElement('ul');
      ul.className = 'nhsuk-list';
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'nhsuk-button nhsuk-button--secondary ibp-search__more';
      var shown = 0;
      // The heading and the first results are shown together, once the first page of results has loaded.
      function showMore() {
        var next = search.results.slice(shown, shown + PAGE);
        return Promise.all(next.map(function (r) { return r.data(); })).then(function (list) {
          if (search !== current) { return; }
          if (shown === 0) {
            results.textContent = '';
            results.appendChild(heading);
            var hint = didYouMean(query);
            if (hint) { results.appendChild(hint); }
            if (total === 0) {
              results.appendChild(emptyState());
            } else {
              results.appendChild(ul);
            }
          }
          shown += list.length;
          list.forEach(function (r) { ul.appendChild(resultItem(r)); });
          if (shown < total) {
            more.textContent = 'Show ' + Math.min(PAGE, total - shown) + ' more of ' + (total - shown) + ' remaining';
            results.appendChild(more);
          } else if (more.parentNode) {
            more.parentNode.removeChild(more);
          }
          status.textContent = total > shown ? summary + ', showing the first ' + shown : summary;
        });
      }
      more.addEventListener('click', function () {
        var first = shown;
        showMore().then(function () {
          var link = ul.children[first] && ul.children[first].querySelector('a');
          if (link) { link.focus(); }
        });
      });
      return showMore();
    }
    function run(query) {
      if (!query) {
        results.textContent = '';
        return Promise.resolve();
      }
      var sections = checkedSections();
      var options = sections.length ? { filters: { section: { any: sections } } } : {};
      return pagefind()
        .then(function (pf) { return pf.debouncedSearch(query, options, 150); })
        .then(function (search) {
          if (search === null) { return null; } // a newer query replaced this one while typing
          current = search;
          return render(search, query, sections);
        })
        .catch(function () { results.textContent = 'Search is not available at the moment.'; });
    }
    function submit() {
      var query = input.value.trim();
      var address = new URLSearchParams();
      address.set('q', query);
      checkedSections().forEach(function (name) { address.append('section', name); });
      history.replaceState(null, '', '?' + address.toString());
      run(query);
    }
    var params = new URLSearchParams(window.location.search);
    var q = params.get('q');
    if (q) { input.value = q; }
    pagefind()
      .then(function (pf) { return pf.filters(); })
      .then(function (all) { renderFilters(all.section, params.getAll('section')); })
      .catch(function () { /* Filters are an extra: search still works without them. */ })
      .then(function () { if (q) { run(q); } });
    filters.addEventListener('change', submit);
    // Results as the reader types (Pagefind debounces, and drops a search that a newer one replaced).
    input.addEventListener('input', submit);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit();
    });
  }

  // In-page links into a closed section (the organisation page's domains, the home page's headline lists): open every
  // <details> around the target first, so the browser scrolls to something the reader can see.
  function openAround(id) {
    var target = id ? document.getElementById(id) : null;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === 'DETAILS' && !node.open) { node.open = true; }
    }
    return target;
  }

  function enhanceInPageLinks() {
    function fromHash() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var target = openAround(id);
      if (target) { target.scrollIntoView(); }
    }
    document.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (link) { openAround(decodeURIComponent(link.getAttribute('href').slice(1))); }
    });
    window.addEventListener('hashchange', fromHash);
    if (window.location.hash.length > 1) { fromHash(); }
  }

  // Find your organisation: a box that filters the plain list of links below it, by name or code, as the reader types.
  // Enter opens the first match; Tab moves on to the matches themselves. Without this script the list is all there is.
  function enhanceFindOrganisation() {
    document.querySelectorAll('[data-ibp-find-org]').forEach(function (box) {
      var form = box.querySelector('form');
      var input = box.querySelector('input');
      var status = box.querySelector('[role="status"]');
      var items = box.querySelectorAll('li[data-find]');
      if (!form || !input || items.length === 0) { return; }
      function visible() { return Array.prototype.filter.call(items, function (item) { return !item.hidden; }); }
      function filter() {
        var words = input.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
        items.forEach(function (item) {
          var text = item.getAttribute('data-find');
          item.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
        });
        var shown = visible().length;
        status.textContent = words.length === 0 ? '' : (shown === 0 ? 'No organisation matches.' : shown + (shown === 1 ? ' organisation matches.' : ' organisations match.'));
      }
      input.addEventListener('input', filter);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var first = visible()[0];
        if (first && input.value.trim() !== '') { window.location.href = first.querySelector('a').href; }
      });
      form.hidden = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    enhanceFilters();
    enhancePeerSelect();
    enhanceScrollRegions();
    enhanceSearch();
    enhanceInPageLinks();
    enhanceFindOrganisation();
  });
})();
