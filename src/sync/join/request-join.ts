import { AppError } from '../../domain/app-error';
import type { FramedLink } from '../framed-link';
import { encodeMessage } from '../messages';
import { joinProof, type JoinRequest } from './join-proof';
import { openWelcome, type Welcome } from './welcome';

/**
 * The joining side: sends the device's public identity with the invite proof and waits (as long as the admin
 * takes to approve) for the welcome. The link then carries the first sync session.
 */
export async function requestJoin(link: FramedLink, secret: Uint8Array, request: JoinRequest): Promise<Welcome> {
  const proof = await joinProof(secret, request);
  return new Promise<Welcome>((resolve, reject) => {
    link.listen(
      (m) => {
        if (m.t === 'refuse') {
          link.pause();
          link.close(m.reason);
          return reject(new AppError(m.reason === 'join.refused' ? 'join.refused' : 'join.failed'));
        }
        if (m.t !== 'welcome') return;
        link.pause();
        void openWelcome(secret, m.bins[0]!).then((w) => {
          if (w) resolve(w);
          else {
            link.close('join.badWelcome');
            reject(new AppError('join.failed'));
          }
        });
      },
      (why) => reject(new AppError('join.disconnected', undefined, { why })),
    );
    void link.send(encodeMessage('join', request, [proof])).catch(() => undefined);
  });
}
