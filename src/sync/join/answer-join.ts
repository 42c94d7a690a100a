import type { FramedLink } from '../framed-link';
import { encodeMessage } from '../messages';
import { equalBytes } from '../../crypto/bytes';
import { joinProof, type JoinRequest } from './join-proof';
import { sealWelcome, type Welcome } from './welcome';

/**
 * The admin side of an invite link: waits for a join request carrying a valid proof of the invite secret, asks
 * `decide` (the admin looks at the fingerprint and picks a person and roles), then sends the sealed welcome or a
 * refusal. Resolves true once welcomed: the link then carries the first sync session.
 */
export function answerJoin(
  link: FramedLink, secret: Uint8Array, decide: (r: JoinRequest) => Promise<Welcome | null>, log: (reason: string) => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    let asked = false;
    link.listen(
      (m) => {
        if (m.t !== 'join' || asked) return;
        asked = true;
        link.pause();
        const request: JoinRequest = { deviceId: m.deviceId, name: m.name, signPublic: m.signPublic, agreePublic: m.agreePublic };
        void (async () => {
          if (!equalBytes(await joinProof(secret, request), m.bins[0]!)) {
            log('join.badProof');
            await link.send(encodeMessage('refuse', { reason: 'join.badProof' })).catch(() => undefined);
            link.close('join.badProof');
            return resolve(false);
          }
          const welcome = await decide(request).catch(() => null);
          if (!welcome) {
            await link.send(encodeMessage('refuse', { reason: 'join.refused' })).catch(() => undefined);
            link.close('join.refused');
            return resolve(false);
          }
          await link.send(encodeMessage('welcome', {}, [await sealWelcome(secret, welcome)]));
          resolve(true);
        })();
      },
      () => resolve(false),
    );
  });
}
