// What the analyzer made of the paste: a live status line, the secrets warning, the recognised
// signals as chips, and the ordered "Matches" list. Links carry no pasted text: only node paths.
import { Link } from 'react-router';
import type { Analysis } from '../../engine/analyzer/analyze.ts';
import { paths } from '../../engine/paths.ts';
import { InlineText } from '../text/inline-text.tsx';

export const OUTSIDE_ANCHOR = 'paste-not-authorization';

interface Props {
  /** The text in the box now (only its emptiness is read here). */
  text: string;
  /** The analysis of the text (or of a slightly older text while the reader types). */
  analysis: Analysis | null;
  /** The text changed and its analysis is still on the way. */
  loading: boolean;
  /** Labels of the secrets already masked in the box. */
  masked: string[];
}

export function PasteResults({ text, analysis, loading, masked }: Props) {
  const empty = text.trim() === '';
  const liveSecrets = !loading && analysis ? analysis.secrets.count : 0;
  const secretCount = masked.length + liveSecrets;
  const secretKinds = [...new Set([...masked, ...(liveSecrets > 0 && analysis ? analysis.secrets.kinds : [])])];
  const show = !empty && analysis !== null;

  return (
    <div className="paste-results">
      <div role="status" className="paste-status">
        {empty ? null : analysis === null ? <p>Reading your text…</p> : <p>{summary(analysis)}</p>}
        {!empty && secretCount > 0 ? (
          <p className="paste-secrets notice">
            Your paste contained {secretCount} {secretCount === 1 ? 'secret' : 'secrets'} ({secretKinds.join(', ')}); they are masked here
            and nothing left this page.
          </p>
        ) : null}
      </div>
      {show && analysis.truncated ? <p className="paste-note">The text is long: only its first 200 KB were read.</p> : null}
      {show && analysis.signals.length > 0 ? (
        <ul className="paste-chips" aria-label="Recognised in your text">
          {analysis.signals.map((s, i) => (
            <li key={`${s.kind}-${i}`} className="paste-chip">
              <span className="paste-chip-label">{s.label}</span> <span className="paste-chip-value">{s.value}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {show && (analysis.outside || analysis.matches.length > 0) ? (
        <ol className="paste-matches" aria-label="Matches">
          {analysis.outside ? (
            <li className="paste-match paste-match-outside">
              <a href={`#${OUTSIDE_ANCHOR}`} className="paste-match-link">
                Not an authorization problem: {analysis.outside.title}
              </a>
              <span className="paste-why">{analysis.outside.why}</span>
            </li>
          ) : null}
          {analysis.matches.map((m) => (
            <li key={m.id} className="paste-match">
              <Link to={paths.node(m, m.id)} className="paste-match-link">
                {m.title}
              </Link>{' '}
              <span className="paste-kind">{m.kind === 'question' ? 'question' : 'diagnosis'}</span>
              <span className="paste-why">{m.why}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {show && analysis.outside ? (
        <div id={OUTSIDE_ANCHOR} className="paste-outside">
          <h2>Not an authorization problem</h2>
          <p>
            <strong>{analysis.outside.title}.</strong> <InlineText text={analysis.outside.advice} />
          </p>
        </div>
      ) : null}
      {show && !analysis.outside && analysis.matches.length === 0 ? (
        <p className="paste-none">
          {analysis.recognised
            ? 'What it recognised does not point to a cause in this troubleshooter.'
            : 'Nothing in this text was recognised, so there is no guess.'}{' '}
          Pick where the error appears below, or look it up in <Link to={paths.errors()}>the list of every symptom</Link>.
        </p>
      ) : null}
    </div>
  );
}

function summary(a: Analysis): string {
  if (a.outside) return `Not an authorization error: ${a.outside.title}.`;
  const best = a.matches[0];
  if (best) {
    const n = a.matches.length;
    return `${n} ${n === 1 ? 'match' : 'matches'}; best: ${best.title}.`;
  }
  return a.recognised ? 'Recognised some details, but no match.' : 'Nothing recognised.';
}
