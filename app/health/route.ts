import { connection } from 'next/server';
import { checkHealth } from '@/lib/health';

// For load balancers: 200 while this instance can serve, 503 with the reason when its database
// cannot be reached. Never cached: every check must ask the instance itself.
export async function GET(): Promise<Response> {
  await connection();
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'private, no-store' },
  });
}
