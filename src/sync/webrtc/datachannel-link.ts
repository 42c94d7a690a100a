import { MAX_FRAME, type Link } from '../link';

/** Above this many queued bytes, send() waits; it resumes when the queue drains to LOW_WATER. */
const HIGH_WATER = 1024 * 1024;
const LOW_WATER = 256 * 1024;

/**
 * Wraps an open, reliable and ordered RTCDataChannel as a Link. Backpressure: send() resolves at once while the
 * channel's bufferedAmount is below HIGH_WATER, else on the next `bufferedamountlow`. Frames that arrive before
 * onFrame is set are kept for it. `onClosed` (the owner's hook, e.g. to close the peer connection) runs once.
 */
export function createDataChannelLink(channel: RTCDataChannel, kind: string, onClosed?: (reason: string) => void): Link {
  channel.binaryType = 'arraybuffer';
  channel.bufferedAmountLowThreshold = LOW_WATER;
  let onFrame: ((frame: Uint8Array) => void) | undefined;
  let onClose: ((reason: string) => void) | undefined;
  let closedFor: string | undefined;
  const early: Uint8Array[] = [];
  let waiters: { resolve: () => void; reject: (e: Error) => void }[] = [];

  function finish(reason: string) {
    if (closedFor !== undefined) return;
    closedFor = reason;
    for (const w of waiters) w.reject(new Error(`link closed: ${reason}`));
    waiters = [];
    channel.close();
    onClosed?.(reason);
    onClose?.(reason);
  }

  channel.onmessage = (e: MessageEvent) => {
    if (closedFor !== undefined) return;
    if (!(e.data instanceof ArrayBuffer)) return finish('text message on a binary link');
    if (e.data.byteLength > MAX_FRAME) return finish(`frame of ${e.data.byteLength} bytes exceeds MAX_FRAME`);
    const frame = new Uint8Array(e.data);
    if (onFrame) onFrame(frame);
    else early.push(frame);
  };
  channel.onbufferedamountlow = () => {
    const ready = waiters;
    waiters = [];
    for (const w of ready) w.resolve();
  };
  channel.onclose = () => finish('channel closed');
  channel.onerror = (e) => finish(`channel error: ${(e as RTCErrorEvent).error?.message ?? 'unknown'}`);

  return {
    kind,
    send(frame) {
      if (closedFor !== undefined) return Promise.reject(new Error(`link closed: ${closedFor}`));
      if (frame.byteLength > MAX_FRAME) return Promise.reject(new RangeError(`frame of ${frame.byteLength} bytes > MAX_FRAME`));
      try {
        channel.send(frame as Uint8Array<ArrayBuffer>);
      } catch (err) {
        finish(`send failed: ${String(err)}`);
        return Promise.reject(new Error(`link closed: ${closedFor}`));
      }
      if (channel.bufferedAmount <= HIGH_WATER) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    onFrame(cb) {
      onFrame = cb;
      for (const f of early.splice(0)) cb(f);
    },
    onClose(cb) {
      onClose = cb;
      if (closedFor !== undefined) queueMicrotask(() => cb(closedFor!));
    },
    close(reason = 'closed locally') {
      finish(reason);
    },
  };
}
