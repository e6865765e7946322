// @ts-check
// What the site's pages do in the browser, on top of HTML that works without it. The public
// pages are sent without React's runtime (scripts/server/documents.mjs says why), so this is
// all the JavaScript a reader downloads there: one small file, cached, run once per page.
//
// Every control is rendered on the server with what it needs in data- attributes (labels in
// the page's language, storage keys); here only behaviour. Handlers are delegated from the
// document, so controls added later (the console's client navigation) work too. Controls that
// can do nothing without JavaScript are rendered hidden and shown here.

(() => {
  // Once per document, however often the file is included.
  const loaded = Symbol.for('newsroom.enhance');
  if (Reflect.get(window, loaded)) return;
  Reflect.set(window, loaded, true);
  const root = document.documentElement;

  /** @param {string} key @param {string | null} value */
  const save = (key, value) => {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Private mode or storage disabled: the choice still applies to this page.
    }
  };

  /**
   * @template {Element} T
   * @param {Event} event @param {string} selector
   * @returns {T | null}
   */
  const from = (event, selector) =>
    event.target instanceof Element ? /** @type {T | null} */ (event.target.closest(selector)) : null;

  // Text size: A+ / A- change <html data-text-size>, which the stylesheet scales text by.
  /** @param {HTMLElement} group */
  const textSizeOf = (group) => {
    const steps = Number(group.dataset.steps);
    const fallback = Number(group.dataset.default);
    const value = root.getAttribute('data-text-size');
    const step = value !== null && /^\d$/.test(value) ? Number(value) : fallback;
    return { steps, fallback, step: step < steps ? step : fallback };
  };
  const syncTextSize = () => {
    for (const group of document.querySelectorAll('[data-text-size-controls]')) {
      if (!(group instanceof HTMLElement)) continue;
      const { steps, step } = textSizeOf(group);
      for (const button of group.querySelectorAll('button[data-change]')) {
        if (!(button instanceof HTMLButtonElement)) continue;
        const change = Number(button.dataset.change);
        button.disabled = change > 0 ? step >= steps - 1 : step <= 0;
      }
    }
  };
  /** @param {number} step @param {number} fallback */
  const applyTextSize = (step, fallback) => {
    if (step === fallback) root.removeAttribute('data-text-size');
    else root.setAttribute('data-text-size', String(step));
    syncTextSize();
  };

  // Theme: System / Light / Dark radio buttons set <html data-theme>; "System" removes it.
  const syncTheme = () => {
    const theme = root.getAttribute('data-theme') ?? 'system';
    for (const group of document.querySelectorAll('[data-theme-toggle]')) {
      for (const radio of group.querySelectorAll('input[type="radio"]')) {
        if (!(radio instanceof HTMLInputElement)) continue;
        radio.checked = radio.value === theme;
        radio.disabled = false;
      }
      group.classList.remove('invisible');
    }
  };

  // Comment order: "Newest first" reverses the server-rendered threads, fetching nothing.
  const showCommentOrder = () => {
    for (const button of document.querySelectorAll('button[data-comment-order]')) {
      const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (button instanceof HTMLElement && list && list.children.length > 1) button.hidden = false;
    }
  };

  // Share: Copy link, and the device's share sheet where there is one.
  const showShare = () => {
    for (const share of document.querySelectorAll('[data-share]')) {
      if (!(share instanceof HTMLElement)) continue;
      share.hidden = false;
      const native = share.querySelector('[data-share-native]');
      if (native instanceof HTMLElement) native.hidden = typeof navigator.share !== 'function';
    }
  };

  /** @param {HTMLElement} share */
  const copyShareLink = async (share) => {
    const url = share.dataset.url ?? '';
    const status = share.querySelector('[data-share-status]');
    if (!(status instanceof HTMLElement)) return;
    try {
      await navigator.clipboard.writeText(url);
      const done = document.createElement('span');
      done.className = status.dataset.copiedClass ?? '';
      done.textContent = status.dataset.copied ?? '';
      status.replaceChildren(done);
    } catch {
      // No clipboard (or no permission): the link, selected, to copy by hand.
      const label = document.createElement('label');
      label.className = status.dataset.fallbackClass ?? '';
      const input = document.createElement('input');
      input.readOnly = true;
      input.value = url;
      input.className = status.dataset.inputClass ?? '';
      input.addEventListener('focus', () => input.select());
      label.append(status.dataset.fallback ?? '', input);
      status.replaceChildren(label);
      input.focus();
    }
  };

  // A comment's "Copy link": the plain link goes to its permalink; here the full URL is copied.
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let copiedTimer;
  /** @param {HTMLAnchorElement} link */
  const copyCommentLink = async (link) => {
    const url = new URL(link.getAttribute('href') ?? '', window.location.href);
    url.search = '';
    const status = document.querySelector('[data-link-copied]');
    try {
      await navigator.clipboard.writeText(url.toString());
      history.replaceState(history.state, '', url.hash);
      if (status instanceof HTMLElement) {
        status.textContent = status.dataset.linkCopied ?? '';
        clearTimeout(copiedTimer);
        copiedTimer = setTimeout(() => (status.textContent = ''), 3000);
      }
    } catch {
      window.location.hash = url.hash; // no clipboard: at least the permalink in the address bar
    }
  };

  // The comment form: replying to a comment, the button while posting, and focus on the answer.
  /** @param {HTMLFormElement} form @param {{ id: string, name: string } | undefined} reply */
  const setReply = (form, reply) => {
    const parent = form.elements.namedItem('parentId');
    if (parent instanceof HTMLInputElement) parent.value = reply?.id ?? '';
    const banner = form.querySelector('[data-reply-banner]');
    if (!(banner instanceof HTMLElement)) return;
    const text = banner.querySelector('[data-reply-text]');
    if (text instanceof HTMLElement)
      text.textContent = (banner.dataset.template ?? '').replace('{name}', reply?.name ?? '');
    banner.hidden = reply === undefined;
  };

  /** @param {HTMLFormElement} form @param {boolean} posting */
  const setPosting = (form, posting) => {
    const button = form.querySelector('button[type="submit"]');
    if (!(button instanceof HTMLButtonElement)) return;
    if (posting) {
      button.dataset.label ??= button.textContent ?? '';
      button.textContent = button.dataset.submitting ?? button.dataset.label;
    } else if (button.dataset.label !== undefined) button.textContent = button.dataset.label;
    button.disabled = posting;
    form.toggleAttribute('data-posting', posting);
  };

  // After a post, the thanks stand where the form was; the empty form waits hidden below them.
  /** @param {HTMLFormElement} form */
  const showForm = (form) => {
    if (!form.hidden) return;
    form.hidden = false;
    document.querySelector('[data-comment-thanks]')?.remove();
  };

  // After a post the page comes back with the answer: focus goes to it, so keyboard and screen
  // reader users land there (the thanks, else the first field in error, else the form's message).
  const focusAnswer = () => {
    const thanks = document.querySelector('[data-comment-thanks]');
    if (thanks instanceof HTMLElement) return thanks.focus();
    const form = document.querySelector('form[data-comment-form]');
    const target =
      form?.querySelector('[aria-invalid="true"]') ?? form?.querySelector('[role="alert"]');
    if (target instanceof HTMLElement) target.focus();
  };

  document.addEventListener('click', (event) => {
    const sizeButton = from(event, '[data-text-size-controls] button[data-change]');
    if (sizeButton instanceof HTMLButtonElement) {
      const group = sizeButton.closest('[data-text-size-controls]');
      if (!(group instanceof HTMLElement)) return;
      const { steps, fallback, step } = textSizeOf(group);
      const next = Math.min(steps - 1, Math.max(0, step + Number(sizeButton.dataset.change)));
      applyTextSize(next, fallback);
      if (group.dataset.storageKey) save(group.dataset.storageKey, String(next));
      return;
    }
    const order = from(event, 'button[data-comment-order]');
    if (order) {
      const list = document.getElementById(order.getAttribute('aria-controls') ?? '');
      if (!list) return;
      list.append(...[...list.children].reverse());
      order.setAttribute('aria-pressed', String(order.getAttribute('aria-pressed') !== 'true'));
      return;
    }
    const copy = from(event, '[data-share] [data-share-copy]');
    if (copy) {
      const share = copy.closest('[data-share]');
      if (share instanceof HTMLElement) void copyShareLink(share);
      return;
    }
    const native = from(event, '[data-share] [data-share-native]');
    if (native) {
      const share = native.closest('[data-share]');
      if (share instanceof HTMLElement)
        navigator.share({ url: share.dataset.url, title: share.dataset.title }).catch(() => {});
      return;
    }
    const commentLink = from(event, 'a[data-copy-link]');
    if (commentLink instanceof HTMLAnchorElement && navigator.clipboard) {
      event.preventDefault();
      void copyCommentLink(commentLink);
      return;
    }
    const replyLink = from(event, 'a[data-reply-to]');
    const form = document.querySelector('form[data-comment-form]');
    if (replyLink instanceof HTMLAnchorElement && form instanceof HTMLFormElement) {
      event.preventDefault();
      showForm(form);
      setReply(form, { id: replyLink.dataset.replyTo ?? '', name: replyLink.dataset.replyName ?? '' });
      form.scrollIntoView({ block: 'start' });
      const body = form.elements.namedItem('body');
      if (body instanceof HTMLElement) body.focus();
      return;
    }
    const another = from(event, '[data-post-another]');
    if (another && form instanceof HTMLFormElement) {
      showForm(form);
      const first = form.querySelector('input:not([type="hidden"])');
      if (first instanceof HTMLElement) first.focus();
      return;
    }
    const cancel = from(event, '[data-reply-cancel]');
    if (cancel && form instanceof HTMLFormElement) setReply(form, undefined);
  });

  document.addEventListener('change', (event) => {
    const radio = from(event, '[data-theme-toggle] input[type="radio"]');
    if (!(radio instanceof HTMLInputElement)) return;
    const group = radio.closest('[data-theme-toggle]');
    const key = group instanceof HTMLElement ? group.dataset.storageKey : undefined;
    if (radio.value === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', radio.value);
    if (key) save(key, radio.value === 'system' ? null : radio.value);
    syncTheme();
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches('[data-comment-form]')) return;
    // A second press while the first post is on its way would post the comment twice.
    if (form.hasAttribute('data-posting')) event.preventDefault();
    else setPosting(form, true);
  });

  // Back to a page kept in the browser's memory: the form is usable again.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    for (const form of document.querySelectorAll('form[data-comment-form]'))
      if (form instanceof HTMLFormElement) setPosting(form, false);
  });

  // Other open tabs keep in step with a change made in one.
  window.addEventListener('storage', (event) => {
    const sizes = document.querySelector('[data-text-size-controls]');
    if (sizes instanceof HTMLElement && event.key === sizes.dataset.storageKey) {
      const { steps, fallback } = textSizeOf(sizes);
      const value = event.newValue;
      const step = value !== null && /^\d$/.test(value) && Number(value) < steps ? Number(value) : fallback;
      applyTextSize(step, fallback);
    }
    const themes = document.querySelector('[data-theme-toggle]');
    if (themes instanceof HTMLElement && event.key === themes.dataset.storageKey) {
      if (event.newValue === 'light' || event.newValue === 'dark')
        root.setAttribute('data-theme', event.newValue);
      else root.removeAttribute('data-theme');
      syncTheme();
    }
  });

  // Controls rendered later (the console navigates without reloading) are brought in step too.
  const refresh = () => {
    for (const button of document.querySelectorAll('[data-post-another]'))
      if (button instanceof HTMLElement) button.hidden = false;
    syncTextSize();
    syncTheme();
    showCommentOrder();
    showShare();
  };
  const start = () => {
    refresh();
    focusAnswer();
    new MutationObserver(refresh).observe(document.body, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
