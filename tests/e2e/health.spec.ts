import { expect, test } from '@playwright/test';

test('the health check says the instance and its database are up, and is never cached', async ({
  request,
}) => {
  for (let i = 0; i < 2; i += 1) {
    const response = await request.get('/health');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  }
});

test('a path below the health check is not found', async ({ request }) => {
  expect((await request.get('/health/extra')).status()).toBe(404);
});
