import type { FastifyRequest } from 'fastify';

/**
 * How a request appears in the logs: its path without the query string, which
 * may carry secrets (reset and registration links' tokens) and personal data
 * (tRPC query inputs such as an email to export).
 */
export function requestLogValue(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
