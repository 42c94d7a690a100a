import { otherKindsByName, type OtherCertKind } from '../../domain/certificates/other-cert-kind';
import type { SafeLedgerDb } from '../db';

/** The enterprise's configured certificate kinds that parse, by name (设置 › 其他证书种类, the certificate form). */
export async function otherCertKinds(db: SafeLedgerDb): Promise<OtherCertKind[]> {
  return [...otherKindsByName(await db.certKinds.toArray()).values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
