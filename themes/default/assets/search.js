// The search page: finds the words of its form (or of ?q= in its address, as the header's search box sends them) with
// Pagefind, in the index of the page's language (Pagefind picks it from <html lang>), and lists the pages found with
// their kind and programme. The number of results is written into a status region that screen readers announce.
// Everything it says comes from the form's data attributes, in the page's language.
const form = document.querySelector('[data-search-form]');
const input = form.querySelector('input[name="q"]');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const texts = form.dataset;
let pagefind = null;
let latest = 0;

async function engine() {
  if (pagefind === null) {
    pagefind = await import(texts.bundle + 'pagefind.js');
    // Pagefind knows the pages by their path from the site's root: under a sub-path (GitHub Pages) it is put first.
    await pagefind.options({ baseUrl: texts.base, excerptLength: 30 });
    await pagefind.init();
  }

  return pagefind;
}

function say(template, count, query) {
  return template.replace('{count}', String(count)).replace('{query}', query);
}

// Pagefind's excerpt is escaped text with <mark> around the words found: only those two are kept.
function excerpt(html) {
  const holder = document.createElement('p');
  holder.className = 'search-result__excerpt';
  const parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body.firstChild;
  for (const node of parsed ? parsed.childNodes : []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      holder.append(mark);
    } else {
      holder.append(node.textContent);
    }
  }

  return holder;
}

function item(result) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'search-result__kind';
  kind.textContent = [result.meta.kind, result.meta.programme].filter(Boolean).join(' · ');
  li.append(heading, kind, excerpt(result.excerpt || ''));
  return li;
}

async function run(query) {
  const run = ++latest;
  query = query.trim();
  const address = new URL(location.href);
  if (query) {
    address.searchParams.set('q', query);
  } else {
    address.searchParams.delete('q');
  }

  history.replaceState(null, '', address);
  if (!query) {
    status.textContent = '';
    list.replaceChildren();
    return;
  }

  status.textContent = texts.searching;
  try {
    const found = await (await engine()).search(query);
    const results = await Promise.all(found.results.map(r => r.data()));
    if (run !== latest) {
      return;
    }

    list.replaceChildren(...results.map(item));
    const count = results.length;
    status.textContent = say(count === 0 ? texts.none : count === 1 ? texts.one : texts.other, count, query);
  } catch (error) {
    if (run === latest) {
      status.textContent = texts.error;
    }

    throw error;
  }
}

form.addEventListener('submit', event => {
  event.preventDefault();
  run(input.value);
});

const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  run(initial);
}
