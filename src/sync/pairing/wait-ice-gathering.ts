/**
 * Resolves when the connection has gathered all its ICE candidates, or after `timeoutMs` with what it has
 * (a STUN server that never answers must not block pairing; host candidates come within milliseconds).
 */
export function waitIceGathering(pc: RTCPeerConnection, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    const done = () => {
      clearTimeout(timer);
      pc.removeEventListener('icegatheringstatechange', changed);
      resolve();
    };
    const changed = () => pc.iceGatheringState === 'complete' && done();
    const timer = setTimeout(done, timeoutMs);
    pc.addEventListener('icegatheringstatechange', changed);
  });
}
