import { AppError } from '../../domain/app-error';
import type { Link } from '../link';
import { GATHER_TIMEOUT, OPEN_TIMEOUT } from './create-pairing-offer';
import { linkWhenOpen } from './link-when-open';
import { decodePairingCode, encodePairingCode } from './pairing-code';
import { waitIceGathering } from './wait-ice-gathering';

/** The second half of a serverless pairing: show `text` to the offering device, then wait for `link`. */
export type PairingAnswer = {
  /** The answer code ('SL1.…') for the device that made the offer. */
  text: string;
  /** The Link once the offering device has accepted the answer; rejects with 'pair.timeout' / 'pair.failed'. */
  link: Promise<Link>;
  /** Abandons the pairing (closes the connection). */
  cancel(): void;
};

/**
 * Answers a pairing code from createPairingOffer. Throws AppError 'pair.badCode', 'pair.otherVersion' or
 * 'pair.notOffer' for a wrong code, before any connection is made.
 */
export async function answerPairingOffer(offerText: string, iceServers: RTCIceServer[] = []): Promise<PairingAnswer> {
  const offer = await decodePairingCode(offerText);
  if (offer.type !== 'offer') throw new AppError('pair.notOffer');
  const pc = new RTCPeerConnection({ iceServers });
  const channel = pc.createDataChannel('safeledger', { negotiated: true, id: 0, ordered: true });
  try {
    const link = linkWhenOpen(pc, channel, OPEN_TIMEOUT);
    link.catch(() => undefined); // the caller may await `link` later; no unhandled rejection meanwhile
    await pc.setRemoteDescription(offer);
    await pc.setLocalDescription(await pc.createAnswer());
    await waitIceGathering(pc, GATHER_TIMEOUT);
    return { text: await encodePairingCode(pc.localDescription!), link, cancel: () => pc.close() };
  } catch (err) {
    pc.close();
    throw err;
  }
}
