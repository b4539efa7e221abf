// Pan and zoom for an SVG drawing: a transform on an inner <g> (no style attributes, per the CSP).
// The SVG's viewBox frames the whole drawing, so scale 1 shows all of it; the view is kept in viewBox
// units. Drag to pan, Ctrl/Cmd + wheel (or a trackpad pinch) to zoom at the pointer, keys and buttons.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type RefObject } from 'react';

export interface View {
  x: number;
  y: number;
  k: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const HOME: View = { x: 0, y: 0, k: 1 };
const MIN_K = 0.5;
const MAX_K = 12;
const STEP = 1.4;
/** Keyboard and button pans move this many screen pixels. */
const PAN_PX = 80;
/** A press that moves less than this is a click, not a drag. */
const DRAG_SLOP_PX = 4;
/** Below this many screen pixels per drawing unit, text is too small to read. */
const READABLE = 0.9;

const clampK = (k: number) => Math.min(MAX_K, Math.max(MIN_K, k));

export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>) {
  const [view, setView] = useState<View>(HOME);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ id: number; x: number; y: number; from: View; moved: boolean } | null>(null);
  const swallowClick = useRef(false);

  /** Screen pixels per viewBox unit, and the screen frame. */
  const frame = useCallback(() => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const rect = svg.getBoundingClientRect();
    const toUser = (clientX: number, clientY: number) => ({ x: (clientX - ctm.e) / ctm.a, y: (clientY - ctm.f) / ctm.d });
    return { scale: ctm.a, rect, toUser, center: toUser(rect.left + rect.width / 2, rect.top + rect.height / 2) };
  }, [svgRef]);

  /** Zooms by `factor`, keeping the point `at` (viewBox units; default the middle of the frame) in place. */
  const zoom = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const f = frame();
      const p = at ?? f?.center;
      if (!p) return;
      setView((v) => {
        const k = clampK(v.k * factor);
        return { k, x: p.x - (k / v.k) * (p.x - v.x), y: p.y - (k / v.k) * (p.y - v.y) };
      });
    },
    [frame],
  );

  const pan = useCallback(
    (dxPx: number, dyPx: number) => {
      const scale = frame()?.scale ?? 1;
      setView((v) => ({ ...v, x: v.x + dxPx / scale, y: v.y + dyPx / scale }));
    },
    [frame],
  );

  const reset = useCallback(() => setView(HOME), []);

  /** Brings a box of the drawing into view, zooming in until its text is readable. */
  const reveal = useCallback(
    (box: Box) => {
      const f = frame();
      if (!f) return;
      setView((v) => {
        const k = Math.max(v.k, Math.min(MAX_K, READABLE / f.scale));
        const screen = (x: number, y: number) => ({ x: v.x + v.k * x, y: v.y + v.k * y });
        const tl = screen(box.x, box.y);
        const br = screen(box.x + box.width, box.y + box.height);
        const min = f.toUser(f.rect.left, f.rect.top);
        const max = f.toUser(f.rect.right, f.rect.bottom);
        const inside = tl.x >= min.x && tl.y >= min.y && br.x <= max.x && br.y <= max.y;
        if (inside && k === v.k) return v;
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        return { k, x: f.center.x - k * cx, y: f.center.y - k * cy };
      });
    },
    [frame],
  );

  /** Fits a box of the drawing to the frame (zooming in, never out past the whole drawing). */
  const fit = useCallback(
    (box: Box) => {
      const f = frame();
      if (!f) return;
      const min = f.toUser(f.rect.left, f.rect.top);
      const max = f.toUser(f.rect.right, f.rect.bottom);
      const k = clampK(Math.max(1, 0.9 * Math.min((max.x - min.x) / box.width, (max.y - min.y) / box.height)));
      setView({ k, x: f.center.x - k * (box.x + box.width / 2), y: f.center.y - k * (box.y + box.height / 2) });
    },
    [frame],
  );

  // Wheel zoom needs a non-passive listener to keep the page from zooming or scrolling instead.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return; // a plain wheel scrolls the page
      e.preventDefault();
      const lines = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const at = frame()?.toUser(e.clientX, e.clientY);
      zoom(Math.exp(-e.deltaY * lines * 0.0025), at);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef, frame, zoom]);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, from: view, moved: false };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved) {
      if (Math.hypot(dx, dy) < DRAG_SLOP_PX) return;
      d.moved = true;
      setDragging(true);
      e.currentTarget.setPointerCapture(e.pointerId); // only now: a plain click must still reach the link
    }
    const scale = frame()?.scale ?? 1;
    setView({ ...d.from, x: d.from.x + dx / scale, y: d.from.y + dy / scale });
  };
  const onPointerEnd = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    if (d.moved) {
      swallowClick.current = true;
      setDragging(false);
    }
  };
  /** A drag that ends over a link must not follow it. */
  const onClickCapture = (e: MouseEvent<SVGSVGElement>) => {
    if (!swallowClick.current) return;
    swallowClick.current = false;
    e.preventDefault();
    e.stopPropagation();
  };
  const onKeyDown = (e: KeyboardEvent<Element>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => pan(PAN_PX, 0),
      ArrowRight: () => pan(-PAN_PX, 0),
      ArrowUp: () => pan(0, PAN_PX),
      ArrowDown: () => pan(0, -PAN_PX),
      '+': () => zoom(STEP),
      '=': () => zoom(STEP),
      '-': () => zoom(1 / STEP),
      '0': reset,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  return {
    view,
    dragging,
    zoomIn: () => zoom(STEP),
    zoomOut: () => zoom(1 / STEP),
    pan: (direction: 'left' | 'right' | 'up' | 'down') =>
      direction === 'left'
        ? pan(PAN_PX, 0)
        : direction === 'right'
          ? pan(-PAN_PX, 0)
          : direction === 'up'
            ? pan(0, PAN_PX)
            : pan(0, -PAN_PX),
    reset,
    reveal,
    fit,
    handlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd, onClickCapture, onKeyDown },
  };
}
