// @vitest-environment jsdom
// public/enhance.js on the server-rendered controls: what the public pages do in the browser.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ShareButtons } from '@/components/article/share-buttons';
import { CommentForm, type CommentFormLabels } from '@/components/comments/comment-form';
import { CommentLinkCopier } from '@/components/comments/comment-link-copier';
import { CommentOrder } from '@/components/comments/comment-order';
import { ThemeToggle } from '@/components/layout/theme-toggle';
import { themeAttribute, themeStorageKey } from '@/lib/site/theme';
import { loadEnhanceScript, settle } from '../support/enhance';

beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = () => {};
  loadEnhanceScript();
});
beforeEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute(themeAttribute);
});
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/**
 * The markup as the server sends it, with no React in the page: as the public pages arrive
 * (React in the test would take over the comment form's submission itself).
 */
function renderStatic(element: ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = renderToStaticMarkup(element);
  document.body.append(container);
}

/** The browser's clipboard, which jsdom does not have: one that keeps what is written. */
function stubClipboard(refuse = false) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async (text: string) => {
        if (refuse) throw new DOMException('denied', 'NotAllowedError');
        written.push(text);
      },
    },
  });
  return written;
}

describe('theme', () => {
  const labels = { group: 'Colour theme', system: 'System', light: 'Light', dark: 'Dark' };

  test('hidden and disabled until the script runs, then shows the current choice', async () => {
    document.documentElement.setAttribute(themeAttribute, 'dark');
    const { container } = render(<ThemeToggle labels={labels} />);
    const fieldset = container.querySelector('fieldset');
    await settle();
    expect(fieldset?.classList.contains('invisible')).toBe(false);
    const dark = screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement;
    expect(dark.checked).toBe(true);
    expect(dark.disabled).toBe(false);
  });

  test('a choice applies at once and is remembered; System forgets it', async () => {
    render(<ThemeToggle labels={labels} />);
    await settle();
    expect((screen.getByRole('radio', { name: 'System' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.getAttribute(themeAttribute)).toBe('light');
    expect(localStorage.getItem(themeStorageKey)).toBe('light');
    fireEvent.click(screen.getByRole('radio', { name: 'System' }));
    expect(document.documentElement.hasAttribute(themeAttribute)).toBe(false);
    expect(localStorage.getItem(themeStorageKey)).toBeNull();
  });

  test("another tab's choice applies here too", async () => {
    render(<ThemeToggle labels={labels} />);
    await settle();
    window.dispatchEvent(new StorageEvent('storage', { key: themeStorageKey, newValue: 'dark' }));
    expect(document.documentElement.getAttribute(themeAttribute)).toBe('dark');
    expect((screen.getByRole('radio', { name: 'Dark' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('share', () => {
  const labels = {
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
    copyFallback: 'Copy this link:',
    shareNative: 'Share…',
  };
  const url = 'https://news.example/articles/a';

  test('Copy link copies the URL and says so; the share sheet button only where there is one', async () => {
    const written = stubClipboard();
    render(<ShareButtons url={url} title="A" labels={labels} />);
    await settle();
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await settle();
    expect(written).toEqual([url]);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  test('without a clipboard, the link is shown selected to copy by hand', async () => {
    stubClipboard(true);
    render(<ShareButtons url={url} title="A" labels={labels} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await settle();
    const input = screen.getByRole('textbox', { name: 'Copy this link:' }) as HTMLInputElement;
    expect(input.value).toBe(url);
    expect(document.activeElement).toBe(input);
  });

  test('the device share sheet gets the URL and title', async () => {
    const shared: ShareData[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      share: async (data: ShareData) => void shared.push(data),
    });
    render(<ShareButtons url={url} title="A headline" labels={labels} />);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Share…' }));
    expect(shared).toEqual([{ url, title: 'A headline' }]);
  });
});

describe('comments', () => {
  test('Newest first reverses the threads and back, and is not offered for one thread', async () => {
    render(
      <CommentOrder label="Newest first" listId="threads">
        <li>first</li>
        <li>second</li>
        <li>third</li>
      </CommentOrder>,
    );
    await settle();
    const toggle = screen.getByRole('button', { name: 'Newest first' });
    const items = () => screen.getAllByRole('listitem').map((item) => item.textContent);
    fireEvent.click(toggle);
    expect(items()).toEqual(['third', 'second', 'first']);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    expect(items()).toEqual(['first', 'second', 'third']);
    cleanup();

    render(
      <CommentOrder label="Newest first" listId="threads">
        <li>only</li>
      </CommentOrder>,
    );
    await settle();
    expect(screen.queryByRole('button', { name: 'Newest first' })).toBeNull();
  });

  test("a comment's Copy link copies its full permalink without the query", async () => {
    const written = stubClipboard();
    window.history.replaceState(null, '', '/articles/a?x=1');
    render(
      <>
        <a href="#comment-7" data-copy-link="">
          Copy link to this comment
        </a>
        <CommentLinkCopier copiedLabel="Link copied" />
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Copy link to this comment' }));
    await settle();
    expect(written).toEqual([`${window.location.origin}/articles/a#comment-7`]);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  const labels: CommentFormLabels = {
    required: 'Required',
    name: 'Name',
    email: 'Email',
    emailHint: 'Never shown.',
    comment: 'Comment',
    commentHint: 'Up to 3,000 characters.',
    honeypot: 'Leave empty',
    submit: 'Post comment',
    submitting: 'Posting…',
    thanks: 'Thank you',
    statusLinkIntro: 'Follow it here:',
    postAnother: 'Post another comment',
    replyingTo: 'Replying to {name}',
    cancelReply: 'Cancel reply',
  };
  const limits = { nameMax: 80, emailMax: 254, bodyMin: 2, bodyMax: 3000 };
  const never = async () => ({ status: 'idle' }) as const;

  test('Reply names the comment, sets it as the parent, and Cancel reply undoes it', async () => {
    renderStatic(
      <>
        <a href="#comment-form" data-reply-to="12" data-reply-name="Rêbaz">
          Reply
        </a>
        <CommentForm articleSlug="a" limits={limits} labels={labels} action={never} />
      </>,
    );
    await settle();
    const parent = document.querySelector<HTMLInputElement>('input[name="parentId"]');
    expect(screen.queryByText('Replying to Rêbaz')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Reply' }));
    expect(screen.getByText('Replying to Rêbaz')).toBeTruthy();
    expect(parent?.value).toBe('12');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Comment/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reply' }));
    expect(screen.queryByText('Replying to Rêbaz')).toBeNull();
    expect(parent?.value).toBe('');
  });

  test('the button says Posting… and a second press does not post again', async () => {
    renderStatic(<CommentForm articleSlug="a" limits={limits} labels={labels} action={never} />);
    await settle();
    const form = document.querySelector('form') as HTMLFormElement;
    const submits: boolean[] = [];
    // Registered after the script's listener, so it sees what the script decided.
    const record = (event: Event) => {
      submits.push(event.defaultPrevented);
      event.preventDefault(); // jsdom cannot navigate
    };
    document.addEventListener('submit', record);
    try {
      fireEvent.submit(form);
      const button = screen.getByRole('button', { name: 'Posting…' }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      fireEvent.submit(form);
      expect(submits).toEqual([false, true]);
    } finally {
      document.removeEventListener('submit', record);
    }
  });
});
