// Play mode: calls `tick` every `ms` while playing. The interval never goes below Ink's
// frame (30 fps), so play never asks for more redraws than Ink will draw.
import { useEffect, useRef } from "react";

export const MIN_INTERVAL_MS = Math.ceil(1000 / 30);

export function usePlay(playing: boolean, ms: number, tick: () => void): void {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => latest.current(), Math.max(MIN_INTERVAL_MS, ms));
    return () => clearInterval(id);
  }, [playing, ms]);
}
