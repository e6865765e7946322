// @vitest-environment jsdom
import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { useHydrated } from '@/components/hooks/use-hydrated';

function Probe() {
  return <p>{useHydrated() ? 'interactive' : 'static'}</p>;
}

test('false in the server HTML and during hydration, true once hydrated', async () => {
  const html = renderToString(<Probe />);
  expect(html).toBe('<p>static</p>');
  const container = document.createElement('div');
  container.innerHTML = html;
  const mismatches: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, <Probe />, { onRecoverableError: (error) => mismatches.push(error) });
  });
  expect(mismatches).toEqual([]);
  expect(container.innerHTML).toBe('<p>interactive</p>');
});
