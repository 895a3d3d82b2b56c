// Pictures as grey matrices (0 black … 1 white): the project's own default picture, grey from
// RGBA pixels, and scaling down to fit a terminal. Pure functions: reading a file is the CLI's job.

/** Width and height of the project's own picture (assets/picture.png is made from it). */
export const DEFAULT_SIZE = { width: 48, height: 32 } as const;

/**
 * The project's picture, drawn from shapes so no file is needed: a sky getting darker towards
 * the horizon, a sun, a house with a roof, door and window, and striped ground. Edges run in
 * every direction, which is what the kernels are shown on. Levels are whole 1/255 steps, so the
 * PNG made from it holds exactly these numbers.
 */
export function defaultPicture(): number[][] {
  const { width, height } = DEFAULT_SIZE;
  const level = (i: number, j: number): number => {
    if ((i - 7) ** 2 + (j - 38) ** 2 <= 25) return 1; // sun
    if (i >= 5 && i <= 13 && Math.abs(j - 17) <= i - 4) return 0.2; // roof
    if (i >= 14 && i <= 26 && j >= 9 && j <= 25) {
      if (i >= 19 && j >= 15 && j <= 18) return 0.08; // door
      if (i >= 16 && i <= 18 && j >= 20 && j <= 23) return 1; // window
      return 0.45; // wall
    }
    if (i >= 27) return (j + i) % 6 < 3 ? 0.25 : 0.35; // ground stripes
    return 0.8 - 0.2 * (i / 26); // sky, darker towards the horizon
  };
  return Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j) => Math.round(level(i, j) * 255) / 255));
}

/**
 * Grey from RGBA bytes (row-major, 4 per pixel): the ITU-R BT.601 luma 0.299 R + 0.587 G + 0.114 B,
 * transparent pixels shown over white (as a viewer would).
 */
export function greyFromRgba(data: ArrayLike<number>, width: number, height: number): number[][] {
  return Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => {
      const at = (i * width + j) * 4;
      const luma = (0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!) / 255;
      const alpha = data[at + 3]! / 255;
      return alpha * luma + (1 - alpha);
    }),
  );
}

/**
 * Scaled down (never up) to fit maxWidth × maxHeight, keeping the aspect ratio: each new pixel is
 * the mean of the source pixels whose centres fall in its box (a box filter: no aliasing stripes).
 */
export function fitPicture(picture: number[][], maxWidth: number, maxHeight: number): number[][] {
  const H = picture.length;
  const W = picture[0]!.length;
  const scale = Math.max(1, W / Math.max(1, maxWidth), H / Math.max(1, maxHeight));
  if (scale === 1) return picture.map((row) => [...row]);
  const w = Math.max(1, Math.floor(W / scale));
  const h = Math.max(1, Math.floor(H / scale));
  const span = (n: number, N: number, k: number) => [Math.floor((k * N) / n), Math.max(Math.floor((k * N) / n) + 1, Math.floor(((k + 1) * N) / n))] as const;
  return Array.from({ length: h }, (_, i) => {
    const [r0, r1] = span(h, H, i);
    return Array.from({ length: w }, (_, j) => {
      const [c0, c1] = span(w, W, j);
      let sum = 0;
      for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) sum += picture[r]![c]!;
      return sum / ((r1 - r0) * (c1 - c0));
    });
  });
}
