/**
 * Preload (`node --import`) that makes every `http.Server#listen(port)` bind to `SIGNALING_HOST`
 * instead of all interfaces, and reports the bound address on stdout as `LISTENING <host> <port>`.
 *
 * y-webrtc's signaling bin reads only PORT and calls `server.listen(port)`; patching here keeps
 * the real server unmodified while never exposing it beyond the chosen interface.
 */
import http from 'node:http';

const host = process.env.SIGNALING_HOST || '127.0.0.1';
const listen = http.Server.prototype.listen;

http.Server.prototype.listen = function listenOnHost(...args) {
  // Only the `listen(port[, cb])` form is rewritten; callers that pass a host or options keep theirs.
  if ((typeof args[0] === 'number' || typeof args[0] === 'string') && typeof args[1] !== 'string') {
    args.splice(1, 0, host);
  }
  this.once('listening', () => {
    const address = this.address();
    if (address && typeof address === 'object') {
      process.stdout.write(`LISTENING ${address.address} ${address.port}\n`);
    }
  });
  return listen.apply(this, args);
};

// Set by startSignaling(): the server must not outlive its parent, even when the parent is SIGKILLed.
if (process.env.SIGNALING_EXIT_WITH_PARENT === '1') {
  process.stdin.on('end', () => process.exit(0)).resume();
}
