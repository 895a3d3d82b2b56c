// Play mode: calls `tick` after `ms` while playing, and again after each step's own time (the
// effect restarts when the step, and so `ms`, changes). Never below Ink's frame (state/play.ts).
import { useEffect, useRef } from "react";
import { MIN_INTERVAL_MS } from "../state/play.ts";

export function usePlay(playing: boolean, ms: number, tick: () => void): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => latest.current(), Math.max(MIN_INTERVAL_MS, ms));
    return () => clearInterval(id);
  }, [playing, ms]);
}
