// A signed series (e.g. an error that flips sign every step) as one line, for every renderer:
// about a zero line, one cell per value — never averaged or resampled, so a zigzag stays a
// zigzag — and, when longer than the room, its latest values behind a "…".

export const BARS = "▁▂▃▄▅▆▇█";
export const MARKS = { nan: "×", posInf: "↑", negInf: "↓" } as const;

/** Positive values ▅▆▇█, negative ▄▃▂▁ (by size against the largest), one cell each; "…" where earlier values are cut. */
export function signedSparkline(values: readonly number[], width: number): string {
  const cells = Math.max(0, Math.floor(width));
  if (values.length === 0 || cells === 0) return "";
  const cut = values.length > cells;
  const shown = cut ? values.slice(values.length - (cells - 1)) : values;
  const largest = Math.max(0, ...shown.filter(Number.isFinite).map(Math.abs));
  const half = BARS.length / 2;
  const line = shown
    .map((v) => {
      if (Number.isNaN(v)) return MARKS.nan;
      if (v === Infinity) return MARKS.posInf;
      if (v === -Infinity) return MARKS.negInf;
      const size = largest > 0 ? Math.min(half - 1, Math.floor((Math.abs(v) / largest) * half)) : 0;
      return v >= 0 ? BARS[half + size] : BARS[half - 1 - size];
    })
    .join("");
  return (cut ? "…" : "") + line;
}

