// What people say around an error, read from the lower-cased text: some calls work and this one fails,
// every call fails, or it used to work. These answer the questions that tell 403 causes apart.
// All patterns use bounded gaps only ({0,n}), so they stay linear on any input.
import type { PasteSignal } from '../../catalog/schema.ts';

export type PhraseId = Extract<PasteSignal, 'other-calls-work' | 'all-calls-fail' | 'used-to-work'>;

export const PHRASE_LABELS: Readonly<Record<PhraseId, string>> = {
  'other-calls-work': 'other calls work, this one fails',
  'all-calls-fail': 'every call fails',
  'used-to-work': 'it used to work',
};

/** A gap of at most n characters inside one sentence (a dot inside a host name or a number does not end it). */
const gap = (n: number) => `(?:[^.\\n]|\\.(?=\\S)){0,${n}}?`;
const NOUNS = '(?:calls?|operations?|endpoints?|apis?|requests?|actions?|reports?|methods?|functions?|resources?|feeds?|services?)';
const FAILS =
  '(?:fail\\w*|return\\w*|give\\w*|throw\\w*|get(?:s|ting)?|denied|403|401|unauthori[sz]ed|forbidden|rejected|error\\w*|the same)';
const SUCCESS =
  "(?:(?<!(?:n't|not|never|cannot|can not|to) )work(?:s|ed|ing)?(?! ?(?:in|on|for) (?:na|eu|fe|north america|europe|far east|the us|us|uk)\\b)|succe(?:ed|eds|eded|ssful|ssfully|ss)|fine|ok|okay|without (?:any )?(?:issues?|problems?|errors?|trouble)|no (?:issues?|problems?))";

const ALL_FAIL: readonly RegExp[] = [
  new RegExp(
    `\\b(?:all|every|any)(?: single| one)?(?: of)?(?: the| my| our| these| those)?(?: sp-?api| api| other)? ${NOUNS}\\b${gap(60)}\\b${FAILS}`,
  ),
  new RegExp(`\\ball of (?:them|these|those)\\b${gap(40)}\\b${FAILS}`),
  /\b(?:nothing|none of (?:them|the \w+|my \w+|our \w+)) (?:works?|succeeds?|is working)\b/,
  /\bno (?:call|request|endpoint|operation|api)s? (?:works?|succeeds?|is working)\b/,
  /\beven (?:the )?(?:simplest|simple|most basic|basic|a simple|a basic)\b[^.\n]{0,40}\b(?:call|request|operation|endpoint|getmarketplaceparticipations)/,
  /\b(?:can'?t|cannot|can not|unable to|not able to) (?:call|access|use|reach) any\b/,
  /\bsame (?:error|response|result) (?:for|on|with) (?:every|all|any)\b/,
];

const OTHERS_WORK: readonly RegExp[] = [
  new RegExp(
    `\\b(?:other|another|some|most|many|several|different|rest of the|remaining|all other|all the other)(?: of the| of my| of our)?(?: other| different)?(?: sp-?api)? ${NOUNS}\\b${gap(160)}\\b${SUCCESS}`,
  ),
  new RegExp(
    `\\b(?:i|we) (?:can|could|am able to|are able to|was able to|were able to|have been able to|had been able to|managed to)(?: successfully)? (?:call|get|use|access|fetch|retrieve|perform|submit|create|request|pull|download|read|do|make|list|query|run|connect)\\b[^\\n]{0,200}?\\b(?:but|however|except|yet|only)\\b`,
  ),
  /(?<!(?:n't|not|never|cannot) )\b(?:works?|working|worked|succeeds?|succeeded)(?: fine| well| ok| perfectly| correctly)? (?:for|with) (?!(?:na|eu|fe|north america|europe|far east|the (?:na|eu|fe)|us|uk|sandbox|production|postman|one|some)\b)[^.\n]{1,60}?\b(?:but|except|however)\b/,
  /(?:#|\/\/) ?(?:works?|ok|fine|success)\b/,
  /\b(?:succeeded|success(?:ful(?:ly)?)?) in (?:obtaining|getting|calling|retrieving|fetching|requesting)\b/,
  /\bonly (?:this|one|the|that|a few|some|certain)(?: \w+)? (?:call|operation|endpoint|api|request|report)s? (?:fails?|is failing|returns?|gives?|doesn'?t work|is denied|gets?)\b/,
  /\b(?:other|all other|the other) (?:calls?|operations?|endpoints?|apis?|requests?|reports?) (?:are |is )?(?:fine|ok|working|successful)\b/,
  /\b(?:works?|worked|working|succeeds?|succeeded|is fine|are fine)\b[^.\n]{0,30}\bwith the same (?:credentials|token|tokens|refresh token|access token|app|keys|setup|account)\b/,
];

/** "X worked ... but Y": only when the paste names operations, so it is not about regions. */
const CONTRAST = new RegExp(`\\b${SUCCESS}\\b[\\s\\S]{0,200}?\\b(?:but|however|except|yet|whereas|while)\\b`);
const CONTRAST_REVERSE =
  /\b(?:fails?|failing|denied|403|unauthori[sz]ed|forbidden|not working|doesn'?t work)\b[\s\S]{0,200}?\b(?:but|while|whereas|although|though)\b[^.\n]{0,80}\b(?:works?|worked|working|succeeds?|fine)\b/;

const USED_TO_WORK: readonly RegExp[] = [
  /\b(?:used to work|was working|were working|had been working|has been working|have been working|stopped working|stop working|no longer works?|not working anymore|doesn'?t work anymore|all of a sudden|suddenly)\b/,
  /\bworked (?:fine|well|perfectly|before|until|for (?:months|years|weeks|a while|a long time|a year))\b/,
  /\bsince (?:yesterday|today|this morning|last (?:week|night|month|friday|monday))\b/,
  /\buntil (?:yesterday|today|recently|last week|a few days ago)\b/,
  /\b(?:started|starting|begun|began) (?:to )?(?:fail|get|return|throw|receiv)\w*/,
  /\b(?:been using (?:this|it|the \w+) for|using (?:this|it) for (?:the )?past)\b/,
  /\b(?:a|one|1) (?:day|week|month) ago (?:it |everything )?(?:was )?work/,
];

export interface PhraseContext {
  /** Distinct operations, paths and report types the paste names. */
  distinctOperations: number;
  /** Distinct selling regions the paste names. */
  regionsNamed: number;
}

/** The phrases found in lower-cased text. */
export function detectPhrases(lower: string, ctx: PhraseContext): PhraseId[] {
  const found: PhraseId[] = [];
  const allFail = ALL_FAIL.some((re) => re.test(lower));
  if (allFail) found.push('all-calls-fail');
  if (!allFail && othersWork(lower, ctx)) found.push('other-calls-work');
  if (USED_TO_WORK.some((re) => re.test(lower))) found.push('used-to-work');
  return found;
}

function othersWork(lower: string, ctx: PhraseContext): boolean {
  if (OTHERS_WORK.some((re) => re.test(lower))) return true;
  if (ctx.distinctOperations < 2) return false;
  return CONTRAST.test(lower) || CONTRAST_REVERSE.test(lower);
}
