import { AppError } from '../../domain/app-error';
import type { Link } from '../link';
import { createDataChannelLink } from '../webrtc/datachannel-link';

/**
 * Resolves with a Link (kind 'pairing') once the data channel opens; rejects with AppError('pair.timeout') after
 * `timeoutMs` or AppError('pair.failed') when the connection fails, closing the connection in both cases.
 * Closing the Link closes the connection.
 */
export function linkWhenOpen(pc: RTCPeerConnection, channel: RTCDataChannel, timeoutMs: number): Promise<Link> {
  return new Promise((resolve, reject) => {
    const give = (reason: string) => {
      clearTimeout(timer);
      pc.close();
      reject(new AppError(reason));
    };
    const timer = setTimeout(() => give('pair.timeout'), timeoutMs);
    pc.addEventListener('connectionstatechange', () => {
      if (pc.connectionState === 'failed' && channel.readyState !== 'open') give('pair.failed');
    });
    channel.addEventListener('open', () => {
      clearTimeout(timer);
      const link = createDataChannelLink(channel, 'pairing', () => pc.close());
      // After open, a failed connection ends the link like a closed channel does.
      pc.addEventListener('connectionstatechange', () => pc.connectionState === 'failed' && link.close('connection failed'));
      resolve(link);
    });
  });
}
