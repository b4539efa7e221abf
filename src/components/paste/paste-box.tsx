// The paste box on the start page. It is prerendered (a real labelled textarea) and hydrated; the
// analyzer code is loaded only when the reader focuses or types, so other pages never ship it.
// The text stays in this component's state: never in the URL, storage, history or a request. Secrets
// are masked in the box itself as soon as the analyzer is loaded, and every chip shows masked values.
import { useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { RulesCatalog } from '../../engine/analyzer/rules-catalog.ts';
import type { Analysis } from '../../engine/analyzer/analyze.ts';
import { PasteResults } from './paste-results.tsx';

type AnalyzerModule = typeof import('../../engine/analyzer/analyze.ts');

let analyzerPromise: Promise<AnalyzerModule> | undefined;
/** Loads the analyzer chunk once; later calls share the same promise. */
function loadAnalyzer(): Promise<AnalyzerModule> {
  analyzerPromise ??= import('../../engine/analyzer/analyze.ts').catch((error: unknown) => {
    analyzerPromise = undefined; // let the next focus or keystroke try again
    throw error;
  });
  return analyzerPromise;
}

/** Quiet time after the last keystroke before typed text is checked for secrets and masked. */
const MASK_IDLE_MS = 600;
/** Quiet time before the analysis follows the text; longer for long texts. */
const analyseDelay = (length: number) => (length > 20_000 ? 250 : length > 4_000 ? 120 : 60);

/** Where a caret lands once the spans in `found` are replaced by their masks. */
export function mapCaret(caret: number, found: ReadonlyArray<{ start: number; end: number; mask: string }>): number {
  let shift = 0;
  for (const f of found) {
    if (f.end <= caret) shift += f.mask.length - (f.end - f.start);
    else if (f.start < caret) return f.start + shift + f.mask.length;
    else break;
  }
  return caret + shift;
}

/** `loadRules` fetches the catalog's rules the analyzer ranks with; it is called on first use, with the code. */
export function PasteBox({ loadRules }: { loadRules: () => Promise<RulesCatalog> }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [analyzer, setAnalyzer] = useState<{ module: AnalyzerModule; catalog: RulesCatalog } | null>(null);
  /** Labels of the secrets masked in the box since it was last empty. */
  const [masked, setMasked] = useState<string[]>([]);
  /** The analyzer code could not be loaded (offline, or a new deployment replaced it). */
  const [failed, setFailed] = useState(false);
  const textRef = useRef('');
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const caretRef = useRef<number | null>(null);
  const analyseTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const maskTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const analyzerRef = useRef<AnalyzerModule | null>(null);
  const loadingRef = useRef(false);

  const deferredQuery = useDeferredValue(query);
  const analysis: Analysis | null = useMemo(
    () => (analyzer && deferredQuery.trim() !== '' ? analyzer.module.analyze(deferredQuery, analyzer.catalog) : null),
    [analyzer, deferredQuery],
  );

  useEffect(
    () => () => {
      clearTimeout(analyseTimer.current);
      clearTimeout(maskTimer.current);
    },
    [],
  );

  // After a masking rewrote the value, put the caret back where the reader was.
  useLayoutEffect(() => {
    const caret = caretRef.current;
    const el = areaRef.current;
    if (caret === null || !el) return;
    caretRef.current = null;
    if (document.activeElement === el) el.setSelectionRange(caret, caret);
  }, [text]);

  /** Replaces the value with its masked form when it holds secrets; returns the value to keep. */
  function maskNow(value: string, caret: number | null): string {
    const module = analyzerRef.current;
    if (!module || value === '') return value;
    const result = module.maskSecrets(value);
    if (result.found.length === 0) return value;
    caretRef.current = caret === null ? null : mapCaret(caret, result.found);
    setMasked((prev) => [...prev, ...result.found.map((f) => f.label)]);
    return result.text;
  }

  /** Takes a new value. A paste is analysed at once; typing waits for a pause, so each keystroke is not. */
  function update(value: string, pasted = false) {
    textRef.current = value;
    setText(value);
    if (value === '') setMasked([]);
    clearTimeout(analyseTimer.current);
    if (pasted) setQuery(value);
    else analyseTimer.current = setTimeout(() => setQuery(textRef.current), analyseDelay(value.length));
  }

  /** Loads the analyzer code and its rules (once; again after a failure). Masking starts as soon as the code is there. */
  function ensureAnalyzer() {
    if (loadingRef.current) return;
    loadingRef.current = true;
    setFailed(false);
    const code = loadAnalyzer().then((module) => {
      if (!analyzerRef.current) {
        analyzerRef.current = module;
        // Text that arrived before the code did is masked now.
        const current = textRef.current;
        const safe = maskNow(current, null);
        if (safe !== current) update(safe);
      }
      return module;
    });
    Promise.all([code, loadRules()]).then(
      ([module, catalog]) => {
        module.prepare(catalog);
        setAnalyzer({ module, catalog });
      },
      () => {
        loadingRef.current = false; // the next focus or keystroke tries again
        setFailed(true);
      },
    );
  }

  // Text typed or pasted into the prerendered box before the page hydrated is already in the DOM
  // (React keeps it): take it up once, as if it had just been pasted.
  const takeEarlyText = useRef(() => {
    const early = areaRef.current?.value ?? '';
    if (early === '' || textRef.current !== '') return;
    ensureAnalyzer();
    update(early, true);
  });
  useEffect(() => takeEarlyText.current(), []);

  function onChange(event: ChangeEvent<HTMLTextAreaElement>) {
    ensureAnalyzer();
    const el = event.currentTarget;
    const inputType = (event.nativeEvent as Partial<InputEvent>).inputType ?? '';
    const bulk = inputType.startsWith('insertFromPaste') || inputType === 'insertFromDrop' || el.value.length - textRef.current.length > 1;
    clearTimeout(maskTimer.current);
    if (bulk) {
      update(maskNow(el.value, el.selectionStart), true);
      return;
    }
    update(el.value);
    // Typed text is masked after a pause, so a value is not cut while it is being typed.
    maskTimer.current = setTimeout(() => {
      const current = textRef.current;
      const focused = areaRef.current && document.activeElement === areaRef.current ? areaRef.current.selectionStart : null;
      const safe = maskNow(current, focused);
      if (safe !== current) update(safe);
    }, MASK_IDLE_MS);
  }

  return (
    <section className="paste" aria-label="Paste analyzer">
      <label htmlFor={id} className="paste-label">
        Paste an error, a log, a URL, or describe what happens
      </label>
      <p id={hintId} className="paste-hint">
        It stays in this page: nothing is sent, stored or put in the address bar. Tokens, client secrets and keys are masked as you paste.
      </p>
      <textarea
        id={id}
        ref={areaRef}
        className="paste-input"
        value={text}
        onChange={onChange}
        onFocus={ensureAnalyzer}
        onPointerEnter={ensureAnalyzer}
        rows={7}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        data-gramm="false"
        data-gramm_editor="false"
        data-enable-grammarly="false"
        aria-describedby={hintId}
        placeholder={'{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}'}
      />
      {failed && !analyzer ? (
        <p className="paste-note" role="alert">
          The analyzer could not be loaded. Edit the text to try again, or pick where the error appears below.
        </p>
      ) : null}
      <PasteResults text={text} analysis={analysis} loading={deferredQuery !== text} masked={masked} />
    </section>
  );
}
