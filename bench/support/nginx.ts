// nginx serving files from a folder, with its own config on a loopback port: the physical limit
// for serving the same bytes on this machine. One worker, as the Node servers have one thread.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startServer, type Server } from './processes';

export async function startNginx(dir: string, port: number, readyPath: string): Promise<Server> {
  mkdirSync(path.join(dir, 'logs'), { recursive: true });
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/html;
    default_type text/html;
    location / { try_files $uri $uri.html =404; }
  }
}
`,
  );
  return startServer('nginx', ['-c', config, '-p', dir], { port, readyPath });
}
