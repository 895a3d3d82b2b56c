// Writes assets/picture.png, convlab's own picture (the default of `convlab image` and of the
// your-picture lesson), from the shapes in lessons/09-your-picture/picture.ts. Run it with
//   npx tsx scripts/make-picture.ts
// A test checks that the PNG in the repository still holds exactly these pixels.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { defaultPicture } from "../lessons/09-your-picture/picture.ts";

export const PICTURE_PATH = fileURLToPath(new URL("../assets/picture.png", import.meta.url));

/** The picture as PNG bytes: 8-bit grey stored as RGB (opaque), as every viewer reads it. */
export function pictureBytes(): Buffer {
  const grey = defaultPicture();
  const png = new PNG({ width: grey[0]!.length, height: grey.length });
  grey.forEach((row, i) =>
    row.forEach((v, j) => {
      const at = (i * png.width + j) * 4;
      const level = Math.round(v * 255);
      png.data[at] = png.data[at + 1] = png.data[at + 2] = level;
      png.data[at + 3] = 255;
    }),
  );
  return PNG.sync.write(png, { colorType: 2 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PICTURE_PATH, pictureBytes());
  console.log(`wrote ${PICTURE_PATH}`);
}
