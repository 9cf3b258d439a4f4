/**
 * Preloaded into `next start` by scripts/start.ts (`node --require`): stamps every request with
 * the address of the socket it came in on, in a header no client can set (any copy it sends is
 * overwritten). Next.js gives route handlers no socket address, and it fills X-Forwarded-For only
 * when the request has none — so without a proxy, that header is whatever the client wrote, and
 * sign-in throttling by address (lib/client-address.ts) could be dodged by changing it.
 */
const http = require("node:http");

const HEADER = "x-tracker-socket-address";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function stampSocketAddress(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return emit.call(this, event, request, ...rest);
};
