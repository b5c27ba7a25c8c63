import { creditMessages } from './messages.ts';

/**
 * The most one call may cost, in the vendor's credits. Scavio bills 1 a call and TikHub about as much; a figure
 * above this is a vendor's bug, and believing it would stop a run (or, negative, let it spend without limit).
 */
const MAX_CREDITS_PER_CALL = 100;

/** The most an account can be said to hold: a billion credits is millions of dollars at any vendor's price. */
const MAX_CREDITS_REMAINING = 1_000_000_000;

/** What an answer cost and what the account has left, as far as the vendor's figures can be believed. */
export interface CreditReading {
  credits: number;
  /** Null: the vendor did not say, or said something that is not a number of credits. */
  creditsRemaining: number | null;
  /** Each figure that was not believed, and what was counted instead: kept with the call, never dropped silently. */
  notes: string[];
}

/** A figure the vendor sent, if it is one: a finite number from 0 to `max`. */
function figure(value: unknown, max: number): number | 'absent' | 'unbelievable' {
  if (value === undefined || value === null) return 'absent';
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max ? value : 'unbelievable';
}

/**
 * Reads an envelope's `credits_used` and `credits_remaining`. A cost that is absent is our own price for the call
 * (`ownPrice`); one that is not a believable figure (negative, huge, not a number) is counted at our own price
 * too, with a note. A remaining balance that is not believable is unknown (null), with a note.
 */
export function readVendorCredits(sent: { used: unknown; remaining: unknown }, ownPrice: number): CreditReading {
  const notes: string[] = [];
  const used = figure(sent.used, MAX_CREDITS_PER_CALL);
  const remaining = figure(sent.remaining, MAX_CREDITS_REMAINING);
  if (used === 'unbelievable') {
    notes.push(creditMessages.notAFigure('credits_used', sent.used, `a number from 0 to ${MAX_CREDITS_PER_CALL} a call`, `counted at our own price, ${ownPrice}`));
  }
  if (remaining === 'unbelievable') {
    notes.push(creditMessages.notAFigure('credits_remaining', sent.remaining, `a number from 0 to ${MAX_CREDITS_REMAINING}`, 'the balance is unknown'));
  }
  return {
    credits: typeof used === 'number' ? used : ownPrice,
    creditsRemaining: typeof remaining === 'number' ? remaining : null,
    notes,
  };
}
