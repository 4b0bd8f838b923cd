import type { MessageKey } from '../../../i18n/catalog';
import { minorDigits } from '../../shared/format';
import type { ClaimForLines, ClaimLine, LineDecisionInput } from '../../types';

export type LineVerdict = LineDecisionInput['decision'];

/** What the reviewer has entered for one line: the amount as typed (major units), so a half-typed number stays. */
export interface LineDraft {
  decision: LineVerdict;
  amount: string;
  reasonCode: string;
}

/** The review forms whose task decides a claim's lines first (the host's line-decision route accepts these only). */
export const lineReviewForms = ['claim-review', 'claim-appeal-review'];

/** Starts from what the claim already records (a retry after a failed completion, an appeal): pending is "approve". */
export function initialDrafts(claim: ClaimForLines): Record<number, LineDraft> {
  const drafts: Record<number, LineDraft> = {};
  for (const line of claim.lines) {
    const decision: LineVerdict = line.disposition === 'Adjusted' ? 'adjust' : line.disposition === 'Rejected' ? 'reject' : 'approve';
    drafts[line.lineNumber] = {
      decision,
      amount: decision === 'adjust' && line.approvedAmount !== null ? String(line.approvedAmount) : '',
      reasonCode: line.reasonCode ?? '',
    };
  }
  return drafts;
}

/** Major units → whole minor units of the currency, so sums and comparisons are exact. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

/** The typed amount in minor units, or null when it is not a non-negative number with at most the currency's decimals. */
export function typedMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const trimmed = text.trim().replace(',', '.');
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  return pattern.test(trimmed) ? toMinor(Number(trimmed), currency) : null;
}

/** Why a line's decision cannot be sent yet (the host would refuse it the same way), or null. */
export function lineProblem(line: ClaimLine, draft: LineDraft, currency: string): MessageKey | null {
  if (draft.decision === 'approve') return null;
  if (draft.decision === 'adjust') {
    const minor = typedMinor(draft.amount, currency);
    if (minor === null) return 'lines.problem.amount';
    if (minor >= toMinor(line.amount, currency)) return 'lines.problem.notBelow';
  }
  return draft.reasonCode.trim() ? null : 'lines.problem.reason';
}

/** The amount a line would pay in minor units (0 while an adjustment's amount is not valid yet). */
export function approvedMinor(line: ClaimLine, draft: LineDraft, currency: string): number {
  if (draft.decision === 'approve') return toMinor(line.amount, currency);
  if (draft.decision === 'reject') return 0;
  return typedMinor(draft.amount, currency) ?? 0;
}

/** The body of POST /claims/{id}/line-decisions: every line, so a repeated post (a retry) decides the same. */
export function lineInputs(claim: ClaimForLines, drafts: Record<number, LineDraft>): LineDecisionInput[] {
  const digits = minorDigits(claim.currency);
  return claim.lines.map(line => {
    const draft = drafts[line.lineNumber];
    if (draft.decision === 'approve') return { lineNumber: line.lineNumber, decision: 'approve' };
    const input: LineDecisionInput = { lineNumber: line.lineNumber, decision: draft.decision, reasonCode: draft.reasonCode.trim() };
    if (draft.decision === 'adjust') input.approvedAmount = typedMinor(draft.amount, claim.currency)! / 10 ** digits;
    return input;
  });
}

/**
 * How the review task is completed after the lines: approve pays the sum over the lines (the host sets reason PWA
 * when a line was adjusted or rejected); with nothing left to pay the host refuses an approval, so the claim is
 * rejected with the first rejected line's reason.
 */
export function completion(claim: ClaimForLines, drafts: Record<number, LineDraft>, comment: string): Record<string, string> {
  const total = claim.lines.reduce((sum, line) => sum + approvedMinor(line, drafts[line.lineNumber], claim.currency), 0);
  const body: Record<string, string> = total > 0
    ? { decision: 'approve' }
    : { decision: 'reject', reasonCode: firstReason(claim, drafts) };
  if (comment.trim()) body.comment = comment.trim();
  return body;
}

export function firstReason(claim: ClaimForLines, drafts: Record<number, LineDraft>): string {
  const line = claim.lines.find(l => drafts[l.lineNumber].decision !== 'approve' && drafts[l.lineNumber].reasonCode.trim());
  return line ? drafts[line.lineNumber].reasonCode.trim() : '';
}
