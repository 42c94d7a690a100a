import { AppError } from '../../domain/app-error';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import type { FramedLink } from '../../sync/framed-link';
import { decodeInvite, encodeInvite } from '../../sync/join/invite';
import type { Link } from '../../sync/link';
import { answerPairingOffer, createPairingOffer } from '../../sync/pairing';
import type { SyncEngine } from '../../sync/sync-engine';
import { attempt } from '../form-result';
import type { PairingAnswerView, PairingStart } from '../sync-types';
import type { SaveResult } from '../form-result';
import type { IssuedInvite } from './invites';
import type { createJoinFlow } from './join-flow';

type Deps = {
  ice: () => RTCIceServer[];
  engine: () => SyncEngine | null;
  join: ReturnType<typeof createJoinFlow>;
  workspace: () => Promise<WorkspaceInfo | null>;
  issueInvite: () => Promise<IssuedInvite>;
  admit: (link: Link, issued: IssuedInvite) => Promise<void>;
  keepForEngine: (link: FramedLink) => void;
};

const PAIRING_CODE = /(?:^|\s)(SL1\.[A-Za-z0-9_-]+)/;

/**
 * Serverless pairing (no signaling at all): one device shows an offer code (with an invite, if a new device is
 * to join), the other answers with its own code; the data channel then carries a join and/or a sync session.
 */
export function createPairingActions(d: Deps) {
  function engineOrFail(): SyncEngine {
    const e = d.engine();
    if (!e) throw new AppError('sync.e.notReady');
    return e;
  }

  return {
    start: (withInvite: boolean): Promise<SaveResult<PairingStart>> => attempt(async () => {
      if (!(await d.workspace())) throw new AppError('sync.e.noWorkspace');
      const offer = await createPairingOffer(d.ice());
      const issued = withInvite ? await d.issueInvite() : null;
      return {
        text: issued ? `${encodeInvite(issued.invite)}\n${offer.text}` : offer.text,
        accept: (answer: string) => attempt(async () => {
          const link = await offer.accept(answer.match(PAIRING_CODE)?.[1] ?? answer.trim());
          if (issued) await d.admit(link, issued);
          else engineOrFail().connect(link);
        }),
        cancel: () => offer.cancel(),
      };
    }),

    answer: (text: string): Promise<SaveResult<PairingAnswerView>> => attempt(async () => {
      const code = text.match(PAIRING_CODE)?.[1];
      if (!code) throw new AppError('pair.badCode');
      const invite = decodeInvite(text);
      const ws = await d.workspace();
      if (!ws && !invite) throw new AppError('invite.bad');
      const a = await answerPairingOffer(code, d.ice());
      const done = attempt(async () => {
        const link = await a.link;
        if (!ws) d.keepForEngine(await d.join.overLink(invite!, link, invite!.u));
        else engineOrFail().connect(link);
      });
      return { text: a.text, done };
    }),
  };
}
