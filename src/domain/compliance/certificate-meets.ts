import type { Certificate } from '../certificates/certificate';
import { normalizeCertName, type Qualification } from './qualification';

/** Whether `cert` is the kind of certificate `q` asks for (its state today is judged apart, by standing()). */
export function certificateMeets(cert: Pick<Certificate, 'kind' | 'kindName' | 'category' | 'item'>, q: Qualification): boolean {
  switch (q.type) {
    case 'so':
      return cert.kind === 'special-operations' && cert.category === q.category && (q.item === undefined || cert.item?.trim() === q.item);
    case 'kind':
      return cert.kind === q.kind;
    case 'other':
      return cert.kind === 'other' && normalizeCertName(cert.kindName ?? '') === normalizeCertName(q.name);
    case 'legacy':
      return false;
  }
}
