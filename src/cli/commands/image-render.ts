// Pictures in a terminal: two pixel rows per text row with the upper half block "▀" (its
// foreground colours the top pixel, its background the bottom one), in 24-bit or 256-colour
// grey; without colour, one shade character per pixel pair. Grey levels come from the lesson's
// frame (0 black … 1 white). The one sum here, the mean of a pixel pair for its shade
// character, is drawing (one character shows two pixels), not a result a lesson states.

/** 0: no colour (shade characters), 2: 256 colours, 3: 24-bit colour. */
export type ColourLevel = 0 | 2 | 3;

/** Dark to light, for terminals without colour (and pipes, logs, NO_COLOR). */
export const SHADES = " .:-=+*#%@";

/**
 * The colour level for this terminal, by the usual conventions: NO_COLOR turns colour off;
 * FORCE_COLOR forces it (0 off, 3 24-bit, anything else 256); otherwise colour only on a
 * terminal, 24-bit when COLORTERM says so, none for TERM=dumb.
 */
export function colourLevel(env: NodeJS.ProcessEnv, isTerminal: boolean): ColourLevel {
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    return force === "3" ? 3 : 2;
  }
  if (!isTerminal || env.TERM === "dumb") return 0;
  return /^(truecolor|24bit)$/i.test(env.COLORTERM ?? "") ? 3 : 2;
}

const byte = (v: number) => Math.round(Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0)) * 255);

/** The 256-colour palette's closest grey: 16 (black, 0), the ramp 232–255 (8, 18 … 238), or 231 (white, 255). */
function grey256(v: number): number {
  const b = byte(v);
  if (b < 4) return 16;
  if (b > 246) return 231;
  return 232 + Math.min(23, Math.max(0, Math.round((b - 8) / 10)));
}

function colour(v: number, level: 2 | 3, layer: 38 | 48): string {
  if (level === 3) {
    const b = byte(v);
    return `\u001b[${layer};2;${b};${b};${b}m`;
  }
  return `\u001b[${layer};5;${grey256(v)}m`;
}

/** One picture as text lines, each exactly `width` columns wide. */
export function renderPicture(values: readonly (readonly number[])[], level: ColourLevel): string[] {
  const lines: string[] = [];
  for (let r = 0; r < values.length; r += 2) {
    const top = values[r]!;
    const bottom = values[r + 1];
    if (level === 0) {
      const shade = (v: number) => SHADES[Math.min(SHADES.length - 1, Math.floor((byte(v) / 256) * SHADES.length))];
      lines.push(top.map((v, c) => shade(bottom ? (v + bottom[c]!) / 2 : v)).join(""));
      continue;
    }
    const cells = top.map((v, c) => colour(v, level, 38) + (bottom ? colour(bottom[c]!, level, 48) : "\u001b[49m") + "▀");
    lines.push(cells.join("") + "\u001b[0m");
  }
  return lines;
}
