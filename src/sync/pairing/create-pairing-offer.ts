import { AppError } from '../../domain/app-error';
import type { Link } from '../link';
import { linkWhenOpen } from './link-when-open';
import { decodePairingCode, encodePairingCode } from './pairing-code';
import { waitIceGathering } from './wait-ice-gathering';

/** Waiting for ICE candidates (only STUN/TURN can take long). */
export const GATHER_TIMEOUT = 5_000;
/** From having both codes to an open channel. */
export const OPEN_TIMEOUT = 30_000;

/** The first half of a serverless pairing: show `text` (QR code or copy), then accept the other side's answer. */
export type PairingOffer = {
  /** The pairing code ('SL1.…'), short enough for a QR code. */
  text: string;
  /**
   * Applies the answer code; resolves with the Link once connected. Throws AppError 'pair.badCode',
   * 'pair.otherVersion', 'pair.notAnswer' for a wrong code; 'pair.timeout' or 'pair.failed' when no connection.
   */
  accept(answerText: string): Promise<Link>;
  /** Abandons the offer (closes the connection). */
  cancel(): void;
};

/**
 * Starts a pairing without any server: creates a connection with one data channel, gathers all ICE candidates
 * (non-trickle) and encodes the offer as a pairing code. Without iceServers only host candidates (same LAN).
 */
export async function createPairingOffer(iceServers: RTCIceServer[] = []): Promise<PairingOffer> {
  const pc = new RTCPeerConnection({ iceServers });
  // Negotiated id 0 on both sides: the answerer needs no 'datachannel' event.
  const channel = pc.createDataChannel('safeledger', { negotiated: true, id: 0, ordered: true });
  try {
    await pc.setLocalDescription(await pc.createOffer());
    await waitIceGathering(pc, GATHER_TIMEOUT);
    const text = await encodePairingCode(pc.localDescription!);
    return {
      text,
      async accept(answerText) {
        const answer = await decodePairingCode(answerText);
        if (answer.type !== 'answer') throw new AppError('pair.notAnswer');
        const link = linkWhenOpen(pc, channel, OPEN_TIMEOUT);
        link.catch(() => undefined); // rejections reach the caller through the return below
        try {
          await pc.setRemoteDescription(answer);
        } catch {
          pc.close();
          throw new AppError('pair.failed');
        }
        return link;
      },
      cancel: () => pc.close(),
    };
  } catch (err) {
    pc.close();
    throw err;
  }
}
