// Play mode: calls `tick` after `ms` while playing, and again after each step's own time (the
// effect restarts when the step, and so `ms`, changes). `ms` comes from state/play.ts stepMs,
// which never goes below Ink's frame.
import { useEffect, useRef } from "react";

export function usePlay(playing: boolean, ms: number, tick: () => void): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => latest.current(), ms);
    return () => clearInterval(id);
  }, [playing, ms]);
}
