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
  return fitRgba(data, width, height, width, height);
}

/**
 * Grey from RGBA bytes, scaled down as fitPicture scales a grey picture, in one pass: a large
 * photo never exists as a grey matrix of its own size (8 bytes a pixel, and slow to build).
 */
export function fitRgba(data: ArrayLike<number>, width: number, height: number, maxWidth: number, maxHeight: number): number[][] {
  return boxFit(width, height, maxWidth, maxHeight, (r) => {
    const row = new Float64Array(width);
    for (let c = 0, at = r * width * 4; c < width; c++, at += 4) {
      const luma = (0.299 * data[at]! + 0.587 * data[at + 1]! + 0.114 * data[at + 2]!) / 255;
      const alpha = data[at + 3]! / 255;
      row[c] = alpha * luma + (1 - alpha);
    }
    return row;
  });
}

/**
 * Scaled down (never up) to fit maxWidth × maxHeight, keeping the aspect ratio: each new pixel is
 * the mean of the source pixels whose centres fall in its box (a box filter: no aliasing stripes).
 */
export function fitPicture(picture: number[][], maxWidth: number, maxHeight: number): number[][] {
  return boxFit(picture[0]!.length, picture.length, maxWidth, maxHeight, (r) => picture[r]!);
}

/** The box filter of fitPicture over a picture given row by row (each row asked for once). */
function boxFit(W: number, H: number, maxWidth: number, maxHeight: number, rowAt: (row: number) => ArrayLike<number>): number[][] {
  const scale = Math.max(1, W / Math.max(1, maxWidth), H / Math.max(1, maxHeight));
  const w = scale === 1 ? W : Math.max(1, Math.floor(W / scale));
  const h = scale === 1 ? H : Math.max(1, Math.floor(H / scale));
  const span = (n: number, N: number, k: number) => [Math.floor((k * N) / n), Math.max(Math.floor((k * N) / n) + 1, Math.floor(((k + 1) * N) / n))] as const;
  const out: number[][] = [];
  const columns = new Float64Array(W); // one band of rows summed column by column, then boxes across
  for (let i = 0; i < h; i++) {
    const [r0, r1] = span(h, H, i);
    columns.fill(0);
    for (let r = r0; r < r1; r++) {
      const row = rowAt(r);
      for (let c = 0; c < W; c++) columns[c]! += row[c]!;
    }
    const line: number[] = [];
    for (let j = 0; j < w; j++) {
      const [c0, c1] = span(w, W, j);
      let sum = 0;
      for (let c = c0; c < c1; c++) sum += columns[c]!;
      line.push(sum / ((r1 - r0) * (c1 - c0)));
    }
    out.push(line);
  }
  return out;
}
