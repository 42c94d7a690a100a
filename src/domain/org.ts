import { z } from 'zod';
import { checkUscc } from './uscc';
import type { BlobId, DepartmentId, PostId } from './ids';
import { optional, requiredText, text, V } from './text';

export const INDUSTRIES = [
  'manufacturing', 'hazchem', 'mining', 'metallurgy', 'fireworks', 'construction', 'trade', 'logistics', 'other',
] as const;
/** Industries that 3号令 counts as high-risk (the user can still set the flag by hand). */
export const HIGH_RISK_INDUSTRIES: readonly string[] = ['hazchem', 'mining', 'metallurgy', 'fireworks'];

export const uscc = z.string().transform((raw, ctx) => {
  const r = checkUscc(raw);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.reason === 'format' ? V.usccFormat : V.usccCheck });
    return z.NEVER;
  }
  return r.value;
});

/** Enterprise profile held by the `org` doc. */
export const OrgProfileInput = z.object({
  name: requiredText(60),
  uscc: optional(uscc),
  industry: z.enum(INDUSTRIES, { error: V.enumValue }),
  highRisk: z.boolean(),
  address: optional(text(120)),
  contact: optional(text(30)),
  logoBlobId: optional(z.string().max(100).transform((s) => s as BlobId)),
});
export type OrgProfile = z.output<typeof OrgProfileInput>;

/** A department; its 2-letter code appears in record numbers (e.g. 2024-CG-SC-015). */
export const DepartmentInput = z.object({
  name: requiredText(40),
  code: z
    .string()
    .transform((s) => s.trim().toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}$/, { error: V.deptCode })),
});
export type DepartmentInput = z.output<typeof DepartmentInput>;
export type Department = DepartmentInput & { id: DepartmentId };

/**
 * A post (岗位); qualifications are codes from the special-operations catalog or certificate kinds (see
 * domain/compliance parseQualification: 'so:1:1.2', 'kind:hazchem-manager', 'kind:other:<name>'). Free text
 * entered before codes existed is kept as is and shown, but not enforced. 60 characters fit 'kind:other:' + a
 * 40-character certificate name.
 */
export const PostInput = z.object({
  name: requiredText(40),
  departmentId: optional(z.string().max(40).transform((s) => s as DepartmentId)),
  qualifications: z.array(text(60)).max(20).default([]),
});
export type PostInput = z.output<typeof PostInput>;
export type Post = PostInput & { id: PostId };
